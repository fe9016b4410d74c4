import type { GoStringLiteral } from '../evidence/go-types.js'
import type { Evidence } from '../report/types.js'
import { formatMinor, isAtLeast, isBefore } from '../target/version.js'
import { filesOf } from '../evidence/repo.js'
import { goFacts } from './kubernetes-facts.js'
import { namesRelease } from '../text.js'
import { fail, pass, type CheckContext, type Criterion } from './types.js'

interface Warning {
  file: string
  line: number
  text: string
}

/** Log messages in kube-proxy's product code that say ipvs is deprecated and where to go instead. */
function ipvsWarnings(ctx: CheckContext): Promise<Warning[]> {
  return ctx.memo('ipvs-warnings', async () => {
    const { warning, excludeGo } = ctx.policy.kubernetes
    const hits = await ctx.repo.grep({
      patterns: warning.mustSay.map(w => w.toLowerCase()),
      ignoreCase: true,
      include: warning.paths.map(p => `${p.endsWith('/') ? p : `${p}/`}**/*.go`),
      exclude: excludeGo
    })
    const warnings: Warning[] = []
    for (const file of filesOf(hits)) {
      const go = await goFacts(ctx, file)
      // Only a message handed to a logger counts: flag help text or an error is not a warning.
      for (const message of logMessages(go?.strings ?? [], warning.logCalls)) {
        const lower = message.text.toLowerCase()
        const saysAll = warning.mustSay.every(w => lower.includes(w.toLowerCase()))
        const pointsAt = warning.pointsAt.some(w => lower.includes(w.toLowerCase()))
        if (saysAll && pointsAt) warnings.push({ file, ...message })
      }
    }
    return warnings
  })
}

/** Packages whose Errorf and friends build values rather than log. */
const NOT_LOGGERS = new Set(['fmt', 'errors'])

function isLogCall(call: string, logCalls: string[]): boolean {
  const dot = call.lastIndexOf('.')
  const method = call.slice(dot + 1)
  return logCalls.includes(method) && !NOT_LOGGERS.has(call.slice(0, Math.max(dot, 0)))
}

/**
 * The message of each log call: the literals of its first argument that has any (`Error(err,
 * "msg")` logs its second), joined so a message split over `+` or lines reads as one, and
 * including literals of calls inside that argument (`Info(fmt.Sprintf("… %s", "1.43"))`). Later
 * arguments are structured-logging keys and values, not the message.
 */
function logMessages(
  strings: GoStringLiteral[],
  logCalls: string[]
): { line: number; text: string }[] {
  const byCall = new Map<string, { line: number; argument: number; parts: string[] }>()
  for (const s of strings) {
    const log = s.calls?.find(c => isLogCall(c.name, logCalls))
    if (!log) continue
    const key = `${s.statement} ${log.name}`
    const current = byCall.get(key)
    if (!current || log.argument < current.argument) {
      byCall.set(key, { line: s.line, argument: log.argument, parts: [s.value] })
    } else if (log.argument === current.argument) {
      current.parts.push(s.value)
    }
  }
  return [...byCall.values()].map(m => ({
    line: m.line,
    text: m.parts.join(' ').replace(/\s+/g, ' ').trim()
  }))
}

function at(w: Warning): Evidence {
  return { file: w.file, line: w.line, note: w.text }
}

export const kubeProxyWarns: Criterion = {
  id: 'kube-proxy-warns',
  repo: 'kubernetes',
  explain: 'Stage 1: kube-proxy prints a warning when a user starts it in ipvs mode.',
  async check(ctx) {
    const warnings = await ipvsWarnings(ctx)
    const { warning } = ctx.policy.kubernetes
    if (warnings.length === 0) {
      return fail(
        `no warning in ${warning.paths.join(' or ')} says ipvs is ${warning.mustSay
          .filter(w => w.toLowerCase() !== 'ipvs')
          .join(' and ')} and points to ${warning.pointsAt.join(' or ')}`,
        [{ file: warning.paths[0]! }]
      )
    }
    const first = warnings[0]!
    return pass(
      `kube-proxy warns that ipvs is deprecated at ${first.file}:${first.line}`,
      warnings.map(at)
    )
  }
}

/** The releases the warning must name at the target, per the policy's announcement windows. */
function releasesToName(ctx: CheckContext): string[] {
  const rule = ctx.policy.kubernetes.announce.find(
    a =>
      isAtLeast(ctx.target, ctx.stageVersion(a.from)) &&
      isBefore(ctx.target, ctx.stageVersion(a.until))
  )
  return (rule?.names ?? []).map(stage => formatMinor(ctx.stageVersion(stage)))
}

export const warningAnnouncesSchedule: Criterion = {
  id: 'warning-announces-schedule',
  repo: 'kubernetes',
  explain:
    'Stage 2: warning messages say the gate goes Default: false in the stage 3 release and is locked (ipvs gone) in the stage 4 release.',
  async check(ctx) {
    const releases = releasesToName(ctx)
    if (releases.length === 0) return { skipped: 'no announcement is required at this release' }
    const warnings = await ipvsWarnings(ctx)
    if (warnings.length === 0) {
      return fail(`there is no ipvs deprecation warning to name ${releases.join(' and ')}`, [
        { file: ctx.policy.kubernetes.warning.paths[0]! }
      ])
    }
    const complete = warnings.find(w => releases.every(r => namesRelease(w.text, r)))
    if (complete) {
      return pass(
        `the ipvs warning at ${complete.file}:${complete.line} names ${releases.join(' and ')}`,
        [at(complete)]
      )
    }
    const best = warnings[0]!
    const missing = releases.filter(r => !namesRelease(best.text, r))
    return fail(
      `the ipvs warning at ${best.file}:${best.line} does not name ${missing.join(' and ')}; at ${formatMinor(ctx.target)} it must name ${releases.join(' and ')}`,
      warnings.map(at)
    )
  }
}
