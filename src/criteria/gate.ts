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
import { defineCriterion, fail, pass, type CheckContext } from './types.js'

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

/** The message of duplicated(), which both criteria that read the spec map declare. */
const DUPLICATED_MESSAGES = {
  twiceInMap:
    '{name} has {count} entries in the spec map ({places}): Go refuses a map literal with a key twice; keep one'
} as const

export const gateDeclared = defineCriterion({
  id: 'gate-declared',
  meta: {
    repo: 'kubernetes',
    stage: '2',
    checks:
      'Stage 2: a {gate} feature gate exists, and the generated feature list agrees with the Go.'
  },
  messages: {
    ...DUPLICATED_MESSAGES,
    undeclared: '{gate} is not declared as a featuregate.Feature in {files}',
    misnamed:
      '{declaration} names the gate "{value}", not "{gate}": users enable a gate by its value, so the value must be "{gate}"',
    noSpecs: '{gate} is declared but has no spec list in the feature gate map',
    twiceInList:
      '{list} lists {gate} {count} times ({places}): regenerate the list (hack/update-featuregates.sh)',
    listDisagrees:
      '{list} disagrees with {specs} about {gate}: regenerate the list (hack/update-featuregates.sh) or fix the Go',
    declared: '{gate} is declared with {count} spec entries',
    declaredAndListed: '{gate} is declared with {count} spec entries, and the generated list agrees'
  },
  async check(ctx) {
    const facts = await gateFacts(ctx)
    const { gate, kubernetes } = ctx.policy
    if (!facts.declaration) {
      const files = kubernetes.featureFiles.join(' or ')
      return fail(ctx.say('undeclared', { gate, files }), [{ file: kubernetes.featureFiles[0]! }])
    }
    if (facts.misnamed !== undefined) {
      const data = { declaration: facts.declaration.note!, value: facts.misnamed, gate }
      return fail(ctx.say('misnamed', data), [facts.declaration])
    }
    if (!facts.specs) return fail(ctx.say('noSpecs', { gate }), [facts.declaration])
    const twice = duplicated(ctx, facts)
    if (twice) return twice
    if (facts.list?.duplicates) {
      const { file, duplicates } = facts.list
      const data = { list: file, gate, count: duplicates.length, places: summarise(duplicates) }
      return fail(ctx.say('twiceInList', data), duplicates)
    }
    const disagreements = listDisagreements(ctx, facts)
    if (disagreements.length > 0) {
      const data = { list: facts.list!.file, specs: facts.specs.file, gate }
      return fail(ctx.say('listDisagrees', data), disagreements)
    }
    const listed = facts.list?.entry ? [{ file: facts.list.file, line: facts.list.entry.line }] : []
    const count = facts.specs.entry.specs.length
    return pass(ctx.say(listed.length ? 'declaredAndListed' : 'declared', { gate, count }), [
      facts.declaration,
      specEvidence(facts),
      ...listed
    ])
  }
})

/** A gate with two entries in one spec map: Go refuses it, and either entry could be meant. */
function duplicated(ctx: CheckContext<keyof typeof DUPLICATED_MESSAGES>, facts: GateFacts) {
  const twice = facts.specs?.duplicates
  if (!twice) return undefined
  const data = { name: facts.specs!.entry.name, count: twice.length, places: summarise(twice) }
  return fail(ctx.say('twiceInMap', data), twice)
}

function expectationAt(ctx: CheckContext) {
  return ctx.policy.kubernetes.gateSpec.find(
    e =>
      isAtLeast(ctx.target, ctx.stageVersion(e.from)) &&
      isBefore(ctx.target, ctx.stageVersion(e.until))
  )
}

export const gateSpec = defineCriterion({
  id: 'gate-spec',
  meta: {
    repo: 'kubernetes',
    stage: '2',
    checks:
      'Stages 2-4: the effective spec at the target (the entry with the greatest Version at or before it) is {gateSchedule}. The KEP\'s stage 4 says "LockToDefault: false", a slip: stage 2 and the gate lifecycle (lock before removal) say true, and so does this policy.'
  },
  messages: {
    ...DUPLICATED_MESSAGES,
    noExpectation: 'the policy expects no particular spec at this release',
    noSpecs: '{gate} has no spec list, so it has no spec at {target}',
    noEntry: "no entry of {gate}'s spec list applies at {target}",
    defaultWrong: 'Default should be {expected}',
    lockWrong: 'LockToDefault should be {expected}',
    lockWrongSlip:
      "LockToDefault should be {expected} (the KEP's stage 4 says false, a slip: stage 2 and the gate lifecycle lock it before removal)",
    preReleaseWrong: 'PreRelease should be {expected}',
    wrong: "at {target} {gate}'s effective spec is {spec}: {wrong}",
    scheduled: "at {target} {gate}'s effective spec is {spec}, as scheduled"
  },
  async check(ctx) {
    const expected = expectationAt(ctx)
    if (!expected) return { skipped: ctx.say('noExpectation') }
    const facts = await gateFacts(ctx)
    const data = { gate: ctx.policy.gate, target: formatMinor(ctx.target) }
    if (!facts.specs) {
      return fail(ctx.say('noSpecs', data), [
        facts.declaration ?? { file: ctx.policy.kubernetes.featureFiles[0]! }
      ])
    }
    const twice = duplicated(ctx, facts)
    if (twice) return twice
    const spec = effectiveAtTarget(ctx, facts)
    if (!spec) return fail(ctx.say('noEntry', data), [specEvidence(facts)])
    const wrong: string[] = []
    if (spec.default !== expected.default)
      wrong.push(ctx.say('defaultWrong', { expected: String(expected.default) }))
    if (spec.lockToDefault !== expected.lockToDefault) {
      // The KEP's stage 4 text says "LockToDefault: false"; say why we ask for true.
      const which = expected.lockToDefault ? 'lockWrongSlip' : 'lockWrong'
      wrong.push(ctx.say(which, { expected: String(expected.lockToDefault) }))
    }
    if (!expected.preRelease.includes(spec.preRelease as never))
      wrong.push(ctx.say('preReleaseWrong', { expected: expected.preRelease.join(' or ') }))
    const where = specEvidence(facts, spec)
    const found = { ...data, spec: describeSpec(spec) }
    if (wrong.length > 0)
      return fail(ctx.say('wrong', { ...found, wrong: wrong.join(', ') }), [where])
    return pass(ctx.say('scheduled', found), [where])
  }
})

export const gateRemoved = defineCriterion({
  id: 'gate-removed',
  meta: {
    repo: 'kubernetes',
    stage: 'cleanup',
    checks:
      'Cleanup: the {gate} feature gate is removed (declaration, spec list, generated list, uses).'
  },
  messages: {
    stillThere: '{gate} is still in the tree in {count} place(s): {places}',
    gone: '{gate} is gone: no declaration, spec, list entry or use in product code'
  },
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
      const data = { gate, count: leftovers.length, places: summarise(leftovers) }
      return fail(ctx.say('stillThere', data), leftovers)
    }
    return pass(ctx.say('gone', { gate }))
  }
})
