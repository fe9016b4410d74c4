import type { Report, TimelineStage } from './types.js'

// The KEP's timeline as a Mermaid flowchart, which GitHub draws in job summaries, check runs and
// comments: each stage at its release (slips included), ticked, failed or pending, and the
// target marked. Only the policy's stage ids and releases go in, never text from the checkout,
// and even those are held to their shapes, so nothing needs escaping.

const MARK: Record<TimelineStage['state'], string> = {
  done: '✅',
  failed: '❌',
  pending: '⏳'
}

const STYLES = [
  'classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  'classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  'classDef pending fill:#f6f8fa,stroke:#8c959f,color:#1f2328',
  'classDef target stroke-width:3px'
]

/** A release as the timeline shows it; anything else (never expected) as `?`. */
function release(text: string | undefined): string {
  return text !== undefined && /^\d{1,4}\.\d{1,4}$/.test(text) ? text : '?'
}

function stageName(stage: string): string {
  return /^\d$/.test(stage) ? `stage ${stage}` : stage === 'cleanup' ? 'cleanup' : 'stage ?'
}

function compare(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number)
  const [bm = 0, bn = 0] = b.split('.').map(Number)
  return am - bm || an - bn
}

/** The Markdown of the timeline (a fenced mermaid block); empty when the report has none. */
export function renderTimeline(report: Pick<Report, 'timeline' | 'target'>): string[] {
  if (report.timeline.length === 0) return []
  const target = release(report.target)
  const nodes: { id: string; label: string; classes: string[] }[] = []
  let targetShown = false
  report.timeline.forEach((s, i) => {
    const at = release(s.release)
    if (!targetShown && target !== '?' && compare(target, at) < 0) {
      nodes.push({ id: 'target', label: `target ${target}`, classes: ['target'] })
      targetShown = true
    }
    const isTarget = at === target
    if (isTarget) targetShown = true
    const planned = s.planned !== undefined ? ` (planned ${release(s.planned)})` : ''
    nodes.push({
      id: `s${i}`,
      label: `${stageName(s.stage)} · ${at}${planned} ${MARK[s.state]}${isTarget ? ' · target' : ''}`,
      classes: [s.state, ...(isTarget ? ['target'] : [])]
    })
  })
  if (!targetShown && target !== '?')
    nodes.push({ id: 'target', label: `target ${target}`, classes: ['target'] })
  const chain = nodes.map(n => `${n.id}["${n.label}"]`).join(' --> ')
  const classes = nodes.flatMap(n => n.classes.map(c => `  class ${n.id} ${c}`))
  return ['```mermaid', 'flowchart LR', `  ${chain}`, ...STYLES.map(s => `  ${s}`), ...classes, '```']
}
