import type { Kep, KepMilestone } from '../evidence/kep-yaml.js'
import type { GateEvidence, GateFinding, GateSeverity } from '../report/gates-types.js'
import { compareMinor, formatMinor, isBefore, type MinorVersion } from '../release/version.js'
import { firstVersion, specAt, type SpecList } from './specs.js'

// A deprecation or removal KEP tracks its own progress with its milestones: its gate may be a
// Deprecated one, or a new Disable… gate that graduates Alpha → Beta → GA.

/** A deprecation or removal KEP: its gates exist from its first milestone on; the rest is information. */
export function removalGate(
  name: string,
  kep: Kep,
  due: KepMilestone[],
  gate: string,
  list: SpecList,
  kepSide: (line: number | undefined, note?: string) => GateEvidence,
  listSide: (at: MinorVersion | undefined) => GateEvidence
): GateFinding[] {
  if (due.length === 0) return []
  const first = [...due].sort((a, b) => compareMinor(a.version!, b.version!))[0]!
  const enters = firstVersion(list.entry)
  const finding = (
    kind: string,
    severity: GateSeverity,
    message: string,
    evidence: GateEvidence[]
  ) => ({
    rule: 'kep-list' as const,
    kind,
    severity,
    gate,
    message,
    evidence,
    version: formatMinor(first.version!)
  })
  if (enters && isBefore(first.version!, enters))
    return [
      finding(
        'gate-late',
        'error',
        `${name}'s first milestone is ${first.key} in ${first.text}, but ${gate} enters the code only at ${formatMinor(enters)}`,
        [kepSide(first.line), listSide(enters)]
      )
    ]
  const story = due
    .map(m => `${m.key} ${m.text}: ${specAt(list.entry, m.version!)?.preRelease ?? 'no spec'}`)
    .join(', ')
  return [
    finding(
      'removal-progress',
      'info',
      `${name} (${kep.stage}) — ${gate} at its milestones: ${story}`,
      [kepSide(first.line), listSide(undefined)]
    )
  ]
}
