import type { Kep, KepMilestone } from '../evidence/kep-yaml.js'
import type { Policy } from '../policy/schema.js'
import type { GateEvidence, GateFinding, GateSeverity } from '../report/gates-types.js'
import { compareMinor, formatMinor, type MinorVersion } from '../release/version.js'
import type { RuleOutcome } from './code-list.js'
import type { KepFacts } from './sources.js'
import { byOwnPolicy } from './kep-policy.js'
import { removalGate } from './kep-removal.js'
import { describeSpec } from './spec-agreement.js'
import { firstVersion, isLive, KEP_PRE_RELEASE, specAt, type SpecList } from './specs.js'

// KEP ↔ list. A feature KEP (stage alpha, beta or stable) promises a pre-release at each
// milestone: the gate's spec at that release must be at it, and at code freeze (latest-milestone
// = the target) the gate must be at the KEP's stage. A deprecation or removal KEP tracks its own
// progress with the milestones, so only the gates' presence from its first milestone on is
// judged. A KEP with a policy of its own (KEP-5495) is judged by that policy.

const FEATURE = new Set(['alpha', 'beta', 'stable'])
const REMOVAL = new Set(['deprecated', 'disabled', 'removed'])
/** Statuses of KEPs being built or built; provisional, withdrawn or replaced ones promise nothing. */
const JUDGED_STATUS = new Set(['implementable', 'implemented'])

export interface KepRuleOutcome extends RuleOutcome {
  /** Every KEP that names a gate, by gate. */
  naming: Map<string, Kep[]>
}

export function kepListRule(
  keps: readonly KepFacts[],
  specs: ReadonlyMap<string, SpecList>,
  unreadable: ReadonlySet<string>,
  target: MinorVersion,
  policy: Policy
): KepRuleOutcome {
  const naming = new Map<string, Kep[]>()
  const findings: GateFinding[] = []
  for (const { kep } of keps) {
    if (!kep) continue
    for (const g of kep.featureGates) {
      const named = naming.get(g.name) ?? []
      named.push(kep)
      naming.set(g.name, named)
    }
    if (kep.status && !JUDGED_STATUS.has(kep.status)) continue
    findings.push(...judgeKep(kep, specs, unreadable, target, policy))
  }
  for (const [gate, list] of specs) {
    if (naming.has(gate) || !isLive(list.entry, target)) continue
    findings.push({
      rule: 'kep-list',
      kind: 'no-kep',
      severity: 'info',
      gate,
      message: `no KEP names ${gate}`,
      evidence: [{ source: 'kubernetes', file: list.file, line: list.entry.line }]
    })
  }
  return { checked: true, findings, naming }
}

