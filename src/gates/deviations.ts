import type { Deviation } from '../policy/gates-schema.js'
import type { GateFinding } from '../report/gates-types.js'
import { globMatcher } from './glob.js'

/**
 * Findings the policy accepts become `accepted`, with the policy's reason: shown, counted, never
 * dropped, and never failing the run. Information stays information.
 */
export function applyDeviations(
  findings: readonly GateFinding[],
  deviations: readonly Deviation[]
): GateFinding[] {
  const matchers = deviations.map(d => ({ ...d, gates: d.gate ? globMatcher(d.gate) : undefined }))
  return findings.map(f => {
    if (f.severity !== 'error' && f.severity !== 'warning') return f
    const d = matchers.find(
      m =>
        (!m.gates || (f.gate !== undefined && m.gates.test(f.gate))) &&
        (!m.rule || m.rule === f.rule) &&
        (!m.finding || m.finding === f.kind) &&
        (!m.version || m.version === f.version)
    )
    return d ? { ...f, severity: 'accepted', reason: d.reason } : f
  })
}
