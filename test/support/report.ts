// Questions the tests ask of a report, in one place.
import { backportsMarkdown } from '../../src/report/backports.js'
import { escapeMarkdown } from '../../src/report/markdown.js'
import type { CriterionResult, Report, Status } from '../../src/report/types.js'

/** One criterion of a report; an error naming what is listed when it is not there. */
export function byId(report: Report, id: string): CriterionResult {
  const found = report.criteria.find(c => c.id === id)
  if (!found)
    throw new Error(`${id} is not listed; listed: ${report.criteria.map(c => c.id).join(', ')}`)
  return found
}

/** Every criterion's status by id, or only those `keep` accepts. */
export function statuses(
  report: Report,
  keep: (id: string) => boolean = () => true
): Record<string, Status> {
  return Object.fromEntries(report.criteria.filter(c => keep(c.id)).map(c => [c.id, c.status]))
}

/** "file:line", or "file" when the evidence has no line, in the order given. */
export function places(result: CriterionResult): string[] {
  return result.evidence.map(e => (e.line === undefined ? e.file : `${e.file}:${e.line}`))
}

/** The places, sorted: for checks that find them in no particular order. */
export function sortedPlaces(result: CriterionResult): string[] {
  return places(result).sort()
}

/** The backports audit's details as the checklist shows them (Markdown lines); [] without. */
export function detailLines(result: CriterionResult): string[] {
  return result.details?.kind === 'backports'
    ? backportsMarkdown(result.details, escapeMarkdown)
    : []
}
