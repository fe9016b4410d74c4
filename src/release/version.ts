import semver from 'semver'

/** A Kubernetes minor release such as 1.40: the unit every criterion's window is written in. */
export interface MinorVersion {
  major: number
  minor: number
}

export const ACCEPTED_TARGET_FORMS = '1.40, v1.40, v1.40.0, v1.40.0-rc.1 or release-1.40'

// No leading zeros: `01.40` and `1.040` are typos, not 1.40; at most four digits a part.
const MINOR_ONLY = /^v?(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/

/** A release as data files write it: `1.40`, no `v`, no leading zeros, up to four digits a part. */
export const MINOR_RELEASE = /^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/

/**
 * Reads a release the way release managers write it. Returns undefined when the text is not one
 * of the accepted forms, so callers can say where the bad value came from.
 */
export function parseMinor(text: string): MinorVersion | undefined {
  const trimmed = text.trim()
  const branch = /^(release|dev)-/.exec(trimmed)
  const value = branch ? trimmed.slice(branch[0].length) : trimmed
  const short = MINOR_ONLY.exec(value)
  if (short) return { major: Number(short[1]), minor: Number(short[2]) }
  // Branches are named by minor only: release-1.40, never release-1.40.1.
  if (branch) return undefined
  // Full versions (with pre-release and build parts) go through semver so `v1.40.0-rc.1` and
  // `1.40.0+build` are judged by the same grammar npm uses.
  const full = semver.parse(value) // strict: semver's loose mode reads `=v1.40.0` and worse
  if (!full) return undefined
  return { major: full.major, minor: full.minor }
}

export function formatMinor(v: MinorVersion): string {
  return `${v.major}.${v.minor}`
}

/** Numeric comparison: 1.100 is later than 1.99. */
export function compareMinor(a: MinorVersion, b: MinorVersion): number {
  return a.major - b.major || a.minor - b.minor
}

/** Parses a version the policy or a data file wrote ("1.37"); throws on text that is not one. */
export function minor(text: string): MinorVersion {
  const parsed = parseMinor(text)
  if (!parsed)
    throw new Error(`"${text}" is not a release version (expected ${ACCEPTED_TARGET_FORMS})`)
  return parsed
}

/**
 * The major.minor a version written in code starts with (`1.40`, `v1.40.1`, `1.40.0-alpha.1`),
 * as Kubernetes' own version.MustParse reads it; undefined for text that does not start with one
 * (a variable's name, say).
 */
export function leadingMinor(text: string): MinorVersion | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(text.trim())
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined
}

/** The release before: 1.39 for 1.40 (a stage shown "to" the release before the next begins). */
export function previousMinor(v: MinorVersion): MinorVersion {
  return { major: v.major, minor: v.minor - 1 }
}

/** Whether text names a release (`1.43`, `v1.43`), and not merely a longer number (`1.430`). */
export function namesRelease(text: string, release: MinorVersion): boolean {
  return new RegExp(`(?<![\\d.])v?${release.major}\\.${release.minor}(?![\\d])`).test(text)
}

export function isBefore(a: MinorVersion, b: MinorVersion): boolean {
  return compareMinor(a, b) < 0
}

export function isAtLeast(a: MinorVersion, b: MinorVersion): boolean {
  return compareMinor(a, b) >= 0
}
