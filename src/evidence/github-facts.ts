/**
 * Facts from GitHub that may help a check. The edge (src/github/) implements this interface with
 * batched API calls and hands it to the core; the core never imports Octokit or reads a token.
 * Absent when there is no token: checks then fall back to what git alone can show.
 */
export interface GitHubFacts {
  /** The repository the facts are about, as owner/name. */
  repository: string
  /**
   * The labels of the given pull requests and the merged pull requests into the given branches,
   * in a few batched queries (pages of about 100), never one request per pull request.
   */
  backports(query: BackportQuery): Promise<BackportFacts>
}

export interface BackportQuery {
  pulls: number[]
  branches: string[]
  /** Only pull requests merged on or after this day (YYYY-MM-DD) into the branches are needed. */
  mergedSince?: string
}

export interface PullRequestFacts {
  number: number
  title: string
  labels: string[]
}

export interface MergedPullRequest {
  number: number
  title: string
  /** The branch it merged into. */
  base: string
}

export interface BackportFacts {
  /** The pull requests GitHub knows, by number; a number it does not know is absent. */
  pulls: Map<number, PullRequestFacts>
  /** Merged pull requests into the branches asked about. */
  merged: MergedPullRequest[]
}
