// The audit of every feature gate, as plain data: what the renderers (text, Markdown, JSON,
// annotations) turn into output. Nothing here decides anything.

/** The three ways a gate is checked. */
export type GateRuleId = 'code-list' | 'list-page' | 'kep-list'
export const GATE_RULES: readonly GateRuleId[] = ['code-list', 'list-page', 'kep-list']

export const RULE_TITLES: Record<GateRuleId, string> = {
  'code-list': 'code ↔ generated list',
  'list-page': 'list ↔ website page',
  'kep-list': 'KEP ↔ list'
}

/**
 * `error` fails the run; `warning` is shown and annotated (localized pages); `accepted` is a
 * deviation the policy accepts, with its reason; `info` is listed, never annotated.
 */
export type GateSeverity = 'error' | 'warning' | 'accepted' | 'info'

/** The repository a file belongs to. */
export type GateSource = 'kubernetes' | 'website' | 'enhancements'

export interface GateEvidence {
  source: GateSource
  /** Repository-relative path. */
  file: string
  line?: number
  note?: string
}

export interface GateFinding {
  rule: GateRuleId
  /** What kind of finding, a stable id (`stage-missing`, `milestone-mismatch`, …). */
  kind: string
  severity: GateSeverity
  /** The gate it is about; absent for a file about no one gate (a kep.yaml that cannot be read). */
  gate?: string
  message: string
  /** Both sides: the page or kep.yaml line, and the list or Go line it disagrees with. */
  evidence: GateEvidence[]
  /** The release a stage or milestone finding is about ("1.0", "1.37"). */
  version?: string
  /** For an accepted deviation: the policy's reason. */
  reason?: string
}

/** What one source says of a gate at the target, in a few words, with its place. */
export interface SourceCell {
  summary: string
  source: GateSource
  file: string
  line?: number
}

export interface GateRow {
  gate: string
  /** The effective spec at the target (the list, else the Go); absent when the code lacks the gate. */
  code?: SourceCell
  /** The English page's stage at the target; absent when there is no page (or no website source). */
  page?: SourceCell
  /** Every KEP that names the gate. */
  keps: SourceCell[]
  findings: GateFinding[]
}

export interface RuleSummary {
  id: GateRuleId
  checked: boolean
  /** Why a rule was not checked (a source was not given). */
  why?: string
  errors: number
  warnings: number
  accepted: number
  info: number
}

export interface GatesSources {
  code: { origin: string; goFiles: string[]; list?: string; gates: number }
  website?: { origin: string; pages: number; localizedPages: number }
  enhancements?: { origin: string; keps: number; naming: number }
}

export interface GatesReport {
  target: string
  targetSource: string
  /** The repository the run is for (the action's checkout); absent for the CLI. */
  kind?: string
  result: 'pass' | 'fail'
  sources: GatesSources
  rules: RuleSummary[]
  /** One row per gate with a finding, by gate name. */
  rows: GateRow[]
  /** Findings about no one gate (a kep.yaml that cannot be read). */
  findings: GateFinding[]
  /** Sources that could not be read at all (one line each); any makes the result fail. */
  errors: string[]
}
