import type { Criterion } from './criteria/types.js'
import type { Policy, StageId } from './policy/schema.js'
import { currentStage } from './evaluate.js'
import { formatMinor, isAtLeast, isBefore, minor, type MinorVersion } from './target/version.js'

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
  const version = (stage?: string): MinorVersion | undefined =>
    stage ? minor(policy.stages[stage as StageId]) : undefined
  const items: PlanItem[] = []
  for (const criterion of criteria) {
    const rules = policy.criteria[criterion.id]
    if (!rules || rules.enabled === false) continue
    const from = version(rules.due.from)
    const until = version(rules.due.until)
    if (until && !isBefore(target, until)) continue
    items.push({
      id: criterion.id,
      stage: rules.stage,
      repo: criterion.repo === 'kubernetes' ? 'kubernetes/kubernetes' : 'kubernetes/website',
      severity: rules.severity,
      state: from && !isAtLeast(target, from) ? 'next' : 'due',
      due: { from: from && formatMinor(from), until: until && formatMinor(until) },
      explain: criterion.explain
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
