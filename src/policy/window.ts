import type { CriterionPolicy, Policy, StageId } from './schema.js'
import { STAGE_IDS } from './stages.js'
import { formatMinor, isAtLeast, isBefore, minor, type MinorVersion } from '../release/version.js'

/** Where a target stands in a criterion's window of releases `[from, until)`. */
export interface WindowAt {
  state: 'due' | 'next' | 'closed'
  /** The window as versions ("1.35", "1.43"); absent ends are open. */
  due: { from?: string; until?: string }
}

/** The release of a stage of the policy (`'3'` → 1.40). */
export function stageVersion(policy: Policy, stage: string): MinorVersion {
  const text = policy.stages[stage as StageId]
  if (!text) throw new Error(`the policy has no stage "${stage}"`)
  return minor(text)
}

export function windowAt(policy: Policy, rules: CriterionPolicy, target: MinorVersion): WindowAt {
  const from = rules.due.from ? stageVersion(policy, rules.due.from) : undefined
  const until = rules.due.until ? stageVersion(policy, rules.due.until) : undefined
  const due = { from: from && formatMinor(from), until: until && formatMinor(until) }
  if (until && !isBefore(target, until)) return { state: 'closed', due }
  if (from && !isAtLeast(target, from)) return { state: 'next', due }
  return { state: 'due', due }
}

/** The latest stage whose release is at or before the target; "0" before stage 1. */
export function currentStage(policy: Policy, target: MinorVersion): string {
  let stage = '0'
  for (const id of STAGE_IDS) if (isAtLeast(target, minor(policy.stages[id]))) stage = id
  return stage
}
