import { formatMinor, isAtLeast, isBefore, minor, namesRelease } from '../release/version.js'
import { unreadable } from './kubernetes-facts.js'
import { fail, pass, warn, type CheckContext, type Criterion } from './types.js'
import {
  describeSent,
  kubeProxyMessages,
  sentEvidence,
  type SentMessage
} from './warning-messages.js'
import { stageRelease } from './explain.js'

/** "could not read the message statically: it is built at …", with the call that sends it. */
function unreadableWarning(m: SentMessage) {
  const u = m.unknown[0]!
  const call = m.calls[0]!
  return warn(`${unreadable(u)} (sent at ${call.file}:${call.line})`, [
    { file: call.file, line: call.line, note: m.text },
    { file: u.at.file, line: u.at.line, note: u.why }
  ])
}

export const kubeProxyWarns: Criterion = {
  id: 'kube-proxy-warns',
  repo: 'kubernetes',
  explain: 'Stage 1: kube-proxy prints a warning when a user starts it in ipvs mode.',
  async check(ctx) {
    const { warnings, unreadable: unread } = await kubeProxyMessages(ctx)
    const { warning } = ctx.policy.kubernetes
    const first = warnings[0]
    if (first) {
      return pass(
        `kube-proxy warns that ipvs is deprecated: ${describeSent(first)}`,
        warnings.flatMap(sentEvidence)
      )
    }
    if (unread[0]) return unreadableWarning(unread[0])
    return fail(
      `no warning in ${warning.paths.join(' or ')} says ipvs is ${warning.mustSay
        .filter(w => w.toLowerCase() !== 'ipvs')
        .join(' and ')} and points to ${warning.pointsAt.join(' or ')}`,
      [{ file: warning.paths[0]! }]
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
  explain: policy =>
    `Stage 2: warning messages say the gate goes Default: false in the stage 3 release (${stageRelease(policy, '3')}) and is locked, with ipvs gone, in the stage 4 release (${stageRelease(policy, '4')}).`,
  async check(ctx) {
    const releases = releasesToName(ctx)
    if (releases.length === 0) return { skipped: 'no announcement is required at this release' }
    const { warnings, unreadable: unread } = await kubeProxyMessages(ctx)
    if (warnings.length === 0) {
      if (unread[0]) return unreadableWarning(unread[0])
      return fail(`there is no ipvs deprecation warning to name ${releases.join(' and ')}`, [
        { file: ctx.policy.kubernetes.warning.paths[0]! }
      ])
    }
    const complete = warnings.find(w => releases.every(r => namesRelease(w.text, minor(r))))
    if (complete) {
      return pass(
        `the ipvs warning names ${releases.join(' and ')}: ${describeSent(complete)}`,
        sentEvidence(complete)
      )
    }
    const partial = warnings.find(w => w.unknown.length > 0)
    if (partial) return unreadableWarning(partial)
    const best = warnings[0]!
    const missing = releases.filter(r => !namesRelease(best.text, minor(r)))
    return fail(
      `the ipvs warning at ${best.defined.file}:${best.defined.line} does not name ${missing.join(' and ')}; at ${formatMinor(ctx.target)} it must name ${releases.join(' and ')}`,
      warnings.flatMap(sentEvidence)
    )
  }
}
