// The KEP's timeline that opens the job summary, the check run and the comment: a Mermaid
// flowchart of the policy's stages, each ticked, failed or pending at the target.
import { describe, expect, it } from '@jest/globals'
import { CRITERION_IDS } from '../../src/criteria/registry.js'
import { loadPolicy } from '../../src/policy/load.js'
import { KEP_5495 } from '../../src/policy/kep-5495.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTimeline } from '../../src/report/timeline.js'
import type { CriterionResult } from '../../src/report/types.js'
import { stagesOf, timelineAt } from '../../src/timeline.js'
import { check } from '../../src/check.js'
import { fixture } from '../support/tree.js'
import { sampleReport } from './sample.js'

const failing = (stage: string): CriterionResult => ({
  id: `a-stage-${stage}-criterion`,
  stage,
  status: 'fail',
  severity: 'error',
  message: 'broken',
  evidence: [],
  explain: '',
  due: {}
})

function chart(target: string, criteria: CriterionResult[] = [], policy = KEP_5495): string[] {
  const timeline = timelineAt(stagesOf(policy), criteria, target)
  return renderTimeline({ timeline, target })
}

/** The nodes of the chart, in order, as `label:class` (the target has no class of its own). */
function nodes(lines: string[]): string[] {
  const chain = lines[2]!.trim()
  return chain.split(' ==> ').map(n => {
    const found = /^\w+\["([^"]*)"\](?::::(\w+))?$/.exec(n)
    if (!found) throw new Error(`not a node: ${n}`)
    return found[2] ? `${found[1]}:${found[2]}` : found[1]!
  })
}

/** The node the thick stroke marks as the target. */
function marked(lines: string[]): string {
  const id = /^ {2}style (\w+) stroke-width:4px$/.exec(lines.at(-2)!)![1]!
  return lines[2]!
    .trim()
    .split(' ==> ')
    .find(n => n.startsWith(`${id}[`))!
}

