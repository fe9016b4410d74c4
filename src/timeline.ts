import { KEP_5495 } from './policy/kep-5495.js'
import type { Policy } from './policy/schema.js'
import { STAGE_IDS } from './policy/stages.js'
import { compareMinor, minor } from './release/version.js'
import type { CriterionResult, TimelineStage } from './report/types.js'

/** The KEP's stages at their releases in the policy, with the built-in release of a slipped one. */
export function stagesOf(policy: Policy): Omit<TimelineStage, 'state'>[] {
  return STAGE_IDS.map(stage => {
    const release = policy.stages[stage]
    const planned = KEP_5495.stages[stage]
    return { stage, release, ...(planned !== release ? { planned } : {}) }
  })
}

/**
 * Each stage at the target, from the criteria as judged: failed when a criterion of the stage
 * fails (a schedule guard of a later stage included: its change came early), pending when its
 * release is after the target, done otherwise.
 */
export function timelineAt(
  stages: readonly Omit<TimelineStage, 'state'>[],
  criteria: readonly CriterionResult[],
  target: string
): TimelineStage[] {
  const failed = new Set(criteria.filter(c => c.status === 'fail').map(c => c.stage))
  return stages.map(({ stage, release, planned }) => ({
    stage,
    release,
    ...(planned !== undefined ? { planned } : {}),
    state: failed.has(stage)
      ? 'failed'
      : compareMinor(minor(release), minor(target)) > 0
        ? 'pending'
        : 'done'
  }))
}
