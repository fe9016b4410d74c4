import type { Report } from './types.js'

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
  file?: string
  line?: number
}

/** One annotation per failing or warning criterion, placed at its first piece of evidence. */
export function annotationsOf(report: Report): Annotation[] {
  return report.criteria
    .filter(c => c.status === 'fail' || c.status === 'warning')
    .map(c => {
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
