import type { Report } from './types.js'

/** The check run's title: the verdict and what failed, or how many due criteria were met. */
export function checkRunTitle(report: Report): string {
  const failed = report.criteria.filter(c => c.status === 'fail').map(c => c.id)
  const due = report.criteria.filter(c => c.status !== 'next' && c.status !== 'skipped')
  const passed = due.filter(c => c.status === 'pass' || c.status === 'exempt').length
  return (
    `KEP-${report.kep} at ${report.target}: ${report.result}` +
    (failed.length > 0
      ? ` (${failed.join(', ')})`
      : ` (${passed} of ${due.length} due criteria met)`)
  )
}

/** `KEP-5495 (kubernetes)`: one check run per KEP and repository kind (and mode, for regression). */
export function checkRunName(report: Report, regression: boolean): string {
  return `KEP-${report.kep} (${report.kind}${regression ? ', regression' : ''})`
}
