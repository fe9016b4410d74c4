// Each event kind the action knows, run through the built bundle against the fake GitHub: where
// the check run and the checklist comment go, and what other events do.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
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
      inputs: { 'target-release': '1.40', comment: 'issue:kubernetes/enhancements#5495' }
    })
    expect(result.code).toBe(0)
    expect(github.commentsOn(REPOSITORY, 77)).toHaveLength(1)
    expect(github.commentsOn('kubernetes/enhancements', 5495)).toEqual([])
  })

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
    ['check-run', 'yes', 'auto']
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
