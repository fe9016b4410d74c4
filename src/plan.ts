import { explainOf } from './criteria/explain.js'
import type { Criterion } from './criteria/types.js'
import type { Policy } from './policy/schema.js'
import { STAGE_IDS } from './policy/stages.js'
import { currentStage, stageVersion, windowAt } from './policy/window.js'
import { formatMinor, type MinorVersion } from './release/version.js'

export interface PlanItem {
  id: string
  stage: string
  repo: string
  severity: string
  state: 'due' | 'next'
  due: { from?: string; until?: string }
  explain: string
}

export interface Plan {
  kep: string
  target: string
  stage: string
  items: PlanItem[]
}

/** What is due at a release and what comes next, from the policy alone (no checkout needed). */
export function plan(policy: Policy, criteria: readonly Criterion[], target: MinorVersion): Plan {
  const items: PlanItem[] = []
  for (const criterion of criteria) {
    const rules = policy.criteria[criterion.id]
    if (!rules || rules.enabled === false) continue
    const window = windowAt(policy, rules, target)
    if (window.state === 'closed') continue
    items.push({
      id: criterion.id,
      stage: rules.stage,
      repo: criterion.repo === 'kubernetes' ? 'kubernetes/kubernetes' : 'kubernetes/website',
      severity: rules.severity,
      state: window.state,
      due: window.due,
      explain: explainOf(criterion, policy)
    })
  }
  return {
    kep: policy.kep,
    target: formatMinor(target),
    stage: currentStage(policy, target),
    items
  }
}

export function renderPlanText(p: Plan): string {
  const window = (i: PlanItem): string =>
    `${i.due.from ? `from ${i.due.from}` : 'always'}${i.due.until ? ` until ${i.due.until}` : ''}`
  const lines = [`KEP-${p.kep} at ${p.target} (stage ${p.stage})`]
  for (const state of ['due', 'next'] as const) {
    const items = p.items.filter(i => i.state === state)
    lines.push('', state === 'due' ? 'Due:' : 'Coming next:')
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

/** Markdown table rows padded the way Prettier pads them, so the README stays as formatted. */
function markdownTable(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(3, ...rows.map(r => r[c]!.length)))
  const line = (r: string[]): string =>
    `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`
  return [line(rows[0]!), line(widths.map(w => '-'.repeat(w))), ...rows.slice(1).map(line)]
}

/**
 * The README's schedule: which criteria each stage's release makes due, in each repository, and
 * the schedule guards, all from the policy's stage versions (a slipped stage moves every number).
 */
export function renderSchedule(policy: Policy, criteria: readonly Criterion[]): string {
  const release = (stage: string): string => formatMinor(stageVersion(policy, stage))
  const enabled = criteria.flatMap(c => {
    const rules = policy.criteria[c.id]
    return rules && rules.enabled !== false ? [{ c, rules }] : []
  })
  const cell = (stage: string, repo: string): string =>
    enabled
      .filter(({ c, rules }) => c.repo === repo && rules.due.from === stage)
      .map(({ c, rules }) => {
        const notes = [
          ...(rules.due.until ? [`until ${release(rules.due.until)}`] : []),
          ...(rules.severity === 'warning' ? ['warning'] : [])
        ]
        return `\`${c.id}\`${notes.length ? ` (${notes.join(', ')})` : ''}`
      })
      .join(', ') || '(none)'
  const rows = [
    [
      'stage',
      'release',
      'kubernetes/kubernetes criteria due from that release',
      'kubernetes/website criteria due from that release'
    ],
    ...STAGE_IDS.map(stage => [
      stage,
      release(stage),
      cell(stage, 'kubernetes'),
      cell(stage, 'website')
    ])
  ]
  const guards = enabled
    .filter(({ rules }) => !rules.due.from && rules.due.until)
    .map(({ c, rules }) => `\`${c.id}\` (before ${release(rules.due.until!)})`)
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
