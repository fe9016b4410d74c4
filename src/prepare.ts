import { promises as fs } from 'node:fs'
import nodePath from 'node:path'
import { CRITERION_IDS } from './criteria/registry.js'
import { DataError, UserError } from './errors.js'
import { pathInside } from './evidence/inside.js'
import { readNamedFile } from './evidence/regular-file.js'
import type { Repo } from './evidence/repo.js'
import { detectKind, type KindProbe, type RepoKind } from './evidence/repo-kind.js'
import { loadPolicy, type PolicyText } from './policy/load.js'
import type { Policy } from './policy/schema.js'
import { resolveTarget } from './release/resolve.js'
import type { MinorVersion } from './release/version.js'
import type { TargetVia } from './report/types.js'

// Resolve once, evaluate many: the policy, the repository kind and the target release are worked
// out here, once, from what the user gave; evaluate() then judges any Repo with them (a pull
// request's base commit and its head share one preparation).

/** What the user gave, as the core needs it: never the action's whole settings. */
export interface PrepareSettings {
  /** The target as given (`target-release`, `--target`); worked out from the checkout if absent. */
  target?: string
  /** How the user named the target in error messages: `target-release` or `--target`. */
  targetLabel?: string
  /** `kubernetes`, `website` or `auto`. */
  repoKind?: string
  /** The policy file as the user named it; the built-in policy if absent. */
  policy?: PolicyFile
  /** The pull request's milestone title, its base branch, the pushed ref or checked-out branch. */
  milestone?: string
  baseRef?: string
  ref?: string
}

/**
 * A policy file as the user named it: relative to `base`, the checkout for the action's input and
 * the current folder for the CLI's flag. It must be inside the repository it is read from.
 */
export interface PolicyFile {
  file: string
  base: string
}

/** Where the policy file is read when it is not the checked repository. */
export interface PolicySource {
  repo: Repo
  /** How the report names it: `the base commit 1a2b3c4`. */
  origin: string
}

export interface Prepared {
  policy: Policy
  kind: RepoKind
  target: MinorVersion
  /** Which source decided the target, as the report shows it: `milestone v1.40`. */
  targetSource: string
  targetVia: TargetVia
  /** Where a user's policy file was read from, when not the checkout. */
  policySource?: string
  /** What the user should know about the preparation (a policy file the base lacks). */
  notices: string[]
}

export interface PrepareOptions {
  /** Where the policy file is read (a pull request's base commit); the checked repo otherwise. */
  policyFrom?: PolicySource
  /**
   * Where the kind is looked for, when not the checked repo: the files on disk of a working tree
   * answer at once, before git has listed what it tracks (see check.ts).
   */
  kindProbe?: KindProbe
}

/** Settings → the policy, the repository kind and the target, each worked out once. */
export async function prepare(
  settings: PrepareSettings,
  repo: Repo,
  options: PrepareOptions = {}
): Promise<Prepared> {
  const [{ text: override, notices }, kind] = await Promise.all([
    readPolicyText(settings.policy, repo, options.policyFrom),
    detectKind(options.kindProbe ?? repo, settings.repoKind)
  ])
  const policy = await loadPolicy(CRITERION_IDS, override)
  const { target, source, via } = await resolveTarget({
    explicit: settings.target,
    explicitLabel: settings.targetLabel,
    milestone: settings.milestone,
    baseRef: settings.baseRef,
    ref: settings.ref,
    kind,
    describe: () => repo.describe(),
    hugoToml: () => repo.read('hugo.toml')
  })
  return {
    policy,
    kind,
    target,
    targetSource: source,
    targetVia: via,
    ...(override?.origin ? { policySource: `${override.file} from ${override.origin}` } : {}),
    notices
  }
}

/**
 * The policy file as read from the checked repository, or from `from` (a pull request's base
 * commit, so a pull request cannot rewrite the policy that judges it): there, a file the commit
 * lacks means the built-in policy, with a notice.
 */
export async function readPolicyText(
  policy: PolicyFile | undefined,
  repo: Repo,
  from?: PolicySource
): Promise<{ text?: PolicyText; notices: string[] }> {
  if (policy === undefined) return { notices: [] }
  const reader = from?.repo ?? repo
  const file = await policyPath(policy.file, policy.base, reader.root)
  const text = await readPolicy(reader, file)
  if (text !== undefined)
    return { text: { file, text, ...(from ? { origin: from.origin } : {}) }, notices: [] }
  if (!from)
    throw new UserError(
      `policy file "${policy.file}" does not exist: give a path to a YAML file inside the repository`
    )
  const notice = `policy file "${file}" is not a file on ${from.origin}: judging with the built-in policy (a pull request's policy changes apply once merged)`
  return { notices: [notice] }
}

/** Through the Repo, which keeps the read inside the checkout and reads regular files only. */
async function readPolicy(repo: Repo, file: string): Promise<string | undefined> {
  try {
    return await repo.readNamed(file)
  } catch (error) {
    if (error instanceof DataError)
      throw new UserError(`policy file "${file}" ${error.reason}: give a path to a YAML file`)
    throw error
  }
}

/**
 * The repository-relative path of a policy file named relative to `base`, in the repository at
 * `root`. A path that leaves the repository is refused before anything is read.
 */
async function policyPath(file: string, base: string, root: string): Promise<string> {
  // The base may be reached through a link (macOS's /tmp): compare real paths.
  const from = await fs.realpath(base).catch(() => nodePath.resolve(base))
  const rel = pathInside(root, nodePath.resolve(from, file))
  if (rel === undefined || rel === '')
    throw new UserError(
      `policy file "${file}" is outside the repository: keep the policy file in the checkout`
    )
  return rel
}

/**
 * A policy file named on the command line without a checkout to judge (`plan`, `gates`): read
 * where the user points, regular files only.
 */
export async function readPlainPolicy(file: string): Promise<PolicyText> {
  return {
    file: nodePath.relative(process.cwd(), nodePath.resolve(file)) || file,
    text: await readNamedFile(
      nodePath.resolve(file),
      `policy file "${file}"`,
      'give a path to a YAML file'
    )
  }
}
