// The built action with scope feature-gates against the fake GitHub: the checkouts of a
// kubernetes/website or kubernetes/enhancements workflow, the list from the contents API, the
// check run `feature gates (<kind>)` and its annotations in batches of 50.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FakeGitHub, type Seen } from '../support/fake-github.js'
import {
  buildOnce,
  cleanUp,
  expectNoStackTrace,
  type ActionRun,
  type Built
} from '../e2e/run-built.js'
import { GitHubWorld } from '../github/world.js'
import { pullRequestPayload, runAgainst, stepErrors } from '../github/run.js'
import { GATES, LIST, PAGES } from './support.js'

let built: Built
let fake: FakeGitHub
let world: GitHubWorld

beforeAll(() => {
  built = buildOnce()
}, 60_000)
afterAll(() => cleanUp(built))
beforeEach(async () => {
  fake = await FakeGitHub.start()
  world = new GitHubWorld(fake)
})
afterEach(() => fake.close())

/** A runner workspace holding the three fixture checkouts side by side. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-workspace-'))
  cpSync(GATES, dir, { recursive: true })
  return dir
}

function onPullRequest(
  dir: string,
  inputs: Record<string, string>,
  options: { baseRef?: string; milestone?: string | null } = {}
): Promise<ActionRun> {
  return runAgainst(built, {
    apiUrl: fake.url,
    workspace: dir,
    eventName: 'pull_request',
    event: pullRequestPayload({ milestone: options.milestone ?? null, baseRef: options.baseRef }),
    ref: 'refs/pull/1/merge',
    inputs: { scope: 'feature-gates', comment: 'off', ...inputs }
  })
}

/** Serves the fixture's list at the refs given, as the contents API does (base64 JSON). */
function serveList(refs: string[]): void {
  const text = readFileSync(path.join(GATES, 'kubernetes', LIST), 'utf8')
  // Octokit sends the path's slashes as %2F, which GitHub reads as slashes.
  fake.on('GET', /^\/repos\/kubernetes\/kubernetes\/contents\/(.+)$/, (r: Seen, m) =>
    decodeURIComponent(m[1]!) === LIST && refs.includes(r.query.get('ref') ?? '')
      ? {
          body: {
            type: 'file',
            encoding: 'base64',
            path: LIST,
            content: Buffer.from(text).toString('base64')
          }
        }
      : { status: 404, body: { message: `No commit found for the ref ${r.query.get('ref')}` } }
  )
}

