import type { GitHubFacts } from '../evidence/github-facts.js'
import { UserError } from '../errors.js'
import { fetchBackportFacts } from './backport-facts.js'
import { createClient, type GitHubClient } from './client.js'
import { parseRepositoryName } from './repository-name.js'

/** GitHub facts for the checks, when a token and the repository are known. */
export function gitHubFacts(options: {
  token: string
  repository?: string
  /** Where warnings about waiting or giving up go (never the token). */
  log?: (message: string) => void
}): GitHubFacts | undefined {
  if (!options.token || !options.repository) return undefined
  const repository = options.repository
  if (!parseRepositoryName(repository))
    throw new UserError(
      `repository "${repository}" is not owner/name: give it like kubernetes/kubernetes`
    )
  // Built on first use, so a run that needs no facts never talks to GitHub.
  let client: Promise<GitHubClient> | undefined
  return {
    repository,
    async backports(query) {
      client ??= createClient({ token: options.token, log: options.log })
      return fetchBackportFacts(await client, repository, query, options.log)
    }
  }
}
