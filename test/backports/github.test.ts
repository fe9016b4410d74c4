import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import type { GitHubFacts } from '../../src/evidence/github-facts.js'
import type { CriterionResult } from '../../src/report/types.js'
import { byId, detailLines } from '../support/report.js'
import type { Seen } from '../support/fake-github.js'
import { FakeGitHub } from '../support/fake-github.js'
import { buildScenario, type Scenario } from './history.js'

// The token path against a real HTTP fake of GitHub's GraphQL API. @actions/github reads
// GITHUB_API_URL when first imported, so the modules using it are imported after it is set.

interface PullData {
  title: string
  labels: string[]
}
interface MergedData {
  number: number
  title: string
  base: string
}

/** Answers the audit's query the way GitHub does: aliased pull requests and paged searches. */
function graphql(pulls: Map<number, PullData>, merged: MergedData[]) {
  return (request: Seen) => {
    const { query, variables } = request.body as {
      query: string
      variables: Record<string, unknown>
    }
    const repository: Record<string, unknown> = { id: 'R_1' }
    const errors: unknown[] = []
    for (const m of query.matchAll(/(p\d+): pullRequest\(number: (\d+)\)/g)) {
      const pull = pulls.get(Number(m[2]))
      repository[m[1]!] = pull
        ? {
            number: Number(m[2]),
            title: pull.title,
            labels: { nodes: pull.labels.map(name => ({ name })) }
          }
        : null
      if (!pull)
        errors.push({
          type: 'NOT_FOUND',
          path: ['repository', m[1]],
          message: `Could not resolve to a PullRequest with the number of ${m[2]}.`
        })
    }
    const data: Record<string, unknown> = { repository }
    for (const m of query.matchAll(
      /(s\d+): search\(query: \$(\w+), type: ISSUE, first: (\d+), after: \$(\w+)\)/g
    )) {
      const text = String(variables[m[2]!])
      const base = /base:(\S+)/.exec(text)![1]
      const all = merged.filter(p => p.base === base)
      const start = Number(variables[m[4]!] ?? 0)
      const end = start + Number(m[3])
      data[m[1]!] = {
        issueCount: all.length,
        pageInfo: { hasNextPage: end < all.length, endCursor: String(end) },
        nodes: all
          .slice(start, end)
          .map(p => ({ number: p.number, title: p.title, baseRefName: p.base }))
      }
    }
    return { body: errors.length ? { data, errors } : { data } }
  }
}

let scenario: Scenario
let fake: FakeGitHub
let check: typeof import('../../src/check.js').check
let gitHubFacts: typeof import('../../src/github/facts.js').gitHubFacts
let fetchBackportFacts: typeof import('../../src/github/backport-facts.js').fetchBackportFacts
let createClient: typeof import('../../src/github/client.js').createClient

beforeAll(() => {
  scenario = buildScenario()
})
beforeEach(async () => {
  fake = await FakeGitHub.start()
  process.env.GITHUB_API_URL = fake.url
  ;({ check } = await import('../../src/check.js'))
  ;({ gitHubFacts } = await import('../../src/github/facts.js'))
  ;({ fetchBackportFacts } = await import('../../src/github/backport-facts.js'))
  ;({ createClient } = await import('../../src/github/client.js'))
})
afterEach(async () => {
  delete process.env.GITHUB_API_URL
  await fake.close()
})
afterAll(() => rmSync(scenario.history.dir, { recursive: true, force: true }))

const PULLS = new Map<number, PullData>([
  [101, { title: 'Fix nftables masquerade', labels: ['kind/bug', 'sig/network'] }],
  // Says "Fix" but is labelled a cleanup: with a token the label decides.
  [102, { title: 'Fix nftables and iptables sync', labels: ['kind/cleanup'] }],
  [103, { title: 'Add nftables metrics', labels: ['kind/bug'] }],
  [104, { title: 'Fix nftables ct state', labels: ['kind/bug'] }],
  [105, { title: 'Fix nftables iifname matching', labels: ['kind/bug'] }]
])
const PICKS: MergedData[] = [
  {
    number: 401,
    title: 'Automated cherry pick of #105: Fix nftables iifname matching',
    base: 'release-1.33'
  },
  { number: 402, title: '[release-1.33] Add nftables metrics', base: 'release-1.33' },
  {
    number: 403,
    title: 'Automated cherry pick of #104: Fix nftables ct state',
    base: 'release-1.33'
  }
]

async function audit(facts: GitHubFacts | undefined): Promise<CriterionResult> {
  const dir = scenario.history.dir
  const report = await check({
    repoDir: dir,
    target: '1.35',
    repoKind: 'kubernetes',
    policyBase: dir,
    github: facts
  })
  return byId(report, 'nftables-backports')
}

function row(result: CriterionResult, pr: number): string | undefined {
  return detailLines(result).find(l => l.startsWith(`| #${pr} `))
}

const filler = (n: number, base: string): MergedData[] =>
  Array.from({ length: n }, (_, i) => ({
    number: 1000 + i,
    title: `[${base}] Bump dependency ${i}`,
    base
  }))

