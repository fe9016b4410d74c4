// Each event kind the action knows, run through the built bundle against the fake GitHub: where
// the check run and the checklist comment go, and what other events do.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildScenario } from '../backports/history.js'
import { copyFixture, fixture } from '../support/tree.js'
import { FakeGitHub } from '../support/fake-github.js'
import {
  buildOnce,
  cleanUp,
  expectNoStackTrace,
  expectStableReport,
  type Built
} from '../e2e/run-built.js'
import { GitHubWorld, type WorldOptions } from './world.js'
import {
  HEAD_SHA,
  issueCommentPayload,
  pushPayload,
  REPOSITORY,
  runAgainst,
  schedulePayload,
  stepErrors,
  warnings,
  workflowDispatchPayload,
  WORKFLOW_SHA,
  type RunOptions
} from './run.js'

let built: Built
let fake: FakeGitHub

beforeAll(() => {
  built = buildOnce()
}, 60_000)
afterAll(() => cleanUp(built))
beforeEach(async () => {
  fake = await FakeGitHub.start()
})
afterEach(() => fake.close())

function world(options: WorldOptions = {}): GitHubWorld {
  return new GitHubWorld(fake, options)
}

function run(options: Omit<RunOptions, 'apiUrl'>) {
  return runAgainst(built, { apiUrl: fake.url, ...options })
}

const notices = (r: Awaited<ReturnType<typeof run>>) =>
  r.commands.filter(c => c.command === 'notice').map(c => c.message)

describe('push', () => {
  it('puts the check run on the pushed commit and writes no comment', async () => {
    const github = world()
    const result = await run({
      workspace: fixture('kubernetes', '1.43'),
      eventName: 'push',
      event: pushPayload('refs/heads/release-1.43'),
      ref: 'refs/heads/release-1.43'
    })
    expect(result.code).toBe(0)
    expect(github.checkRuns).toEqual([
      expect.objectContaining({ head_sha: HEAD_SHA, conclusion: 'success' })
    ])
    expect(fake.requests.filter(r => r.path.includes('/comments'))).toEqual([])
  })
})

describe('workflow_dispatch and schedule', () => {
  it('keep the checklist on a tracking issue in another repository, edited in place', async () => {
    const github = world()
    const inputs = { 'target-release': '1.40', comment: 'issue:kubernetes/enhancements#5495' }
    const dispatched = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'workflow_dispatch',
      event: workflowDispatchPayload(),
      inputs
    })
    expect(dispatched.code).toBe(0)
    const tracking = github.commentsOn('kubernetes/enhancements', 5495)
    expect(tracking).toHaveLength(1)
    expect(tracking[0]!.body).toBe(
      `<!-- kep-gate:kep-5495:kubernetes:1.40 -->\n${dispatched.summary}`
    )
    expect(github.checkRuns).toEqual([expect.objectContaining({ head_sha: WORKFLOW_SHA })])

    const scheduled = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'schedule',
      event: schedulePayload(),
      inputs
    })
    expect(scheduled.code).toBe(0)
    expect(github.commentsOn('kubernetes/enhancements', 5495)).toHaveLength(1)
    expect(fake.count('POST', '/repos/kubernetes/enhancements/issues/5495/comments')).toBe(1)
    // Same result, same text: nothing was written.
    expect(fake.count('PATCH', /\/issues\/comments\//)).toBe(0)
  })

  it('fails in one line when the token may not comment on the tracking issue', async () => {
    world({ readOnly: true })
    const result = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'schedule',
      event: schedulePayload(),
      inputs: { 'target-release': '1.40', comment: 'issue:kubernetes/sig-release#2900' }
    })
    expect(result.code).toBe(1)
    const errors = stepErrors(result)
    expect(errors).toEqual([expect.stringContaining('kubernetes/sig-release#2900')])
    expect(errors[0]).toContain('Resource not accessible by integration')
    expect(errors[0]).toContain('token')
    expect(result.outputs.result).toBe('pass')
    expectNoStackTrace(result.stdout, result.stderr)
  })
})

