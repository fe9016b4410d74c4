// Pinning rules for `uses:`, read from lines of text so that any file (a workflow, a Markdown
// example) can be checked the same way.

export const OWN_ACTION = 'kubernetes-sigs/kep-gate'

/** kep-gate itself: this repository (`./`) or its published name. */
export function isOwnAction(uses: string): boolean {
  return uses === './' || uses === '.' || uses.startsWith(`${OWN_ACTION}@`)
}

export interface UsesLine {
  /** owner/repo(/path), `./path` or `docker://image`. */
  action: string
  ref: string
  /** The version named in the line's comment (`# v7.0.1`), if any. */
  version?: string
}

const USES_LINE = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(?:#\s*(.*?))?\s*$/

export function readUses(line: string): UsesLine | undefined {
  const m = USES_LINE.exec(line)
  if (!m) return undefined
  const target = m[2]!
  const at = target.lastIndexOf('@')
  const version = /^(v\d+\.\d+\.\d+)\b/.exec(m[3] ?? '')?.[1]
  if (at <= 0 || target.startsWith('docker://') || target.startsWith('./'))
    return { action: target, ref: '', ...(version ? { version } : {}) }
  return {
    action: target.slice(0, at),
    ref: target.slice(at + 1),
    ...(version ? { version } : {})
  }
}

/**
 * Why a `uses:` line is not pinned as this repository requires, or undefined when it is. Local
 * actions need no pin; kep-gate itself may be used at its moving major tag (`@v0`), a release
 * tag or a SHA; every other action, and any image, needs a full commit SHA (an image a digest),
 * with the version in a comment so a reader (and Dependabot) knows what it is.
 */
export function pinProblem(line: string): string | undefined {
  const uses = readUses(line)
  if (!uses) return `cannot read the uses: line ${JSON.stringify(line.trim())}`
  if (uses.action.startsWith('./')) return undefined
  if (uses.action.startsWith('docker://')) {
    return /@sha256:[0-9a-f]{64}$/.test(uses.action)
      ? undefined
      : `${uses.action} is not pinned to a digest (docker://image@sha256:…)`
  }
  const sha = /^[0-9a-f]{40}$/.test(uses.ref)
  if (uses.action === OWN_ACTION) {
    if (/^v\d+(\.\d+\.\d+)?$/.test(uses.ref) || (sha && uses.version)) return undefined
    return `${uses.action}@${uses.ref}: use a release (@v0, @v0.1.0) or a commit SHA with its version in a comment`
  }
  if (!sha) {
    return `${uses.action}@${uses.ref || '(no ref)'} is not pinned to a commit: use ${uses.action}@<40-hex SHA> # vX.Y.Z`
  }
  if (!uses.version) {
    return `${uses.action}@${uses.ref} has no version comment: add # vX.Y.Z (the release that commit is)`
  }
  return undefined
}

/** A `uses:` line and where it is. */
export interface UsesAt extends UsesLine {
  where: string
  line: string
}

/**
 * Pins that disagree: one action at one version pinned to two commits, or one commit given two
 * versions. Dependabot bumps .github/workflows/; this keeps the README's copies in step with it.
 */
export function inconsistentPins(all: UsesAt[]): string[] {
  const problems: string[] = []
  const shaOf = new Map<string, UsesAt>()
  const versionOf = new Map<string, UsesAt>()
  for (const u of all) {
    if (!/^[0-9a-f]{40}$/.test(u.ref) || !u.version) continue
    const byVersion = `${u.action}@${u.version}`
    const seenSha = shaOf.get(byVersion)
    if (seenSha && seenSha.ref !== u.ref)
      problems.push(
        `${u.where}: ${byVersion} is pinned to ${u.ref}, but to ${seenSha.ref} at ${seenSha.where}`
      )
    else shaOf.set(byVersion, u)
    const byCommit = `${u.action}@${u.ref}`
    const seenVersion = versionOf.get(byCommit)
    if (seenVersion && seenVersion.version !== u.version)
      problems.push(
        `${u.where}: ${byCommit} is called ${u.version}, but ${seenVersion.version} at ${seenVersion.where}`
      )
    else versionOf.set(byCommit, u)
  }
  return problems
}
