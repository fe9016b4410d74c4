import { formatMinor, isAtLeast, isBefore, minor, namesRelease } from '../release/version.js'
import { unreadable, UNREADABLE_MESSAGES } from './kubernetes-facts.js'
import { defineCriterion, fail, pass, warn, type CheckContext } from './types.js'
import {
  describeSent,
  kubeProxyMessages,
  sentEvidence,
  type SentMessage
} from './warning-messages.js'

/** The messages both warning criteria say about a message they cannot read. */
const UNREAD_WARNING_MESSAGES = {
  ...UNREADABLE_MESSAGES,
  unreadableSent: '{unreadable} (sent at {sentAt})'
} as const

/** "could not read the message statically: it is built at …", with the call that sends it. */
function unreadableWarning(
  ctx: CheckContext<keyof typeof UNREAD_WARNING_MESSAGES>,
  m: SentMessage
) {
  const u = m.unknown[0]!
  const call = m.calls[0]!
  const sentAt = `${call.file}:${call.line}`
  return warn(ctx.say('unreadableSent', { unreadable: unreadable(ctx, u), sentAt }), [
    { file: call.file, line: call.line, note: m.text },
    { file: u.at.file, line: u.at.line, note: u.why }
  ])
}

export const kubeProxyWarns = defineCriterion({
  id: 'kube-proxy-warns',
  meta: {
    repo: 'kubernetes',
    stage: '1',
    checks: 'Stage 1: kube-proxy prints a warning when a user starts it in ipvs mode.'
  },
  messages: {
    ...UNREAD_WARNING_MESSAGES,
    warns: 'kube-proxy warns that ipvs is deprecated: {sent}',
    noWarning: 'no warning in {paths} says ipvs is {words} and points to {pointsAt}'
  },
  async check(ctx) {
    const { warnings, unreadable: unread } = await kubeProxyMessages(ctx)
    const { warning } = ctx.policy.kubernetes
    const first = warnings[0]
    if (first)
      return pass(ctx.say('warns', { sent: describeSent(first) }), warnings.flatMap(sentEvidence))
    if (unread[0]) return unreadableWarning(ctx, unread[0])
    const words = warning.mustSay.filter(w => w.toLowerCase() !== 'ipvs').join(' and ')
    const data = {
      paths: warning.paths.join(' or '),
      words,
      pointsAt: warning.pointsAt.join(' or ')
    }
    return fail(ctx.say('noWarning', data), [{ file: warning.paths[0]! }])
  }
})

/** The releases the warning must name at the target, per the policy's announcement windows. */
function releasesToName(ctx: CheckContext): string[] {
  const rule = ctx.policy.kubernetes.announce.find(
    a =>
      isAtLeast(ctx.target, ctx.stageVersion(a.from)) &&
      isBefore(ctx.target, ctx.stageVersion(a.until))
  )
  return (rule?.names ?? []).map(stage => formatMinor(ctx.stageVersion(stage)))
}

export const warningAnnouncesSchedule = defineCriterion({
  id: 'warning-announces-schedule',
  meta: {
    repo: 'kubernetes',
    stage: '2',
    checks:
      'Stage 2: warning messages say the gate goes Default: false in the stage 3 release ({release.3}) and is locked, with ipvs gone, in the stage 4 release ({release.4}).'
  },
  messages: {
    ...UNREAD_WARNING_MESSAGES,
    notRequired: 'no announcement is required at this release',
    noWarning: 'there is no ipvs deprecation warning to name {releases}',
    names: 'the ipvs warning names {releases}: {sent}',
    missing:
      'the ipvs warning at {place} does not name {missing}; at {target} it must name {releases}'
  },
  async check(ctx) {
    const wanted = releasesToName(ctx)
    if (wanted.length === 0) return { skipped: ctx.say('notRequired') }
    const releases = wanted.join(' and ')
    const { warnings, unreadable: unread } = await kubeProxyMessages(ctx)
    if (warnings.length === 0) {
      if (unread[0]) return unreadableWarning(ctx, unread[0])
      return fail(ctx.say('noWarning', { releases }), [
        { file: ctx.policy.kubernetes.warning.paths[0]! }
      ])
    }
    const complete = warnings.find(w => wanted.every(r => namesRelease(w.text, minor(r))))
    if (complete) {
      return pass(
        ctx.say('names', { releases, sent: describeSent(complete) }),
        sentEvidence(complete)
      )
    }
    const partial = warnings.find(w => w.unknown.length > 0)
    if (partial) return unreadableWarning(ctx, partial)
    const best = warnings[0]!
    const missing = wanted.filter(r => !namesRelease(best.text, minor(r))).join(' and ')
    const place = `${best.defined.file}:${best.defined.line}`
    const target = formatMinor(ctx.target)
    return fail(
      ctx.say('missing', { place, missing, target, releases }),
      warnings.flatMap(sentEvidence)
    )
  }
})
