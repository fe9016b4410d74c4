// Regression mode end to end: the built action on real git repositories, comparing a pull
// request's base commit (read from git objects) with its head.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { edit, lineOf } from '../support/tree.js'
import { FakeGitHub } from '../support/fake-github.js'
import {
  buildOnce,
  cleanUp,
  criterion,
  expectNoStackTrace,
  expectStableReport,
  FEATURES_GO,
  FEATURE_LIST,
  revertFlip,
  type ActionRun,
  type Built
} from '../e2e/run-built.js'
import { GitHubWorld } from '../github/world.js'
import { pullRequestPayload, REPOSITORY, runAgainst, stepErrors } from '../github/run.js'
import { commitAll, git, repoFromFixture, shallowClone } from './git-repo.js'

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

interface Pull {
  workspace: string
  base: string
  head: string
  milestone: string
  event?: 'pull_request' | 'pull_request_target'
  inputs?: Record<string, string>
  serverUrl?: string
}

function regression(pull: Pull): Promise<ActionRun> {
  return runAgainst(built, {
    apiUrl: fake.url,
    workspace: pull.workspace,
    eventName: pull.event ?? 'pull_request',
    event: pullRequestPayload({
      number: 9,
      milestone: pull.milestone,
      baseSha: pull.base,
      headSha: pull.head
    }),
    ref: 'refs/pull/9/merge',
    inputs: { mode: 'regression', ...pull.inputs },
    serverUrl: pull.serverUrl
  })
}

const POLICY = 'kep-gate.yaml'
const inputs = { policy: POLICY }
/** What a pull request would write to wave its own breakage through. */
const DISABLE = 'criteria:\n  ipvs-package-removed:\n    enabled: false\n'

interface RegressionJson {
  result: string
  regression: {
    base: string
    regressions: string[]
    criteria: { id: string; base: string | null; head: string }[]
  }
}

function reportOf(run: ActionRun): RegressionJson {
  const report: unknown = JSON.parse(run.outputs['report-json']!)
  expectStableReport(report)
  return report as unknown as RegressionJson
}

/** The two-column row of a criterion in the summary's table. */
function row(run: ActionRun, id: string): string {
  const line = run.summary.split('\n').find(l => l.startsWith(`| \`${id}\` |`))
  if (!line) throw new Error(`no row for ${id} in:\n${run.summary}`)
  return line
}

