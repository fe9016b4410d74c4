// A GitHub App's installation token may not read /user: the built action must still find its own
// checklist comment again, and never touch the Actions bot's comment carrying the same marker.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { fixture } from '../support/tree.js'
import { FakeGitHub } from '../support/fake-github.js'
import { buildOnce, cleanUp, expectNoStackTrace, type Built } from '../e2e/run-built.js'
import { BOT, GitHubWorld } from './world.js'
import { pullRequestPayload, REPOSITORY, runAgainst, warnings } from './run.js'

const MARKER = '<!-- kep-gate:kep-5495:kubernetes:enforce target=1.40:milestone -->'
const APP = 'kep-gate-bot'

let built: Built
let fake: FakeGitHub
let world: GitHubWorld

beforeAll(() => {
  built = buildOnce()
}, 60_000)
afterAll(() => cleanUp(built))
beforeEach(async () => {
  fake = await FakeGitHub.start()
  world = new GitHubWorld(fake, { app: APP })
})
afterEach(() => fake.close())

function onPullRequest(inputs: Record<string, string> = {}) {
  return runAgainst(built, {
    apiUrl: fake.url,
    workspace: fixture('kubernetes', '1.40'),
    eventName: 'pull_request',
    event: pullRequestPayload({ number: 1 }),
    ref: 'refs/pull/1/merge',
    inputs
  })
}

/** An earlier run's comment by the App, and another workflow's (GITHUB_TOKEN) with the same marker. */
function earlierComments() {
  const actions = world.addComment(
    REPOSITORY,
    1,
    `${MARKER}\nthe other workflow's checklist`,
    BOT,
    'github-actions'
  )
  const ours = world.addComment(REPOSITORY, 1, `${MARKER}\nan older checklist`, `${APP}[bot]`, APP)
  return { actions, ours }
}

const touched = (id: number) =>
  fake.requests.filter(r => r.method !== 'GET' && r.path.endsWith(`/issues/comments/${id}`))

describe('an App installation token (403 on /user)', () => {
  it('edits its own comment, known from the check run it wrote, and leaves the Actions bot alone', async () => {
    const { actions, ours } = earlierComments()
    const run = await onPullRequest()

    expect(run.code).toBe(0)
    expect(fake.count('GET', '/user')).toBe(0)
    expect(warnings(run)).toEqual([])
    expect(world.checkRuns).toHaveLength(1)
    expect(fake.count('POST', '/repos/kubernetes/kubernetes/issues/1/comments')).toBe(0)
    expect(touched(actions.id)).toEqual([])
    expect(actions.body).toBe(`${MARKER}\nthe other workflow's checklist`)
    expect(ours.body).toBe(`${MARKER}\n${run.summary}`)
    expectNoStackTrace(run.stdout, run.stderr)
  })

  it('without a check run learns its login from the comment it creates, and keeps one', async () => {
    const { actions, ours } = earlierComments()
    const run = await onPullRequest({ 'check-run': 'false' })

    expect(run.code).toBe(0)
    expect(fake.count('GET', '/user')).toBe(1)
    expect(warnings(run)).toEqual([])
    expect(touched(actions.id)).toEqual([])
    expect(actions.body).toBe(`${MARKER}\nthe other workflow's checklist`)
    // The new comment was the duplicate of the older one of ours, which now holds the checklist.
    const mine = world.commentsOn(REPOSITORY, 1).filter(c => c.user.login === `${APP}[bot]`)
    expect(mine.map(c => c.id)).toEqual([ours.id])
    expect(ours.body).toBe(`${MARKER}\n${run.summary}`)

    // A run with nothing of its own yet creates one and leaves the other workflow's alone.
    world.comments.splice(world.comments.indexOf(ours), 1)
    const fresh = await onPullRequest({ 'check-run': 'false' })
    expect(fresh.code).toBe(0)
    expect(touched(actions.id)).toEqual([])
    expect(world.commentsOn(REPOSITORY, 1).map(c => c.user.login)).toEqual([BOT, `${APP}[bot]`])
  })
})
