import type { Plan, PlanItem, Schedule, ScheduleEntry } from './types.js'

const SECTIONS: [PlanItem['state'], string][] = [
  ['due', 'Due:'],
  ['next', 'Coming next:'],
  ['disabled', 'Disabled by the policy:']
]

/** `kep-gate plan` as text: what is due, what comes next, and what a policy file turned off. */
export function renderPlanText(p: Plan): string {
  const window = (i: PlanItem): string =>
    `${i.due.from ? `from ${i.due.from}` : 'always'}${i.due.until ? ` until ${i.due.until}` : ''}`
  const lines = [`KEP-${p.kep} at ${p.target} (stage ${p.stage})`]
  for (const [state, title] of SECTIONS) {
    const items = p.items.filter(i => i.state === state)
    // Nothing disabled is the usual case: no empty section for it.
    if (state === 'disabled' && items.length === 0) continue
    lines.push('', title)
    if (items.length === 0) lines.push('  (none)')
    for (const i of items) {
      lines.push(
        `  ${i.id} [stage ${i.stage}, ${i.severity}, ${window(i)}, ${i.repo}]`,
        `      ${i.explain}`
      )
    }
  }
  return lines.join('\n') + '\n'
}

export function renderPlanJson(p: Plan): string {
  return JSON.stringify(p, null, 2) + '\n'
}

/** Markdown table rows padded the way Prettier pads them, so the README stays as formatted. */
function markdownTable(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(3, ...rows.map(r => r[c]!.length)))
  const line = (r: string[]): string =>
    `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`
  return [line(rows[0]!), line(widths.map(w => '-'.repeat(w))), ...rows.slice(1).map(line)]
}

function cell(entries: ScheduleEntry[]): string {
  return (
    entries
      .map(e => {
        const notes = [...(e.until ? [`until ${e.until}`] : []), ...(e.warning ? ['warning'] : [])]
        return `\`${e.id}\`${notes.length ? ` (${notes.join(', ')})` : ''}`
      })
      .join(', ') || '(none)'
  )
}

/**
 * The README's schedule: which criteria each stage's release makes due, in each repository, and
 * the schedule guards (a slipped stage moves every number).
 */
export function renderSchedule(schedule: Schedule): string {
  const rows = [
    [
      'stage',
      'release',
      'kubernetes/kubernetes criteria due from that release',
      'kubernetes/website criteria due from that release'
    ],
    ...schedule.stages.map(s => [s.stage, s.release, cell(s.kubernetes), cell(s.website)])
  ]
  const guards = schedule.guards.map(g => `\`${g.id}\` (before ${g.before})`)
  const listed =
    guards.length > 1
      ? `${guards.slice(0, -1).join(', ')} and ${guards[guards.length - 1]}`
      : guards.join('')
  return [
    ...markdownTable(rows),
    '',
    'Schedule guards run at every release before the stage they protect, because a change that',
    'comes early breaks users as surely as one that comes late:',
    `${listed}.`
  ].join('\n')
}
