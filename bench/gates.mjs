// The audit of every feature gate (`kep-gate gates`) on trees the size of the real ones (about
// 230 gates in a 110 KB kube_features.go and its list, 700 gate pages, 800 KEPs; see
// generate-gates.mjs), against its floor: only reading those files (gates-floor.sh, `cat` of the
// same files, listing the folders as kep-gate must). Part of `npm run bench`; alone:
//
//   node bench/gates.mjs            (BENCH_RUNS=10 node bench/gates.mjs for more runs)
//
// Last lines: bound gates: node -e 0 … ms, node floor … ms (…× the floor), kep-gate …× the node floor
//             bench gates: kep-gate X ms, floor Y ms, ratio R, peak RSS M MB
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { GATES_TARGET, generateGatesTrees } from './generate-gates.mjs'
// run.mjs lists this benchmark too: a cycle, fine for the function declarations used here.
import { sh } from './floor.mjs'
import { boundLine, runBenchmark, summaryLine } from './run.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const FLOOR = path.join(HERE, 'gates-floor.sh')
const NODE_FLOOR = path.join(HERE, 'gates-node-floor.mjs')

/** A BENCHMARKS entry for bench/run.mjs. */
export function gatesBenchmark({ root, work }) {
  const cli = path.join(root, 'dist', 'cli.js')
  return {
    name: 'gates',
    async setup() {
      const start = performance.now()
      const trees = await generateGatesTrees(path.join(work, 'gates'))
      const took = trees.reused
        ? 'reused'
        : `generated in ${((performance.now() - start) / 1000).toFixed(1)} s`
      console.log(
        `trees ${path.relative(root, path.join(work, 'gates'))}: ${describe(trees)} (${took})`
      )
      return trees
    },
    subject: trees => [
      process.execPath,
      [
        cli,
        'gates',
        '--target',
        GATES_TARGET,
        '--kubernetes',
        trees.kubernetes,
        '--website',
        trees.website,
        '--enhancements',
        trees.enhancements,
        '--format',
        'json'
      ]
    ],
    // The floor is a script of its own (it lists folders as kep-gate must): run.mjs writes this
    // line into bench/.work/floor-gates.sh, which anyone can rerun.
    // The same reading from Node, for the bound line: what start-up and Node's reads cost alone.
    nodeFloor: trees => [
      process.execPath,
      [NODE_FLOOR, trees.kubernetes, trees.website, trees.enhancements]
    ],
    floorScript: trees => [
      '# gates: list the gate pages and KEPs, and cat them with the Go file and the list',
      ['sh', FLOOR, trees.kubernetes, trees.website, trees.enhancements].map(sh).join(' ')
    ]
  }
}

/** What the floor reads: the files kep-gate reads, counted by the floor's own listing. */
function describe(trees) {
  const listed = spawnSync(
    'sh',
    [FLOOR, trees.kubernetes, trees.website, trees.enhancements, '--list'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    }
  )
  const files = listed.stdout.split('\n').filter(Boolean)
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0)
  const go = fs.statSync(path.join(trees.kubernetes, 'pkg/features/kube_features.go')).size
  const count = pattern => files.filter(f => pattern.test(f)).length
  return `${files.length} files, ${Math.round(bytes / 1024)} KB: ${count(/feature-gates\/.*\.md$/)} gate pages, ${count(/kep\.yaml$/)} kep.yaml, kube_features.go ${Math.round(go / 1024)} KB`
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(HERE, '..')
  const result = await runBenchmark(gatesBenchmark({ root, work: path.join(HERE, '.work') }))
  console.log('')
  console.log(boundLine(result))
  console.log(summaryLine(result))
}
