// `kep-gate gates` from the built CLI, as a release manager runs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  buildOnce,
  cleanUp,
  expectNoStackTrace,
  linesOf,
  ROOT,
  runCli,
  type Built,
  type RunResult
} from '../e2e/run-built.js'
import { copyGates, FIXTURE, LIST } from './support.js'

let built: Built
let elsewhere: string

beforeAll(() => {
  built = buildOnce()
  elsewhere = mkdtempSync(path.join(tmpdir(), 'kep-gate-cwd-'))
}, 60_000)
afterAll(() => cleanUp(built))

function gates(...args: string[]): Promise<RunResult> {
  return runCli(built, ['gates', ...args], elsewhere)
}

const ALL = [
  '--kubernetes',
  FIXTURE.kubernetes,
  '--website',
  FIXTURE.website,
  '--enhancements',
  FIXTURE.enhancements
]

describe('kep-gate gates', () => {
  it('audits the three fixture trees: exit 1, rows with the three sources, counts per rule', async () => {
    const run = await gates('--target', '1.37', ...ALL)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('feature gates at 1.37 (from --target 1.37): FAIL')
    expect(run.stdout).toContain(
      '  list ↔ website page      9 errors, 2 warnings, 2 accepted, 0 info'
    )
    const row = lines.indexOf('  PodReadinessHints')
    expect(lines.slice(row + 1, row + 5)).toEqual([
      `    code  Alpha, default off, since 1.36  (${LIST}:68)`,
      '    page  alpha, default false, from 1.36  (content/en/docs/reference/command-line-tools-reference/feature-gates/PodReadinessHints.md:9)',
      '    KEP   KEP-4102: beta, latest v1.37 (alpha v1.36, beta v1.37, stable v1.39)  (keps/sig-apps/4102-pod-readiness-hints/kep.yaml:35)',
      '    ERROR  [kep-list milestone-behind] KEP-4102 says beta in v1.37, but at 1.37 the code has PodReadinessHints at Alpha'
    ])
  })

  it('reads the trees as they are on disk, asking git nothing: files never added count too', async () => {
    // The audit walks the page and KEP folders on disk; the Go file and the list are read the
    // same way, so a checkout where they were never added is judged as the walks see it.
    const trees = copyGates()
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: trees.kubernetes, stdio: 'ignore' })
    git('init', '-q')
    git('add', 'go.mod')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'go.mod only')
    const run = await gates(
      '--target',
      '1.37',
      '--kubernetes',
      trees.kubernetes,
      '--website',
      trees.website,
      '--enhancements',
      trees.enhancements
    )
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain(`    code  Alpha, default off, since 1.36  (${LIST}:68)`)
  })

  it('prints the stable JSON and the Markdown summary', async () => {
    const json = await gates('--target', 'v1.37.0-rc.1', ...ALL, '--format', 'json')
    expect(json.code).toBe(1)
    const report = JSON.parse(json.stdout) as Record<string, unknown>
    expect(report).toMatchObject({
      scope: 'feature-gates',
      target: '1.37',
      result: 'fail',
      kind: null
    })
    const md = await gates('--target', '1.37', ...ALL, '--format', 'markdown')
    expect(md.stdout).toMatch(/^## Feature gates at 1\.37: ❌ fail/)
  })

  it('passes (exit 0) where the sources agree', async () => {
    const run = await gates(
      '--target',
      '1.40',
      '--kubernetes',
      path.join(ROOT, 'examples/kubernetes')
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('PASS')
  })

  it('takes the list alone with --feature-list', async () => {
    const run = await gates(
      '--target',
      '1.37',
      '--feature-list',
      path.join(FIXTURE.kubernetes, LIST),
      '--website',
      FIXTURE.website
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('code ↔ generated list    not checked: no Go feature files')
  })

  it('exits 2 with the report and one line per source it cannot read', async () => {
    const trees = copyGates()
    writeFileSync(path.join(trees.kubernetes, LIST), '\u0000\u0001')
    const run = await gates('--target', '1.37', '--kubernetes', trees.kubernetes)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('could not read')
    expect(linesOf(run.stderr)).toEqual([
      `kep-gate: error: ${LIST}: is not a text file (binary data where YAML was expected)`
    ])
  })

  it.each([
    [
      ['--kubernetes', FIXTURE.kubernetes],
      'kep-gate: gates needs --target (1.40, v1.40, v1.40.0, v1.40.0-rc.1 or release-1.40)'
    ],
    [['--target', '1.37'], 'kep-gate: gates reads the code from --kubernetes DIR'],
    [
      ['--target', '1.37', '--kubernetes', 'a', '--feature-list', 'b'],
      'kep-gate: gates reads the code from --kubernetes DIR'
    ],
    [
      ['--target', 'soon', '--kubernetes', FIXTURE.kubernetes],
      'kep-gate: --target "soon" is not a release'
    ],
    [
      ['--target', '1.37', '--kubernetes', '/no/such/dir'],
      'kep-gate: the repository folder "/no/such/dir" does not exist'
    ],
    [
      ['--target', '1.37', '--feature-list', '/no/such/list.yaml'],
      'kep-gate: --feature-list "/no/such/list.yaml" does not exist: give the path of a versioned_feature_list.yaml'
    ],
    [
      ['--target', '1.37', '--kubernetes', FIXTURE.kubernetes, '--websites', 'x'],
      "kep-gate: Unknown option '--websites'"
    ],
    [
      ['--target', '1.37', '--kubernetes', FIXTURE.kubernetes, 'extra'],
      'kep-gate: unexpected argument "extra"'
    ],
    [
      ['--target', '1.37', '--kubernetes', FIXTURE.kubernetes, '--format', 'html'],
      'kep-gate: --format "html" is not known'
    ]
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const run = await gates(...args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(linesOf(run.stderr)).toHaveLength(1)
    expect(run.stderr.startsWith(message)).toBe(true)
    expectNoStackTrace(run.stderr)
  })

  it('explains itself with --help, and kep-gate --help names it', async () => {
    const help = await gates('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('kep-gate gates --target 1.37')
    const top = await runCli(built, ['--help'], elsewhere)
    expect(top.stdout).toContain(
      'kep-gate gates --target 1.37 (--kubernetes DIR | --feature-list FILE)'
    )
  })
})
