import { mergedPullRequest, squashedPullRequest } from '../evidence/commit-shapes.js'
import type { Commit } from '../evidence/commit-shapes.js'
import { readBranchHistory, type BranchHistory as AuditHistory } from '../evidence/git-history.js'
import type { BackportFacts, GitHubFacts } from '../evidence/github-facts.js'
import type { BackportsParams } from '../policy/backports-schema.js'
import type { PolicyPattern } from '../policy/pattern.js'
import type { BackportCell, BackportsDetails, Evidence } from '../report/types.js'
import { formatMinor } from '../release/version.js'
import { findPicks, type Fix } from './backport-picks.js'
import { defineCriterion, type CheckContext, type Finding } from './types.js'

export const NOT_GIT =
  'not a git checkout: the backport audit needs git history (check out with fetch-depth: 0)'

const MESSAGES = {
  notGit: NOT_GIT,
  noHistory: '{reason}',
  scope: '{count} bug fixes to {paths} on {main} since {since}',
  allReached: '{scope}: all reached {branches}',
  allReachedExempt: '{scope}: all reached {branches} ({exempt} exempt)',
  picksMissing: '{scope}: {count} picks missing: {shown}',
  picksMissingMore: '{scope}: {count} picks missing: {shown}; and {more} more'
} as const

export const nftablesBackports = defineCriterion({
  id: 'nftables-backports',
  meta: {
    repo: 'kubernetes',
    stage: '1',
    checks:
      'Stage 1: all nftables-mode bugfixes have been backported to {backportReleases}, so ipvs users on older releases can migrate to nftables.'
  },
  messages: MESSAGES,
  async check(ctx) {
    const params = ctx.policy.backports
    const checkout = await ctx.repo.checkout()
    if (!checkout) return { skipped: ctx.say('notGit') }
    const cutoff = params.cutoffs[formatMinor(ctx.target)]
    // RE2 (linear time) for the policy's pattern: loading and compiling it costs some 50 ms,
    // spent only when there are commits to read, and while git walks them.
    let compiled: Promise<PolicyPattern> | undefined
    const fixPattern = (): Promise<PolicyPattern> =>
      (compiled ??= import('../policy/pattern.js').then(m => m.policyPattern(params.fixPattern)))
    // A failure to compile is reported where the pattern is used.
    const whileWalking = () => void fixPattern().catch(() => undefined)
    const history = await readBranchHistory(checkout, { ...params, cutoff, whileWalking })
    if ('error' in history)
      return { pass: false, message: ctx.say('noHistory', { reason: history.error }), evidence: [] }
    const groups = groupMainline(history)
    const facts = await gitHubFactsFor(ctx.github, history, groups, params)
    return audit(ctx, history, groups, params, facts, fixPattern)
  }
})

