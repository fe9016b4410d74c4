import { renderMarkdown, type MarkdownOptions } from './markdown.js'
import type { EvidenceLinks, RegressionReport, Status } from './types.js'

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
 * every other report, its evidence linked to the head that was checked), then base and head
 * side by side.
 */
export function renderRegressionMarkdown(
  r: RegressionReport,
  options: MarkdownOptions = {}
): string {
  const commit = (sha: string) => commitRef(sha, options.links)
  const base = `base ${commit(r.baseSha)}`
  const head = r.headSha ? `head ${commit(r.headSha)}` : 'head'
  const before = new Map(r.base.criteria.map(c => [c.id, c.status]))
  const lines = [
    renderMarkdown(r.verdict, options).trimEnd(),
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
    const was = before.get(c.id)
    const mark = r.regressions.includes(c.id) ? '**regression**' : ''
    lines.push(
      `| \`${c.id}\` | ${c.stage} | ${was ? SHOWN[was] : '—'} | ${SHOWN[c.status]} | ${mark} |`
    )
  }
  return lines.join('\n') + '\n'
}

/** `` `1a2b3c4` ``, linked to the commit on GitHub in the action. */
function commitRef(sha: string, links: EvidenceLinks | undefined): string {
  const short = `\`${sha.slice(0, 7)}\``
  if (!links || !/^[0-9a-f]+$/.test(sha)) return short
  return `[${short}](${links.server.replace(/\/+$/, '')}/${links.repository}/commit/${sha})`
}
