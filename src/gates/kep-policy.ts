import type { Policy } from '../policy/schema.js'
import { stageVersion } from '../policy/window.js'
import type { GateEvidence, GateFinding } from '../report/gates-types.js'
import { formatMinor, isAtLeast, isBefore, type MinorVersion } from '../release/version.js'
import { describeSpec } from './spec-agreement.js'
import { specAt, type SpecList } from './specs.js'

/** KEP-5495 and its like: the policy's expected spec at the target, as gate-spec asks. */
export function byOwnPolicy(
  name: string,
  gate: string,
  list: SpecList,
  target: MinorVersion,
  policy: Policy,
  kepSide: GateEvidence,
  listSide: GateEvidence
): GateFinding[] {
  const base = { rule: 'kep-list' as const, gate, evidence: [kepSide, listSide] }
  const expected =
    gate === policy.gate
      ? policy.kubernetes.gateSpec.find(
          e =>
            isAtLeast(target, stageVersion(policy, e.from)) &&
            isBefore(target, stageVersion(policy, e.until))
        )
      : undefined
  const spec = specAt(list.entry, target)
  if (
    expected &&
    (!spec ||
      spec.default !== expected.default ||
      spec.lockToDefault !== expected.lockToDefault ||
      !expected.preRelease.includes(spec.preRelease as never))
  )
    return [
      {
        ...base,
        kind: 'policy-spec',
        severity: 'error',
        message: `at ${formatMinor(target)} the ${policy.name} policy expects ${gate} to be Default: ${expected.default}, LockToDefault: ${expected.lockToDefault}, ${expected.preRelease.join(' or ')}; the code has ${spec ? describeSpec(spec) : 'no spec'}`
      }
    ]
  return [
    {
      ...base,
      kind: 'own-policy',
      severity: 'info',
      message: `${name} is judged by its own policy (${policy.name}: kep-gate check)${expected ? `; ${gate} is as it expects at ${formatMinor(target)}` : ''}`
    }
  ]
}
