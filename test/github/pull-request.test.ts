// The built action on a pull request against a fake GitHub: one check run and one checklist
// comment, kept up to date rather than repeated.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { copyFixture, edit, fixture, lineOf } from '../support/tree.js'
import { FakeGitHub } from '../support/fake-github.js'
import {
  buildOnce,
  cleanUp,
  expectNoStackTrace,
  revertFlip,
  type ActionRun,
  type Built
} from '../e2e/run-built.js'
import { GitHubWorld, BOT } from './world.js'
import { HEAD_SHA, pullRequestPayload, REPOSITORY, runAgainst, warnings } from './run.js'

const MARKER = '<!-- kep-gate:kep-5495:kubernetes:enforce target=1.40:milestone -->'
/** The marker pull requests' comments had before they followed the target: one per release. */
const legacyMarker = (release: string, view = '') =>
  `<!-- kep-gate:kep-5495:kubernetes:${release}${view} -->`
const SERVER = 'cmd/kube-proxy/app/server_linux.go'

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

function onPullRequest(
  workspace: string,
  inputs: Record<string, string> = {},
  milestone = 'v1.40'
): Promise<ActionRun> {
  return runAgainst(built, {
    apiUrl: fake.url,
    workspace,
    eventName: 'pull_request',
    event: pullRequestPayload({ number: 1, milestone }),
    ref: 'refs/pull/1/merge',
    inputs
  })
}

// GraphQL queries are reads too, whatever their method.
const writes = () => fake.requests.filter(r => r.method !== 'GET' && r.path !== '/graphql')

