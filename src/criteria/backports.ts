import type { BackportFacts, GitHubFacts } from '../evidence/github-facts.js'
import {
  checkoutState,
  cherryPickedFrom,
  commitDay,
  mainlineOwners,
  mergedPullRequest,
  reachable,
  readBranchHistory,
  squashedPullRequest,
  type BranchHistory as AuditHistory,
  type Commit
} from '../evidence/git-history.js'
import type { BackportsParams } from '../policy/backports-schema.js'
import type { Evidence } from '../report/types.js'
import { escapeMarkdown } from '../report/markdown.js'
import { formatMinor } from '../target/version.js'
import type { Criterion, Outcome } from './types.js'

export const NOT_GIT =
  'not a git checkout: the backport audit needs git history (check out with fetch-depth: 0)'

/** A bug fix on the main branch: one pull request (or one commit) and its commits there. */
interface Fix {
  key: string
  pr?: number
  title: string
  commits: string[]
  rule: string
}

type Kind = 'history' | 'branch' | 'body' | 'trailer' | 'patch-id' | 'title' | 'github'
type Cell = { found: { pick: string; kinds: Kind[] } } | { exempt: string } | 'missing'

export const nftablesBackports: Criterion = {
  id: 'nftables-backports',
  repo: 'kubernetes',
  explain:
    'Stage 1: all nftables-mode bugfixes have been backported to 1.34 and 1.33, so ipvs users on older releases can migrate to nftables.',
  async check(ctx) {
    const params = ctx.policy.backports
    const state = await checkoutState(ctx.repo.root)
    if (!state.top) return { skipped: NOT_GIT }
    const cutoff = params.cutoffs[formatMinor(ctx.target)]
    const history = await readBranchHistory(ctx.repo.root, { ...params, cutoff }, state)
    if ('error' in history) return { pass: false, message: history.error, evidence: [] }
    const facts = await gitHubFactsFor(ctx.github, history, params)
    return audit(history, params, facts)
  }
}

