import type { RepoKind } from '../evidence/repo-kind.js'

/** What the report says of one criterion. `next` is a criterion of a stage not yet due. */
export type Status = 'pass' | 'fail' | 'warning' | 'exempt' | 'skipped' | 'next'

export interface Evidence {
  file: string
  line?: number
  /** What is at that place, when the message alone does not say. */
  note?: string
}

export interface CriterionResult {
  id: string
  stage: string
  status: Status
  severity: 'error' | 'warning'
  message: string
  evidence: Evidence[]
  /** Markdown lines shown under the item in the checklist (e.g. a table), when a check gives them. */
  details?: string[]
  /** Why the criterion exists, in the KEP's terms; shown beside it in the checklist. */
  explain: string
  /** The window of target releases in which it is due, as versions ("1.35", "1.43"). */
  due: { from?: string; until?: string }
}

export interface Report {
  kep: string
  title: string
  policy: string
  /** Where a user's policy file was read from, when not the checkout ("kep-gate.yaml from the base commit 1a2b3c4"). */
  policySource?: string
  target: string
  targetSource: string
  kind: RepoKind
  /** The latest stage whose release is at or before the target; "0" before stage 1. */
  stage: string
  result: 'pass' | 'fail'
  criteria: CriterionResult[]
  /** Files the gate could not read (one line each); the criteria they broke are failed. */
  errors: string[]
}
