import type { Status } from './types.js'
import { renderMarkdown } from './markdown.js'
import { baseStatus, verdictView, type RegressionReport } from '../regression.js'

const SHOWN: Record<Status, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  warning: '⚠️ warning',
  exempt: '🟦 exempt',
  skipped: '⏭️ skipped',
  next: '🔜 next'
}

/**
 * The regression view: the checklist of the head as the verdict sees it (the same renderer as
 * every other report), then base and head side by side.
 */
export function renderRegressionMarkdown(r: RegressionReport): string {
  const base = `base \`${r.baseSha.slice(0, 7)}\``
  const head = r.headSha ? `head \`${r.headSha.slice(0, 7)}\`` : 'head'
  const lines = [
    renderMarkdown(verdictView(r)).trimEnd(),
    '',
    '### Base and head',
    '',
    r.regressions.length > 0
      ? `This change breaks ${r.regressions.map(id => `\`${id}\``).join(', ')}: passing on the ${base}, failing on the ${head}.`
      : `This change breaks nothing that passes on the ${base}; only a criterion that passes there and fails on the ${head} fails this check.`,
    '',
    `| criterion | stage | ${base} | ${head} | |`,
    '| --- | --- | --- | --- | --- |'
  ]
  for (const c of r.head.criteria) {
    const before = baseStatus(r, c.id)
    const mark = r.regressions.includes(c.id) ? '**regression**' : ''
    lines.push(
      `| \`${c.id}\` | ${c.stage} | ${before ? SHOWN[before] : '—'} | ${SHOWN[c.status]} | ${mark} |`
    )
  }
  return lines.join('\n') + '\n'
}
