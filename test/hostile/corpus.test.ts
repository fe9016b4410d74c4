// The regression corpus of hostile inputs (test/fixtures/hostile/*.json): one case per finding of
// the attack on the CLI, each run in-process on a throw-away copy of a fixture tree. Each case says
// what it does to the tree and what must come out; every case also keeps the general rules (no
// stack trace, exit 0/1/2, one line for a 2, the checkout unchanged).
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { copyFixture, FIXTURES } from '../support/tree.js'
import { expectWellBehaved, runCli, treeHash } from './harness.js'

interface Edit {
  file: string
  replace: string
  with: string
}

interface HostileCase {
  finding: string
  says: string
  tree: string
  command?: 'check' | 'plan'
  edits?: Edit[]
  append?: { file: string; text: string; repeat?: number }[]
  files?: { file: string; text: string }[]
  special?: { file: string; kind: 'fifo' | 'device' }[]
  /** Text for a `{repeat}` in an edit: `text` (with `{n}` numbered) `times` times. */
  repeat?: { text: string; times: number }
  args: string[]
  expect: {
    exit: number
    criteria?: Record<string, string>
    /** A criterion's message contains this. */
    message?: Record<string, string>
    /** A criterion names this many places. */
    evidenceLines?: Record<string, number>
    stderrLines?: number
    stderr?: string
    targetSource?: string
  }
}

const CORPUS = path.join(FIXTURES, 'hostile')
const cases = readdirSync(CORPUS)
  .filter(f => f.endsWith('.json'))
  .sort()
  .map(f => ({
    name: f.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(path.join(CORPUS, f), 'utf8')) as HostileCase)
  }))

const trees: string[] = []
afterEach(() => {
  for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function repeated(text: string, times: number): string {
  const parts: string[] = []
  for (let n = 0; n < times; n++) parts.push(text.replaceAll('{n}', String(n)))
  return parts.join('')
}

/** The case's tree: a copy of a fixture with the case's changes, and where the run starts. */
function prepare(c: HostileCase): string {
  const [kind, era] = c.tree.split('/') as [string, string]
  const dir = copyFixture(kind, era)
  trees.push(dir)
  const many = c.repeat ? repeated(c.repeat.text, c.repeat.times) : ''
  for (const e of c.edits ?? []) {
    const file = path.join(dir, e.file)
    const before = readFileSync(file, 'utf8')
    if (!before.includes(e.replace)) throw new Error(`${c.finding}: ${e.file} has no ${e.replace}`)
    writeFileSync(
      file,
      before.replace(e.replace, () => e.with.replace('{repeat}', many))
    )
  }
  for (const a of c.append ?? [])
    appendFileSync(path.join(dir, a.file), repeated(a.text, a.repeat ?? 1))
  for (const f of c.files ?? [])
    writeFileSync(path.join(dir, f.file), f.text.replace('{repeat}', many))
  for (const s of c.special ?? []) {
    const file = path.join(dir, s.file)
    mkdirSync(path.dirname(file), { recursive: true })
    rmSync(file, { force: true })
    // A character device needs root; elsewhere a FIFO is the file that is not a regular file.
    if (s.kind === 'device' && process.getuid?.() === 0)
      execFileSync('mknod', [file, 'c', '1', '5'])
    else execFileSync('mkfifo', [file])
  }
  return dir
}

describe('the hostile corpus', () => {
  it('has one case per finding, each saying what it tries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
    for (const c of cases) expect(c.says.length).toBeGreaterThan(10)
  })

  it.each(cases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = prepare(c)
    const before = treeHash(dir)
    const args = c.args.map(a => a.replaceAll('{dir}', dir))
    const command = c.command ?? 'check'
    const run = await runCli(
      command === 'check'
        ? ['check', '--repo', dir, '--format', 'json', ...args]
        : [command, ...args]
    )
    expectWellBehaved(run)
    expect(treeHash(dir)).toEqual(before)
    const want = c.expect
    expect({ exit: run.code, stderr: run.stderr }).toMatchObject({ exit: want.exit })
    if (want.stderrLines !== undefined)
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(want.stderrLines)
    if (want.stderr) expect(run.stderr).toMatch(new RegExp(want.stderr))
    if (want.criteria || want.targetSource || want.message || want.evidenceLines) {
      const report = JSON.parse(run.stdout) as {
        targetSource: string
        criteria: { id: string; status: string; message: string; evidence: unknown[] }[]
      }
      const byId = (id: string) => report.criteria.find(x => x.id === id)!
      for (const [id, status] of Object.entries(want.criteria ?? {}))
        expect({ id, status: byId(id).status, message: byId(id).message }).toMatchObject({
          id,
          status
        })
      for (const [id, text] of Object.entries(want.message ?? {}))
        expect(byId(id).message).toContain(text)
      for (const [id, count] of Object.entries(want.evidenceLines ?? {}))
        expect(byId(id).evidence).toHaveLength(count)
      if (want.targetSource) expect(report.targetSource).toBe(want.targetSource)
    }
  })
})