describe('regression mode', () => {
  it('fails a pull request that re-adds a file under pkg/proxy/ipvs/ after 1.43', async () => {
    const { dir, base } = repoFromFixture('1.43')
    mkdirSync(path.join(dir, 'pkg/proxy/ipvs'), { recursive: true })
    writeFileSync(path.join(dir, 'pkg/proxy/ipvs/proxier.go'), 'package ipvs\n')
    const head = commitAll(dir, 'bring ipvs back')
    const run = await regression({ workspace: dir, base, head, milestone: 'v1.43' })

    expect(run.code).toBe(1)
    const report = reportOf(run)
    expect(report.result).toBe('fail')
    expect(report.regression.base).toBe(base)
    expect(report.regression.regressions).toEqual(['ipvs-package-removed'])
    expect(report.regression.criteria).toContainEqual({
      id: 'ipvs-package-removed',
      base: 'pass',
      head: 'fail'
    })
    expect(run.outputs.failed).toBe('ipvs-package-removed')
    expect(row(run, 'ipvs-package-removed')).toMatch(/✅ pass \| ❌ fail \| \*\*regression\*\*/)
    // The base commit links to itself on GitHub, the evidence to the head that was checked.
    expect(run.summary).toContain(
      `base [\`${base.slice(0, 7)}\`](https://github.com/${REPOSITORY}/commit/${base})`
    )
    expect(run.summary).toContain(
      `[\`pkg/proxy/ipvs/proxier.go\`](https://github.com/${REPOSITORY}/blob/${head}/pkg/proxy/ipvs/proxier.go)`
    )
    expect(run.summary).not.toContain(`/blob/${base}/`)
    expect(stepErrors(run)).toEqual([expect.stringContaining('ipvs-package-removed')])

    // The check run and the comment are the regression view, apart from the plain ones.
    expect(world.checkRuns).toEqual([
      expect.objectContaining({
        name: 'KEP-5495 (kubernetes, regression)',
        head_sha: head,
        conclusion: 'failure'
      })
    ])
    const [comment] = world.commentsOn(REPOSITORY, 9)
    expect(comment!.body).toBe(
      `<!-- kep-gate:kep-5495:kubernetes:regression target=1.43:milestone -->\n${run.summary}`
    )
    expectNoStackTrace(run.stdout, run.stderr)
  })

  it("fails a pull request that flips the gate's default before 1.40", async () => {
    const { dir, base } = repoFromFixture('1.37')
    const spec = '{Version: version.MustParse("1.37"), Default: true,'
    edit(dir, FEATURES_GO, spec, '{Version: version.MustParse("1.37"), Default: false,')
    edit(
      dir,
      FEATURE_LIST,
      /- default: true(\n\s+lockToDefault: false\n\s+preRelease: Deprecated\n\s+version: "1\.37")/,
      '- default: false$1'
    )
    const head = commitAll(dir, 'turn ipvs off early')
    const run = await regression({ workspace: dir, base, head, milestone: 'v1.37' })

    expect(run.code).toBe(1)
    const report = reportOf(run)
    expect(report.regression.regressions).toContain('no-early-default-off')
    const flip = lineOf(dir, FEATURES_GO, 'MustParse("1.37"), Default: false')
    const annotation = run.commands.find(
      c => c.command === 'error' && c.properties.title?.includes('no-early-default-off')
    )
    expect(annotation?.properties).toMatchObject({ file: FEATURES_GO, line: String(flip) })
    expect(row(run, 'no-early-default-off')).toMatch(/✅ pass \| ❌ fail \| \*\*regression\*\*/)
  })

  it('passes an unrelated pull request on a tree that already fails a criterion', async () => {
    const { dir, base } = repoFromFixture('1.40', revertFlip)
    writeFileSync(path.join(dir, 'CHANGELOG.md'), '# unrelated\n')
    const head = commitAll(dir, 'docs only')
    const run = await regression({ workspace: dir, base, head, milestone: 'v1.40' })

    expect(run.code).toBe(0)
    const report = reportOf(run)
    expect(report.result).toBe('pass')
    expect(report.regression.regressions).toEqual([])
    expect(report.regression.criteria).toContainEqual({
      id: 'gate-spec',
      base: 'fail',
      head: 'fail'
    })
    expect(row(run, 'gate-spec')).toMatch(/❌ fail \| ❌ fail \| {2}\|$/)
    // Still visible, as a warning that does not block.
    const warning = run.commands.find(
      c => c.command === 'warning' && c.properties.title?.includes('gate-spec')
    )
    expect(warning?.message).toMatch(/already failing on the base/)
    expect(stepErrors(run)).toEqual([])
    expect(world.checkRuns[0]!.conclusion).toBe('success')
  })

  it('fetches a base commit a shallow checkout lacks, or says how to check out', async () => {
    const { dir: origin, base } = repoFromFixture('1.43')
    writeFileSync(path.join(origin, 'pkg/proxy/ipvs.go'), 'package proxy\n')
    const head = commitAll(origin, 'a file beside, not under, pkg/proxy/ipvs/')
    const checkout = shallowClone(origin)
    expect(() => git(checkout, ['cat-file', '-e', `${base}^{commit}`])).toThrow()

    const run = await regression({ workspace: checkout, base, head, milestone: 'v1.43' })
    expect(run.code).toBe(0)
    expect(reportOf(run).regression.base).toBe(base)

    const orphan = shallowClone(origin)
    git(orphan, ['remote', 'set-url', 'origin', path.join(origin, 'no-such-repository')])
    const failed = await regression({ workspace: orphan, base, head, milestone: 'v1.43' })
    expect(failed.code).toBe(1)
    expect(stepErrors(failed)).toEqual([expect.stringContaining('fetch-depth: 0')])
    expect(stepErrors(failed)[0]).toContain(base)
    expectNoStackTrace(failed.stdout, failed.stderr)
  })

  it('under pull_request_target reads the head from git objects and never writes it to disk', async () => {
    const { dir, base } = repoFromFixture('1.43')
    mkdirSync(path.join(dir, 'pkg/proxy/ipvs'), { recursive: true })
    writeFileSync(path.join(dir, 'pkg/proxy/ipvs/proxier.go'), 'package ipvs\n')
    const head = commitAll(dir, 'bring ipvs back')
    // The privileged job checks out the base only; the PR's commit is just an object.
    git(dir, ['checkout', '-q', '--detach', base])
    const run = await regression({
      workspace: dir,
      base,
      head,
      milestone: 'v1.43',
      event: 'pull_request_target'
    })
    expect(run.code).toBe(1)
    expect(reportOf(run).regression.regressions).toEqual(['ipvs-package-removed'])
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(base)
    expect(() => readFileSync(path.join(dir, 'pkg/proxy/ipvs/proxier.go'))).toThrow()
    // The evidence links to the head that was checked, not to the base on disk.
    const links = [...run.summary.matchAll(/\]\((https:[^)]*\/blob\/[^)]*)\)/g)].map(m => m[1]!)
    expect(links.length).toBeGreaterThan(1)
    for (const link of links) expect(link).toContain(`/blob/${head}/`)
    expect(world.checkRuns[0]!.output.summary).toBe(run.summary)
    expect(
      criterion(JSON.parse(run.outputs['report-json']!), 'ipvs-package-removed').evidence
    ).toContainEqual(expect.objectContaining({ file: 'pkg/proxy/ipvs/proxier.go' }))
  })

  it("judges a pull request by the base's policy file, not the one the pull request rewrites", async () => {
    const { dir, base } = repoFromFixture('1.43', tree =>
      writeFileSync(path.join(tree, POLICY), 'criteria:\n  gate-removed:\n    severity: error\n')
    )
    mkdirSync(path.join(dir, 'pkg/proxy/ipvs'), { recursive: true })
    writeFileSync(path.join(dir, 'pkg/proxy/ipvs/proxier.go'), 'package ipvs\n')
    writeFileSync(path.join(dir, POLICY), DISABLE)
    const head = commitAll(dir, 'bring ipvs back and switch its check off')

    const run = await regression({ workspace: dir, base, head, milestone: 'v1.43', inputs })
    expect(run.code).toBe(1)
    expect(reportOf(run).regression.regressions).toEqual(['ipvs-package-removed'])
    expect(stepErrors(run)).toEqual([expect.stringContaining('ipvs-package-removed')])

    // Under pull_request_target the head is only objects; its policy file is not read either.
    git(dir, ['checkout', '-q', '--detach', base])
    const target = await regression({
      workspace: dir,
      base,
      head,
      milestone: 'v1.43',
      event: 'pull_request_target',
      inputs
    })
    expect(target.code).toBe(1)
    expect(reportOf(target).regression.regressions).toEqual(['ipvs-package-removed'])
    const enforced = await regression({
      workspace: dir,
      base,
      head,
      milestone: 'v1.43',
      event: 'pull_request_target',
      inputs: { ...inputs, mode: 'enforce' }
    })
    expect(enforced.code).toBe(1)
    expect(enforced.outputs.failed).toContain('ipvs-package-removed')
    expectNoStackTrace(run.stdout, target.stdout, enforced.stdout, enforced.stderr)
  })

  it('uses the built-in policy, with a notice, when the base has no policy file yet', async () => {
    const { dir, base } = repoFromFixture('1.43')
    mkdirSync(path.join(dir, 'pkg/proxy/ipvs'), { recursive: true })
    writeFileSync(path.join(dir, 'pkg/proxy/ipvs/proxier.go'), 'package ipvs\n')
    writeFileSync(path.join(dir, POLICY), DISABLE)
    const head = commitAll(dir, 'bring ipvs back with a new policy file')

    const run = await regression({ workspace: dir, base, head, milestone: 'v1.43', inputs })
    expect(run.code).toBe(1)
    expect(reportOf(run).regression.regressions).toEqual(['ipvs-package-removed'])
    const notices = run.commands.filter(c => c.command === 'notice').map(c => c.message)
    expect(notices).toEqual([expect.stringContaining(`policy file "${POLICY}"`)])
    expect(notices[0]).toContain(base.slice(0, 7))
    expect(notices[0]).toContain('built-in policy')
  })

  it('refuses regression mode on an event without a base, in one line', async () => {
    const { dir } = repoFromFixture('1.43')
    const run = await runAgainst(built, {
      apiUrl: fake.url,
      workspace: dir,
      eventName: 'schedule',
      event: { schedule: '0 6 * * 1' },
      inputs: { mode: 'regression', 'target-release': '1.43' }
    })
    expect(run.code).toBe(1)
    expect(stepErrors(run)).toEqual([expect.stringMatching(/regression.*base.*mode enforce/)])
  })

  it('links each place to its file at the checked commit on the GitHub it runs on, the path encoded', async () => {
    const { dir, base } = repoFromFixture('1.43')
    mkdirSync(path.join(dir, 'pkg/proxy/ipvs'), { recursive: true })
    writeFileSync(path.join(dir, 'pkg/proxy/ipvs/a b#1?.go'), 'package ipvs\n')
    const head = commitAll(dir, 'bring ipvs back under an odd name')
    const run = await regression({
      workspace: dir,
      base,
      head,
      milestone: 'v1.43',
      serverUrl: 'https://ghe.example.com/'
    })
    expect(run.code).toBe(1)
    const server = `https://ghe.example.com/${REPOSITORY}`
    expect(run.summary).toContain(
      `[\`pkg/proxy/ipvs/a b#1?.go\`](${server}/blob/${head}/pkg/proxy/ipvs/a%20b%231%3F.go)`
    )
    const line = lineOf(dir, FEATURES_GO, '"KubeProxyIPVS"')
    expect(run.summary).toContain(`(${server}/blob/${head}/${FEATURES_GO}#L${line})`)
    expect(run.summary).toContain(`base [\`${base.slice(0, 7)}\`](${server}/commit/${base})`)
    // The comment and the check run carry the same links.
    const [comment] = world.commentsOn(REPOSITORY, 9)
    expect(comment!.body.endsWith(run.summary)).toBe(true)
    expect(world.checkRuns[0]!.output.summary).toBe(run.summary)
  })
})
