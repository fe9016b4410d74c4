// What a history's messages say: what GitHub, Prow and `git cherry-pick -x` write there.

/** One commit as history readers need it; `body` holds only the lines the audit reads. */
export interface Commit {
  sha: string
  parents: string[]
  subject: string
  body: string
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
  // Asked of every commit on a release branch; few carry the line.
  if (!body.includes('(cherry picked from commit ')) return []
  return [...body.matchAll(/^\(cherry picked from commit ([0-9a-f]{7,64})\)\s*$/gm)].map(m => m[1]!)
}
