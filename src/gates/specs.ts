import { effectiveSpec } from '../evidence/go.js'
import type { FeatureSpec, GateSpecs } from '../evidence/go-types.js'
import { compareMinor, formatMinor, parseMinor, type MinorVersion } from '../target/version.js'
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

/** The specs in force up to the target, oldest first (unversioned specs apply everywhere). */
export function specsUpTo(entry: GateSpecs, target: MinorVersion): FeatureSpec[] {
  return entry.specs
    .filter(s => {
      const v = versionOf(s)
      return !v || compareMinor(v, target) <= 0
    })
    .sort((a, b) => compareMinor(versionOf(a) ?? ZERO, versionOf(b) ?? ZERO))
}

const ZERO: MinorVersion = { major: 0, minor: 0 }

/** Whether the gate is in the code at the target: it has a spec at or before it. */
export function isLive(entry: GateSpecs, target: MinorVersion): boolean {
  return specsUpTo(entry, target).length > 0
}

/** The spec that rules at a release: the greatest Version at or before it. */
export function specAt(entry: GateSpecs, at: MinorVersion): FeatureSpec | undefined {
  return effectiveSpec(entry.specs, formatMinor(at))
}

/** The first release the gate has a spec for; undefined for an unversioned (always-there) gate. */
export function firstVersion(entry: GateSpecs): MinorVersion | undefined {
  const versions = entry.specs.map(versionOf)
  if (versions.some(v => v === undefined)) return undefined
  return versions.sort((a, b) => compareMinor(a!, b!))[0]
}

export function previousMinor(v: MinorVersion): MinorVersion {
  return { major: v.major, minor: v.minor - 1 }
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
