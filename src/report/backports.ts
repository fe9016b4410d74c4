import type { BackportCell, BackportsDetails, PickSign } from './types.js'

// The nftables-backports audit's fix × branch table, in each format: Markdown lines under the
// checklist item, indented text lines under the criterion, and plain JSON. Text quoted from the
// history (fix titles, exemption reasons) is escaped by the caller's escaper.

const SIGN_NAMES: Record<PickSign, string> = {
  history: 'branched after the merge',
  branch: 'pick branch',
  body: 'pick body',
  trailer: '-x trailer',
  'patch-id': 'patch-id',
  title: 'pick title',
  github: 'GitHub PR'
}

/** Not-bug-fix lists name at most this many. */
const NAMED = 30

function cellText(cell: BackportCell, quote: (text: string) => string): string {
  if (cell.state === 'missing') return '❌ missing'
  if (cell.state === 'exempt') return `🟦 exempt: ${quote(cell.reason)}`
  return `✅ ${cell.pick} (${cell.signs.map(s => SIGN_NAMES[s]).join(', ')})`
}

function others(d: BackportsDetails): string[] {
  const { notBugFixes: not, unusedExemptions: unused } = d
  return [
    ...(not.length > 0
      ? [
          '',
          `Not bug fixes (${not.length}): ${not.slice(0, NAMED).join(', ')}${not.length > NAMED ? ', …' : ''}`
        ]
      : []),
    ...(unused.length > 0 ? ['', `Exemptions matching no fix in range: ${unused.join(', ')}`] : [])
  ]
}

/** Markdown lines: the refs read, the range, then the table. */
export function backportsMarkdown(d: BackportsDetails, escape: (text: string) => string): string[] {
  const short = (sha: string) => sha.slice(0, 12)
  const lines = [
    `Refs read: ${d.refs.map(r => `\`${r.name}\` ${short(r.sha)} (${r.ref})`).join(', ')}`,
    `- fixes merged after ${escape(d.since)} up to ${escape(d.upTo)}`,
    ...(d.fetched.length > 0 ? [`- fetched: ${escape(d.fetched.join('; '))}`] : []),
    ...(d.factsUnavailable ? [`- ${escape(d.factsUnavailable)}; classified by title`] : []),
    ''
  ]
  if (d.rows.length === 0) lines.push('No bug fixes in range.')
  else {
    lines.push(
      `| fix | classified by | ${d.branches.join(' | ')} |`,
      `| --- | --- | ${d.branches.map(() => '---').join(' | ')} |`
    )
    for (const row of d.rows) {
      const cells = row.cells.map(c => cellText(c, escape))
      lines.push(`| ${row.fix} ${escape(row.title)} | ${row.classifiedBy} | ${cells.join(' | ')} |`)
    }
  }
  return [...lines, ...others(d)]
}

/** Plain text lines, one fix a line with a branch a column. */
export function backportsText(d: BackportsDetails): string[] {
  const plain = (text: string) => text
  const lines = [
    `refs read: ${d.refs.map(r => `${r.name} ${r.sha.slice(0, 12)} (${r.ref})`).join(', ')}`,
    `fixes merged after ${d.since} up to ${d.upTo}`,
    ...(d.fetched.length > 0 ? [`fetched: ${d.fetched.join('; ')}`] : []),
    ...(d.factsUnavailable ? [`${d.factsUnavailable}; classified by title`] : [])
  ]
  if (d.rows.length === 0) lines.push('no bug fixes in range')
  for (const row of d.rows) {
    lines.push(`${row.fix} ${row.title} [${row.classifiedBy}]`)
    row.cells.forEach((c, i) => lines.push(`  ${d.branches[i]}: ${cellText(c, plain)}`))
  }
  return [...lines, ...others(d).filter(l => l !== '')]
}

/** The JSON shape: every field as data, picks with the signs that show them. */
export function backportsJson(d: BackportsDetails): object {
  return {
    kind: d.kind,
    refs: d.refs,
    since: d.since,
    upTo: d.upTo,
    fetched: d.fetched,
    ...(d.factsUnavailable ? { factsUnavailable: d.factsUnavailable } : {}),
    branches: d.branches,
    fixes: d.rows.map(row => ({
      fix: row.fix,
      title: row.title,
      classifiedBy: row.classifiedBy,
      branches: Object.fromEntries(row.cells.map((c, i) => [d.branches[i]!, c]))
    })),
    notBugFixes: d.notBugFixes,
    unusedExemptions: d.unusedExemptions
  }
}
