import { effectiveSpec } from '../evidence/go.js'
import type { FeatureSpec, GateSpecs } from '../evidence/go-types.js'
import { compareMinor, parseMinor, previousMinor, type MinorVersion } from '../release/version.js'
import type { ExpectedStage } from './page-stages.js'

// A gate's spec list read at a release, in Kubernetes' own words (VersionedSpecs, PreRelease,
// LockToDefault, the effective spec at a version).

/** A gate's spec list and where it was read: the generated list, else the Go spec map. */
export interface SpecList {
  file: string
  entry: GateSpecs
}

/** How pages name a pre-release. */
export const PAGE_STAGE: Readonly<Record<string, string>> = {
  Alpha: 'alpha',
  Beta: 'beta',
  GA: 'stable',
  Deprecated: 'deprecated'
}

/** How kep.yaml names the pre-release a feature KEP's stage promises. */
export const KEP_PRE_RELEASE: Readonly<Record<string, string>> = {
  alpha: 'Alpha',
  beta: 'Beta',
  stable: 'GA'
}

function versionOf(spec: FeatureSpec): MinorVersion | undefined {
  return spec.version === undefined ? undefined : parseMinor(spec.version)
}

const ZERO: MinorVersion = { major: 0, minor: 0 }

/** Each spec with its release (unversioned ones at 0.0), oldest first: worked out once per list. */
const ordered = new WeakMap<GateSpecs, { spec: FeatureSpec; at: MinorVersion }[]>()

function inOrder(entry: GateSpecs): { spec: FeatureSpec; at: MinorVersion }[] {
  let specs = ordered.get(entry)
  if (!specs) {
    specs = entry.specs
      .map(spec => ({ spec, at: versionOf(spec) ?? ZERO }))
      .sort((a, b) => compareMinor(a.at, b.at))
    ordered.set(entry, specs)
  }
  return specs
}

/** The specs in force up to the target, oldest first (unversioned specs apply everywhere). */
export function specsUpTo(entry: GateSpecs, target: MinorVersion): FeatureSpec[] {
  return inOrder(entry)
    .filter(s => compareMinor(s.at, target) <= 0)
    .map(s => s.spec)
}

/** Whether the gate is in the code at the target: it has a spec at or before it. */
export function isLive(entry: GateSpecs, target: MinorVersion): boolean {
  const first = inOrder(entry)[0]
  return first !== undefined && compareMinor(first.at, target) <= 0
}

/** The spec that rules at a release: the greatest Version at or before it. */
export function specAt(entry: GateSpecs, at: MinorVersion): FeatureSpec | undefined {
  return effectiveSpec(entry.specs, at)
}

/** The first release the gate has a spec for; undefined for an unversioned (always-there) gate. */
export function firstVersion(entry: GateSpecs): MinorVersion | undefined {
  const first = inOrder(entry)[0]
  return first && first.spec.version !== undefined ? first.at : undefined
}

/**
 * The stages a page must show at the target: one per spec up to it, `toVersion` the minor before
 * the next spec's Version, none on the last. Each with the spec it stands for.
 */
export function expectedStages(
  entry: GateSpecs,
  target: MinorVersion
): { stage: ExpectedStage; spec: FeatureSpec }[] {
  const specs = specsUpTo(entry, target).filter(s => versionOf(s))
  return specs.map((spec, i) => {
    const next = specs[i + 1]
    const stage: ExpectedStage = {
      stage: PAGE_STAGE[spec.preRelease] ?? spec.preRelease.toLowerCase(),
      defaultValue: spec.default,
      from: versionOf(spec)!,
      locked: spec.lockToDefault,
      ...(next ? { to: previousMinor(versionOf(next)!) } : {})
    }
    return { stage, spec }
  })
}

/** `Beta, default on, since 1.33` (`, locked` when LockToDefault). */
export function summariseSpec(spec: FeatureSpec): string {
  const since = spec.version ? `, since ${spec.version}` : ''
  return `${spec.preRelease}, default ${spec.default ? 'on' : 'off'}${spec.lockToDefault ? ', locked' : ''}${since}`
}
