import { readGatePage, type GatePage, type PageStage } from '../../evidence/gate-page.js'
import {
  compareStages,
  describeStage,
  stageFrom,
  type ExpectedStage
} from '../../gates/page-stages.js'
import { formatMinor, isAtLeast, previousMinor } from '../../release/version.js'
import { fail, pass, type CheckContext, type Criterion, type Finding } from '../types.js'

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

export const docsFeatureGatePage: Criterion = {
  id: 'docs-feature-gate-page',
  repo: 'website',
  explain:
    "Stage 2 on: the KubeProxyIPVS feature gate page exists and its front matter's stages match the gate's state at the release (deprecated and on, then off from stage 3); from cleanup it is marked removed: true.",
  async check(ctx) {
    const { file, removedFrom } = ctx.policy.website.gatePage
    const page = await gatePage(ctx, file)
    if (!page)
      return fail(`${file} does not exist; the ${ctx.policy.gate} gate needs its page`, [{ file }])
    if (!page.frontMatter)
      return fail(`${file} has no front matter (--- stages: … ---)`, [{ file, line: 1 }])
    const removal = ctx.stageVersion(removedFrom)
    if (isAtLeast(ctx.target, removal)) {
      return page.removed
        ? pass(`${file}:${page.removedLine} marks the gate removed: true`, [
            { file, line: page.removedLine, note: 'removed: true' }
          ])
        : fail(
            `${file} is not marked removed: true; the gate is gone from ${formatMinor(removal)}`,
            [{ file, line: page.removedLine ?? 1 }]
          )
    }
    if (page.removed) {
      return fail(
        `${file}:${page.removedLine} marks the gate removed: true before ${formatMinor(removal)}`,
        [{ file, line: page.removedLine }]
      )
    }
    return compareLadder(ctx, page)
  }
}

function compareLadder(ctx: CheckContext, page: GatePage): Finding {
  const { file, stages, stagesLine } = page
  if (!stages) {
    return fail(`${file} has no stages: list in its front matter`, [{ file, line: stagesLine }])
  }
  const expected = expectedLadder(ctx)
  if (expected.length === 0) return { skipped: 'no stage of the gate has begun at this release' }
  const at = formatMinor(ctx.target)
  const problems = compareStages(page, stages, expected, ctx.target, {
    lastStage: 'covering',
    reportExtra: false
  })
  if (problems.length > 0) {
    return fail(
      `${file}: ${problems.map(p => p.message).join('; ')}`,
      problems.map(p => ({ file, line: p.line, note: p.message }))
    )
  }
  const last = expected[expected.length - 1]!
  const lastStage: PageStage | undefined = stageFrom(stages, last.from)
  return pass(`${file} stages match ${at}: ${expected.map(describeStage).join(', ')}`, [
    { file, line: lastStage?.line ?? stagesLine, note: describeStage(last) }
  ])
}