function judgeKep(
  kep: Kep,
  specs: ReadonlyMap<string, SpecList>,
  unreadable: ReadonlySet<string>,
  target: MinorVersion,
  policy: Policy
): GateFinding[] {
  const out: GateFinding[] = []
  const name = `KEP-${kep.number ?? '?'}`
  const at = formatMinor(target)
  const kepSide = (line: number | undefined, note?: string): GateEvidence => ({
    source: 'enhancements',
    file: kep.file,
    line: line ?? 1,
    ...(note ? { note } : {})
  })
  const add = (
    gate: string,
    kind: string,
    severity: GateSeverity,
    message: string,
    evidence: GateEvidence[],
    version?: MinorVersion
  ) =>
    out.push({
      rule: 'kep-list',
      kind,
      severity,
      gate,
      message,
      evidence,
      ...(version ? { version: formatMinor(version) } : {})
    })
  const stage = kep.stage ?? ''
  const latest = kep.latestMilestone?.version
  const freeze = latest !== undefined && compareMinor(latest, target) === 0
  const due = kep.milestones.filter(m => m.version && compareMinor(m.version, target) <= 0)

  const live: LiveGate[] = []
  for (const gate of kep.featureGates) {
    if (unreadable.has(gate.name)) continue
    const list = specs.get(gate.name)
    if (!list || !isLive(list.entry, target)) {
      const promised = freeze && (stage === 'alpha' || stage === 'beta')
      add(
        gate.name,
        promised ? 'kep-gate-missing' : 'kep-gate-unknown',
        promised ? 'error' : 'info',
        promised
          ? `${name} is ${stage} in ${kep.latestMilestone!.text} (latest-milestone), but ${gate.name} is not in the code at ${at}`
          : `${name} names ${gate.name}, which is not in the code at ${at} (removed or renamed?)`,
        [kepSide(gate.line, `names ${gate.name}`)]
      )
      continue
    }
    live.push({ name: gate.name, line: gate.line, list })
  }

  if (kep.number === policy.kep) {
    for (const g of live)
      out.push(
        ...byOwnPolicy(name, g.name, g.list, target, policy, kepSide(g.line), listSide(g, target))
      )
  } else if (FEATURE.has(stage)) {
    // A KEP keeps its promise at a release when one of its gates is at the promised
    // pre-release: KEPs share gates (CPUManagerPolicyAlphaOptions serves many) and keep helper
    // gates that never graduate.
    const promise = (
      key: string,
      text: string,
      when: MinorVersion,
      line: number | undefined,
      freezing: boolean
    ) => {
      const want = KEP_PRE_RELEASE[key]!
      const known = live.map(g => ({ ...g, spec: specAt(g.list.entry, when) }))
      for (const g of known.filter(g => !g.spec))
        add(
          g.name,
          'gate-later',
          'info',
          `${name} says ${key} in ${text}; ${g.name} enters the code only at ${formatMinor(firstVersion(g.list.entry)!)}`,
          [kepSide(line), listSide(g, undefined)],
          when
        )
      const judged = known.filter(g => g.spec)
      if (judged.length === 0 || judged.some(g => g.spec!.preRelease === want)) return
      const ahead = judged.some(g => rank(g.spec!.preRelease) > rank(want))
      const others = judged.length > 1 ? ` (no gate it names is ${want} then)` : ''
      for (const g of judged) {
        const pre = g.spec!.preRelease
        add(
          g.name,
          `${freezing ? 'stage' : 'milestone'}-${ahead ? 'ahead' : 'behind'}`,
          ahead ? 'warning' : 'error',
          freezing
            ? `${name} is ${key} in ${text} (latest-milestone), but at ${formatMinor(when)} the code has ${g.name} at ${pre}${others}: ${ahead ? "update the KEP's stage" : "promote the gate or move the KEP's milestone"}`
            : `${name} says ${key} in ${text}, but at ${formatMinor(when)} the code has ${g.name} at ${pre}${others}`,
          [kepSide(line, freezing ? `stage: ${key}` : `${key}: ${text}`), listSide(g, when)],
          when
        )
      }
    }
    for (const m of due)
      if (KEP_PRE_RELEASE[m.key]) promise(m.key, m.text, m.version!, m.line, false)
    // Code freeze: latest-milestone is the target, so the gate must be at the KEP's stage now
    // (judged above when the stage's own milestone is the target).
    const atTarget = (m: KepMilestone) => m.key === stage && compareMinor(m.version!, target) === 0
    if (freeze && !due.some(atTarget))
      promise(stage, kep.latestMilestone!.text, target, kep.stageLine, true)
  } else if (REMOVAL.has(stage)) {
    for (const g of live)
      out.push(...removalGate(name, kep, due, g.name, g.list, kepSide, at => listSide(g, at)))
  } else {
    for (const g of live)
      add(
        g.name,
        'kep-stage-unknown',
        'info',
        `${name}'s stage "${stage}" is none of alpha, beta, stable, deprecated, disabled or removed: not judged`,
        [kepSide(kep.stageLine)]
      )
  }
  return out
}

interface LiveGate {
  name: string
  line: number
  list: SpecList
}

function listSide(g: LiveGate, at: MinorVersion | undefined): GateEvidence {
  const spec = at ? specAt(g.list.entry, at) : undefined
  return spec
    ? { source: 'kubernetes', file: g.list.file, line: spec.line, note: describeSpec(spec) }
    : { source: 'kubernetes', file: g.list.file, line: g.list.entry.line }
}

const RANKS: Record<string, number> = { Alpha: 1, Beta: 2, GA: 3, Deprecated: 4 }
function rank(preRelease: string): number {
  return RANKS[preRelease] ?? 0
}
