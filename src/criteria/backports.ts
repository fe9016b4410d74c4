import { mergedPullRequest, squashedPullRequest } from '../evidence/commit-shapes.js'
import type { Commit } from '../evidence/commit-shapes.js'
import { readBranchHistory, type BranchHistory as AuditHistory } from '../evidence/git-history.js'
import type { BackportFacts, GitHubFacts } from '../evidence/github-facts.js'
import type { BackportsParams } from '../policy/backports-schema.js'
import type { PolicyPattern } from '../policy/pattern.js'
import type { Evidence } from '../report/types.js'
import { escapeMarkdown } from '../report/markdown.js'
import { formatMinor } from '../release/version.js'
import { findPicks, type Fix, type Kind } from './backport-picks.js'
import type { Criterion, Outcome } from './types.js'

export const NOT_GIT =
  'not a git checkout: the backport audit needs git history (check out with fetch-depth: 0)'

type Cell = { found: { pick: string; kinds: Kind[] } } | { exempt: string } | 'missing'

export const nftablesBackports: Criterion = {
  id: 'nftables-backports',
  repo: 'kubernetes',
  explain:
    'Stage 1: all nftables-mode bugfixes have been backported to 1.34 and 1.33, so ipvs users on older releases can migrate to nftables.',
  async check(ctx) {
    const params = ctx.policy.backports
    const checkout = await ctx.repo.checkout()
    if (!checkout) return { skipped: NOT_GIT }
    const cutoff = params.cutoffs[formatMinor(ctx.target)]
    const history = await readBranchHistory(checkout, { ...params, cutoff })
    if ('error' in history) return { pass: false, message: history.error, evidence: [] }
    const groups = groupMainline(history)
    const facts = await gitHubFactsFor(ctx.github, history, groups, params)
    return audit(history, groups, params, facts)
  }
}

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
  const owners = history.graph.owners(history.cutoff.sha).entries()
  const groups = new Map<string, Omit<Fix, 'rule'>>()
  // The owners map is in merge order, oldest first: so is the report.
  for (const [sha, owner] of owners) {
    if (!history.touching.has(sha)) continue
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
  history: AuditHistory,
  groups: Map<string, Omit<Fix, 'rule'>>,
  params: BackportsParams,
  github: BackportFacts | string | undefined
): Promise<Outcome> {
  const facts = typeof github === 'object' ? github : undefined
  // RE2 (linear time) for the policy's pattern; loaded only when an audit runs.
  const { policyPattern } = await import('../policy/pattern.js')
  const pattern = policyPattern(params.fixPattern)
  const fixes: Fix[] = []
  const others: string[] = []
  for (const group of groups.values()) {
    const rule = classify(group, params, pattern, facts, history.commits)
    if (rule) fixes.push({ ...group, rule })
    else others.push(group.key)
  }
  const table = new Map<string, Map<string, Cell>>()
  for (const fix of fixes) table.set(fix.key, new Map())
  const picks = await findPicks(history, params.branches, fixes, facts)
  for (const branch of params.branches) {
    const found = picks.get(branch)!
    for (const fix of fixes) {
      const exemption = params.exemptions.find(
        e => e.pr === fix.pr && (!e.branches || e.branches.includes(branch))
      )
      const pick = found.get(fix.key)
      const cell: Cell = pick
        ? { found: pick }
        : exemption
          ? { exempt: exemption.reason }
          : 'missing'
      table.get(fix.key)!.set(branch, cell)
    }
  }

  const path = params.paths[0]!
  const missing: Evidence[] = []
  const exempt: Evidence[] = []
  for (const fix of fixes)
    for (const [branch, cell] of table.get(fix.key)!) {
      if (cell === 'missing')
        missing.push({ file: path, note: `${fix.key} (${fix.title}) has no pick on ${branch}` })
      else if ('exempt' in cell)
        exempt.push({ file: path, note: `${fix.key} exempt on ${branch}: ${cell.exempt}` })
    }
  const unused = params.exemptions.filter(e => !fixes.some(f => f.pr === e.pr)).map(e => `#${e.pr}`)
  const details = [
    ...refsRead(history),
    ...(typeof github === 'string' ? [`- ${escapeMarkdown(github)}; classified by title`] : []),
    '',
    ...renderTable(fixes, table, params.branches),
    ...(others.length > 0
      ? [
          '',
          `Not bug fixes (${others.length}): ${others.slice(0, 30).join(', ')}${others.length > 30 ? ', …' : ''}`
        ]
      : []),
    ...(unused.length > 0 ? ['', `Exemptions matching no fix in range: ${unused.join(', ')}`] : [])
  ]
  const scope = `${fixes.length} bug fixes to ${params.paths.join(', ')} on ${params.mainBranch} since ${history.since.label}`
  const exemptNote = exempt.length > 0 ? ` (${exempt.length} exempt)` : ''
  if (missing.length === 0)
    return {
      pass: true,
      message: `${scope}: all reached ${params.branches.join(' and ')}${exemptNote}`,
      evidence: exempt,
      details
    }
  const shown = missing.slice(0, 3).map(m => m.note)
  const more = missing.length > 3 ? `; and ${missing.length - 3} more` : ''
  return {
    pass: false,
    message: `${scope}: ${missing.length} picks missing: ${shown.join('; ')}${more}`,
    evidence: [...missing, ...exempt],
    details
  }
}

function refsRead(history: AuditHistory): string[] {
  const short = (sha: string) => sha.slice(0, 12)
  const lines = [
    `Refs read: ${[history.mainTip, ...history.branches.values()].map(r => `\`${r.name}\` ${short(r.sha)} (${r.ref})`).join(', ')}`,
    `- fixes merged after ${escapeMarkdown(history.since.label)} up to ${escapeMarkdown(history.cutoff.label)}`
  ]
  if (history.fetched.length > 0)
    lines.push(`- fetched: ${escapeMarkdown(history.fetched.join('; '))}`)
  return lines
}

const KIND_NAMES: Record<Kind, string> = {
  history: 'branched after the merge',
  branch: 'pick branch',
  body: 'pick body',
  trailer: '-x trailer',
  'patch-id': 'patch-id',
  title: 'pick title',
  github: 'GitHub PR'
}

function renderTable(
  fixes: Fix[],
  table: Map<string, Map<string, Cell>>,
  branches: string[]
): string[] {
  if (fixes.length === 0) return ['No bug fixes in range.']
  const lines = [
    `| fix | classified by | ${branches.join(' | ')} |`,
    `| --- | --- | ${branches.map(() => '---').join(' | ')} |`
  ]
  for (const fix of fixes) {
    const cells = branches.map(b => {
      const cell = table.get(fix.key)!.get(b)!
      if (cell === 'missing') return '❌ missing'
      if ('exempt' in cell) return `🟦 exempt: ${escapeMarkdown(cell.exempt)}`
      return `✅ ${cell.found.pick} (${cell.found.kinds.map(k => KIND_NAMES[k]).join(', ')})`
    })
    lines.push(`| ${fix.key} ${escapeMarkdown(fix.title)} | ${fix.rule} | ${cells.join(' | ')} |`)
  }
  return lines
}
