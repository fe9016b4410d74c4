import { parse as parseToml, TomlError } from 'smol-toml'
import { DataError, oneLine, UserError } from '../errors.js'
import type { RepoKind } from '../evidence/repo-kind.js'
import type { TargetVia } from '../report/types.js'
import { ACCEPTED_TARGET_FORMS, parseMinor, type MinorVersion } from './version.js'

/** Where the target could come from, in the order CRITERIA.md section 1 gives. */
export interface TargetSources {
  /** The `target-release` input or `--target` flag. */
  explicit?: string
  /** The name of that input or flag, for messages (default `target-release`). */
  explicitLabel?: string
  /** The pull request's milestone title. */
  milestone?: string
  /** The pull request's base branch. */
  baseRef?: string
  /** The pushed ref (`refs/heads/release-1.40`) or branch name. */
  ref?: string
  kind: RepoKind
  /** `git describe --tags --match 'v[0-9]*'` of the checkout; asked only when needed. */
  describe: () => Promise<string | undefined>
  /** The website's `hugo.toml`; read only when needed. */
  hugoToml: () => Promise<string | undefined>
}

export interface ResolvedTarget {
  target: MinorVersion
  /** Which source decided, as the report shows it: `branch release-1.40`. */
  source: string
  /** Which kind of source it was, e.g. for a comment saying the target moved. */
  via: TargetVia
}

export async function resolveTarget(sources: TargetSources): Promise<ResolvedTarget> {
  if (sources.explicit?.trim()) {
    const value = sources.explicit.trim()
    const target = parseMinor(value)
    if (!target) {
      throw new UserError(
        `${sources.explicitLabel ?? 'target-release'} "${value}" is not a release: use ${ACCEPTED_TARGET_FORMS}`
      )
    }
    return { target, source: `${sources.explicitLabel ?? 'target-release'} ${value}`, via: 'input' }
  }

  // Milestones such as "next-candidate" are not releases; only version-shaped titles decide.
  const milestone = sources.milestone?.trim()
  if (milestone && /^v?\d/.test(milestone)) {
    const target = parseMinor(milestone)
    if (!target) {
      throw new UserError(
        `the pull request's milestone "${milestone}" is not a release: name milestones like v1.40, or set target-release`
      )
    }
    return { target, source: `milestone ${milestone}`, via: 'milestone' }
  }

  const branchPrefix = sources.kind === 'website' ? 'dev-' : 'release-'
  const branches = [sources.baseRef, sources.ref].map(branchName).filter(b => b !== undefined)
  for (const branch of branches) {
    // parseMinor reads `release-1.40` and `dev-1.40`; only the kind's own prefix names a target.
    const target = branch.startsWith(branchPrefix) ? parseMinor(branch) : undefined
    if (target) return { target, source: `branch ${branch}`, via: 'branch' }
  }

  if (sources.kind === 'kubernetes') {
    const described = (await sources.describe())?.trim()
    const target = described ? parseMinor(described) : undefined
    if (target) return { target, source: `git describe ${described}`, via: 'tag' }
  } else {
    const latest = latestFromHugo(await sources.hugoToml())
    const target = latest ? parseMinor(latest) : undefined
    if (target) return { target, source: `hugo.toml latest = "${latest}"`, via: 'hugo' }
  }

  throw new UserError(
    `cannot tell which release this checkout targets (no milestone, no ${branchPrefix}X.Y branch, ${
      sources.kind === 'kubernetes' ? 'no v1.X tag reachable' : 'no latest version in hugo.toml'
    }): set target-release (or --target) to ${ACCEPTED_TARGET_FORMS}`
  )
}

/** A branch name from a ref (`refs/heads/release-1.40`) or a plain name. */
function branchName(ref: string | undefined): string | undefined {
  return ref?.trim().replace(/^refs\/heads\//, '') || undefined
}

/**
 * `params.latest` of the website's hugo.toml (`[params]` … `latest = "v1.34"`), read as TOML: a
 * `latest` of another table, or inside a multi-line string, is not it. TOML that is not TOML is a
 * DataError at its line.
 */
export function latestFromHugo(toml: string | undefined): string | undefined {
  if (!toml) return undefined
  let data: Record<string, unknown>
  try {
    data = parseToml(toml)
  } catch (error) {
    const line = error instanceof TomlError ? error.line : undefined
    // smol-toml starts every message with this banner and follows the reason with a code frame.
    const reason = oneLine((error as Error).message.split('\n')[0]).replace(
      'Invalid TOML document: ',
      ''
    )
    throw new DataError('hugo.toml', line, `is not valid TOML: ${reason}`)
  }
  const latest = (data.params as Record<string, unknown> | undefined)?.latest
  return typeof latest === 'string' ? latest : undefined
}
