import { dueCriteria } from './criteria/due.js'
import { explainOf } from './criteria/explain.js'
import type { Criterion } from './criteria/types.js'
import type { Policy } from './policy/schema.js'
import { STAGE_IDS } from './policy/stages.js'
import { currentStage, stageVersion } from './policy/window.js'
import { formatMinor, type MinorVersion } from './release/version.js'
import type { Plan, Schedule, ScheduleEntry } from './report/types.js'

const REPOSITORY = { kubernetes: 'kubernetes/kubernetes', website: 'kubernetes/website' }

/** What is due at a release and what comes next, from the policy alone (no checkout needed). */
export function plan(policy: Policy, criteria: readonly Criterion[], target: MinorVersion): Plan {
  return {
    kep: policy.kep,
    target: formatMinor(target),
    stage: currentStage(policy, target),
    items: dueCriteria(policy, criteria, target).map(({ criterion, rules, window, disabled }) => ({
      id: criterion.id,
      stage: rules.stage,
      repo: REPOSITORY[criterion.meta.repo],
      severity: rules.severity,
      state: disabled ? 'disabled' : window.state,
      due: window.due,
      explain: explainOf(criterion, policy)
    }))
  }
}

/**
 * The schedule the README shows: which enabled criteria each stage's release makes due, in each
 * repository, and the schedule guards, all at the policy's stage releases.
 */
export function schedule(policy: Policy, criteria: readonly Criterion[]): Schedule {
  const release = (stage: string): string => formatMinor(stageVersion(policy, stage))
  const enabled = criteria.flatMap(c => {
    const rules = policy.criteria[c.id]
    return rules && rules.enabled !== false ? [{ c, rules }] : []
  })
  const entries = (stage: string, repo: string): ScheduleEntry[] =>
    enabled
      .filter(({ c, rules }) => c.meta.repo === repo && rules.due.from === stage)
      .map(({ c, rules }) => ({
        id: c.id,
        ...(rules.due.until ? { until: release(rules.due.until) } : {}),
        warning: rules.severity === 'warning'
      }))
  return {
    stages: STAGE_IDS.map(stage => ({
      stage,
      release: release(stage),
      kubernetes: entries(stage, 'kubernetes'),
      website: entries(stage, 'website')
    })),
    guards: enabled
      .filter(({ rules }) => !rules.due.from && rules.due.until)
      .map(({ c, rules }) => ({ id: c.id, before: release(rules.due.until!) }))
  }
}