describe('issue_comment', () => {
  it('a /kep-gate comment re-runs the checklist on the issue it was made on', async () => {
    const github = world()
    const result = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'issue_comment',
      event: issueCommentPayload(77, '/kep-gate please'),
      inputs: { 'target-release': '1.40' }
    })
    expect(result.code).toBe(0)
    // An issue keeps one comment per target.
    expect(github.commentsOn(REPOSITORY, 77)).toEqual([
      expect.objectContaining({
        body: `<!-- kep-gate:kep-5495:kubernetes:1.40 -->\n${result.summary}`
      })
    ])
  })

  it("a /kep-gate comment on a pull request refreshes the pull request's one comment", async () => {
    const github = world()
    const result = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'issue_comment',
      event: issueCommentPayload(78, '/kep-gate', 'MEMBER', true),
      inputs: { 'target-release': '1.40' }
    })
    expect(result.code).toBe(0)
    expect(github.commentsOn(REPOSITORY, 78)).toEqual([
      expect.objectContaining({
        body: `<!-- kep-gate:kep-5495:kubernetes:enforce target=1.40:input -->\n${result.summary}`
      })
    ])
  })

  it('a /kep-gate comment refreshes the configured tracking issue, wherever it was made', async () => {
    const github = world()
    const result = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'issue_comment',
      event: issueCommentPayload(77, '/kep-gate please'),
      inputs: { 'target-release': '1.40', comment: 'issue:kubernetes/enhancements#5495' }
    })
    expect(result.code).toBe(0)
    expect(github.commentsOn('kubernetes/enhancements', 5495)).toHaveLength(1)
    expect(github.commentsOn(REPOSITORY, 77)).toEqual([])
  })

  it.each(['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR'])(
    'a /kep-gate comment by an author associated as %s is a notice and no API writes',
    async association => {
      const github = world()
      const result = await run({
        workspace: fixture('kubernetes', '1.40'),
        eventName: 'issue_comment',
        event: issueCommentPayload(77, '/kep-gate please', association),
        inputs: { 'target-release': '1.40', comment: 'issue:kubernetes/enhancements#5495' }
      })
      expect(result.code).toBe(0)
      expect(notices(result)).toEqual([expect.stringContaining(association)])
      expect(notices(result)[0]).toContain('OWNER, MEMBER, COLLABORATOR')
      expect(fake.requests.filter(r => r.method !== 'GET')).toEqual([])
      expect(github.comments).toEqual([])
      expect(github.checkRuns).toEqual([])
      expect(result.outputs.result).toBe('pass')
    }
  )

  it('any other comment is a notice and a plain run, with no API calls', async () => {
    world()
    const result = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'issue_comment',
      event: issueCommentPayload(77, 'thanks, looks good'),
      inputs: { 'target-release': '1.40' }
    })
    expect(result.code).toBe(0)
    expect(notices(result)).toEqual([expect.stringContaining('/kep-gate')])
    expect(fake.requests).toEqual([])
    expect(result.summary).toMatch(/`gate-spec`/)
  })
})

describe('other events', () => {
  it('get a one-line notice and a plain run', async () => {
    world()
    const result = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'release',
      event: { action: 'published', release: { tag_name: 'v1.40.0' } },
      inputs: { 'target-release': '1.40' }
    })
    expect(result.code).toBe(0)
    const [notice] = notices(result)
    expect(notice).toContain('"release"')
    expect(notice).toContain('pull_request')
    expect(fake.requests).toEqual([])
    expect(result.outputs.result).toBe('pass')
  })
})

describe('inputs', () => {
  it.each([
    ['comment', 'issues:5495', 'issue:<owner>/<repo>#<number>'],
    ['comment', 'issue:kubernetes/enhancements/5495', 'issue:<number>'],
    ['check-run', 'yes', 'auto'],
    ['repository', 'kubernetes', 'owner/name'],
    ['repository', 'kubernetes/../website', 'owner/name']
  ])('rejects %s "%s" in one line naming the accepted forms', async (input, value, form) => {
    world()
    const result = await run({
      workspace: fixture('kubernetes', '1.40'),
      eventName: 'push',
      event: pushPayload('refs/heads/release-1.40'),
      ref: 'refs/heads/release-1.40',
      inputs: { [input]: value }
    })
    expect(result.code).toBe(1)
    const errors = stepErrors(result)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`input ${input} "${value}"`)
    expect(errors[0]).toContain(form)
    expect(fake.requests).toEqual([])
    expectNoStackTrace(result.stdout, result.stderr)
  })
})

