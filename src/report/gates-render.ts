import {
  RULE_TITLES,
  type GateEvidence,
  type GateFinding,
  type GateRow,
  type GatesReport,
  type GateSeverity,
  type SourceCell
} from './gates-types.js'
import { codeSpan, escapeMarkdown, withoutControls } from './markdown.js'

// The audit of every gate as text (a terminal), Markdown (the job summary, the check run) and
// JSON (a stable shape other tools parse). Rows of gates with findings show the three sources
// side by side; information is summarised by kind, since it can name hundreds of gates.

const LABEL: Record<GateSeverity, string> = {
  error: 'ERROR',
  warning: 'WARN',
  accepted: 'ACCEPT',
  info: 'INFO'
}
const ICON: Record<GateSeverity, string> = {
  error: '❌',
  warning: '⚠️',
  accepted: '🟦',
  info: 'ℹ️'
}
/** Information kinds list at most this many gates by name. */
const INFO_NAMES = 30

function place(e: { file: string; line?: number }): string {
  return `${e.file}${e.line ? `:${e.line}` : ''}`
}

/** Rows with something to act on or accepted; rows holding only information are summarised. */
function rowsToShow(report: GatesReport): GateRow[] {
  return report.rows.filter(r => r.findings.some(f => f.severity !== 'info'))
}

function infoByKind(report: GatesReport): Map<string, GateFinding[]> {
  const kinds = new Map<string, GateFinding[]>()
  for (const f of [...report.rows.flatMap(r => r.findings), ...report.findings]) {
    if (f.severity !== 'info') continue
    const list = kinds.get(f.kind) ?? []
    list.push(f)
    kinds.set(f.kind, list)
  }
  return kinds
}

function sourcesLine(report: GatesReport): string[] {
  const { code, website, enhancements } = report.sources
  const list = code.list ? `, ${code.list}` : ''
  return [
    `code: ${code.origin} (gates: ${code.gates}${code.goFiles.length ? `; ${code.goFiles.join(', ')}` : ''}${list})`,
    website
      ? `website: ${website.origin} (pages: ${website.pages}, localized: ${website.localizedPages})`
      : 'website: not given',
    enhancements
      ? `enhancements: ${enhancements.origin} (KEPs: ${enhancements.keps}, naming a gate: ${enhancements.naming})`
      : 'enhancements: not given'
  ]
}

function counts(r: GatesReport['rules'][number]): string {
  return r.checked
    ? `${r.errors} errors, ${r.warnings} warnings, ${r.accepted} accepted, ${r.info} info`
    : `not checked: ${r.why}`
}

export function renderGatesText(report: GatesReport): string {
  const lines = [
    `feature gates at ${report.target} (from ${report.targetSource}): ${report.result.toUpperCase()}`,
    ...sourcesLine(report).map(l => `  ${l}`),
    ...report.errors.map(e => `  could not read: ${e}`),
    'rules:',
    ...report.rules.map(r => `  ${RULE_TITLES[r.id].padEnd(24)} ${counts(r)}`)
  ]
  const rows = rowsToShow(report)
  if (rows.length > 0) lines.push('gates with findings:')
  for (const row of rows) {
    lines.push(`  ${row.gate}`)
    for (const [label, cell] of cells(row)) lines.push(`    ${label.padEnd(5)} ${cellText(cell)}`)
    for (const f of row.findings.filter(f => f.severity !== 'info')) lines.push(...findingText(f))
  }
  if (report.findings.some(f => f.severity !== 'info')) lines.push('other findings:')
  for (const f of report.findings.filter(f => f.severity !== 'info')) lines.push(...findingText(f))
  for (const [kind, list] of infoByKind(report))
    lines.push(`info ${kind} (${list.length}): ${infoNames(list)}`)
  return lines.map(withoutControls).join('\n') + '\n'
}

function findingText(f: GateFinding): string[] {
  const out = [`    ${LABEL[f.severity].padEnd(6)} [${f.rule} ${f.kind}] ${f.message}`]
  if (f.reason) out.push(`           accepted: ${f.reason}`)
  for (const e of f.evidence) out.push(`           ${place(e)}${e.note ? `  ${e.note}` : ''}`)
  return out
}

function cells(row: GateRow): [string, SourceCell | undefined][] {
  const keps: [string, SourceCell | undefined][] = row.keps.length
    ? row.keps.map(k => ['KEP', k])
    : [['KEP', undefined]]
  return [['code', row.code], ['page', row.page], ...keps]
}

function cellText(cell: SourceCell | undefined): string {
  return cell ? `${cell.summary}  (${place(cell)})` : '—'
}

function infoNames(list: GateFinding[]): string {
  const names = [...new Set(list.map(f => f.gate ?? f.evidence[0]?.file ?? '?'))]
  const shown = names.slice(0, INFO_NAMES).join(', ')
  return names.length > INFO_NAMES ? `${shown} and ${names.length - INFO_NAMES} more` : shown
}

