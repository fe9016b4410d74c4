import type { GatePage, PageStage } from '../evidence/gate-page.js'
import { compareMinor, formatMinor, type MinorVersion } from '../release/version.js'

// The one comparison of a gate page's `stages:` with the stages it should show at a release.
// KEP-5495's docs-feature-gate-page builds the expected stages from its policy; the audit of
// every gate builds them from the gate's spec list. Both get the same findings in the same words.

export interface ExpectedStage {
  /** alpha, beta, stable or deprecated, as pages write it. */
  stage: string
  defaultValue: boolean
  from: MinorVersion
  /** The release before the next stage; absent on the last stage at the target. */
  to?: MinorVersion
  /** LockToDefault, when the expectation knows it; checked only on pages that say `locked`. */
  locked?: boolean
}

export type StageProblemKind =
  | 'stage-no-from'
  | 'stage-future'
  | 'stage-missing'
  | 'stage-wrong'
  | 'default-wrong'
  | 'to-missing'
  | 'to-wrong'
  | 'to-on-last'
  | 'locked-wrong'
  | 'stage-extra'

export interface StageProblem {
  kind: StageProblemKind
  message: string
  line: number
  /** The expected stage this is about, if any (a missing or a wrong one). */
  expected?: ExpectedStage
  /** The release the problem is about: the expected stage's, else the page stage's fromVersion. */
  version?: MinorVersion
}

export interface CompareOptions {
  /**
   * How the last expected stage may end. `covering`: a toVersion is fine while it covers the
   * target. `open`: the last stage has no toVersion (a page must not announce the future).
   */
  lastStage: 'covering' | 'open'
  /** Report page stages that match no expected stage. */
  reportExtra: boolean
}

export function describeStage(s: ExpectedStage): string {
  const to = s.to ? `, toVersion "${formatMinor(s.to)}"` : ''
  const locked = s.locked === undefined ? '' : `, locked: ${s.locked}`
  return `{stage: ${s.stage}, defaultValue: ${s.defaultValue}, fromVersion "${formatMinor(s.from)}"${to}${locked}}`
}

/** The page stage that starts at a release, if any (the first, should a page repeat one). */
export function stageFrom(stages: readonly PageStage[], from: MinorVersion): PageStage | undefined {
  return stages.find(s => s.from !== undefined && compareMinor(s.from, from) === 0)
}

/** Every way the page's stages differ from the expected ones at the target, each at its line. */
export function compareStages(
  page: GatePage,
  stages: readonly PageStage[],
  expected: readonly ExpectedStage[],
  target: MinorVersion,
  options: CompareOptions
): StageProblem[] {
  const at = formatMinor(target)
  const problems: StageProblem[] = []
  const problem = (
    kind: StageProblemKind,
    message: string,
    line: number | undefined,
    want?: ExpectedStage,
    version?: MinorVersion
  ) =>
    problems.push({
      kind,
      message,
      line: line ?? page.stagesLine,
      expected: want,
      version: want?.from ?? version
    })

  for (const s of stages) {
    if (!s.from) problem('stage-no-from', `stage ${s.index + 1} has no fromVersion`, s.line)
    else if (compareMinor(s.from, target) > 0)
      problem(
        'stage-future',
        `a stage starts at "${formatMinor(s.from)}", after ${at}`,
        s.fromLine ?? s.line,
        undefined,
        s.from
      )
  }
  const matched = new Set<PageStage>()
  expected.forEach((want, i) => {
    const last = i === expected.length - 1
    const from = `the stage from "${formatMinor(want.from)}"`
    const s = stageFrom(stages, want.from)
    if (!s) {
      problem(
        'stage-missing',
        `no stage starts at "${formatMinor(want.from)}"; expected ${describeStage(want)}`,
        page.stagesLine,
        want
      )
      return
    }
    matched.add(s)
    const stage = (s.stage ?? '').toLowerCase()
    if (stage !== want.stage.toLowerCase())
      problem(
        'stage-wrong',
        `${from} is ${stage || '(none)'}, not ${want.stage}`,
        s.stageLine,
        want
      )
    if (s.defaultValue !== want.defaultValue)
      problem(
        'default-wrong',
        `${from} says defaultValue: ${String(s.defaultValue)}; at ${at} it must be ${want.defaultValue}`,
        s.defaultLine ?? s.line,
        want
      )
    if (want.to && !s.to)
      problem('to-missing', `${from} lacks toVersion: "${formatMinor(want.to)}"`, s.line, want)
    else if (want.to && s.to && compareMinor(s.to, want.to) !== 0)
      problem(
        'to-wrong',
        `${from} ends at toVersion "${formatMinor(s.to)}", not "${formatMinor(want.to)}"`,
        s.toLine,
        want
      )
    else if (!want.to && s.toText !== undefined && last && options.lastStage === 'open')
      problem(
        'to-on-last',
        `${from} is the last stage at ${at}, so it has no toVersion; it says "${s.toText}"`,
        s.toLine,
        want
      )
    else if (!want.to && s.to && compareMinor(s.to, target) < 0)
      problem(
        'to-wrong',
        `${from} ends at "${formatMinor(s.to)}", so no stage covers ${at}`,
        s.toLine,
        want
      )
    if (want.locked !== undefined && s.locked !== undefined && s.locked !== want.locked)
      problem(
        'locked-wrong',
        `${from} says locked: ${String(s.locked)}; LockToDefault is ${want.locked}`,
        s.lockedLine,
        want
      )
  })
  if (options.reportExtra) {
    for (const s of stages) {
      if (matched.has(s) || !s.from || compareMinor(s.from, target) > 0) continue
      problem(
        'stage-extra',
        `the stage from "${s.fromText}" (${s.stage || 'no stage'}) matches no spec up to ${at}`,
        s.line,
        undefined,
        s.from
      )
    }
  }
  return problems
}