describe('input path', () => {
  it('refuses a folder that is a symbolic link leading out of the workspace, in one line', async () => {
    world()
    const workspace = mkdtempSync(path.join(tmpdir(), 'kep-gate-workspace-'))
    // A real checkout elsewhere, so only the link's destination is wrong.
    const elsewhere = copyFixture('kubernetes', '1.40')
    symlinkSync(elsewhere, path.join(workspace, 'sub'))
    const result = await run({
      workspace,
      eventName: 'push',
      event: pushPayload('refs/heads/release-1.40'),
      ref: 'refs/heads/release-1.40',
      inputs: { path: 'sub' }
    })
    expect(result.code).toBe(1)
    const errors = stepErrors(result)
    expect(errors).toEqual([expect.stringContaining('input path "sub" is outside the workspace')])
    expect(result.outputs.result).toBeUndefined()
    expect(fake.requests).toEqual([])
    expectNoStackTrace(result.stdout, result.stderr)

    // The same checkout inside the workspace, reached through a link that stays inside, is fine.
    renameSync(elsewhere, path.join(workspace, 'checkout'))
    rmSync(path.join(workspace, 'sub'))
    symlinkSync(path.join(workspace, 'checkout'), path.join(workspace, 'sub'))
    const inside = await run({
      workspace,
      eventName: 'push',
      event: pushPayload('refs/heads/release-1.40'),
      ref: 'refs/heads/release-1.40',
      inputs: { path: 'sub' }
    })
    expect(stepErrors(inside)).toEqual([])
    expect(inside.outputs.result).toBe('pass')
  })
})

describe('input repository', () => {
  it("asks the GitHub facts of the checked-out repository; the check run stays on the workflow's", async () => {
    const github = world()
    // A git history with nftables fixes, so the backports criterion asks GitHub about them.
    const { history } = buildScenario()
    const result = await run({
      workspace: history.dir,
      eventName: 'push',
      event: pushPayload('refs/heads/master'),
      inputs: {
        repository: 'example/kubernetes-fork',
        'target-release': '1.35',
        'repo-kind': 'kubernetes',
        mode: 'report'
      }
    })
    rmSync(history.dir, { recursive: true, force: true })
    const asked = fake.requests.filter(r => r.path === '/graphql')
    expect(asked.length).toBeGreaterThan(0)
    for (const r of asked)
      expect((r.body as { variables: object }).variables).toMatchObject({
        owner: 'example',
        name: 'kubernetes-fork'
      })
    expect(fake.count('POST', `/repos/${REPOSITORY}/check-runs`)).toBe(1)
    expect(github.checkRuns).toEqual([expect.objectContaining({ repo: REPOSITORY })])
    expectNoStackTrace(result.stdout, result.stderr)
  })
})

describe('annotations', () => {
  it('sends 60 findings as two batches of at most 50', async () => {
    const github = world()
    const tree = copyFixture('kubernetes', '1.46')
    mkdirSync(path.join(tree, 'pkg/proxy/extra'), { recursive: true })
    for (let i = 0; i < 60; i++) {
      writeFileSync(
        path.join(tree, `pkg/proxy/extra/use${i}.go`),
        `package extra\n\nimport "k8s.io/kubernetes/pkg/features"\n\nfunc on${i}() bool {\n\treturn utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS)\n}\n`
      )
    }
    const result = await run({
      workspace: tree,
      eventName: 'push',
      event: pushPayload('refs/heads/release-1.46'),
      ref: 'refs/heads/release-1.46'
    })
    expect(result.code).toBe(1)
    const report: unknown = JSON.parse(result.outputs['report-json']!)
    expectStableReport(report)
    const findings = report.criteria
      .filter(c => c.status === 'fail' || c.status === 'warning')
      .flatMap(c => c.evidence)
    expect(findings.length).toBeGreaterThanOrEqual(60)
    expect(findings.length).toBeLessThanOrEqual(100)

    const create = fake.requests.find(r => r.method === 'POST' && r.path.endsWith('/check-runs'))
    const updates = fake.requests.filter(
      r => r.method === 'PATCH' && r.path.includes('/check-runs/')
    )
    const batch = (r: typeof create) =>
      ((r?.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length
    expect(batch(create)).toBe(50)
    expect(updates.map(batch)).toEqual([findings.length - 50])
    expect(github.checkRuns[0]!.output.annotations).toHaveLength(findings.length)
    expect(warnings(result)).toEqual([])
  })
})
