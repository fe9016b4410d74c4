import { cherryPickedFrom, mergedPullRequest } from '../evidence/commit-shapes.js'
import type { BranchHistory } from '../evidence/git-history.js'
import type { BackportFacts } from '../evidence/github-facts.js'

// Finding each fix's pick on each release branch: first by what the pick says of itself (its
// branch name, title, body, `-x` trailer) or GitHub says of it, and only for the fixes still
// unmatched by comparing patches, which costs a diff per commit.

/** A bug fix on the main branch: one pull request (or one commit) and its commits there. */
export interface Fix {
  key: string
  pr?: number
  title: string
  commits: string[]
  rule: string
}

export type Kind = 'history' | 'branch' | 'body' | 'trailer' | 'patch-id' | 'title' | 'github'
export type Found = Map<string, { pick: string; kinds: Kind[] }>

/** Per release branch, the picks found by fix key, with every kind of evidence that shows each. */
export async function findPicks(
  history: BranchHistory,
  branches: readonly string[],
  fixes: Fix[],
  facts: BackportFacts | undefined
): Promise<Map<string, Found>> {
  const views = branches.map(branch => cheapPicks(history, branch, fixes, facts))
  const unmatched = views.map(v => fixes.filter(f => !v.found.has(f.key)))
  if (unmatched.every(u => u.length === 0)) return new Map(views.map(v => [v.branch, v.found]))
  // Patch ids of the unmatched fixes, and of the branch commits that change the paths and
  // belong to no pick that showed a fix yet: usually a handful of diffs, where a full
  // `git log -p` would be thousands.
  const candidates = views.map(v =>
    v.commits.filter(sha => history.touching.has(sha) && !v.evidence.has(v.pickOf(sha)))
  )
  const ids = await history.patchIds([
    ...new Set([...unmatched.flat().flatMap(f => f.commits), ...candidates.flat()])
  ])
  views.forEach((view, i) => {
    const byPatch = new Map<string, Fix>()
    for (const fix of unmatched[i]!)
      for (const sha of fix.commits) {
        const id = ids.get(sha)
        if (id) byPatch.set(id, fix)
      }
    for (const sha of candidates[i]!) {
      const fix = byPatch.get(ids.get(sha) ?? '')
      if (fix) view.note(fix, view.pickOf(sha), 'patch-id')
    }
  })
  return new Map(views.map(v => [v.branch, v.found]))
}

interface BranchView {
  branch: string
  found: Found
  /** The branch's commits not on the main branch, tip first. */
  commits: string[]
  /** The picks (as pickOf names them) that already showed a fix. */
  evidence: Set<string>
  note(fix: Fix | undefined, pick: string, kind: Kind): void
  /** How the report names the pick a commit belongs to: its pull request, or the commit. */
  pickOf(sha: string): string
}

const AUTOMATED = /^Automated cherry pick of ((?:#\d+[,\s]*)+)/

function cheapPicks(
  history: BranchHistory,
  branch: string,
  fixes: Fix[],
  facts: BackportFacts | undefined
): BranchView {
  const found: Found = new Map()
  const evidence = new Set<string>()
  const note = (fix: Fix | undefined, pick: string, kind: Kind) => {
    if (!fix) return
    const entry = found.get(fix.key) ?? { pick, kinds: [] }
    if (!entry.kinds.includes(kind)) entry.kinds.push(kind)
    found.set(fix.key, entry)
  }
  const byPr = new Map(fixes.filter(f => f.pr).map(f => [f.pr!, f]))
  const byTitle = new Map(fixes.map(f => [normalTitle(f.title), f]))
  const byCommit = new Map(fixes.flatMap(f => f.commits.map(sha => [sha, f] as const)))
  const numbers = (text: string) => [...text.matchAll(/#(\d+)/g)].map(m => byPr.get(Number(m[1])))
  const picked = (title: string): (Fix | undefined)[] => {
    const automated = AUTOMATED.exec(title)
    if (automated) return numbers(automated[1]!)
    const prow = /^\[([^\]]+)\]\s*(.+)$/.exec(title)
    return prow && prow[1] === branch ? [byTitle.get(normalTitle(prow[2]!))] : []
  }

  const tip = history.branches.get(branch)!.sha
  const owners = history.graph.owners(tip, history.onMain)
  const onBranch = history.reach(tip)
  const pickOf = (sha: string): string => {
    const ownerPull = mergedPullRequest(history.commits.get(owners.of(sha) ?? sha)!)
    return ownerPull ? `#${ownerPull.number}` : sha.slice(0, 12)
  }
  // A fix merged before the branch was cut is in its history: nothing to pick.
  for (const fix of fixes)
    if (fix.commits.every(sha => onBranch.has(sha))) note(fix, 'in history', 'history')
  const commits = onBranch.list().filter(sha => !history.onMain.has(sha))
  for (const sha of commits) {
    const commit = history.commits.get(sha)!
    // Named only once it shows a fix: most branch commits show none.
    let pick: string | undefined
    const shows = (fix: Fix | undefined, kind: Kind) => {
      if (!fix) return
      pick ??= pickOf(sha)
      evidence.add(pick)
      note(fix, pick, kind)
    }
    const pull = mergedPullRequest(commit)
    if (pull) {
      const source = /^automated-cherry-pick-of-((?:#\d+-)+)upstream-(.+)$/.exec(pull.branch)
      if (source && source[2] === branch) for (const f of numbers(source[1]!)) shows(f, 'branch')
      for (const f of picked(pull.title)) shows(f, 'title')
    }
    const message = `${commit.subject}\n${commit.body}`
    if (message.includes('Cherry pick of'))
      for (const m of message.matchAll(/Cherry pick of ((?:#\d+\s*)+)on (\S+?)\.?$/gm))
        if (m[2] === branch) for (const f of numbers(m[1]!)) shows(f, 'body')
    for (const from of cherryPickedFrom(commit.body))
      shows(
        byCommit.get(from) ?? fixes.find(f => f.commits.some(c => c.startsWith(from))),
        'trailer'
      )
  }
  for (const pr of facts?.merged ?? []) {
    if (pr.base !== branch) continue
    for (const f of picked(pr.title)) note(f, `#${pr.number}`, 'github')
  }
  return { branch, found, commits, evidence, note, pickOf }
}

function normalTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase()
}
