import type { Report, TimelineStage } from './types.js'

// The KEP's timeline as a Mermaid flowchart, which GitHub draws in job summaries, check runs and
// comments: each stage at its release (slips included), ticked, failed or pending, and the
// target marked. Only the policy's stage ids and releases go in, never text from the checkout,
// and even those are held to their shapes, so nothing needs escaping. Links are `==>`: a `-->`
// would read as the end of the comment's hidden marker to anyone scanning for one.

const MARK: Record<TimelineStage['state'], string> = {
  done: '✅',
  failed: '❌',
  pending: '⏳'
}

const STYLES = [
  'classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  'classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  'classDef pending fill:#f6f8fa,stroke:#8c959f,color:#1f2328'
]

/** A release as the timeline shows it; anything else (never expected) as `?`. */
function release(text: string): string {
  return /^\d{1,4}\.\d{1,4}$/.test(text) ? text : '?'
}

function stageName(stage: string): string {
  return /^\d$/.test(stage) ? `stage ${stage}` : stage === 'cleanup' ? 'cleanup' : 'stage ?'
}

/**
 * The Markdown lines of the timeline (a fenced mermaid block); none when the report has no
 * timeline. A target between two stages is a node of its own between them.
 */
export function renderTimeline(report: Pick<Report, 'timeline' | 'target'>): string[] {
  const { timeline } = report
  if (timeline.length === 0) return []
  const nodes: string[] = []
  let target: string | undefined
  timeline.forEach((s, i) => {
    const id = `s${i + 1}`
    if (target === undefined && s.toTarget === 'after') {
      target = 't'
      nodes.push(`t["target ${release(report.target)}"]`)
    }
    if (s.toTarget === 'at') target = id
    const label = `${stageName(s.stage)} · ${release(s.release)} ${MARK[s.state]}`
    nodes.push(`${id}["${label}${s.toTarget === 'at' ? ' · target' : ''}"]:::${s.state}`)
  })
  if (target === undefined) {
    target = 't'
    nodes.push(`t["target ${release(report.target)}"]`)
  }
  return [
    '```mermaid',
    'flowchart LR',
    `  ${nodes.join(' ==> ')}`,
    ...STYLES.map(s => `  ${s}`),
    `  style ${target} stroke-width:4px`,
    '```'
  ]
}
