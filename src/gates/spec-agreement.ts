import { effectiveSpec } from '../evidence/go.js'
import type { FeatureSpec, GateSpecs } from '../evidence/go-types.js'
import type { Evidence } from '../report/types.js'
import type { MinorVersion } from '../release/version.js'

// The one comparison of a gate's Go spec list with its entry in the generated list: KEP-5495's
// gate-declared asks it for one gate, the audit of every gate for all of them.

export function describeSpec(spec: FeatureSpec): string {
  const version = spec.version ? `Version ${spec.version}, ` : ''
  return `{${version}Default: ${spec.default}, PreRelease: ${spec.preRelease}, LockToDefault: ${spec.lockToDefault}}`
}

/** Where the generated list and the Go disagree about one gate, entry by entry; empty when they agree. */
export function specDisagreements(
  go: { file: string; entry: GateSpecs },
  list: { file: string; entry?: GateSpecs },
  gate: string,
  target: MinorVersion
): Evidence[] {
  if (!list.entry) return [{ file: list.file, note: `${gate} is missing from the generated list` }]
  const key = (s: FeatureSpec): string =>
    `${s.version}|${s.default}|${s.lockToDefault}|${s.preRelease}`
  if (go.entry.layout === 'unversioned') {
    // Older trees keep one unversioned spec in Go; compare it with the list's entry at the target.
    const listed = effectiveSpec(list.entry.specs, target)
    const goSpec = go.entry.specs[0]
    if (!listed || !goSpec || key({ ...listed, version: undefined }) !== key(goSpec)) {
      return [
        {
          file: list.file,
          line: listed?.line ?? list.entry.line,
          note: `list says ${listed ? describeSpec(listed) : 'nothing'}, Go says ${goSpec ? describeSpec(goSpec) : 'nothing'}`
        }
      ]
    }
    return []
  }
  const goKeys = new Set(go.entry.specs.map(key))
  const listKeys = new Set(list.entry.specs.map(key))
  const out: Evidence[] = []
  for (const s of list.entry.specs) {
    if (!goKeys.has(key(s)))
      out.push({
        file: list.file,
        line: s.line,
        note: `list has ${describeSpec(s)}, which the Go spec list does not`
      })
  }
  for (const s of go.entry.specs) {
    if (!listKeys.has(key(s)))
      out.push({
        file: go.file,
        line: s.line,
        note: `Go has ${describeSpec(s)}, which the generated list does not`
      })
  }
  return out
}
