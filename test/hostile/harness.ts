// Runs the CLI in-process (src/cli.ts's main(), no child process) on throw-away trees, and judges
// a run by the rules every hostile input must keep: no stack trace, exit 0, 1 or 2, an exit 2
// with exactly one line that names the file or value, and the checkout left as it was.
import { expect } from '@jest/globals'
import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'
import { main } from '../../src/cli.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** `kep-gate ...args` in this process. */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(
    args,
    text => (stdout += text),
    text => (stderr += text)
  )
  return { code, stdout, stderr }
}

/**
 * Every entry below dir with a hash of its kind, mode and content (a FIFO is not opened): compare
 * two of these to see that a run left a checkout as it was, and where not.
 */
export function treeHash(
  dir: string,
  skip: (rel: string) => boolean = () => false
): Record<string, string> {
  const entries: Record<string, string> = {}
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = path.join(rel, name)
      if (skip(child)) continue
      const abs = path.join(dir, child)
      const stat = lstatSync(abs)
      const hash = createHash('sha256').update(`${stat.mode}\0`)
      if (stat.isSymbolicLink()) hash.update(readlinkSync(abs))
      else if (stat.isFile()) hash.update(readFileSync(abs))
      entries[child] = hash.digest('hex').slice(0, 16)
      if (stat.isDirectory()) walk(child)
    }
  }
  walk('')
  return entries
}

const STACK_FRAME = /^\s+at .+(\(|:\d+)/m

/** The rules every run keeps, whatever its input. */
export function expectWellBehaved(run: CliRun): void {
  for (const text of [run.stdout, run.stderr]) expect(text).not.toMatch(STACK_FRAME)
  expect([0, 1, 2]).toContain(run.code)
  expect(run.stderr).not.toMatch(/internal error/)
  if (run.code === 2) {
    const lines = run.stderr.split('\n').filter(l => l.trim() !== '')
    if (run.stdout === '') {
      // A usage or input error: one line, saying what was wrong.
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^kep-gate: \S/)
    } else {
      // A report with files it could not read: one line per file, each naming it.
      for (const line of lines) expect(line).toMatch(/^kep-gate: error: [^\s:]+(:\d+)?: \S/)
    }
  }
}
