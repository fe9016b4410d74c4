import { backportsMarkdown } from './backports.js'
import { renderTimeline } from './timeline.js'
import type { CriterionResult, Evidence, EvidenceLinks, Report, Status } from './types.js'

const ICON: Record<Status, string> = {
  pass: '✅',
  fail: '❌',
  warning: '⚠️',
  exempt: '🟦',
  skipped: '⏭️',
  next: '🔜'
}

export interface MarkdownOptions {
  /** In the action: evidence links to the checked commit on GitHub. The CLI writes plain places. */
  links?: EvidenceLinks
}

/**
 * The release checklist: the job summary, the check run's summary and the checklist comment are
 * all this text. It opens with the KEP's timeline. Text that came from the checkout is escaped
 * so it cannot break the Markdown or ping anyone.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const due = report.criteria.filter(c => c.status !== 'next')
  const next = report.criteria.filter(c => c.status === 'next')
  const verdict = report.result === 'pass' ? '✅ pass' : '❌ fail'
  const lines = [
    `## KEP-${escapeMarkdown(report.kep)}: ${escapeMarkdown(report.title)} — ${report.kind} at ${report.target}: ${verdict}`,
    '',
    ...renderTimeline(report),
    ...(report.timeline.length > 0 ? [''] : []),
    `Target **${report.target}** (from ${escapeMarkdown(report.targetSource)}), stage **${report.stage}**, policy ${codeSpan(report.policy)}${report.policySource ? ` (${escapeMarkdown(report.policySource)}: a pull request cannot change the policy that judges it)` : ''}.`,
    ''
  ]
  if (report.errors.length > 0) {
    lines.push('**Could not read:**', '', ...report.errors.map(e => `- ${escapeMarkdown(e)}`), '')
  }
  lines.push('### Due at this release', '')
  if (due.length === 0) lines.push('Nothing is due at this release.')
  for (const c of due) lines.push(...item(c, options.links))
  if (next.length > 0) {
    lines.push('', '### Coming next', '')
    for (const c of next)
      lines.push(
        `- [ ] 🔜 \`${c.id}\` (stage ${c.stage}, due from ${c.due.from}): ${escapeMarkdown(c.explain)}`
      )
  }
  return lines.join('\n') + '\n'
}

function item(c: CriterionResult, links: EvidenceLinks | undefined): string[] {
  const done = c.status === 'pass' || c.status === 'exempt'
  const out = [
    `- [${done ? 'x' : ' '}] ${ICON[c.status]} \`${c.id}\` (stage ${c.stage}, ${c.status}): ${escapeMarkdown(c.message)}`
  ]
  for (const e of c.evidence.slice(0, 10))
    out.push(`  - ${place(e, links)}${e.note ? `: ${escapeMarkdown(e.note)}` : ''}`)
  if (c.evidence.length > 10) out.push(`  - and ${c.evidence.length - 10} more`)
  // Indented to stay in the item.
  if (c.details?.kind === 'backports') {
    const lines = backportsMarkdown(c.details, escapeMarkdown)
    out.push('', ...lines.map(line => (line ? `  ${line}` : '')), '')
  }
  return out
}

function place(e: Evidence, links: EvidenceLinks | undefined): string {
  const shown = codeSpan(`${e.file}${e.line ? `:${e.line}` : ''}`)
  return links ? `[${shown}](${evidenceUrl(links, e)})` : shown
}

/**
 * `<server>/<owner>/<repo>/blob/<commit>/<file>#L<line>`: the place at the commit that was
 * checked. Each part of the path is percent-encoded, brackets and quotes included, so a file
 * name from the checkout can neither end the link nor add to it.
 */
export function evidenceUrl(links: EvidenceLinks, e: Evidence): string {
  const path = e.file
    .split('/')
    .map(part =>
      encodeURIComponent(part).replace(
        /[!'()*]/g,
        ch => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`
      )
    )
    .join('/')
  const server = links.server.replace(/\/+$/, '')
  return `${server}/${links.repository}/blob/${links.commit}/${path}${e.line ? `#L${e.line}` : ''}`
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
