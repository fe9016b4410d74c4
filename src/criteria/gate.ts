import type { FeatureSpec } from '../evidence/go-types.js'
import type { Evidence } from '../report/types.js'
import { formatMinor, isAtLeast, isBefore } from '../release/version.js'
import { specDisagreements } from '../gates/spec-agreement.js'
import {
  describeSpec,
  effectiveAtTarget,
  gateFacts,
  gateUses,
  type GateFacts
} from './kubernetes-facts.js'
import { summarise } from './words.js'
import { stageRelease } from './explain.js'
import { fail, pass, type CheckContext, type Criterion } from './types.js'

function specEvidence(facts: GateFacts, spec?: FeatureSpec): Evidence {
  const file = facts.specs!.file
  return {
    file,
    line: spec?.line ?? facts.specs!.entry.line,
    note: spec ? describeSpec(spec) : undefined
  }
}

/** Where the generated list and the Go disagree, entry by entry; empty when they agree. */
function listDisagreements(ctx: CheckContext, facts: GateFacts): Evidence[] {
  if (!facts.list || !facts.specs) return []
  return specDisagreements(facts.specs, facts.list, ctx.policy.gate, ctx.target)
}

export const gateDeclared: Criterion = {
  id: 'gate-declared',
  repo: 'kubernetes',
  explain: p =>
    `Stage 2: a ${p.gate} feature gate exists, and the generated feature list agrees with the Go.`,
  async check(ctx) {
    const facts = await gateFacts(ctx)
    const { gate, kubernetes } = ctx.policy
    if (!facts.declaration) {
      return fail(
        `${gate} is not declared as a featuregate.Feature in ${kubernetes.featureFiles.join(' or ')}`,
        [{ file: kubernetes.featureFiles[0]! }]
      )
    }
    if (facts.misnamed !== undefined) {
      return fail(
        `${facts.declaration.note} names the gate "${facts.misnamed}", not "${gate}": users enable a gate by its value, so the value must be "${gate}"`,
        [facts.declaration]
      )
    }
    if (!facts.specs) {
      return fail(`${gate} is declared but has no spec list in the feature gate map`, [
        facts.declaration
      ])
    }
    const twice = duplicated(facts)
    if (twice) return twice
    if (facts.list?.duplicates) {
      return fail(
        `${facts.list.file} lists ${gate} ${facts.list.duplicates.length} times (${summarise(facts.list.duplicates)}): regenerate the list (hack/update-featuregates.sh)`,
        facts.list.duplicates
      )
    }
    const disagreements = listDisagreements(ctx, facts)
    if (disagreements.length > 0) {
      return fail(
        `${facts.list!.file} disagrees with ${facts.specs.file} about ${gate}: regenerate the list (hack/update-featuregates.sh) or fix the Go`,
        disagreements
      )
    }
    const listed = facts.list?.entry ? [{ file: facts.list.file, line: facts.list.entry.line }] : []
    return pass(
      `${gate} is declared with ${facts.specs.entry.specs.length} spec entries${listed.length ? ', and the generated list agrees' : ''}`,
      [facts.declaration, specEvidence(facts), ...listed]
    )
  }
}

/** A gate with two entries in one spec map: Go refuses it, and either entry could be meant. */
function duplicated(facts: GateFacts) {
  const twice = facts.specs?.duplicates
  if (!twice) return undefined
  return fail(
    `${facts.specs!.entry.name} has ${twice.length} entries in the spec map (${summarise(twice)}): Go refuses a map literal with a key twice; keep one`,
    twice
  )
}

function expectationAt(ctx: CheckContext) {
  return ctx.policy.kubernetes.gateSpec.find(
    e =>
      isAtLeast(ctx.target, ctx.stageVersion(e.from)) &&
      isBefore(ctx.target, ctx.stageVersion(e.until))
  )
}

export const gateSpec: Criterion = {
  id: 'gate-spec',
  repo: 'kubernetes',
  explain: p =>
    `Stages 2-4: the effective spec at the target (the entry with the greatest Version at or before it) is ${p.kubernetes.gateSpec
      .map(
        e =>
          `Default ${e.default}${e.lockToDefault ? ' and locked' : ''} from ${stageRelease(p, e.from)} until ${stageRelease(p, e.until)}`
      )
      .join(
        ', '
      )}. The KEP's stage 4 says "LockToDefault: false", a slip: stage 2 and the gate lifecycle (lock before removal) say true, and so does this policy.`,
  async check(ctx) {
    const expected = expectationAt(ctx)
    if (!expected) return { skipped: 'the policy expects no particular spec at this release' }
    const facts = await gateFacts(ctx)
    const { gate } = ctx.policy
    if (!facts.specs) {
      return fail(`${gate} has no spec list, so it has no spec at ${formatMinor(ctx.target)}`, [
        facts.declaration ?? { file: ctx.policy.kubernetes.featureFiles[0]! }
      ])
    }
    const twice = duplicated(facts)
    if (twice) return twice
    const spec = effectiveAtTarget(ctx, facts)
    if (!spec)
      return fail(`no entry of ${gate}'s spec list applies at ${formatMinor(ctx.target)}`, [
        specEvidence(facts)
      ])
    const wrong: string[] = []
    if (spec.default !== expected.default) wrong.push(`Default should be ${expected.default}`)
    if (spec.lockToDefault !== expected.lockToDefault) {
      // The KEP's stage 4 text says "LockToDefault: false"; say why we ask for true.
      const why = expected.lockToDefault
        ? " (the KEP's stage 4 says false, a slip: stage 2 and the gate lifecycle lock it before removal)"
        : ''
      wrong.push(`LockToDefault should be ${expected.lockToDefault}${why}`)
    }
    if (!expected.preRelease.includes(spec.preRelease as never))
      wrong.push(`PreRelease should be ${expected.preRelease.join(' or ')}`)
    const where = specEvidence(facts, spec)
    if (wrong.length > 0) {
      return fail(
        `at ${formatMinor(ctx.target)} ${gate}'s effective spec is ${describeSpec(spec)}: ${wrong.join(', ')}`,
        [where]
      )
    }
    return pass(
      `at ${formatMinor(ctx.target)} ${gate}'s effective spec is ${describeSpec(spec)}, as scheduled`,
      [where]
    )
  }
}

export const gateRemoved: Criterion = {
  id: 'gate-removed',
  repo: 'kubernetes',
  explain: p =>
    `Cleanup: the ${p.gate} feature gate is removed (declaration, spec list, generated list, uses).`,
  async check(ctx) {
    const facts = await gateFacts(ctx)
    const leftovers: Evidence[] = []
    if (facts.declaration) leftovers.push({ ...facts.declaration, note: 'declaration' })
    if (facts.specs) leftovers.push({ ...specEvidence(facts), note: 'spec list' })
    if (facts.list?.entry)
      leftovers.push({
        file: facts.list.file,
        line: facts.list.entry.line,
        note: 'generated list entry'
      })
    leftovers.push(...(await gateUses(ctx)))
    const { gate } = ctx.policy
    if (leftovers.length > 0) {
      return fail(
        `${gate} is still in the tree in ${leftovers.length} place(s): ${summarise(leftovers)}`,
        leftovers
      )
    }
    return pass(`${gate} is gone: no declaration, spec, list entry or use in product code`)
  }
}
