import type { CriterionPolicy, Policy } from '../policy/schema.js'
import { windowAt, type WindowAt } from '../policy/window.js'
import type { MinorVersion } from '../release/version.js'
import type { Criterion } from './types.js'

/** A criterion the policy lists whose window is open, or opens later, at a target. */
export interface DueCriterion {
  criterion: Criterion
  rules: CriterionPolicy
  window: WindowAt & { state: 'due' | 'next' }
  /**
   * Turned off by a policy file. One rule for the plan and the report: a disabled criterion is
   * listed as such, never silently dropped.
   */
  disabled: boolean
}

/**
 * The criteria of the policy at a target, in registry order: those due and those of a stage
 * still to come; those whose window has closed are left out.
 */
export function dueCriteria(
  policy: Policy,
  criteria: readonly Criterion[],
  target: MinorVersion
): DueCriterion[] {
  const out: DueCriterion[] = []
  for (const criterion of criteria) {
    const rules = policy.criteria[criterion.id]
    if (!rules) continue
    const window = windowAt(policy, rules, target)
    if (window.state === 'closed') continue
    out.push({
      criterion,
      rules,
      window: { ...window, state: window.state },
      disabled: rules.enabled === false
    })
  }
  return out
}
