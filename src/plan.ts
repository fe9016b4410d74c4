import { explainOf } from './criteria/explain.js'
import type { Criterion } from './criteria/types.js'
import type { Policy } from './policy/schema.js'
import { currentStage, windowAt } from './policy/window.js'
import { formatMinor, type MinorVersion } from './target/version.js'

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
