import type { Policy } from '../policy/schema.js'
import { stageVersion } from '../policy/window.js'
import { formatMinor } from '../release/version.js'
import type { Criterion } from './types.js'

// A criterion's explanation names releases through the policy, never as written numbers: a
// policy that slips a stage must not leave an old release in the plan, the report or the docs.

/** Why a criterion exists, with the policy's releases in it. */
export function explainOf(criterion: Criterion, policy: Policy): string {
  return typeof criterion.explain === 'string' ? criterion.explain : criterion.explain(policy)
}

/** The release of a stage as the reports write it: "1.40". */
export function stageRelease(policy: Policy, stage: string): string {
  return formatMinor(stageVersion(policy, stage))
}
