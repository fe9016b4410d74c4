// Bad input through the CLI bundle: every mistake is one line that names the value or the place
// at fault, exits 2 (or fails the criterion it broke), and never prints a stack trace.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { copyFixture, fixture, lineOf, remove } from '../support/tree.js'
import {
  buildOnce,
  cleanUp,
  criterion,
  expectNoStackTrace,
  expectStableReport,
  FEATURE_LIST,
  FEATURES_GO,
  linesOf,
  runCli,
  type Built,
  type RunResult
} from './run-built.js'

let built: Built
let elsewhere: string

beforeAll(() => {
  built = buildOnce()
  elsewhere = mkdtempSync(path.join(tmpdir(), 'kep-gate-cwd-'))
}, 60_000)

afterAll(() => cleanUp(built))

const K140 = fixture('kubernetes', '1.40')
const ACCEPTED = ['1.40', 'v1.40', 'v1.40.0', 'v1.40.0-rc.1', 'release-1.40']

/** Exit 2, nothing on stdout, exactly one `kep-gate: ...` line on stderr, no stack trace. */
function expectOneLineError(run: RunResult): string {
  expectNoStackTrace(run.stdout, run.stderr)
  expect(linesOf(run.stderr)).toHaveLength(1)
  expect(run.stderr).toMatch(/^kep-gate: /)
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  return run.stderr.trim()
}

/**
 * A check whose checkout has a file that cannot be read: the report still prints, the criteria
 * that needed the file fail with "could not be checked: <the error>", stderr has one
 * `kep-gate: error:` line per error, and the exit code is 2.
 */
async function checkWithReadErrors(
  repo: string,
  target: string
): Promise<{ text: RunResult; errors: string[] }> {
  const text = await runCli(built, ['check', '--repo', repo, '--target', target], elsewhere)
  const json = await runCli(
    built,
    ['check', '--repo', repo, '--target', target, '--format', 'json'],
    elsewhere
  )
  for (const run of [text, json]) {
    expectNoStackTrace(run.stdout, run.stderr)
    expect(run.code).toBe(2)
  }
  const report: unknown = JSON.parse(json.stdout)
  expectStableReport(report)
  expect(report.result).toBe('fail')
  expect(report.errors.length).toBeGreaterThan(0)
  expect(linesOf(text.stderr)).toEqual(report.errors.map(e => `kep-gate: error: ${e}`))
  expect(linesOf(json.stderr)).toEqual(report.errors.map(e => `kep-gate: error: ${e}`))
  expect(text.stdout).toMatch(/^KEP-5495 .*: FAIL$/m)
  for (const e of report.errors) {
    expect(e).not.toContain('\n')
    expect(e).not.toMatch(/internal error/i)
    // Each error is shown beside every criterion it broke.
    expect(
      // A criterion that could not be checked fails, or warns if that is its severity.
      report.criteria.some(
        c =>
          (c.severity === 'warning' ? c.status === 'warning' : c.status === 'fail') &&
          c.message === `could not be checked: ${e}`
      )
    ).toBe(true)
  }
  return { text, errors: report.errors }
}

async function gateCriteriaMessages(repo: string, target: string): Promise<string[]> {
  const run = await runCli(
    built,
    ['check', '--repo', repo, '--target', target, '--format', 'json'],
    elsewhere
  )
  const report: unknown = JSON.parse(run.stdout)
  expectStableReport(report)
  return ['gate-declared', 'gate-spec'].map(id => {
    const c = criterion(report, id)
    expect(c.status).toBe('fail')
    return c.message
  })
}

