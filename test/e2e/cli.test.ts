// The CLI bundle (dist/cli.js) run as a user runs `kep-gate`: a node process, flags, exit codes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { copyFixture, fixture, lineOf } from '../support/tree.js'
import {
  buildOnce,
  cleanEnv,
  cleanUp,
  criterion,
  expectNoStackTrace,
  expectStableReport,
  FEATURES_GO,
  linesOf,
  revertFlip,
  ROOT,
  runCli,
  runNode,
  type Built,
  type RunResult
} from './run-built.js'

let built: Built
/** A folder that is no checkout: commands run from here unless a test says otherwise. */
let elsewhere: string

beforeAll(() => {
  built = buildOnce()
  elsewhere = mkdtempSync(path.join(tmpdir(), 'kep-gate-cwd-'))
}, 60_000)

afterAll(() => cleanUp(built))

function cli(...args: string[]): Promise<RunResult> {
  return runCli(built, args, elsewhere)
}

/** Exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectOneLineUsageError(run: RunResult): string {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  expect(linesOf(run.stderr)).toHaveLength(1)
  expect(run.stderr).toMatch(/^kep-gate: /)
  expectNoStackTrace(run.stderr)
  return run.stderr.trim()
}

const K143 = fixture('kubernetes', '1.43')
/** The 1.43 entry of KubeProxyIPVS's spec list: the lock. */
const LOCK_143 =
  'version.MustParse("1.43"), Default: false, PreRelease: featuregate.Deprecated, LockToDefault: true'