// ---------------------------------------------------------------------------------------------

export function renderGatesMarkdown(report: GatesReport): string {
  const verdict = report.result === 'pass' ? '✅ pass' : '❌ fail'
  const lines = [
    `## Feature gates at ${report.target}${report.kind ? ` (${escapeMarkdown(report.kind)})` : ''}: ${verdict}`,
    '',
    `Target **${report.target}** (from ${escapeMarkdown(report.targetSource)}). Every gate, checked three ways: the code against its generated list, the list against the website's pages, the KEPs against the list.`,
    '',
    ...sourcesLine(report).map(l => `- ${escapeMarkdown(l)}`),
    ''
  ]
  if (report.errors.length > 0)
    lines.push('**Could not read:**', '', ...report.errors.map(e => `- ${escapeMarkdown(e)}`), '')
  lines.push(
    '| rule | errors | warnings | accepted | info |',
    '| --- | --- | --- | --- | --- |',
    ...report.rules.map(r =>
      r.checked
        ? `| ${RULE_TITLES[r.id]} | ${r.errors} | ${r.warnings} | ${r.accepted} | ${r.info} |`
        : `| ${RULE_TITLES[r.id]} | not checked: ${escapeMarkdown(r.why ?? '')} | | | |`
    ),
    ''
  )
  const rows = rowsToShow(report)
  if (rows.length > 0) {
    lines.push(
      '### Gates with findings',
      '',
      '| gate | code | page | KEP | findings |',
      '| --- | --- | --- | --- | --- |'
    )
    for (const row of rows) {
      const keps = row.keps.map(cellMarkdown).join('<br>') || '—'
      const findings = row.findings
        .filter(f => f.severity !== 'info')
        .map(findingMarkdown)
        .join('<br>')
      lines.push(
        `| ${cellSpan(row.gate)} | ${cellMarkdown(row.code)} | ${cellMarkdown(row.page)} | ${keps} | ${findings} |`
      )
    }
    lines.push('')
  }
  const other = report.findings.filter(f => f.severity !== 'info')
  if (other.length > 0)
    lines.push('### Other findings', '', ...other.map(f => `- ${findingMarkdown(f)}`), '')
  const info = infoByKind(report)
  if (info.size > 0) {
    const total = [...info.values()].reduce((n, l) => n + l.length, 0)
    lines.push(`<details><summary>Information (${total})</summary>`, '')
    for (const [kind, list] of info)
      lines.push(`- \`${kind}\` (${list.length}): ${escapeMarkdown(infoNames(list))}`)
    lines.push('', '</details>', '')
  }
  return lines.join('\n')
}

/** A code span inside a table cell: a `|` in a file name must not end the cell. */
function cellSpan(text: string): string {
  return codeSpan(text).replaceAll('|', '\\|')
}

function cellMarkdown(cell: SourceCell | undefined): string {
  return cell ? `${escapeMarkdown(cell.summary)}<br>${cellSpan(place(cell))}` : '—'
}

function findingMarkdown(f: GateFinding): string {
  const reason = f.reason ? ` (accepted: ${escapeMarkdown(f.reason)})` : ''
  const where = f.evidence.map(e => cellSpan(place(e))).join(', ')
  return `${ICON[f.severity]} \`${f.kind}\`: ${escapeMarkdown(f.message)}${reason} — ${where}`
}

// ---------------------------------------------------------------------------------------------

/**
 * The machine-readable audit. Field names are a public contract (README, "The JSON report of
 * the gates audit"): add fields, never rename or remove one.
 */
export function gatesJson(report: GatesReport): object {
  const evidence = (e: GateEvidence) => ({
    source: e.source,
    file: e.file,
    ...(e.line ? { line: e.line } : {}),
    ...(e.note ? { note: e.note } : {})
  })
  const finding = (f: GateFinding) => ({
    rule: f.rule,
    kind: f.kind,
    severity: f.severity,
    ...(f.gate !== undefined ? { gate: f.gate } : {}),
    message: f.message,
    ...(f.version ? { version: f.version } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
    evidence: f.evidence.map(evidence)
  })
  const cell = (c: SourceCell | undefined) =>
    c
      ? { summary: c.summary, source: c.source, file: c.file, ...(c.line ? { line: c.line } : {}) }
      : null
  return {
    scope: 'feature-gates',
    target: report.target,
    targetSource: report.targetSource,
    kind: report.kind ?? null,
    result: report.result,
    errors: report.errors,
    sources: {
      code: report.sources.code,
      website: report.sources.website ?? null,
      enhancements: report.sources.enhancements ?? null
    },
    rules: report.rules,
    gates: report.rows.map(r => ({
      name: r.gate,
      code: cell(r.code),
      page: cell(r.page),
      keps: r.keps.map(cell),
      findings: r.findings.map(finding)
    })),
    findings: report.findings.map(finding)
  }
}

export function renderGatesJson(report: GatesReport): string {
  return JSON.stringify(gatesJson(report), null, 2) + '\n'
}