describe('target releases that are not releases', () => {
  it.each(['1', '1.40.x', 'release-', 'v1.40.0.1', 'banana'])(
    'check --target=%s is one line naming it',
    async bad => {
      const message = expectOneLineError(
        await runCli(built, ['check', '--repo', K140, `--target=${bad}`], elsewhere)
      )
      expect(message).toContain(`"${bad}"`)
      for (const form of ACCEPTED) expect(message).toContain(form)
    }
  )

  it.each(['1', '1.40.x', 'release-', 'v1.40.0.1'])(
    'plan --target=%s is one line naming it',
    async bad => {
      const message = expectOneLineError(
        await runCli(built, ['plan', `--target=${bad}`], elsewhere)
      )
      expect(message).toContain(`"${bad}"`)
      for (const form of ACCEPTED) expect(message).toContain(form)
    }
  )

  it('check --target= (empty) is one line that asks for --target', async () => {
    const message = expectOneLineError(
      await runCli(built, ['check', '--repo', K140, '--target='], elsewhere)
    )
    expect(message).toContain('--target')
    for (const form of ACCEPTED) expect(message).toContain(form)
  })

  it('plan --target= (empty) is one line that asks for --target', async () => {
    const message = expectOneLineError(await runCli(built, ['plan', '--target='], elsewhere))
    expect(message).toContain('--target')
  })
})

describe('files in the checkout that cannot be read', () => {
  it('a Go file cut in half: the gate criteria fail naming the line, the report still prints', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    const file = path.join(tree, FEATURES_GO)
    const source = readFileSync(file, 'utf8')
    // Cut in the middle of KubeProxyIPVS's spec list, mid-entry.
    const entry = source.indexOf(
      '{Version: version.MustParse("1.37"), Default: true',
      source.indexOf('KubeProxyIPVS: {')
    )
    expect(entry).toBeGreaterThan(0)
    const cut = source.slice(0, entry + 30)
    writeFileSync(file, cut)
    const lastLine = cut.split('\n').length

    const { errors } = await checkWithReadErrors(tree, '1.40')
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(`^pkg/features/kube_features\\.go:${lastLine}: cannot read this Go file: `)
      )
    ])
    for (const message of await gateCriteriaMessages(tree, '1.40')) {
      expect(message).toMatch(
        new RegExp(
          `^could not be checked: pkg/features/kube_features\\.go:${lastLine}: cannot read this Go file: \\S`
        )
      )
    }
  })

  it('binary junk where the YAML feature list should be: one line naming the YAML file', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    // Deterministic junk with NULs and bytes that are not UTF-8.
    const junk = Buffer.alloc(4096)
    let seed = 5495
    for (let i = 0; i < junk.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      junk[i] = i % 7 === 0 ? 0 : seed >> 16
    }
    writeFileSync(path.join(tree, FEATURE_LIST), junk)

    const { errors, text } = await checkWithReadErrors(tree, '1.40')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(new RegExp(`^${FEATURE_LIST.replace(/\./g, '\\.')}(:\\d+)?: `))
    expect(text.stderr).not.toContain('\u0000')
    expect(text.stdout).not.toContain('\u0000')
    for (const message of await gateCriteriaMessages(tree, '1.40'))
      expect(message).toContain(FEATURE_LIST)
  })

  it('a folder where kube_features.go should be: one line naming it', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    remove(tree, FEATURES_GO)
    mkdirSync(path.join(tree, FEATURES_GO))

    const { errors } = await checkWithReadErrors(tree, '1.40')
    expect(errors).toEqual([expect.stringMatching(/^pkg\/features\/kube_features\.go: .*folder/)])
  })

  it('a symbolic link out of the checkout is refused, and what it points at is never printed', async () => {
    const tree = copyFixture('kubernetes', '1.43')
    const options = 'cmd/kube-proxy/app/options.go'
    remove(tree, options)
    symlinkSync('/etc/passwd', path.join(tree, options))

    const { errors, text } = await checkWithReadErrors(tree, '1.43')
    expect(errors).toEqual([
      expect.stringMatching(/^cmd\/kube-proxy\/app\/options\.go: .*leads out of the repository/)
    ])
    const json = await runCli(
      built,
      ['check', '--repo', tree, '--target', '1.43', '--format', 'markdown'],
      elsewhere
    )
    for (const line of readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .filter(l => l.length >= 8)) {
      expect(text.stdout).not.toContain(line)
      expect(text.stderr).not.toContain(line)
      expect(json.stdout).not.toContain(line)
    }
  })
})