describe('kep-gate check', () => {
  it('passes the 1.43 tree with a text report (exit 0)', async () => {
    const run = await cli('check', '--repo', K143, '--target', '1.43')

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toMatch(/^KEP-5495 .* at 1\.43 .*stage 4: PASS$/)
    for (const id of ['gate-declared', 'gate-spec', 'ipvs-package-removed', 'ipvs-flags-noop']) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^\\s+PASS\\s+${id} `)))
    }
    expect(lines).toContainEqual(expect.stringMatching(/^\s+NEXT\s+gate-removed /))
    const lock = lineOf(K143, FEATURES_GO, LOCK_143)
    expect(run.stdout).toContain(`${FEATURES_GO}:${lock}`)
  })

  it('prints the stable JSON report with --format json', async () => {
    const run = await cli('check', '--repo', K143, '--target', 'v1.43.0', '--format', 'json')

    expect(run.code).toBe(0)
    const report: unknown = JSON.parse(run.stdout)
    expectStableReport(report)
    expect(report).toMatchObject({
      target: '1.43',
      kind: 'kubernetes',
      stage: '4',
      result: 'pass',
      errors: []
    })
    expect(criterion(report, 'gate-spec')).toMatchObject({
      status: 'pass',
      stage: '2',
      evidence: [
        expect.objectContaining({ file: FEATURES_GO, line: lineOf(K143, FEATURES_GO, LOCK_143) })
      ]
    })
    expect(criterion(report, 'gate-removed').status).toBe('next')
  })

  it('prints the Markdown checklist with --format markdown', async () => {
    const run = await cli(
      'check',
      '--repo',
      K143,
      '--target',
      'release-1.43',
      '--format',
      'markdown'
    )

    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^## KEP-5495: .* 1\.43/)
    expect(run.stdout).toMatch(/^- \[x\] .*`gate-spec`/m)
    expect(run.stdout).toMatch(/^- \[x\] .*`ipvs-package-removed`/m)
    expect(run.stdout).toMatch(/^- \[ \] .*`gate-removed`/m)
    // The CLI names places as file:line, which terminals and editors open; no links.
    expect(run.stdout).toMatch(/^ {2}- `pkg\/features\/kube_features\.go:\d+`/m)
    expect(run.stdout).not.toContain('](')
  })

  it('exits 1 on a tree that fails a criterion, pointing at the line', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    revertFlip(tree)
    const run = await cli('check', '--repo', tree, '--target', '1.40')

    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')[0]).toMatch(/: FAIL$/)
    expect(run.stdout).toMatch(/^\s+FAIL\s+gate-spec .*Default should be false/m)
    const line = lineOf(tree, FEATURES_GO, 'version.MustParse("1.40"), Default: true')
    expect(run.stdout).toContain(`${FEATURES_GO}:${line}`)
  })
})

describe('kep-gate plan', () => {
  it('lists what is due at 1.40 and what comes next, with no checkout', async () => {
    const run = await cli('plan', '--target', '1.40')

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const [head, rest] = run.stdout.split(/^Due:$/m)
    expect(head).toMatch(/KEP-5495 at 1\.40 \(stage 3\)/)
    const [due, next] = rest!.split(/^Coming next:$/m)
    const ids = (section: string | undefined): string[] =>
      [...(section ?? '').matchAll(/^ {2}([a-z][a-z0-9-]*) \[/gm)].map(m => m[1]!)
    expect(ids(due)).toEqual(
      expect.arrayContaining([
        'kube-proxy-warns',
        'gate-declared',
        'gate-spec',
        'ipvs-mode-requires-gate'
      ])
    )
    expect(ids(next)).toEqual(
      expect.arrayContaining(['ipvs-package-removed', 'ipvs-flags-noop', 'gate-removed'])
    )
    expect(ids(next)).not.toContain('kube-proxy-warns')
    expect(ids(due)).not.toContain('ipvs-package-removed')
    // no-early-default-off's window closes at stage 3 (1.40): it is neither due nor next.
    expect([...ids(due), ...ids(next)]).not.toContain('no-early-default-off')
  })

  it('reads a release candidate as its minor release and prints JSON', async () => {
    const run = await cli('plan', '--target', 'v1.43.0-rc.1', '--format', 'json')

    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as {
      target: string
      stage: string
      items: { id: string; state: string; due: { from?: string; until?: string } }[]
    }
    expect(result).toMatchObject({ kep: '5495', target: '1.43', stage: '4' })
    const state = (id: string): string | undefined => result.items.find(i => i.id === id)?.state
    expect(state('ipvs-package-removed')).toBe('due')
    expect(state('gate-removed')).toBe('next')
    expect(state('kube-proxy-warns')).toBeUndefined() // closed at 1.43
    expect(state('ipvs-mode-requires-gate')).toBeUndefined()
  })
})

describe('usage', () => {
  it('prints help and exits 0 with --help', async () => {
    const run = await cli('--help')

    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/Usage:/)
    expect(run.stdout).toMatch(/kep-gate check/)
    expect(run.stdout).toMatch(/kep-gate plan/)
  })

  it('rejects an unknown command in one line naming it', async () => {
    expect(expectOneLineUsageError(await cli('frobnicate', '--target', '1.40'))).toContain(
      '"frobnicate"'
    )
  })

  it('rejects an unknown flag in one line naming it, as a usage error (not an internal one)', async () => {
    const message = expectOneLineUsageError(await cli('check', '--repo', K143, '--frobnicate'))
    expect(message).toContain('--frobnicate')
    expect(message).not.toMatch(/internal error/i)
  })

  it('rejects an unknown --format in one line naming it and the known ones', async () => {
    const message = expectOneLineUsageError(
      await cli('check', '--repo', K143, '--target', '1.43', '--format', 'yaml')
    )
    expect(message).toContain('"yaml"')
    expect(message).toContain('json')
  })

  it('rejects a --target that is not a release in one line naming it and the accepted forms', async () => {
    const message = expectOneLineUsageError(
      await cli('check', '--repo', K143, '--target', 'one-forty')
    )
    expect(message).toContain('"one-forty"')
    expect(message).toContain('release-1.40')
  })
})

describe('target from the checked-out branch', () => {
  it('reads release-1.40 from a local checkout with no tags, and refuses plan --format markdown', async () => {
    const dir = copyFixture('kubernetes', '1.40')
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' })
    git('init', '-q', '-b', 'release-1.40')
    git('add', '-A')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'tree')
    const run = await cli('check', '--repo', dir)
    expect(run.stdout).toMatch(
      /^KEP-5495 \(kep-5495\) on kubernetes at 1\.40 \(from branch release-1\.40\)/m
    )
    expect(run.code).toBe(1) // the fixture has no backport history, which a git checkout must have
    expectOneLineUsageError(await cli('plan', '--target', '1.40', '--format', 'markdown'))

    // A workflow's refs describe its own checkout, not this folder: the checked-out branch wins.
    const inWorkflow = await runNode(built.cli, ['check', '--repo', dir], {
      cwd: elsewhere,
      env: cleanEnv({ GITHUB_REF: 'refs/heads/release-1.37', GITHUB_BASE_REF: 'release-1.35' })
    })
    expect(inWorkflow.stdout).toMatch(/at 1\.40 \(from branch release-1\.40\)/)
  })
})

describe("the README's first command", () => {
  it('runs the gate on the bundled example and passes, with the checklist printed', async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const command = /```sh\n(node dist\/cli\.js check [^\n]+)\n```/.exec(readme)?.[1]
    expect(command).toBe('node dist/cli.js check --repo examples/kubernetes --target 1.40')
    const args = command!.split(' ').slice(2)
    const run = await runCli(
      built,
      [...args.slice(0, 2), path.join(ROOT, 'examples/kubernetes'), ...args.slice(3)],
      elsewhere
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^KEP-5495 \(kep-5495\) on kubernetes at 1\.40 .*: PASS$/m)
    expect(run.stdout).toMatch(/PASS +ipvs-mode-requires-gate/)
  })
})

describe('packaging', () => {
  it('installs dist/cli.js as the kep-gate command, runnable through its shebang', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      bin?: Record<string, string>
    }
    expect(pkg.bin?.['kep-gate']).toBe('dist/cli.js')
    expect(readFileSync(built.cli, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
    // As npm installs it: executable, started by the kernel through the shebang.
    chmodSync(built.cli, 0o755)
    const help = execFileSync(built.cli, ['--help'], {
      cwd: elsewhere,
      env: cleanEnv(),
      encoding: 'utf8'
    })
    expect(help).toMatch(/Usage:/)
  })

  it('has dist/ committed as built from src/ (dist matches src)', () => {
    // Every file of a fresh build, compared with HEAD; and nothing committed that the build no
    // longer writes (an old chunk left behind).
    const fresh = listFiles(built.dir).filter(f => f !== 'package.json')
    const committed = execFileSync('git', ['ls-tree', '-r', '--name-only', 'HEAD', 'dist/'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
      .split('\n')
      .filter(Boolean)
      .map(f => f.slice('dist/'.length))
    const stale = [...new Set([...fresh, ...committed])].filter(file => {
      if (!fresh.includes(file) || !committed.includes(file)) return true
      const head = execFileSync('git', ['show', `HEAD:dist/${file}`], {
        cwd: ROOT,
        maxBuffer: 256 * 1024 * 1024
      })
      return !readFileSync(path.join(built.dir, file)).equals(head)
    })
    if (stale.length > 0) {
      throw new Error(
        `dist/ is stale: run npm run build and commit dist/ (${stale.join(', ')} differ from HEAD)`
      )
    }
  })
})

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`]
  )
}
