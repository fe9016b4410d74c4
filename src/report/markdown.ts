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
    `## KEP-${escapeMarkdown(report.kep)}: ${escapeMarkdown(report.title)} — ${report.kind} at ${report.target}: ${verdict}`,
    '',
    `Target **${report.target}** (from ${escapeMarkdown(report.targetSource)}), stage **${report.stage}**, policy ${codeSpan(report.policy)}${report.policySource ? ` (${escapeMarkdown(report.policySource)}: a pull request cannot change the policy that judges it)` : ''}.`,
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
  return codeSpan(`${e.file}${e.line ? `:${e.line}` : ''}`)
}

/**
 * A code span that holds any text: file names come from the checkout (a pull request can name a
 * file with newlines or backticks), so control characters go and the fence outgrows any run of
 * backticks inside. Nothing in a code span is a mention, a link or HTML.
 */
export function codeSpan(text: string): string {
  const clean = withoutControls(text)
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

/** Control characters (newlines, terminal escapes) as visible replacement characters. */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd')
}

/** Neutralises Markdown, HTML comments and @-mentions in text quoted from the repository. */
export function escapeMarkdown(text: string): string {
  return withoutControls(text.replace(/[\r\n]+/g, ' '))
    .replace(/[\\`*_[\]<>|#]/g, ch => `\\${ch}`)
    .replace(/-->/g, '--\\>')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
}