describe('nftables-backports with a token', () => {
  it('classifies by label and finds cherry-pick PRs, in one GraphQL request', async () => {
    fake.on('POST', '/graphql', graphql(PULLS, PICKS))
    const result = await audit(
      gitHubFacts({ token: 'secret', repository: 'kubernetes/kubernetes' })
    )
    expect(fake.requests).toHaveLength(1)
    const seen = fake.requests[0]!
    expect(seen.headers.authorization).toBe('token secret')
    const { query, variables } = seen.body as { query: string; variables: Record<string, unknown> }
    expect(
      [...query.matchAll(/pullRequest\(number: (\d+)\)/g)].map(m => Number(m[1])).sort()
    ).toEqual([101, 102, 103, 104, 105])
    const since = scenario.history.git(
      'log',
      '-1',
      '--format=%cs',
      scenario.history.git('merge-base', 'master', 'release-1.33')
    )
    expect(variables.s0q).toBe(
      `repo:kubernetes/kubernetes is:pr is:merged base:release-1.34 merged:>=${since}`
    )

    expect(row(result, 102)).toBeUndefined()
    expect(detailLines(result)).toContain('Not bug fixes (1): #102')
    expect(row(result, 103)).toBe(
      '| #103 Add nftables metrics | label kind/bug | ❌ missing | ✅ #402 (GitHub PR) |'
    )
    expect(row(result, 105)).toMatch(/\| ✅ #401 \(GitHub PR\) \|$/)
    expect(row(result, 104)).toMatch(/\| ✅ #403 \(GitHub PR\) \|$/)
    expect(result.evidence.map(e => e.note)).toEqual([
      '#103 (Add nftables metrics) has no pick on release-1.34'
    ])
  })

  it('follows the search pages inside the same requests', async () => {
    const merged = [...filler(250, 'release-1.33'), ...PICKS, ...filler(120, 'release-1.34')]
    fake.on('POST', '/graphql', graphql(PULLS, merged))
    const result = await audit(gitHubFacts({ token: 't', repository: 'kubernetes/kubernetes' }))
    // 253 PRs into release-1.33 (the second search, s1) make three pages; release-1.34's two
    // pages ride along in the same requests.
    expect(fake.requests).toHaveLength(3)
    const cursors = fake.requests.map(
      r => (r.body as { variables: Record<string, unknown> }).variables.s1c
    )
    expect(cursors).toEqual([null, '100', '200'])
    expect(row(result, 105)).toMatch(/\| ✅ #401 \(GitHub PR\) \|$/)
  })

  it('retries a 502, then succeeds', async () => {
    fake.on('POST', '/graphql', graphql(PULLS, PICKS))
    fake.fault(r => r.path === '/graphql', { status: 502, body: { message: 'Bad Gateway' } })
    const result = await audit(gitHubFacts({ token: 't', repository: 'kubernetes/kubernetes' }))
    expect(fake.count('POST', '/graphql')).toBe(2)
    expect(row(result, 105)).toMatch(/#401 \(GitHub PR\)/)
  })

  it('waits out a 403 secondary rate limit with Retry-After, then succeeds', async () => {
    fake.on('POST', '/graphql', graphql(PULLS, PICKS))
    fake.fault(r => r.path === '/graphql', {
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
      }
    })
    const logs: string[] = []
    const started = Date.now()
    const result = await audit(
      gitHubFacts({ token: 't', repository: 'kubernetes/kubernetes', log: m => logs.push(m) })
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(fake.count('POST', '/graphql')).toBe(2)
    expect(logs.join('\n')).toMatch(/secondary rate limit .*retrying in 1 s/)
    expect(row(result, 104)).toMatch(/#403 \(GitHub PR\)/)
  })

  it('falls back to titles, and says so, when GitHub cannot answer', async () => {
    fake.on('POST', '/graphql', () => ({ status: 401, body: { message: 'Bad credentials' } }))
    const result = await audit(gitHubFacts({ token: 't', repository: 'kubernetes/kubernetes' }))
    expect(detailLines(result).join('\n')).toContain('GitHub facts unavailable (Bad credentials')
    expect(row(result, 102)).toContain('| PR title |')
    expect(result.status).toBe('fail')
  })

  it('keeps a PR GitHub does not know on the title rule, beside the ones it knows', async () => {
    const known = new Map([...PULLS].filter(([n]) => n !== 104))
    fake.on('POST', '/graphql', graphql(known, PICKS))
    const result = await audit(gitHubFacts({ token: 't', repository: 'kubernetes/kubernetes' }))
    expect(fake.requests).toHaveLength(1)
    expect(row(result, 104)).toContain('| PR title |')
    expect(row(result, 105)).toContain('| label kind/bug |')
  })
})

describe('GitHub requests as fixes grow', () => {
  it('grow by pages of 100 only: 10 fixes cost 1 request, 300 cost 3', async () => {
    const many = new Map(
      Array.from({ length: 300 }, (_, i) => [5000 + i, { title: `Fix ${i}`, labels: ['kind/bug'] }])
    )
    fake.on(
      'POST',
      '/graphql',
      graphql(many, [...filler(40, 'release-1.34'), ...filler(60, 'release-1.33')])
    )
    const client = await createClient({ token: 't' })
    const counts: number[] = []
    for (const n of [10, 100, 300]) {
      const before = fake.requests.length
      const facts = await fetchBackportFacts(client, 'kubernetes/kubernetes', {
        pulls: [...many.keys()].slice(0, n),
        branches: ['release-1.34', 'release-1.33']
      })
      counts.push(fake.requests.length - before)
      expect(facts.pulls.size).toBe(n)
      expect(facts.merged).toHaveLength(100)
    }
    expect(counts).toEqual([1, 1, 3])
  })

  it('refuses a repository that is not owner/name', () => {
    expect(() => gitHubFacts({ token: 't', repository: 'not a repo' })).toThrow(
      'repository "not a repo" is not owner/name: give it like kubernetes/kubernetes'
    )
  })
})
