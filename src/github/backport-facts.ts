import type {
  BackportFacts,
  BackportQuery,
  MergedPullRequest,
  PullRequestFacts
} from '../evidence/github-facts.js'
import { UserError } from '../errors.js'
import type { GitHubClient } from './client.js'
import { parseRepositoryName } from './repository-name.js'

/** Pull requests per query: 100 aliased `pullRequest` fields stay far below GraphQL's node limit. */
export const PULLS_PER_QUERY = 100
const SEARCH_PAGE = 100
const LABELS_PER_PULL = 100

interface SearchState {
  alias: string
  base: string
  query: string
  cursor: string | null
  done: boolean
}

interface PullNode {
  number: number
  title: string
  labels?: { nodes?: ({ name: string } | null)[] }
}

interface SearchResult {
  issueCount: number
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: ({ number?: number; title?: string; baseRefName?: string } | null)[]
}

/**
 * Labels of many pull requests and the merged pull requests into some branches, in as few
 * GraphQL requests as the pages need: each request carries up to 100 aliased `pullRequest`
 * fields plus the next page of every branch's search, so 1,000 fixes cost about 10 requests.
 */
export async function fetchBackportFacts(
  client: GitHubClient,
  repository: string,
  query: BackportQuery,
  log: (message: string) => void = () => undefined
): Promise<BackportFacts> {
  const parsed = parseRepositoryName(repository)
  if (!parsed) throw new UserError(`repository "${repository}" is not owner/name`)
  const { owner, repo: name } = parsed
  const numbers = [...new Set(query.pulls)].filter(n => Number.isSafeInteger(n) && n > 0)
  const pages: number[][] = []
  for (let i = 0; i < numbers.length; i += PULLS_PER_QUERY)
    pages.push(numbers.slice(i, i + PULLS_PER_QUERY))
  const searches: SearchState[] = [...new Set(query.branches)].map((base, i) => ({
    alias: `s${i}`,
    base,
    query: searchQuery(repository, base, query.mergedSince),
    cursor: null,
    done: false
  }))

  const pulls = new Map<number, PullRequestFacts>()
  const merged: MergedPullRequest[] = []
  for (let page = 0; page < pages.length || searches.some(s => !s.done); page++) {
    const batch = pages[page] ?? []
    const active = searches.filter(s => !s.done)
    const variables: Record<string, unknown> = { owner, name }
    for (const s of active) {
      variables[`${s.alias}q`] = s.query
      variables[`${s.alias}c`] = s.cursor
    }
    const data = await request(client, buildQuery(batch, active), variables)
    const repo = (data.repository ?? {}) as Record<string, PullNode | null>
    for (const n of batch) {
      const node = repo[`p${n}`]
      if (!node) continue
      const labels = (node.labels?.nodes ?? []).flatMap(l => (l ? [l.name] : []))
      pulls.set(n, { number: node.number, title: node.title, labels })
    }
    for (const s of active) {
      const result = data[s.alias] as SearchResult | undefined
      if (!result) {
        s.done = true
        continue
      }
      for (const node of result.nodes) {
        if (node?.number === undefined || node.title === undefined) continue
        merged.push({ number: node.number, title: node.title, base: node.baseRefName ?? s.base })
      }
      s.cursor = result.pageInfo.endCursor
      s.done = !result.pageInfo.hasNextPage || !s.cursor
      if (s.done && result.issueCount > 1000)
        log(
          `GitHub search finds ${result.issueCount} merged pull requests into ${s.base}, but shows only the first 1,000`
        )
    }
  }
  return { pulls, merged }
}

function searchQuery(repository: string, base: string, since?: string): string {
  const day = since && /^\d{4}-\d{2}-\d{2}$/.test(since) ? ` merged:>=${since}` : ''
  return `repo:${repository} is:pr is:merged base:${base}${day}`
}

/** Numbers are inlined (they are checked integers); every text goes in as a variable. */
function buildQuery(batch: number[], searches: SearchState[]): string {
  const params = ['$owner: String!', '$name: String!']
  for (const s of searches) params.push(`$${s.alias}q: String!`, `$${s.alias}c: String`)
  const pullFields = batch.map(
    n =>
      `p${n}: pullRequest(number: ${n}) { number title labels(first: ${LABELS_PER_PULL}) { nodes { name } } }`
  )
  const searchFields = searches.map(
    s =>
      `${s.alias}: search(query: $${s.alias}q, type: ISSUE, first: ${SEARCH_PAGE}, after: $${s.alias}c) { issueCount pageInfo { hasNextPage endCursor } nodes { ... on PullRequest { number title baseRefName } } }`
  )
  return [
    `query BackportFacts(${params.join(', ')}) {`,
    `  repository(owner: $owner, name: $name) { id ${pullFields.join(' ')} }`,
    ...searchFields.map(f => `  ${f}`),
    '}'
  ].join('\n')
}

/**
 * A number GitHub does not know (an issue, a typo in the policy) comes back as a NOT_FOUND error
 * beside the data of the others; that is an answer, not a failure.
 */
async function request(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>
): Promise<Record<string, unknown>> {
  try {
    return await client.graphql<Record<string, unknown>>(query, variables)
  } catch (error) {
    const partial = error as { errors?: { type?: string }[]; data?: Record<string, unknown> }
    if (
      partial.data &&
      Array.isArray(partial.errors) &&
      partial.errors.every(e => e.type === 'NOT_FOUND')
    )
      return partial.data
    throw error
  }
}