describe('scope feature-gates on kubernetes/website', () => {
  it('audits the website checkout against the other two, annotates its own pages, and fails the step', async () => {
    const dir = workspace()
    const run = await onPullRequest(
      dir,
      { path: 'website', 'kubernetes-path': 'kubernetes', 'enhancements-path': 'enhancements' },
      { baseRef: 'dev-1.37' }
    )
    expectNoStackTrace(run.stdout, run.stderr)
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({
      'target-release': '1.37',
      result: 'fail',
      failed: 'code-list,list-page,kep-list'
    })
    const json = JSON.parse(run.outputs['report-json']!) as { targetSource: string; kind: string }
    expect(json).toMatchObject({ targetSource: 'branch dev-1.37', kind: 'website' })
    expect(run.summary).toMatch(/^## Feature gates at 1\.37 \(website\): ❌ fail/)
    expect(stepErrors(run)).toEqual([
      'feature gates at 1.37: 11 errors (code-list, list-page, kep-list)'
    ])
    // Annotations in the log: the website's files only, under the checkout's path.
    const annotated = run.commands.filter(c => c.properties.file)
    expect(annotated.length).toBeGreaterThan(0)
    expect(annotated.map(c => c.properties.file!.replace(/\/[^/]+$/, ''))).toEqual(
      expect.arrayContaining([`website/${PAGES}`])
    )
    expect(
      annotated.every(c => /^website\/content\/(en|ja)\/docs\//.test(c.properties.file!))
    ).toBe(true)

    const [checkRun] = world.checkRuns
    expect(world.checkRuns).toHaveLength(1)
    expect(checkRun).toMatchObject({
      name: 'feature gates (website)',
      conclusion: 'failure',
      output: { title: 'feature gates at 1.37: fail (11 errors, 3 warnings)', summary: run.summary }
    })
    const paths = (checkRun!.output.annotations as { path: string }[]).map(a => a.path)
    expect(paths.length).toBe(annotated.length)
    expect(paths.every(p => /^content\/(en|ja)\/docs\//.test(p))).toBe(true)
  })

  it('works on the sparse checkouts the README workflow makes', async () => {
    serveList(['release-1.37'])
    const dir = workspace()
    // The website as a repository with more than gate pages, checked out as the README says.
    const origin = path.join(dir, 'website-origin')
    cpSync(path.join(dir, 'website'), origin, { recursive: true })
    writeFileSync(path.join(origin, 'content/en/docs/other.md'), '---\ntitle: Other\n---\n')
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd,
        stdio: 'pipe'
      })
    git(origin, 'init', '-q', '-b', 'main')
    git(origin, 'add', '-A')
    git(origin, 'commit', '-q', '-m', 'site')
    rmSync(path.join(dir, 'website'), { recursive: true })
    git(dir, 'clone', '-q', '--no-checkout', origin, 'website')
    const sparse = path.join(dir, 'website')
    git(
      sparse,
      'sparse-checkout',
      'set',
      '--no-cone',
      '/hugo.toml',
      '/content/*/docs/reference/command-line-tools-reference/feature-gates/'
    )
    git(sparse, 'checkout', '-q', 'main')
    expect(existsSync(path.join(sparse, 'content/en/docs/other.md'))).toBe(false)
    const run = await onPullRequest(dir, { path: 'website' }, { baseRef: 'dev-1.37' })
    expect(run.code).toBe(1)
    expect(world.checkRuns[0]!.name).toBe('feature gates (website)')
    expect(run.summary).toContain('pages: 13, localized: 2')
  })

  it('reads the list from the contents API at master when the release is not branched yet', async () => {
    serveList(['master'])
    const dir = workspace()
    const run = await onPullRequest(dir, { path: 'website', 'target-release': '1.37' })
    expect(run.code).toBe(1)
    const asked = fake.requests
      .filter(r => r.path.includes('/contents/'))
      .map(r => r.query.get('ref'))
    expect(asked).toEqual(['release-1.37', 'master'])
    // (The @ is kept from mentioning anyone.)
    expect(run.summary).toMatch(/kubernetes\/kubernetes@\u200bmaster \(GitHub contents API\)/)
    expect(run.summary).toContain('not checked: no Go feature files')
  })

  it('without a kubernetes checkout or a token, says what to give in one line', async () => {
    const dir = workspace()
    const run = await runAgainst(built, {
      apiUrl: fake.url,
      workspace: dir,
      eventName: 'pull_request',
      event: pullRequestPayload({ milestone: null, baseRef: 'dev-1.37' }),
      inputs: { scope: 'feature-gates', path: 'website' },
      token: ''
    })
    expect(run.code).toBe(1)
    expect(stepErrors(run)).toEqual([
      'scope feature-gates needs the code: set kubernetes-path to a checkout of kubernetes/kubernetes, or give a token to read its feature list through the GitHub API'
    ])
    expect(run.summary).toBe('')
  })

  it('sends more than 50 annotations in batches of 50, and mode report never fails the step', async () => {
    const dir = workspace()
    const pages = path.join(dir, 'website', PAGES)
    for (let i = 0; i < 70; i++)
      writeFileSync(
        path.join(pages, `GoneGate${i}.md`),
        `---\ntitle: GoneGate${i}\nstages:\n  - stage: alpha\n    defaultValue: false\n    fromVersion: "1.20"\n---\n`
      )
    const run = await onPullRequest(
      dir,
      { path: 'website', 'kubernetes-path': 'kubernetes', mode: 'report' },
      { baseRef: 'dev-1.37' }
    )
    expect(run.code).toBe(0)
    const batches = fake.requests
      .filter(r => /check-runs/.test(r.path) && r.method !== 'GET')
      .map(
        r => ((r.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length
      )
    expect(batches.every(n => n <= 50)).toBe(true)
    expect(batches.reduce((a, b) => a + b, 0)).toBe(world.checkRuns[0]!.output.annotations.length)
    expect(world.checkRuns[0]!.output.annotations.length).toBeGreaterThan(70)
    expect(world.checkRuns[0]!.conclusion).toBe('neutral')
    // The log keeps to one batch's worth and says where the rest is.
    expect(run.commands.filter(c => c.properties.file)).toHaveLength(50)
    expect(run.commands.some(c => c.command === 'notice' && /more findings/.test(c.message))).toBe(
      true
    )
  })

  it('a gate name with :: or a newline cannot forge a workflow command', async () => {
    const dir = workspace()
    writeFileSync(
      path.join(dir, 'website', PAGES, 'Evil::error file=x::Gate.md'),
      '---\ntitle: x\nstages:\n  - stage: alpha\n    defaultValue: false\n    fromVersion: "1.20"\n---\n'
    )
    const run = await onPullRequest(
      dir,
      { path: 'website', 'kubernetes-path': 'kubernetes' },
      { baseRef: 'dev-1.37' }
    )
    const evil = run.commands.filter(c => c.message.includes('Evil'))
    expect(evil).toHaveLength(1)
    expect(evil[0]!.properties.title).toBe('feature gates list-page: Evil::error file=x::Gate')
    expect(run.commands.some(c => c.properties.file === 'x')).toBe(false)
  })
})

describe('scope feature-gates on kubernetes/enhancements', () => {
  it('detects the repository, takes the target from the milestone and the list from the release branch', async () => {
    serveList(['release-1.37'])
    const dir = workspace()
    const run = await onPullRequest(dir, { path: 'enhancements' }, { milestone: 'v1.37' })
    expect(run.code).toBe(1)
    expect(world.checkRuns.map(c => c.name)).toEqual(['feature gates (enhancements)'])
    const annotations = world.checkRuns[0]!.output.annotations as {
      path: string
      annotation_level: string
    }[]
    expect(annotations.map(a => `${a.path} ${a.annotation_level}`).sort()).toEqual([
      'keps/sig-apps/4102-pod-readiness-hints/kep.yaml failure',
      'keps/sig-scheduling/4106-batch-admission/kep.yaml warning'
    ])
    expect(run.outputs.failed).toBe('kep-list')
  })

  it('refuses regression mode with one line', async () => {
    const run = await onPullRequest(workspace(), { path: 'enhancements', mode: 'regression' })
    expect(run.code).toBe(1)
    expect(stepErrors(run)[0]).toMatch(/^mode regression compares a pull request/)
  })
})