async function gitHubFactsFor(
  github: GitHubFacts | undefined,
  history: AuditHistory,
  groups: Map<string, Omit<Fix, 'rule'>>,
  params: BackportsParams
): Promise<BackportFacts | string | undefined> {
  if (!github) return undefined
  const pulls = new Set<number>()
  for (const group of groups.values()) if (group.pr) pulls.add(group.pr)
  try {
    const mergedSince = await history.sinceDay()
    return await github.backports({ pulls: [...pulls], branches: params.branches, mergedSince })
  } catch (error) {
    // The audit still stands on git alone; the report says what was missing.
    return `GitHub facts unavailable (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
}

/** The main-branch commits that change the paths, grouped by the pull request that merged them. */
function groupMainline(history: AuditHistory): Map<string, Omit<Fix, 'rule'>> {
  const owners = history.graph.owners(history.cutoff.sha).entriesOf(history.touching)
  const groups = new Map<string, Omit<Fix, 'rule'>>()
  // The owners come in merge order, oldest first: so does the report.
  for (const [sha, owner] of owners) {
    const merge = history.commits.get(owner)!
    const pull = mergedPullRequest(merge)
    const pr = pull?.number ?? squashedPullRequest(merge)
    const key = pr ? `#${pr}` : sha.slice(0, 12)
    const title = pull?.title || merge.subject.replace(/\s*\(#\d+\)\s*$/, '')
    const group = groups.get(key) ?? { key, pr, title, commits: [] }
    group.commits.push(sha)
    groups.set(key, group)
  }
  return groups
}

function classify(
  group: Omit<Fix, 'rule'>,
  params: BackportsParams,
  pattern: PolicyPattern,
  facts: BackportFacts | undefined,
  commits: Map<string, Commit>
): string | undefined {
  if (group.pr && params.fixes.includes(group.pr)) return 'listed in the policy'
  const known = group.pr ? facts?.pulls.get(group.pr) : undefined
  if (known) return known.labels.includes(params.bugLabel) ? `label ${params.bugLabel}` : undefined
  if (group.pr && pattern.test(group.title)) return 'PR title'
  if (group.commits.some(sha => pattern.test(commits.get(sha)?.subject ?? ''))) return 'subject'
  return undefined
}

async function audit(
  ctx: CheckContext<keyof typeof MESSAGES>,
  history: AuditHistory,
  groups: Map<string, Omit<Fix, 'rule'>>,
  params: BackportsParams,
  github: BackportFacts | string | undefined,
  fixPattern: () => Promise<PolicyPattern>
): Promise<Finding> {
  const facts = typeof github === 'object' ? github : undefined
  const fixes: Fix[] = []
  const others: string[] = []
  if (groups.size > 0) {
    const pattern = await fixPattern()
    for (const group of groups.values()) {
      const rule = classify(group, params, pattern, facts, history.commits)
      if (rule) fixes.push({ ...group, rule })
      else others.push(group.key)
    }
  }
  const picks = await findPicks(history, params.branches, fixes, facts)
  const cellOf = (fix: Fix, branch: string): BackportCell => {
    const pick = picks.get(branch)!.get(fix.key)
    if (pick) return { state: 'picked', pick: pick.pick, signs: pick.kinds }
    const exemption = params.exemptions.find(
      e => e.pr === fix.pr && (!e.branches || e.branches.includes(branch))
    )
    return exemption ? { state: 'exempt', reason: exemption.reason } : { state: 'missing' }
  }
  const rows = fixes.map(fix => ({
    fix: fix.key,
    title: fix.title,
    classifiedBy: fix.rule,
    cells: params.branches.map(branch => cellOf(fix, branch))
  }))

  const path = params.paths[0]!
  const missing: Evidence[] = []
  const exempt: Evidence[] = []
  for (const row of rows)
    row.cells.forEach((cell, i) => {
      const branch = params.branches[i]!
      if (cell.state === 'missing')
        missing.push({ file: path, note: `${row.fix} (${row.title}) has no pick on ${branch}` })
      else if (cell.state === 'exempt')
        exempt.push({ file: path, note: `${row.fix} exempt on ${branch}: ${cell.reason}` })
    })
  const details: BackportsDetails = {
    kind: 'backports',
    refs: [history.mainTip, ...history.branches.values()].map(r => ({
      name: r.name,
      sha: r.sha,
      ref: r.ref
    })),
    since: history.since.label,
    upTo: history.cutoff.label,
    fetched: history.fetched,
    ...(typeof github === 'string' ? { factsUnavailable: github } : {}),
    branches: params.branches,
    rows,
    notBugFixes: others,
    unusedExemptions: params.exemptions
      .filter(e => !fixes.some(f => f.pr === e.pr))
      .map(e => `#${e.pr}`)
  }
  const scope = ctx.say('scope', {
    count: fixes.length,
    paths: params.paths.join(', '),
    main: params.mainBranch,
    since: history.since.label
  })
  if (missing.length === 0) {
    const data = { scope, branches: params.branches.join(' and '), exempt: exempt.length }
    const message = ctx.say(exempt.length > 0 ? 'allReachedExempt' : 'allReached', data)
    return { pass: true, message, evidence: exempt, details }
  }
  const shown = missing
    .slice(0, 3)
    .map(m => m.note)
    .join('; ')
  const data = { scope, count: missing.length, shown, more: missing.length - 3 }
  const message = ctx.say(missing.length > 3 ? 'picksMissingMore' : 'picksMissing', data)
  return { pass: false, message, evidence: [...missing, ...exempt], details }
}
