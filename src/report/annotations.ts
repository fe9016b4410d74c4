import type { GateFinding, GatesReport, GateSource } from './gates-types.js'
import type { Report } from './types.js'

// Annotations of a report, one builder for both of GitHub's shapes: workflow commands in the log
// (one per criterion, since the runner shows only the first few) and the check run's (one per
// place, since the Checks API holds them all and shows each in the diff). github/check-run.ts
// only renames the fields.

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
  file?: string
  line?: number
}

/** An annotation at a place: a repository-relative file and a line (1 when none is known). */
export type PlacedAnnotation = Annotation & { file: string; line: number }

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
 * note after the message; a place without a line is at line 1.
 */
export function placedAnnotations(report: Report): PlacedAnnotation[] {
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

/**
 * The feature-gate audit's errors and warnings at their places in the repository `kind` (the
 * workflow's own): a finding about another repository cannot be annotated here.
 */
export function gatesAnnotations(report: GatesReport, kind: GateSource): PlacedAnnotation[] {
  const findings: GateFinding[] = [...report.rows.flatMap(r => r.findings), ...report.findings]
  return findings
    .filter(f => f.severity === 'error' || f.severity === 'warning')
    .flatMap(f =>
      f.evidence
        .filter(e => e.source === kind && e.line)
        .map(e => ({
          level: f.severity === 'error' ? ('error' as const) : ('warning' as const),
          title: `feature gates ${f.rule}: ${f.gate ?? f.kind}`,
          message: f.message,
          file: e.file,
          line: e.line!
        }))
    )
}