describe('the timeline', () => {
  it('is a small mermaid flowchart', () => {
    const lines = chart('1.40')
    expect(lines[0]).toBe('```mermaid')
    expect(lines[1]).toBe('flowchart LR')
    expect(lines.at(-1)).toBe('```')
    expect(lines.length).toBeLessThanOrEqual(8)
    // No --> : it would read as the end of the comment's hidden marker.
    expect(lines.join('\n')).not.toContain('-->')
  })

  it.each([
    [
      '1.35',
      [
        'stage 1 · 1.35 ✅ · target:done',
        'stage 2 · 1.37 ⏳:pending',
        'stage 3 · 1.40 ⏳:pending',
        'stage 4 · 1.43 ⏳:pending',
        'cleanup · 1.46 ⏳:pending'
      ]
    ],
    [
      '1.37',
      [
        'stage 1 · 1.35 ✅:done',
        'stage 2 · 1.37 ✅ · target:done',
        'stage 3 · 1.40 ⏳:pending',
        'stage 4 · 1.43 ⏳:pending',
        'cleanup · 1.46 ⏳:pending'
      ]
    ],
    [
      '1.40',
      [
        'stage 1 · 1.35 ✅:done',
        'stage 2 · 1.37 ✅:done',
        'stage 3 · 1.40 ✅ · target:done',
        'stage 4 · 1.43 ⏳:pending',
        'cleanup · 1.46 ⏳:pending'
      ]
    ],
    [
      '1.43',
      [
        'stage 1 · 1.35 ✅:done',
        'stage 2 · 1.37 ✅:done',
        'stage 3 · 1.40 ✅:done',
        'stage 4 · 1.43 ✅ · target:done',
        'cleanup · 1.46 ⏳:pending'
      ]
    ],
    [
      '1.46',
      [
        'stage 1 · 1.35 ✅:done',
        'stage 2 · 1.37 ✅:done',
        'stage 3 · 1.40 ✅:done',
        'stage 4 · 1.43 ✅:done',
        'cleanup · 1.46 ✅ · target:done'
      ]
    ]
  ])('at %s ticks the stages up to the target and marks it', (target, expected) => {
    const lines = chart(target)
    expect(nodes(lines)).toEqual(expected)
    expect(marked(lines)).toContain(' · target"]')
  })

  it.each(['1', '2', '3', '4', 'cleanup'])(
    'shows stage %s failed when one of its criteria fails',
    stage => {
      const shown = nodes(chart('1.46', [failing(stage)]))
      const label = stage === 'cleanup' ? 'cleanup' : `stage ${stage}`
      expect(shown.filter(n => n.endsWith(':failed'))).toEqual([
        expect.stringMatching(new RegExp(`^${label} · 1\\.\\d+ ❌`))
      ])
      expect(shown.filter(n => n.endsWith(':done'))).toHaveLength(4)
    }
  )

  it('shows a guard that fails before its stage as that stage failed, though pending', () => {
    // no-early-default-off is a stage 3 criterion due before 1.40: at 1.38 it broke stage 3.
    expect(nodes(chart('1.38', [failing('3')]))).toEqual([
      'stage 1 · 1.35 ✅:done',
      'stage 2 · 1.37 ✅:done',
      'target 1.38',
      'stage 3 · 1.40 ❌:failed',
      'stage 4 · 1.43 ⏳:pending',
      'cleanup · 1.46 ⏳:pending'
    ])
  })

  it('puts a target between stages, or past the last, as a node of its own', () => {
    const between = chart('1.41')
    expect(nodes(between)[3]).toBe('target 1.41')
    expect(marked(between)).toBe('t["target 1.41"]')
    expect(nodes(chart('1.50')).at(-1)).toBe('target 1.50')
    expect(nodes(chart('1.30'))[0]).toBe('target 1.30')
  })

  it('follows a slipped policy: stage 3 at 1.41 and every stage after it', async () => {
    const slipped = await loadPolicy(CRITERION_IDS, {
      file: 'kep-gate.yaml',
      text: "stages:\n  '3': '1.41'\n  '4': '1.44'\n  cleanup: '1.47'\n"
    })
    const lines = chart('1.41', [], slipped)
    expect(nodes(lines)).toEqual([
      'stage 1 · 1.35 ✅:done',
      'stage 2 · 1.37 ✅:done',
      'stage 3 · 1.41 ✅ · target:done',
      'stage 4 · 1.44 ⏳:pending',
      'cleanup · 1.47 ⏳:pending'
    ])
    expect(lines.join('\n')).not.toMatch(/1\.40|1\.43|1\.46/)
    // At 1.40 the slipped stage 3 is still to come.
    expect(nodes(chart('1.40', [], slipped)).slice(2, 4)).toEqual([
      'target 1.40',
      'stage 3 · 1.41 ⏳:pending'
    ])
  })

  it('takes nothing from the tree: only stage ids and releases of their shape', () => {
    const report = sampleReport()
    report.title = 'x"] ==> evil["@someone'
    report.targetSource = '"]:::done'
    report.timeline = [{ stage: '1"]', release: '1.35"] click', state: 'done', toTarget: 'before' }]
    report.target = '1.40" onclick'
    const lines = renderTimeline(report)
    expect(nodes(lines)).toEqual(['stage ? · ? ✅:done', 'target ?'])
    const block = renderMarkdown(report).split('```')[1]!
    expect(block).not.toMatch(/evil|someone|onclick|click/)
  })

  it('opens the checklist of a real check, after its title', async () => {
    const dir = fixture('kubernetes', '1.40')
    const report = await check({ repoDir: dir, target: '1.40', policyBase: dir })
    expect(report.timeline.map(s => `${s.stage}@${s.release}:${s.state}`)).toEqual([
      '1@1.35:done',
      '2@1.37:done',
      '3@1.40:done',
      '4@1.43:pending',
      'cleanup@1.46:pending'
    ])
    const md = renderMarkdown(report).split('\n')
    expect(md[0]).toMatch(/^## KEP-5495: /)
    expect(md.slice(1, 4)).toEqual(['', '```mermaid', 'flowchart LR'])
  })
})
