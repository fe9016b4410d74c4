/**
 * Facts from GitHub that may help a check. The edge (src/github/) implements this interface with
 * batched API calls and hands it to the core; the core never imports Octokit or reads a token.
 * Absent when there is no token: checks then fall back to what git alone can show.
 */
export interface GitHubFacts {
  /** The repository the facts are about, as owner/name. */
  repository: string
}
