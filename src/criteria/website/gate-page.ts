import { readGatePage, type GatePage, type PageStage } from '../../evidence/gate-page.js'
import {
  compareStages,
  describeStage,
  stageFrom,
  type ExpectedStage
} from '../../gates/page-stages.js'
import { formatMinor, isAtLeast, previousMinor } from '../../release/version.js'
import { defineCriterion, fail, pass, type CheckContext, type Finding } from '../types.js'

/** The gate page, read once per run by the one reader of gate pages; undefined if missing. */
function gatePage(ctx: CheckContext, file: string): Promise<GatePage | undefined> {
  return ctx.memo(`gate-page:${file}`, async () => {
    const text = await ctx.repo.read(file)
    return text === undefined ? undefined : readGatePage(file, text)
  })
}

/** The ladder the page must show at the target: every stage begun by then, all but the last closed. */
function expectedLadder(ctx: CheckContext): ExpectedStage[] {
  const begun = ctx.policy.website.gatePage.stages
    .map(s => ({ stage: s.stage, defaultValue: s.defaultValue, from: ctx.stageVersion(s.from) }))
    .filter(s => isAtLeast(ctx.target, s.from))
  return begun.map((s, i) => {
    const next = begun[i + 1]
    return next ? { ...s, to: previousMinor(next.from) } : s
  })
}

const MESSAGES = {
  noPage: '{file} does not exist; the {gate} gate needs its page',
  noFrontMatter: '{file} has no front matter (--- stages: … ---)',
  markedRemoved: '{place} marks the gate removed: true',
  notMarkedRemoved: '{file} is not marked removed: true; the gate is gone from {removal}',
  removedEarly: '{place} marks the gate removed: true before {removal}',
  noStages: '{file} has no stages: list in its front matter',
  noStageBegun: 'no stage of the gate has begun at this release',
  stagesDiffer: '{file}: {problems}',
  stagesMatch: '{file} stages match {target}: {stages}'
} as const

export const docsFeatureGatePage = defineCriterion({
  id: 'docs-feature-gate-page',
  meta: {
    repo: 'website',
    stage: '2',
    checks:
      "Stage 2 on: the {gate} feature gate page exists and its front matter's stages match the gate's state at the release (deprecated and on, then off from stage 3); from cleanup it is marked removed: true."
  },
  messages: MESSAGES,
  async check(ctx) {
    const { file, removedFrom } = ctx.policy.website.gatePage
    const page = await gatePage(ctx, file)
    if (!page) return fail(ctx.say('noPage', { file, gate: ctx.policy.gate }), [{ file }])
    if (!page.frontMatter) return fail(ctx.say('noFrontMatter', { file }), [{ file, line: 1 }])
    const removal = formatMinor(ctx.stageVersion(removedFrom))
    const place = `${file}:${page.removedLine}`
    if (isAtLeast(ctx.target, ctx.stageVersion(removedFrom))) {
      return page.removed
        ? pass(ctx.say('markedRemoved', { place }), [
            { file, line: page.removedLine, note: 'removed: true' }
          ])
        : fail(ctx.say('notMarkedRemoved', { file, removal }), [
            { file, line: page.removedLine ?? 1 }
          ])
    }
    if (page.removed) {
      return fail(ctx.say('removedEarly', { place, removal }), [{ file, line: page.removedLine }])
    }
    return compareLadder(ctx, page)
  }
})

function compareLadder(ctx: CheckContext<keyof typeof MESSAGES>, page: GatePage): Finding {
  const { file, stages, stagesLine } = page
  if (!stages) return fail(ctx.say('noStages', { file }), [{ file, line: stagesLine }])
  const expected = expectedLadder(ctx)
  if (expected.length === 0) return { skipped: ctx.say('noStageBegun') }
  const target = formatMinor(ctx.target)
  const problems = compareStages(page, stages, expected, ctx.target, {
    lastStage: 'covering',
    reportExtra: false
  })
  if (problems.length > 0) {
    return fail(
      ctx.say('stagesDiffer', { file, problems: problems.map(p => p.message).join('; ') }),
      problems.map(p => ({ file, line: p.line, note: p.message }))
    )
  }
  const last = expected[expected.length - 1]!
  const lastStage: PageStage | undefined = stageFrom(stages, last.from)
  const shown = expected.map(describeStage).join(', ')
  return pass(ctx.say('stagesMatch', { file, target, stages: shown }), [
    { file, line: lastStage?.line ?? stagesLine, note: describeStage(last) }
  ])
}
