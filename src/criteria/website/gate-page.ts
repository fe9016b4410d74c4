import type { FrontMatter } from '../../evidence/markdown.js'
import type { Evidence } from '../../report/types.js'
import {
  compareMinor,
  formatMinor,
  isAtLeast,
  parseMinor,
  type MinorVersion
} from '../../target/version.js'
import { fail, pass, type CheckContext, type Criterion, type Outcome } from '../types.js'
import { markdownPage } from './pages.js'

interface ExpectedStage {
  stage: string
  defaultValue: boolean
  from: MinorVersion
  /** The release before the next stage, when that stage has begun by the target. */
  to?: MinorVersion
}

/** The ladder the page must show at the target: every stage begun by then, all but the last closed. */
function expectedLadder(ctx: CheckContext): ExpectedStage[] {
  const begun = ctx.policy.website.gatePage.stages
    .map(s => ({ stage: s.stage, defaultValue: s.defaultValue, from: ctx.stageVersion(s.from) }))
    .filter(s => isAtLeast(ctx.target, s.from))
  return begun.map((s, i) => {
    const next = begun[i + 1]
    return next ? { ...s, to: { major: next.from.major, minor: next.from.minor - 1 } } : s
  })
}

function describe(s: ExpectedStage): string {
  const to = s.to ? `, toVersion "${formatMinor(s.to)}"` : ''
  return `{stage: ${s.stage}, defaultValue: ${s.defaultValue}, fromVersion "${formatMinor(s.from)}"${to}}`
}

export const docsFeatureGatePage: Criterion = {
  id: 'docs-feature-gate-page',
  repo: 'website',
  explain:
    "Stage 2 on: the KubeProxyIPVS feature gate page exists and its front matter's stages match the gate's state at the release (deprecated and on, then off from stage 3); from cleanup it is marked removed: true.",
  async check(ctx) {
    const { file, removedFrom } = ctx.policy.website.gatePage
    const page = await markdownPage(ctx, file)
    if (!page)
      return fail(`${file} does not exist; the ${ctx.policy.gate} gate needs its page`, [{ file }])
    const fm = page.frontMatter
    if (!fm) return fail(`${file} has no front matter (--- stages: … ---)`, [{ file, line: 1 }])
    const removed = fm.data.removed === true
    const removal = ctx.stageVersion(removedFrom)
    if (isAtLeast(ctx.target, removal)) {
      return removed
        ? pass(`${file}:${fm.lineOf(['removed'])} marks the gate removed: true`, [
            { file, line: fm.lineOf(['removed']), note: 'removed: true' }
          ])
        : fail(
            `${file} is not marked removed: true; the gate is gone from ${formatMinor(removal)}`,
            [{ file, line: fm.lineOf(['removed']) ?? fm.start }]
          )
    }
    if (removed) {
      return fail(
        `${file}:${fm.lineOf(['removed'])} marks the gate removed: true before ${formatMinor(removal)}`,
        [{ file, line: fm.lineOf(['removed']) }]
      )
    }
    return compareLadder(ctx, file, fm)
  }
}

function compareLadder(ctx: CheckContext, file: string, fm: FrontMatter): Outcome {
  const stages = fm.data.stages
  const stagesLine = fm.lineOf(['stages']) ?? fm.start
  if (!Array.isArray(stages)) {
    return fail(`${file} has no stages: list in its front matter`, [{ file, line: stagesLine }])
  }
  const expected = expectedLadder(ctx)
  if (expected.length === 0) return { skipped: 'no stage of the gate has begun at this release' }
  const at = formatMinor(ctx.target)
  const problems: { message: string; evidence: Evidence }[] = []
  const problem = (message: string, line: number | undefined) =>
    problems.push({ message, evidence: { file, line: line ?? stagesLine, note: message } })
  const fromOf = (i: number) => parseMinor(fm.source(['stages', i, 'fromVersion']) ?? '')

  stages.forEach((_, i) => {
    const from = fromOf(i)
    if (!from) problem(`stage ${i + 1} has no fromVersion`, fm.lineOf(['stages', i]))
    else if (compareMinor(from, ctx.target) > 0)
      problem(
        `a stage starts at "${formatMinor(from)}", after ${at}`,
        fm.lineOf(['stages', i, 'fromVersion'])
      )
  })
  for (const want of expected) {
    const i = stages.findIndex((_, j) => {
      const from = fromOf(j)
      return from !== undefined && compareMinor(from, want.from) === 0
    })
    if (i === -1) {
      problem(
        `no stage starts at "${formatMinor(want.from)}"; expected ${describe(want)}`,
        stagesLine
      )
      continue
    }
    const entry = stages[i] as Record<string, unknown>
    const stage = String(entry.stage ?? '').toLowerCase()
    if (stage !== want.stage.toLowerCase())
      problem(
        `the stage from "${formatMinor(want.from)}" is ${stage || '(none)'}, not ${want.stage}`,
        fm.lineOf(['stages', i, 'stage'])
      )
    if (entry.defaultValue !== want.defaultValue)
      problem(
        `the stage from "${formatMinor(want.from)}" says defaultValue: ${String(entry.defaultValue)}; at ${at} it must be ${want.defaultValue}`,
        fm.lineOf(['stages', i, 'defaultValue']) ?? fm.lineOf(['stages', i])
      )
    const toText = fm.source(['stages', i, 'toVersion'])
    const to = toText === undefined ? undefined : parseMinor(toText)
    if (want.to && !to)
      problem(
        `the stage from "${formatMinor(want.from)}" lacks toVersion: "${formatMinor(want.to)}"`,
        fm.lineOf(['stages', i])
      )
    else if (want.to && to && compareMinor(to, want.to) !== 0)
      problem(
        `the stage from "${formatMinor(want.from)}" ends at toVersion "${formatMinor(to)}", not "${formatMinor(want.to)}"`,
        fm.lineOf(['stages', i, 'toVersion'])
      )
    else if (!want.to && to && compareMinor(to, ctx.target) < 0)
      problem(
        `the stage from "${formatMinor(want.from)}" ends at "${formatMinor(to)}", so no stage covers ${at}`,
        fm.lineOf(['stages', i, 'toVersion'])
      )
  }
  if (problems.length > 0) {
    return fail(
      `${file}: ${problems.map(p => p.message).join('; ')}`,
      problems.map(p => p.evidence)
    )
  }
  const last = expected[expected.length - 1]!
  const lastIndex = stages.findIndex((_, j) => compareMinor(fromOf(j)!, last.from) === 0)
  return pass(`${file} stages match ${at}: ${expected.map(describe).join(', ')}`, [
    { file, line: fm.lineOf(['stages', lastIndex]) ?? stagesLine, note: describe(last) }
  ])
}
