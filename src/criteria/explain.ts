import type { Policy } from '../policy/schema.js'
import { STAGE_IDS } from '../policy/stages.js'
import { stageVersion } from '../policy/window.js'
import { formatMinor } from '../release/version.js'
import { fillTemplate, type TemplateData } from './template.js'
import type { Criterion } from './types.js'

// A criterion's explanation names releases and values through the policy, never as written
// numbers: a policy that slips a stage must not leave an old release in the plan, the report or
// the docs.

/** The release of a stage as the reports write it: "1.40". */
export function stageRelease(policy: Policy, stage: string): string {
  return formatMinor(stageVersion(policy, stage))
}

/** The policy's values an explanation may name: `{gate}`, `{release.3}`, `{validModes}`, … */
export function policyValues(policy: Policy): TemplateData {
  const { kubernetes } = policy
  return {
    gate: policy.gate,
    ipvsPackage: kubernetes.ipvsPackage,
    validModes: kubernetes.modeValidation.validModes.join(' and '),
    // release-1.34 → 1.34: the releases whose branches the backports audit reads.
    backportReleases: policy.backports.branches.map(b => b.replace(/^release-/, '')).join(' and '),
    gateSchedule: kubernetes.gateSpec
      .map(
        e =>
          `Default ${e.default}${e.lockToDefault ? ' and locked' : ''} from ${stageRelease(policy, e.from)} until ${stageRelease(policy, e.until)}`
      )
      .join(', '),
    ...Object.fromEntries(STAGE_IDS.map(stage => [`release.${stage}`, stageRelease(policy, stage)]))
  }
}

/** Why a criterion exists, with the policy's values in it. */
export function explainOf(criterion: Criterion, policy: Policy): string {
  return fillTemplate(criterion.meta.checks, policyValues(policy), `${criterion.id}'s meta.checks`)
}
