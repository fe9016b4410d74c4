import { backportsText } from './backports.js'
import { withoutControls } from './markdown.js'
import type { Report } from './types.js'

const LABEL = {
  pass: 'PASS',
  fail: 'FAIL',
  warning: 'WARN',
  exempt: 'EXEMPT',
  skipped: 'SKIP',
  next: 'NEXT'
}

const INDENT = ' '.repeat(11)

/** The terminal report: one line per criterion, evidence and details indented beneath. */
export function renderText(report: Report): string {
  const lines = [
    `KEP-${report.kep} (${report.policy}) on ${report.kind} at ${report.target} (from ${report.targetSource}), stage ${report.stage}: ${report.result.toUpperCase()}`
  ]
  for (const c of report.criteria) {
    lines.push(`  ${LABEL[c.status].padEnd(6)} ${c.id} [stage ${c.stage}]: ${c.message}`)
    if (c.status === 'next') continue
    for (const e of c.evidence.slice(0, 5)) {
      lines.push(`${INDENT}${e.file}${e.line ? `:${e.line}` : ''}${e.note ? `  ${e.note}` : ''}`)
    }
    if (c.evidence.length > 5) lines.push(`${INDENT}... and ${c.evidence.length - 5} more`)
    if (c.details?.kind === 'backports')
      lines.push(...backportsText(c.details).map(line => `${INDENT}${line}`))
  }
  // Quoted text and file names come from the checkout: no terminal escape sequences get through.
  return lines.map(withoutControls).join('\n') + '\n'
}
