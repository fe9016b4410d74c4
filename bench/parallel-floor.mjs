// The least a Node program pays for the questions a floor script asks: start Node, then run the
// script's commands all at once (kep-gate overlaps its git commands the same way) and wait for
// the last. Nothing is parsed or judged. Node's start-up plus the longest command is a bound no
// Node program beats; next to the shell floor it shows what that start-up costs.
//
//   node bench/parallel-floor.mjs bench/.work/floor-kubernetes-check.sh
import { spawn } from 'node:child_process'
import fs from 'node:fs'

const script = process.argv[2]
if (!script) {
  console.error('usage: node bench/parallel-floor.mjs FLOOR_SCRIPT')
  process.exit(2)
}
const lines = fs.readFileSync(script, 'utf8').split('\n')
// The script's own shape (bench/run.mjs writes it): `cd DIR` once, then one command a line.
const cd = lines.find(line => line.startsWith('cd '))
const commands = lines.filter(
  line => line && !line.startsWith('#') && line !== 'set -e' && !line.startsWith('cd ')
)

const runs = commands.map(
  command =>
    new Promise(resolve => {
      const child = spawn('sh', ['-c', `set -e\n${cd ?? ':'}\n${command}`], { stdio: 'ignore' })
      child.on('close', code => resolve({ command, code }))
    })
)
const failed = (await Promise.all(runs)).filter(run => run.code !== 0)
for (const run of failed) console.error(`exit ${run.code}: ${run.command}`)
process.exit(failed.length > 0 ? 1 : 0)
