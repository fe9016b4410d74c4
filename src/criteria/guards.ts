import { formatMinor, isAtLeast, isBefore } from '../release/version.js'
import { describeSpec, effectiveAtTarget, gateFacts } from './kubernetes-facts.js'
import { stageRelease } from './explain.js'
import { fail, pass, type Criterion } from './types.js'

// Changes that come early break users on a release that promised otherwise, so these are
// checked at every target before their stage, not only once a stage is due.

export const noEarlyDefaultOff: Criterion = {
  id: 'no-early-default-off',
  repo: 'kubernetes',
  explain: p =>
    `Schedule guard: ${p.gate} must keep Default: true before the stage 3 release (${stageRelease(p, '3')}).`,
  async check(ctx) {
    const facts = await gateFacts(ctx)
    const spec = effectiveAtTarget(ctx, facts)
    const stage3 = formatMinor(ctx.stageVersion('3'))
    if (!spec)
      return pass(`${ctx.policy.gate} has no spec at this release, so it cannot be off early`)
    const where = { file: facts.specs!.file, line: spec.line, note: describeSpec(spec) }
    if (!spec.default) {
      return fail(
        `${ctx.policy.gate} defaults to false at ${formatMinor(ctx.target)}, before ${stage3}: users were promised ipvs until then`,
        [where]
      )
    }
    return pass(`${ctx.policy.gate} still defaults to true at ${formatMinor(ctx.target)}`, [where])
  }
}

export const noEarlyLock: Criterion = {
  id: 'no-early-lock',
  repo: 'kubernetes',
  explain: p =>
    `Schedule guard: ${p.gate} must not be locked before the stage 4 release (${stageRelease(p, '4')}).`,
  async check(ctx) {
    const facts = await gateFacts(ctx)
    const spec = effectiveAtTarget(ctx, facts)
    if (!spec)
      return pass(`${ctx.policy.gate} has no spec at this release, so it cannot be locked early`)
    const where = { file: facts.specs!.file, line: spec.line, note: describeSpec(spec) }
    if (spec.lockToDefault) {
      return fail(
        `${ctx.policy.gate} is locked (LockToDefault: true) at ${formatMinor(ctx.target)}, before ${formatMinor(ctx.stageVersion('4'))}: users can no longer turn ipvs back on`,
        [where]
      )
    }
    return pass(`${ctx.policy.gate} is not locked at ${formatMinor(ctx.target)}`, [where])
  }
}

export const noEarlyRemoval: Criterion = {
  id: 'no-early-removal',
  repo: 'kubernetes',
  explain: p =>
    `Schedule guard: ${p.kubernetes.ipvsPackage} stays until the stage 4 release (${stageRelease(p, '4')}), and the gate stays from stage 2 (${stageRelease(p, '2')}) until cleanup (${stageRelease(p, 'cleanup')}).`,
  async check(ctx) {
    const { gate, kubernetes } = ctx.policy
    const problems: string[] = []
    const evidence = []
    if (isBefore(ctx.target, ctx.stageVersion('4'))) {
      const files = await ctx.repo.list(kubernetes.ipvsPackage)
      if (files.length === 0) {
        problems.push(
          `${kubernetes.ipvsPackage}/ is gone before ${formatMinor(ctx.stageVersion('4'))}`
        )
        evidence.push({ file: `${kubernetes.ipvsPackage}/`, note: 'no files' })
      }
    }
    if (
      isAtLeast(ctx.target, ctx.stageVersion('2')) &&
      isBefore(ctx.target, ctx.stageVersion('cleanup'))
    ) {
      const facts = await gateFacts(ctx)
      if (!facts.declaration && !facts.specs) {
        problems.push(`${gate} is gone before ${formatMinor(ctx.stageVersion('cleanup'))}`)
        evidence.push({ file: kubernetes.featureFiles[0]!, note: `no ${gate}` })
      }
    }
    if (problems.length > 0)
      return fail(
        `removed too early at ${formatMinor(ctx.target)}: ${problems.join('; ')}`,
        evidence
      )
    return pass(`nothing scheduled for later removal is gone at ${formatMinor(ctx.target)}`)
  }
}