async function gitHubFactsFor(
  github: GitHubFacts | undefined,
  history: AuditHistory,
  params: BackportsParams
): Promise<BackportFacts | string | undefined> {
  if (!github) return undefined
  const pulls = new Set<number>()
  for (const group of groupMainline(history).values()) if (group.pr) pulls.add(group.pr)
  try {
    const mergedSince = await commitDay(history.root, history.since.sha)
    return await github.backports({ pulls: [...pulls], branches: params.branches, mergedSince })
  } catch (error) {
    // The audit still stands on git alone; the report says what was missing.
    return `GitHub facts unavailable (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
}

/** The main-branch commits that change the paths, grouped by the pull request that merged them. */
function groupMainline(history: AuditHistory): Map<string, Omit<Fix, 'rule'>> {
  const owners = mainlineOwners(history.commits, history.cutoff.sha)
  const groups = new Map<string, Omit<Fix, 'rule'>>()
  // The owners map is in merge order, oldest first: so is the report.
  for (const [sha, owner] of owners) {
    if (!history.patchIds.has(sha)) continue
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
  facts: BackportFacts | undefined,
  commits: Map<string, Commit>
): string | undefined {
  if (group.pr && params.fixes.includes(group.pr)) return 'listed in the policy'
  const known = group.pr ? facts?.pulls.get(group.pr) : undefined
  if (known) return known.labels.includes(params.bugLabel) ? `label ${params.bugLabel}` : undefined
  const pattern = new RegExp(params.fixPattern, 'i')
  if (group.pr && pattern.test(group.title)) return 'PR title'
  if (group.commits.some(sha => pattern.test(commits.get(sha)?.subject ?? ''))) return 'subject'
  return undefined
}

function audit(
  history: AuditHistory,
  params: BackportsParams,
  github: BackportFacts | string | undefined
): Outcome {
  const facts = typeof github === 'object' ? github : undefined
  const fixes: Fix[] = []
  const others: string[] = []
  for (const group of groupMainline(history).values()) {
    const rule = classify(group, params, facts, history.commits)
    if (rule) fixes.push({ ...group, rule })
    else others.push(group.key)
  }
  const table = new Map<string, Map<string, Cell>>()
  for (const fix of fixes) table.set(fix.key, new Map())
  for (const branch of params.branches) {
    const found = findPicks(history, branch, fixes, facts)
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

/** The picks on one branch, by fix key, with every kind of evidence that shows each. */
function findPicks(
  history: AuditHistory,
  branch: string,
  fixes: Fix[],
  facts: BackportFacts | undefined
): Map<string, { pick: string; kinds: Kind[] }> {
  const found = new Map<string, { pick: string; kinds: Kind[] }>()
  const note = (fix: Fix | undefined, pick: string, kind: Kind) => {
    if (!fix) return
    const entry = found.get(fix.key) ?? { pick, kinds: [] }
    if (!entry.kinds.includes(kind)) entry.kinds.push(kind)
    found.set(fix.key, entry)
  }
  const byPr = new Map(fixes.filter(f => f.pr).map(f => [f.pr!, f]))
  const byTitle = new Map(fixes.map(f => [normalTitle(f.title), f]))
  const byCommit = new Map(fixes.flatMap(f => f.commits.map(sha => [sha, f] as const)))
  const byPatch = new Map(
    fixes.flatMap(f => f.commits.map(sha => [history.patchIds.get(sha)!, f] as const))
  )
  const numbers = (text: string) => [...text.matchAll(/#(\d+)/g)].map(m => byPr.get(Number(m[1])))
  const picked = (title: string, numbered: RegExp): (Fix | undefined)[] => {
    const automated = numbered.exec(title)
    if (automated) return numbers(automated[1]!)
    const prow = /^\[([^\]]+)\]\s*(.+)$/.exec(title)
    return prow && prow[1] === branch ? [byTitle.get(normalTitle(prow[2]!))] : []
  }

  const tip = history.branches.get(branch)!.sha
  const onMain = history.onMain
  const owners = mainlineOwners(history.commits, tip)
  const onBranch = reachable(history.commits, tip)
  // A fix merged before the branch was cut is in its history: nothing to pick.
  for (const fix of fixes)
    if (fix.commits.every(sha => onBranch.has(sha))) note(fix, 'in history', 'history')
  for (const sha of onBranch) {
    if (onMain.has(sha)) continue
    const commit = history.commits.get(sha)!
    const owner = history.commits.get(owners.get(sha) ?? sha)!
    const ownerPull = mergedPullRequest(owner)
    const pick = ownerPull ? `#${ownerPull.number}` : sha.slice(0, 12)
    const pull = mergedPullRequest(commit)
    if (pull) {
      const source = /^automated-cherry-pick-of-((?:#\d+-)+)upstream-(.+)$/.exec(pull.branch)
      if (source && source[2] === branch)
        for (const f of numbers(source[1]!)) note(f, pick, 'branch')
      for (const f of picked(pull.title, /^Automated cherry pick of ((?:#\d+[,\s]*)+)/))
        note(f, pick, 'title')
    }
    for (const m of `${commit.subject}\n${commit.body}`.matchAll(
      /Cherry pick of ((?:#\d+\s*)+)on (\S+?)\.?$/gm
    ))
      if (m[2] === branch) for (const f of numbers(m[1]!)) note(f, pick, 'body')
    for (const from of cherryPickedFrom(commit.body)) {
      const fix = byCommit.get(from) ?? fixes.find(f => f.commits.some(c => c.startsWith(from)))
      note(fix, pick, 'trailer')
    }
    const patchId = history.patchIds.get(sha)
    if (patchId) note(byPatch.get(patchId), pick, 'patch-id')
  }
  for (const pr of facts?.merged ?? []) {
    if (pr.base !== branch) continue
    for (const f of picked(pr.title, /^Automated cherry pick of ((?:#\d+[,\s]*)+)/))
      note(f, `#${pr.number}`, 'github')
  }
  return found
}

function normalTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase()
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
