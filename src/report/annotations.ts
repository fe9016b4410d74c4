import type { Report } from './types.js'

// Annotations of a report, in the two shapes GitHub takes them: workflow commands in the log
// (one per criterion, since the runner shows only the first few) and the check run's (one per
// place, since the Checks API holds them all and shows each in the diff).

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
  file?: string
  line?: number
}

function flagged(report: Report) {
  return report.criteria.filter(c => c.status === 'fail' || c.status === 'warning')
}

/** One annotation per failing or warning criterion, placed at its first piece of evidence. */
export function annotationsOf(report: Report): Annotation[] {
  return flagged(report).map(c => {
    const at = c.evidence.find(e => e.line) ?? c.evidence[0]
    return {
      level: c.status === 'fail' ? 'error' : 'warning',
      title: `KEP-${report.kep} ${c.id}`,
      message: c.message,
      ...(at ? { file: at.file } : {}),
      ...(at?.line ? { line: at.line } : {})
    }
  })
}

/**
 * One annotation per piece of evidence with a file of every failing or warning criterion, its
 * note after the message; a place without a line is at line 1. Paths are repository-relative.
 */
export function placedAnnotations(report: Report): (Annotation & { file: string; line: number })[] {
  return flagged(report).flatMap(c =>
    c.evidence
      .filter(e => e.file)
      .map(e => ({
        level: c.status === 'fail' ? ('error' as const) : ('warning' as const),
        title: `KEP-${report.kep} ${c.id}`,
        message: e.note ? `${c.message} (${e.note})` : c.message,
        file: e.file,
        line: e.line && e.line > 0 ? e.line : 1
      }))
  )
}