describe('a pull request', () => {
  it('gets one check run and one checklist comment; an identical re-run writes nothing; a changed result edits both in place', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    const first = await onPullRequest(tree)

    expect(first.code).toBe(0)
    expect(warnings(first)).toEqual([])
    expect(fake.count('POST', '/repos/kubernetes/kubernetes/issues/1/comments')).toBe(1)
    expect(fake.count('POST', '/repos/kubernetes/kubernetes/check-runs')).toBe(1)
    const [comment] = world.commentsOn(REPOSITORY, 1)
    expect(world.commentsOn(REPOSITORY, 1)).toHaveLength(1)
    expect(comment!.user.login).toBe(BOT)
    expect(comment!.body.startsWith(`${MARKER}\n`)).toBe(true)
    // The comment is the job summary, by the same renderer.
    expect(comment!.body.slice(MARKER.length + 1)).toBe(first.summary)
    expect(first.summary).toMatch(/^- \[x\] .*`gate-spec`/m)

    expect(world.checkRuns).toHaveLength(1)
    const [checkRun] = world.checkRuns
    expect(checkRun).toMatchObject({
      name: 'KEP-5495 (kubernetes)',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'success'
    })
    expect(checkRun!.output.summary).toBe(first.summary)
    // The token went in the header and never into the log.
    expect(
      fake.requests.every(r => r.headers.authorization === 'token ghs_fake-installation-token')
    ).toBe(true)
    // The only line with the token is the runner's instruction to mask it.
    expect(first.stdout.split('\n').filter(l => l.includes('ghs_fake-installation-token'))).toEqual(
      ['::add-mask::ghs_fake-installation-token']
    )

    const writesBefore = writes().length
    const again = await onPullRequest(tree)
    expect(again.code).toBe(0)
    expect(writes()).toHaveLength(writesBefore)
    expect(again.stdout).toMatch(/checklist comment unchanged/)

    revertFlip(tree)
    const changed = await onPullRequest(tree)
    expect(changed.code).toBe(1)
    expect(fake.count('POST', '/repos/kubernetes/kubernetes/issues/1/comments')).toBe(1)
    expect(fake.count('PATCH', `/repos/kubernetes/kubernetes/issues/comments/${comment!.id}`)).toBe(
      1
    )
    expect(world.commentsOn(REPOSITORY, 1)).toHaveLength(1)
    expect(world.commentsOn(REPOSITORY, 1)[0]!.body).toBe(`${MARKER}\n${changed.summary}`)
    expect(changed.summary).toMatch(/^- \[ \] .*`gate-spec`/m)
    expect(world.checkRuns).toHaveLength(1)
    expect(world.checkRuns[0]).toMatchObject({ id: checkRun!.id, conclusion: 'failure' })
    const line = lineOf(tree, 'pkg/features/kube_features.go', 'MustParse("1.40"), Default: true')
    expect(world.checkRuns[0]!.output.annotations).toContainEqual(
      expect.objectContaining({
        path: 'pkg/features/kube_features.go',
        start_line: line,
        annotation_level: 'failure'
      })
    )
    expectNoStackTrace(first.stdout, again.stdout, changed.stdout, changed.stderr)
  })

  it('leaves alone a comment by someone else that carries the marker, and finds its own on a later page', async () => {
    const tree = fixture('kubernetes', '1.40')
    const impostor = world.addComment(
      REPOSITORY,
      1,
      `${MARKER}\nfake checklist: all green`,
      'mallory'
    )
    const run = await onPullRequest(tree)
    expect(run.code).toBe(0)
    const ours = world.commentsOn(REPOSITORY, 1).filter(c => c.user.login === BOT)
    expect(ours).toHaveLength(1)
    expect(impostor.body).toBe(`${MARKER}\nfake checklist: all green`)

    // A busy pull request: 130 comments by people push ours to the second page of 100.
    for (let i = 0; i < 130; i++) world.addComment(REPOSITORY, 1, `lgtm ${i} ${MARKER}`, `user${i}`)
    const stale = ours[0]!
    stale.body = `${MARKER}\nan older checklist`
    world.comments.push(world.comments.splice(world.comments.indexOf(stale), 1)[0]!)
    const again = await onPullRequest(tree)
    expect(again.code).toBe(0)
    expect(fake.count('POST', '/repos/kubernetes/kubernetes/issues/1/comments')).toBe(1)
    expect(fake.count('PATCH', `/repos/kubernetes/kubernetes/issues/comments/${stale.id}`)).toBe(1)
    expect(
      fake.requests.some(
        r =>
          r.path.endsWith('/issues/1/comments') && r.method === 'GET' && r.query.get('page') === '2'
      )
    ).toBe(true)
    for (const other of world.comments.filter(c => c.user.login !== BOT)) {
      expect(fake.count('PATCH', `/repos/kubernetes/kubernetes/issues/comments/${other.id}`)).toBe(
        0
      )
      expect(fake.count('DELETE', `/repos/kubernetes/kubernetes/issues/comments/${other.id}`)).toBe(
        0
      )
    }
    expect(impostor.body).toBe(`${MARKER}\nfake checklist: all green`)
  })

  it('renders text quoted from the checkout harmless: no mention, no broken marker', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    // A warning that forgets 1.43 and quotes a mention and a comment terminator.
    edit(
      tree,
      SERVER,
      'will be removed in 1.43;',
      `will be removed soon, ask @someone --> ${MARKER} **now**;`
    )
    const run = await onPullRequest(tree, { mode: 'report' })
    expect(run.code).toBe(0)
    const [comment] = world.commentsOn(REPOSITORY, 1)
    const body = comment!.body
    expect(run.summary).toMatch(/`warning-announces-schedule`/)
    expect(body).toContain('someone')
    expect(body).not.toMatch(/@someone/)
    expect(body.split('-->')).toHaveLength(2) // only the marker's own end
    // The quoted marker is escaped (`\\<!--`), so the only HTML comment is the real marker.
    expect([...body.matchAll(/(?<!\\)<!--/g)].map(m => m.index)).toEqual([0])
    expect(body).toContain('\\<!-- kep-gate')
    expect(body).not.toContain('**now**')
    // The check run is neutral in report mode, with the quoted text only in plain annotation text.
    expect(world.checkRuns[0]!.conclusion).toBe('neutral')
    expect(world.checkRuns[0]!.output.annotations).toContainEqual(
      expect.objectContaining({
        path: SERVER,
        start_line: lineOf(tree, SERVER, 'ask @someone'),
        annotation_level: 'failure'
      })
    )
  })

  it('keeps one comment when the milestone moves: edited, saying the target moved', async () => {
    const tree = fixture('kubernetes', '1.40')
    const report = { mode: 'report' }
    const first = await onPullRequest(tree, report, 'v1.37')
    expect(first.code).toBe(0)
    const [comment] = world.commentsOn(REPOSITORY, 1)
    const at137 = '<!-- kep-gate:kep-5495:kubernetes:report target=1.37:milestone -->'
    expect(comment!.body).toBe(`${at137}\n${first.summary}`)
    expect(first.summary).toContain('Target **1.37** (from milestone v1.37)')

    const moved = await onPullRequest(tree, report, 'v1.40')
    expect(moved.code).toBe(0)
    expect(fake.count('POST', '/repos/kubernetes/kubernetes/issues/1/comments')).toBe(1)
    expect(world.commentsOn(REPOSITORY, 1)).toEqual([expect.objectContaining({ id: comment!.id })])
    expect(comment!.body).toBe(
      '<!-- kep-gate:kep-5495:kubernetes:report target=1.40:milestone from=1.37:milestone -->\n' +
        '> 🔀 target moved from 1.37 (milestone) to 1.40 (milestone)\n\n' +
        moved.summary
    )
    expect(moved.summary).toContain('Target **1.40** (from milestone v1.40)')

    // The note stays while the target does; an identical run writes nothing.
    const writesBefore = writes().length
    const again = await onPullRequest(tree, report, 'v1.40')
    expect(again.stdout).toMatch(/checklist comment unchanged/)
    expect(writes()).toHaveLength(writesBefore)

    // Another mode is another comment on the same pull request.
    await onPullRequest(tree, { mode: 'enforce' }, 'v1.40')
    expect(world.commentsOn(REPOSITORY, 1).map(c => c.body.split('\n')[0])).toEqual([
      '<!-- kep-gate:kep-5495:kubernetes:report target=1.40:milestone from=1.37:milestone -->',
      MARKER
    ])
  })

  it('adopts its own comments under the per-target markers: edits the newest, deletes the older, touches no one else', async () => {
    const tree = fixture('kubernetes', '1.40')
    const older = world.addComment(
      REPOSITORY,
      1,
      `${legacyMarker('1.37')}\n## KEP-5495\n\nTarget **1.37** (from milestone v1.37), stage **2**.\n`,
      BOT
    )
    const newest = world.addComment(
      REPOSITORY,
      1,
      `${legacyMarker('1.38')}\n## KEP-5495\n\nTarget **1.38** (from milestone v1.38), stage **2**.\n`,
      BOT
    )
    const others = `${legacyMarker('1.38')}\nsomeone else's copy`
    const theirs = world.addComment(REPOSITORY, 1, others, 'mallory')
    // Not of this mode: the regression view's comment, and a comment on another pull request.
    const regression = world.addComment(
      REPOSITORY,
      1,
      `${legacyMarker('1.38', ':regression')}\nx`,
      BOT
    )
    const elsewhere = world.addComment(REPOSITORY, 2, `${legacyMarker('1.37')}\ny`, BOT)

    const run = await onPullRequest(tree)
    expect(run.code).toBe(0)
    expect(fake.count('POST', '/repos/kubernetes/kubernetes/issues/1/comments')).toBe(0)
    expect(fake.count('DELETE', `/repos/kubernetes/kubernetes/issues/comments/${older.id}`)).toBe(1)
    expect(world.commentsOn(REPOSITORY, 1).map(c => c.id)).toEqual([
      newest.id,
      theirs.id,
      regression.id
    ])
    expect(newest.body).toBe(
      '<!-- kep-gate:kep-5495:kubernetes:enforce target=1.40:milestone from=1.38:milestone -->\n' +
        '> 🔀 target moved from 1.38 (milestone) to 1.40 (milestone)\n\n' +
        run.summary
    )
    for (const untouched of [theirs, regression, elsewhere])
      expect(
        fake.requests.filter(r => r.method !== 'GET' && r.path.endsWith(`/${untouched.id}`))
      ).toEqual([])
    expect(theirs.body).toBe(others)
  })
})