describe('policy files', () => {
  /** A copy of the 1.40 tree with a policy file in it; the CLI runs from the tree's root. */
  function withPolicy(text: string): { tree: string; name: string } {
    const tree = copyFixture('kubernetes', '1.40')
    const name = 'kep-gate-policy.yaml'
    writeFileSync(path.join(tree, name), text)
    return { tree, name }
  }

  function checkIn(tree: string, ...args: string[]): Promise<RunResult> {
    return runCli(built, ['check', '--repo', '.', '--target', '1.40', ...args], tree)
  }

  it('refuses a relative path that leaves the checkout, without reading it', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    const up = path.relative(tree, '/').split(path.sep).length
    const escape = `${'../'.repeat(up)}etc/passwd`
    const run = await checkIn(tree, '--policy', escape)
    const message = expectOneLineError(run)
    expect(message).toContain(escape)
    expect(message).toMatch(/outside the repository/)
    expect(run.stderr).not.toMatch(/root:/)
  })

  it('refuses an absolute path outside the checkout, even to a valid policy', async () => {
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'kep-gate-outside-')), 'policy.yaml')
    writeFileSync(outside, 'criteria:\n  gate-spec:\n    severity: warning\n')
    const message = expectOneLineError(
      await checkIn(copyFixture('kubernetes', '1.40'), '--policy', outside)
    )
    expect(message).toContain(outside)
    expect(message).toMatch(/outside the repository/)
  })

  it('a misspelt top-level key: the file, the line and the key', async () => {
    const { tree, name } = withPolicy(
      '# release team overrides\nkep: "5495"\ncritera:\n  gate-spec:\n    severity: warning\n'
    )
    const message = expectOneLineError(await checkIn(tree, '--policy', name))
    expect(message).toContain(`${name}:${lineOf(tree, name, 'critera:')}:`)
    expect(message).toContain('"critera"')
  })

  it('a severity that does not exist: the file, the line and the key', async () => {
    const { tree, name } = withPolicy(
      'criteria:\n  gate-spec:\n    stage: "2"\n    severity: fatal\n'
    )
    const message = expectOneLineError(await checkIn(tree, '--policy', name))
    expect(message).toContain(`${name}:${lineOf(tree, name, 'severity: fatal')}:`)
    expect(message).toContain('criteria.gate-spec.severity')
    expect(message).toMatch(/error/)
    expect(message).toMatch(/warning/)
  })

  it('a YAML syntax error: the file and the line', async () => {
    const { tree, name } = withPolicy('criteria:\n  gate-spec:\n    severity: warning: error\n')
    const message = expectOneLineError(await checkIn(tree, '--policy', name))
    expect(message).toContain(`${name}:${lineOf(tree, name, 'severity: warning: error')}:`)
  })

  it('an unknown criterion id: named, with its line', async () => {
    const { tree, name } = withPolicy(
      'criteria:\n  gate-spec:\n    severity: warning\n  gate-spek:\n    stage: "2"\n    due: { from: "2" }\n    severity: error\n'
    )
    const message = expectOneLineError(await checkIn(tree, '--policy', name))
    expect(message).toContain('gate-spek')
    expect(message).toContain(`${name}:${lineOf(tree, name, 'gate-spek:')}:`)
  })
})

describe('checkouts that are not checkouts', () => {
  it('a repository folder that does not exist: one line naming it', async () => {
    const missing = path.join(elsewhere, 'no-such-checkout')
    const message = expectOneLineError(
      await runCli(built, ['check', '--repo', missing, '--target', '1.40'], elsewhere)
    )
    expect(message).toContain(missing)
  })

  it('a folder that is neither kubernetes nor website: one line naming what it looked for', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kep-gate-not-a-checkout-'))
    writeFileSync(path.join(folder, 'README.md'), '# something else\n')
    const message = expectOneLineError(
      await runCli(built, ['check', '--repo', folder, '--target', '1.40'], elsewhere)
    )
    for (const looked of ['pkg/features/kube_features.go', 'cmd/kube-proxy', 'content/en/docs']) {
      expect(message).toContain(looked)
    }
    expect(message).toMatch(/repo-kind/)
  })
})
