import type { CriterionResult, Evidence, Report, Status } from './types.js'

const ICON: Record<Status, string> = {
  pass: '✅',
  fail: '❌',
  warning: '⚠️',
  exempt: '🟦',
  skipped: '⏭️',
  next: '🔜'
}

/**
 * The release checklist: the job summary and the checklist comment are both this text. Text that
 * came from the checkout is escaped so it cannot break the Markdown or ping anyone.
 */
export function renderMarkdown(report: Report): string {
  const due = report.criteria.filter(c => c.status !== 'next')
  const next = report.criteria.filter(c => c.status === 'next')
  const verdict = report.result === 'pass' ? '✅ pass' : '❌ fail'
  const lines = [
    `## KEP-${report.kep}: ${escapeMarkdown(report.title)} — ${report.kind} at ${report.target}: ${verdict}`,
    '',
    `Target **${report.target}** (from ${escapeMarkdown(report.targetSource)}), stage **${report.stage}**, policy \`${report.policy}\`.`,
    ''
  ]
  if (report.errors.length > 0) {
    lines.push('**Could not read:**', '', ...report.errors.map(e => `- ${escapeMarkdown(e)}`), '')
  }
  lines.push('### Due at this release', '')
  if (due.length === 0) lines.push('Nothing is due at this release.')
  for (const c of due) lines.push(...item(c))
  if (next.length > 0) {
    lines.push('', '### Coming next', '')
    for (const c of next)
      lines.push(
        `- [ ] 🔜 \`${c.id}\` (stage ${c.stage}, due from ${c.due.from}): ${escapeMarkdown(c.explain)}`
      )
  }
  return lines.join('\n') + '\n'
}

function item(c: CriterionResult): string[] {
  const done = c.status === 'pass' || c.status === 'exempt'
  const out = [
    `- [${done ? 'x' : ' '}] ${ICON[c.status]} \`${c.id}\` (stage ${c.stage}, ${c.status}): ${escapeMarkdown(c.message)}`
  ]
  for (const e of c.evidence.slice(0, 10))
    out.push(`  - ${place(e)}${e.note ? `: ${escapeMarkdown(e.note)}` : ''}`)
  if (c.evidence.length > 10) out.push(`  - and ${c.evidence.length - 10} more`)
  // Details are Markdown already (their authors escape quoted text); indented to stay in the item.
  if (c.details?.length) out.push('', ...c.details.map(line => (line ? `  ${line}` : '')), '')
  return out
}

function place(e: Evidence): string {
  return `\`${e.file.replaceAll('`', "'")}${e.line ? `:${e.line}` : ''}\``
}

/** Neutralises Markdown, HTML comments and @-mentions in text quoted from the repository. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|#]/g, ch => `\\${ch}`)
    .replace(/-->/g, '--\\>')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
}
