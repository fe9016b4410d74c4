// Faults between the built action and GitHub: transient errors are retried by the client's
// plugins, a read-only token degrades to summary + annotations + exit code with one warning, and
// two runs racing still leave one comment.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { copyFixture, fixture, lineOf } from '../support/tree.js'
import { FakeGitHub, type Seen } from '../support/fake-github.js'
import { buildOnce, cleanUp, FEATURES_GO, revertFlip, type Built } from '../e2e/run-built.js'
import { GitHubWorld, type WorldOptions } from './world.js'
import { pullRequestPayload, REPOSITORY, runAgainst, stepErrors, warnings } from './run.js'

const COMMENTS = '/repos/kubernetes/kubernetes/issues/1/comments'
const CHECK_RUNS = '/repos/kubernetes/kubernetes/check-runs'

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

function onPullRequest(workspace: string, fromFork = false) {
  return runAgainst(built, {
    apiUrl: fake.url,
    workspace,
    eventName: 'pull_request',
    event: pullRequestPayload({ number: 1, fromFork }),
    ref: 'refs/pull/1/merge'
  })
}

const is = (method: string, path: string) => (r: Seen) => r.method === method && r.path === path

describe('transient faults', () => {
  it('retries a 502 Bad Gateway, then succeeds', async () => {
    const github = world()
    fake.fault(is('GET', COMMENTS), { status: 502, body: { message: 'Server Error' } })
    fake.fault(is('POST', CHECK_RUNS), { status: 502, body: { message: 'Server Error' } })
    const run = await onPullRequest(fixture('kubernetes', '1.40'))
    expect(run.code).toBe(0)
    expect(warnings(run)).toEqual([])
    expect(fake.count('POST', CHECK_RUNS)).toBe(2)
    expect(github.checkRuns).toHaveLength(1)
    expect(github.commentsOn(REPOSITORY, 1)).toHaveLength(1)
  })

  it('waits out a 429 secondary rate limit for its Retry-After, then succeeds', async () => {
    const github = world()
    fake.fault(is('POST', COMMENTS), {
      status: 429,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
      }
    })
    const run = await onPullRequest(fixture('kubernetes', '1.40'))
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/secondary rate limit on POST .*comments: retrying in 1 s/)
    const posts = fake.requests.filter(is('POST', COMMENTS))
    expect(posts).toHaveLength(2)
    expect(github.commentsOn(REPOSITORY, 1)).toHaveLength(1)
    expect(warnings(run)).toEqual([])
  })

  it('retries after the connection is reset', async () => {
    const github = world()
    fake.fault(r => r.method === 'GET' && r.path.endsWith('/check-runs'), 'reset')
    const run = await onPullRequest(fixture('kubernetes', '1.40'))
    expect(run.code).toBe(0)
    expect(fake.count('GET', /\/check-runs$/)).toBe(2)
    expect(github.checkRuns).toHaveLength(1)
    expect(warnings(run)).toEqual([])
  })
})

describe('a pull request from a fork (read-only token)', () => {
  it('warns once, and still writes the summary and annotations and fails on the broken tree', async () => {
    const github = world({ readOnly: true })
    const tree = copyFixture('kubernetes', '1.40')
    revertFlip(tree)
    const run = await onPullRequest(tree, true)

    expect(run.code).toBe(1)
    const warned = warnings(run)
    expect(warned).toHaveLength(1)
    expect(warned[0]).toContain('Resource not accessible by integration')
    expect(warned[0]).toMatch(/check run/)
    expect(warned[0]).toMatch(/comment/)
    expect(warned[0]).toMatch(/fork/)
    expect(warned[0]).not.toContain('\n')
    expect(run.summary).toMatch(/^- \[ \] .*`gate-spec`/m)
    const annotation = run.commands.find(
      c => c.command === 'error' && c.properties.title?.includes('gate-spec')
    )
    expect(annotation?.properties).toMatchObject({
      file: FEATURES_GO,
      line: String(lineOf(tree, FEATURES_GO, 'MustParse("1.40"), Default: true'))
    })
    expect(stepErrors(run)).toEqual([expect.stringContaining('gate-spec')])
    expect(run.outputs.result).toBe('fail')
    expect(github.checkRuns).toEqual([])
    expect(github.comments).toEqual([])
  })
})

describe('two runs racing', () => {
  it('leave one comment at the end', async () => {
    // Both runs have listed (and found nothing) before either creates: the worst interleaving.
    let arrived = 0
    let release: () => void = () => undefined
    const bothCreating = new Promise<void>(resolve => (release = resolve))
    const github = world({
      beforeCreate: async () => {
        if (++arrived === 2) release()
        let timer: NodeJS.Timeout | undefined
        await Promise.race([bothCreating, new Promise(r => (timer = setTimeout(r, 5000)))])
        clearTimeout(timer)
      }
    })
    const tree = fixture('kubernetes', '1.40')
    const runs = await Promise.all([onPullRequest(tree), onPullRequest(tree)])
    expect(runs.map(r => r.code)).toEqual([0, 0])
    expect(fake.count('POST', COMMENTS)).toBe(2)
    const left = github.commentsOn(REPOSITORY, 1)
    expect(left).toHaveLength(1)
    // The older comment stays; the newer duplicate is deleted (by one run, or by both racing).
    const deleted = fake.requests
      .filter(r => r.method === 'DELETE')
      .map(r => Number(r.path.split('/').pop()))
    expect(deleted.length).toBeGreaterThanOrEqual(1)
    for (const id of deleted) expect(id).toBeGreaterThan(left[0]!.id)
    expect(runs.flatMap(warnings)).toEqual([])
  })
})

describe('an API that cannot be reached at all', () => {
  it('warns once after the retries, and the summary, annotations and verdict stand', async () => {
    // A port that was just listening and now refuses: every request fails to connect.
    const gone = await FakeGitHub.start()
    const url = gone.url
    await gone.close()
    const tree = copyFixture('kubernetes', '1.40')
    revertFlip(tree)
    const run = await runAgainst(built, {
      apiUrl: url,
      workspace: tree,
      eventName: 'pull_request',
      event: pullRequestPayload({ number: 1 }),
      ref: 'refs/pull/1/merge'
    })
    expect(run.code).toBe(1)
    const warned = warnings(run)
    expect(warned).toHaveLength(1)
    expect(warned[0]).toContain(`could not reach the GitHub API at ${url}`)
    expect(warned[0]).toContain('the job summary, annotations and verdict stand')
    expect(run.summary).toMatch(/^- \[ \] .*`gate-spec`/m)
    expect(stepErrors(run)).toEqual([expect.stringContaining('gate-spec')])
    expect(run.outputs.result).toBe('fail')
  }, 60_000)
})
