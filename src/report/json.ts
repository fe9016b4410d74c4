import { backportsJson } from './backports.js'
import type { RegressionReport, Report } from './types.js'

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
      })),
      ...(c.details?.kind === 'backports' ? { details: backportsJson(c.details) } : {})
    }))
  }
}

export function renderJson(report: Report): string {
  return JSON.stringify(toJson(report), null, 2) + '\n'
}

/** The head's JSON report with the regression verdict and a `regression` section (new fields only). */
export function regressionJson(r: RegressionReport): object {
  const before = new Map(r.base.criteria.map(c => [c.id, c.status]))
  return {
    ...toJson(r.head),
    result: r.result,
    regression: {
      base: r.baseSha,
      ...(r.headSha ? { head: r.headSha } : {}),
      baseResult: r.base.result,
      headResult: r.head.result,
      regressions: r.regressions,
      criteria: r.head.criteria.map(c => ({
        id: c.id,
        base: before.get(c.id) ?? null,
        head: c.status
      }))
    }
  }
}
