// What a history says in its shapes and words: which commits a tip reaches, which merge brought
// each commit into a branch, and what GitHub, Prow and `git cherry-pick -x` write in messages.

/** One commit as history readers need it; `body` holds only the lines the audit reads. */
export interface Commit {
  sha: string
  parents: string[]
  subject: string
  body: string
}

/** The commits reachable from a tip inside a set of commits. */
export function reachable(commits: Map<string, Commit>, tip: string): Set<string> {
  const seen = new Set<string>()
  const stack = [tip]
  while (stack.length > 0) {
    const sha = stack.pop()!
    if (seen.has(sha)) continue
    const commit = commits.get(sha)
    if (!commit) continue
    seen.add(sha)
    for (const parent of commit.parents) if (!seen.has(parent)) stack.push(parent)
  }
  return seen
}

/**
 * For each commit reachable from `tip`, the first-parent commit that brought it in: a merge for
 * the commits of the branch it merged, or the commit itself. One walk, oldest merge first, so
 * each commit goes to the earliest merge that contains it. Commits in `skip` (those of another
 * branch) are neither owned nor walked through.
 */
export function mainlineOwners(
  commits: Map<string, Commit>,
  tip: string,
  skip: ReadonlySet<string> = new Set()
): Map<string, string> {
  const chain: string[] = []
  for (let sha: string | undefined = tip; sha && commits.has(sha) && !skip.has(sha);) {
    chain.push(sha)
    sha = commits.get(sha)!.parents[0]
  }
  const owner = new Map<string, string>()
  for (const mainline of chain.reverse()) {
    owner.set(mainline, mainline)
    const stack = commits.get(mainline)!.parents.slice(1)
    while (stack.length > 0) {
      const sha = stack.pop()!
      const commit = commits.get(sha)
      if (!commit || owner.has(sha) || skip.has(sha)) continue
      owner.set(sha, mainline)
      for (const parent of commit.parents) stack.push(parent)
    }
  }
  return owner
}

/** A GitHub merge commit: "Merge pull request #N from owner/branch", the PR title in the body. */
export function mergedPullRequest(
  commit: Commit
): { number: number; branch: string; title: string } | undefined {
  const match = /^Merge pull request #(\d+) from ([^\s]+)/.exec(commit.subject)
  if (!match) return undefined
  const branch = match[2]!.replace(/^[^/]*\//, '')
  return { number: Number(match[1]), branch, title: commit.body.split('\n')[0]!.trim() }
}

/** A squash-merged commit's PR number: GitHub ends the subject with "(#N)". */
export function squashedPullRequest(commit: Commit): number | undefined {
  const match = /\(#(\d+)\)\s*$/.exec(commit.subject)
  return match ? Number(match[1]) : undefined
}

/** The commits named by `(cherry picked from commit <sha>)` lines (what `git cherry-pick -x` adds). */
export function cherryPickedFrom(body: string): string[] {
  return [...body.matchAll(/^\(cherry picked from commit ([0-9a-f]{7,64})\)\s*$/gm)].map(m => m[1]!)
}
