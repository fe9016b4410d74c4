import { formatMinor, isAtLeast, isBefore } from '../release/version.js'
import { describeSpec, effectiveAtTarget, gateFacts } from './kubernetes-facts.js'
import { defineCriterion, fail, pass } from './types.js'

// Changes that come early break users on a release that promised otherwise, so these are
// checked at every target before their stage, not only once a stage is due.

export const noEarlyDefaultOff = defineCriterion({
  id: 'no-early-default-off',
  meta: {
    repo: 'kubernetes',
    stage: '3',
    checks:
      'Schedule guard: {gate} must keep Default: true before the stage 3 release ({release.3}).'
  },
  messages: {
    noSpec: '{gate} has no spec at this release, so it cannot be off early',
    offEarly:
      '{gate} defaults to false at {target}, before {stage3}: users were promised ipvs until then',
    stillOn: '{gate} still defaults to true at {target}'
  },
  async check(ctx) {
    const facts = await gateFacts(ctx)
    const spec = effectiveAtTarget(ctx, facts)
    const data = { gate: ctx.policy.gate, target: formatMinor(ctx.target) }
    if (!spec) return pass(ctx.say('noSpec', data))
    const where = { file: facts.specs!.file, line: spec.line, note: describeSpec(spec) }
    if (!spec.default) {
      const stage3 = formatMinor(ctx.stageVersion('3'))
      return fail(ctx.say('offEarly', { ...data, stage3 }), [where])
    }
    return pass(ctx.say('stillOn', data), [where])
  }
})

export const noEarlyLock = defineCriterion({
  id: 'no-early-lock',
  meta: {
    repo: 'kubernetes',
    stage: '4',
    checks: 'Schedule guard: {gate} must not be locked before the stage 4 release ({release.4}).'
  },
  messages: {
    noSpec: '{gate} has no spec at this release, so it cannot be locked early',
    lockedEarly:
      '{gate} is locked (LockToDefault: true) at {target}, before {stage4}: users can no longer turn ipvs back on',
    unlocked: '{gate} is not locked at {target}'
  },
  async check(ctx) {
    const facts = await gateFacts(ctx)
    const spec = effectiveAtTarget(ctx, facts)
    const data = { gate: ctx.policy.gate, target: formatMinor(ctx.target) }
    if (!spec) return pass(ctx.say('noSpec', data))
    const where = { file: facts.specs!.file, line: spec.line, note: describeSpec(spec) }
    if (spec.lockToDefault) {
      const stage4 = formatMinor(ctx.stageVersion('4'))
      return fail(ctx.say('lockedEarly', { ...data, stage4 }), [where])
    }
    return pass(ctx.say('unlocked', data), [where])
  }
})

export const noEarlyRemoval = defineCriterion({
  id: 'no-early-removal',
  meta: {
    repo: 'kubernetes',
    stage: '4',
    checks:
      'Schedule guard: {ipvsPackage} stays until the stage 4 release ({release.4}), and the gate stays from stage 2 ({release.2}) until cleanup ({release.cleanup}).'
  },
  messages: {
    packageGone: '{package}/ is gone before {stage4}',
    gateGone: '{gate} is gone before {cleanup}',
    removedEarly: 'removed too early at {target}: {problems}',
    kept: 'nothing scheduled for later removal is gone at {target}'
  },
  async check(ctx) {
    const { gate, kubernetes } = ctx.policy
    const problems: string[] = []
    const evidence = []
    if (isBefore(ctx.target, ctx.stageVersion('4'))) {
      const files = await ctx.repo.list(kubernetes.ipvsPackage)
      if (files.length === 0) {
        const stage4 = formatMinor(ctx.stageVersion('4'))
        problems.push(ctx.say('packageGone', { package: kubernetes.ipvsPackage, stage4 }))
        evidence.push({ file: `${kubernetes.ipvsPackage}/`, note: 'no files' })
      }
    }
    if (
      isAtLeast(ctx.target, ctx.stageVersion('2')) &&
      isBefore(ctx.target, ctx.stageVersion('cleanup'))
    ) {
      const facts = await gateFacts(ctx)
      if (!facts.declaration && !facts.specs) {
        const cleanup = formatMinor(ctx.stageVersion('cleanup'))
        problems.push(ctx.say('gateGone', { gate, cleanup }))
        evidence.push({ file: kubernetes.featureFiles[0]!, note: `no ${gate}` })
      }
    }
    const target = formatMinor(ctx.target)
    if (problems.length > 0)
      return fail(ctx.say('removedEarly', { target, problems: problems.join('; ') }), evidence)
    return pass(ctx.say('kept', { target }))
  }
})
