import type { GitHubFacts } from '../evidence/github-facts.js'

/** GitHub facts for the checks, when a token and the repository are known. */
export function gitHubFacts(options: {
  token: string
  repository?: string
}): GitHubFacts | undefined {
  if (!options.token || !options.repository) return undefined
  return { repository: options.repository }
}
