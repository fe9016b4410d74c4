import type { Report } from './types.js'

/**
 * The machine-readable report. Field names here are a public contract (other tools parse them):
 * add fields, never rename or remove one.
 */
export function toJson(report: Report): object {
  return {
    kep: report.kep,
    policy: report.policy,
    ...(report.policySource ? { policySource: report.policySource } : {}),
    target: report.target,
    targetSource: report.targetSource,
    kind: report.kind,
    stage: report.stage,
    result: report.result,
    errors: report.errors,
    criteria: report.criteria.map(c => ({
      id: c.id,
      stage: c.stage,
      status: c.status,
      severity: c.severity,
      message: c.message,
      explain: c.explain,
      due: c.due,
      evidence: c.evidence.map(e => ({
        file: e.file,
        ...(e.line ? { line: e.line } : {}),
        ...(e.note ? { note: e.note } : {})
      }))
    }))
  }
}

export function renderJson(report: Report): string {
  return JSON.stringify(toJson(report), null, 2) + '\n'
}
