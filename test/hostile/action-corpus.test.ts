// The action's part of the hostile corpus (test/fixtures/hostile/action/*.json): the BUILT action
// in its own process, as the runner starts it, since a crash while modules load (the event read
// by @actions/github on import) happens only there. Each case sets the event file, the
// environment or the checkout, and says what must come out: one `::error::` line for a bad
// input, the verdict and exit code for a file the action cannot write, and never a workflow
// command that the input smuggled in.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  actionYml,
  buildOnce,
  cleanEnv,
  cleanUp,
  expectNoStackTrace,
  inputEnvName,
  parseGithubOutput,
  runNode,
  workflowCommands,
  type Built
} from '../e2e/run-built.js'
import { pullRequestPayload } from '../github/run.js'
import { commitAll, git } from '../regression/git-repo.js'
import { copyFixture, FIXTURES } from '../support/tree.js'
import { treeHash } from './harness.js'

interface Change {
  files?: { file: string; text: string }[]
  edits?: { file: string; replace: string; with: string }[]
}

interface ActionCase extends Change {
  finding: string
  says: string
  tree: string
  /** The tree is a git repository; `head` is a commit on top of it, checked out. */
  git?: boolean
  head?: Change
  event: { name: string; text?: string; special?: 'fifo' | 'directory'; path?: string }
  env?: Record<string, string>
  inputs?: Record<string, string>
  expect: {
    exit: number
    /** How many `::error::` lines without a file (the step's own errors). */
    errors?: number
    error?: string
    warning?: string
    absent?: string
    /** Outputs, each matching a regular expression. */
    outputs?: Record<string, string>
    summary?: string
    /** No line of the log is a command the input wrote. */
    injected?: boolean
  }
}

const CORPUS = path.join(FIXTURES, 'hostile', 'action')
const cases = readdirSync(CORPUS)
  .filter(f => f.endsWith('.json'))
  .sort()
  .map(f => ({
    name: f.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(path.join(CORPUS, f), 'utf8')) as ActionCase)
  }))

let built: Built
const made: string[] = []
beforeAll(() => {
  built = buildOnce()
}, 60_000)
afterAll(() => {
  cleanUp(built)
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function apply(dir: string, change: Change): void {
  for (const f of change.files ?? []) writeFileSync(path.join(dir, f.file), f.text)
  for (const e of change.edits ?? []) {
    const file = path.join(dir, e.file)
    const before = readFileSync(file, 'utf8')
    if (!before.includes(e.replace)) throw new Error(`${e.file} has no ${e.replace}`)
    writeFileSync(
      file,
      before.replace(e.replace, () => e.with)
    )
  }
}

/** The workspace, and for a git case the pull request payload naming its base and head. */
function workspaceFor(c: ActionCase): { dir: string; eventText?: string } {
  const [kind, era] = c.tree.split('/') as [string, string]
  const dir = copyFixture(kind, era)
  made.push(dir)
  apply(dir, c)
  if (!c.git) return { dir, eventText: c.event.text }
  git(dir, ['init', '-q', '-b', 'master'])
  const base = commitAll(dir, 'base')
  apply(dir, c.head ?? {})
  const head = commitAll(dir, 'the pull request')
  return {
    dir,
    eventText: JSON.stringify(pullRequestPayload({ baseSha: base, headSha: head }))
  }
}

/**
 * Lines the runner would execute as commands although kep-gate did not mean them: a command
 * whose message starts with the injected marker, or any line with the older `##[` syntax.
 */
function injectedLines(stdout: string): string[] {
  return stdout.split('\n').filter(l => /^\s*::[A-Za-z-]+[^:]*::INJECTED/.test(l) || /##\[/.test(l))
}

describe('the action on hostile input', () => {
  it.each(cases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    const runner = mkdtempSync(path.join(tmpdir(), 'kep-gate-runner-'))
    made.push(runner)
    const { dir, eventText } = workspaceFor(c)
    // The action may fetch into its throw-away checkout (objects, refs/kep-gate/); the files
    // and the repository's configuration stay as they were.
    const untouched = (rel: string) => rel.startsWith('.git/') && rel !== '.git/config'
    const before = treeHash(dir, untouched)
    let eventPath = c.event.path ?? path.join(runner, 'event.json')
    if (c.event.special === 'fifo') execFileSync('mkfifo', [eventPath])
    else if (c.event.special === 'directory') mkdirSync(eventPath)
    else if (!c.event.path) writeFileSync(eventPath, eventText ?? '{}')
    eventPath = c.event.path ?? eventPath
    const outputPath = path.join(runner, 'output')
    const summaryPath = path.join(runner, 'summary')
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const inputs: Record<string, string> = {}
    for (const [name, spec] of Object.entries(actionYml().inputs))
      inputs[inputEnvName(name)] = spec.default?.includes('${{') ? '' : (spec.default ?? '')
    for (const [name, value] of Object.entries(c.inputs ?? {})) inputs[inputEnvName(name)] = value
    const env = cleanEnv({
      ...inputs,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: c.event.name,
      GITHUB_REF: 'refs/heads/master',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REPOSITORY: 'kubernetes/kubernetes',
      // Nothing listens here: a case that reaches the API fails fast, never the internet.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: runner,
      ...Object.fromEntries(
        Object.entries(c.env ?? {}).map(([k, v]) => [k, v.replaceAll('{runner}', runner)])
      )
    })
    const run = await runNode(built.index, [], { cwd: dir, env })
    const commands = workflowCommands(run.stdout)
    const stepErrors = commands.filter(x => x.command === 'error' && !x.properties.file)
    const want = c.expect

    expectNoStackTrace(run.stdout, run.stderr)
    expect(run.stdout).not.toMatch(/internal error/)
    expect(treeHash(dir, untouched)).toEqual(before)
    expect({ exit: run.code, errors: stepErrors.map(e => e.message) }).toMatchObject({
      exit: want.exit
    })
    if (want.errors !== undefined) expect(stepErrors).toHaveLength(want.errors)
    if (want.error) expect(stepErrors[0]?.message).toMatch(new RegExp(want.error))
    for (const e of stepErrors) expect(e.message).not.toContain('\n')
    if (want.warning)
      expect(commands.filter(x => x.command === 'warning').map(x => x.message)).toContainEqual(
        expect.stringMatching(new RegExp(want.warning))
      )
    if (want.absent) expect(run.stdout + run.stderr).not.toContain(want.absent)
    const outputs = parseGithubOutput(readFileSync(outputPath, 'utf8'))
    for (const [name, pattern] of Object.entries(want.outputs ?? {}))
      expect({ name, value: outputs[name] }).toEqual({
        name,
        value: expect.stringMatching(pattern)
      })
    if (want.summary) expect(readFileSync(summaryPath, 'utf8')).toContain(want.summary)
    if (want.injected) {
      expect(run.stdout).toContain('INJECTED')
      expect(injectedLines(run.stdout)).toEqual([])
    }
  })
})
