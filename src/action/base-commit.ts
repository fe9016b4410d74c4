import { CommitRepo } from '../evidence/commit-repo.js'
import type { PolicySource } from '../prepare.js'
import { isPullRequest, policyBaseSha, type EventFacts } from './event.js'

/**
 * On a pull request the policy file, like the workflow, comes from the base commit's objects in
 * every mode and scope: a pull request must not loosen the policy that judges it. Undefined
 * elsewhere, and when no policy file is given. `base` is the base commit when the caller has it
 * open already (regression mode).
 */
export async function policyFromBase(
  repoDir: string,
  event: EventFacts,
  policy: string | undefined,
  base?: CommitRepo
): Promise<PolicySource | undefined> {
  if (!policy || !isPullRequest(event.name)) return undefined
  const sha = policyBaseSha(event, policy)
  // The action's checkout is a throw-away copy: a base commit it lacks may be fetched into it.
  const repo = base?.commit === sha ? base : await CommitRepo.open(repoDir, sha, { fetch: true })
  return { repo, origin: `the base commit ${sha.slice(0, 7)}` }
}
