import type { TargetMark, TargetVia } from '../report/types.js'

// The hidden first line that finds kep-gate's checklist comment again. Its parts are ids,
// modes and versions from the report, never text from the checkout.
//
// - On a pull request: one comment per KEP, repository kind and mode, which follows the target:
//   `<!-- kep-gate:kep-5495:kubernetes:enforce target=1.40:milestone from=1.37:milestone -->`.
// - On a tracking issue: one comment per target, a record of each release:
//   `<!-- kep-gate:kep-5495:kubernetes:1.40 -->` (`:regression` after it in that mode). Pull
//   requests had these before; they are adopted by the pull request's marker.

/** A checklist comment's marker as read back: the target it was written for, and the one before. */
export interface MarkedComment {
  target?: TargetMark
  movedFrom?: TargetMark
}

/** What a checklist comment is about. */
export interface CommentSubject {
  kep: string
  kind: string
  target: string
  targetVia?: TargetVia
}

const VERSION = '(\\d{1,4}\\.\\d{1,4})'
const VIAS: readonly TargetVia[] = ['input', 'milestone', 'branch', 'tag', 'hugo']

function safe(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9.-]/g, '-')
}

/** The first line of a comment body. */
function firstLine(body: string | undefined): string {
  const text = body ?? ''
  const end = text.indexOf('\n')
  return end === -1 ? text : text.slice(0, end)
}

/** A tracking issue's marker: one comment per KEP, kind, target (and view). */
export function releaseMarker(subject: CommentSubject, view?: string): string {
  const { kep, kind, target } = subject
  const parts = [`kep-${safe(kep)}`, safe(kind), safe(target), ...(view ? [safe(view)] : [])]
  return `<!-- kep-gate:${parts.join(':')} -->`
}

function mark(target: TargetMark): string {
  return `${safe(target.release)}:${target.via ?? 'unknown'}`
}

function readMark(release: string, via: string): TargetMark {
  return {
    release,
    ...((VIAS as readonly string[]).includes(via) ? { via: via as TargetVia } : {})
  }
}

/** The start of a pull request's marker: everything but the target. */
function pullRequestKey(subject: CommentSubject, mode: string): string {
  return `<!-- kep-gate:kep-${safe(subject.kep)}:${safe(subject.kind)}:${safe(mode)}`
}

/** A pull request's marker: the key, the target and (once it moved) the target before. */
export function pullRequestMarker(
  subject: CommentSubject,
  mode: string,
  movedFrom?: TargetMark
): string {
  const target = mark({ release: subject.target, via: subject.targetVia })
  const from = movedFrom ? ` from=${mark(movedFrom)}` : ''
  return `${pullRequestKey(subject, mode)} target=${target}${from} -->`
}

/**
 * Reads a comment's first line as a pull request's checklist of this KEP, kind and mode: its
 * own marker, or a marker of the per-target form pull requests had before (the regression view
 * in regression mode, the plain one otherwise). Undefined for any other comment.
 */
export function readPullRequestMarker(
  body: string | undefined,
  subject: CommentSubject,
  mode: string
): MarkedComment | undefined {
  const line = firstLine(body)
  // The key is matched as a prefix, the rest by a pattern with nothing of the key in it.
  const key = pullRequestKey(subject, mode)
  if (line.startsWith(`${key} `)) {
    const current = new RegExp(`^target=${VERSION}:([a-z]+)(?: from=${VERSION}:([a-z]+))? -->$`)
    const found = current.exec(line.slice(key.length + 1))
    if (!found) return undefined
    const [, release, via, fromRelease, fromVia] = found
    return {
      target: readMark(release!, via!),
      ...(fromRelease ? { movedFrom: readMark(fromRelease, fromVia!) } : {})
    }
  }
  const prefix = `<!-- kep-gate:kep-${safe(subject.kep)}:${safe(subject.kind)}:`
  const view = mode === 'regression' ? ':regression' : ''
  const legacy = line.startsWith(prefix)
    ? new RegExp(`^${VERSION}${view} -->$`).exec(line.slice(prefix.length))
    : null
  if (!legacy) return undefined
  return { target: { release: legacy[1]!, ...legacyVia(body ?? '') } }
}

const LEGACY_VIAS: Record<string, TargetVia> = {
  'target-release': 'input',
  milestone: 'milestone',
  branch: 'branch',
  'git describe': 'tag',
  'hugo.toml': 'hugo'
}

/** Which source a checklist of the per-target form names in its `Target **1.37** (from …)`. */
function legacyVia(body: string): { via?: TargetVia } {
  const found =
    /^Target \*\*[\d.]+\*\* \(from (target-release|milestone|branch|git describe|hugo\.toml)\b/m.exec(
      body
    )
  return found ? { via: LEGACY_VIAS[found[1]!]! } : {}
}
