import type { Policy } from './policy/schema.js'
import { STAGE_IDS } from './policy/stages.js'
import { compareMinor, minor } from './release/version.js'
import type { CriterionResult, TimelineStage } from './report/types.js'

/** The KEP's stages at their releases in the policy (a slipped stage at its new release). */
export function stagesOf(policy: Policy): { stage: string; release: string }[] {
  return STAGE_IDS.map(stage => ({ stage, release: policy.stages[stage] }))
}

/**
 * Each stage at the target, from the criteria as judged: failed when a criterion of the stage
 * fails (a schedule guard of a later stage included: its change came early), pending when its
 * release is after the target, done otherwise.
 */
export function timelineAt(
  stages: readonly { stage: string; release: string }[],
  criteria: readonly CriterionResult[],
  target: string
): TimelineStage[] {
  const failed = new Set(criteria.filter(c => c.status === 'fail').map(c => c.stage))
  return stages.map(({ stage, release }) => {
    const order = compareMinor(minor(release), minor(target))
    const toTarget = order < 0 ? 'before' : order === 0 ? 'at' : 'after'
    const state = failed.has(stage) ? 'failed' : toTarget === 'after' ? 'pending' : 'done'
    return { stage, release, state, toTarget }
  })
}
