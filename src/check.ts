import { promises as fs } from 'node:fs'
import nodePath from 'node:path'
import { CRITERIA, CRITERION_IDS } from './criteria/registry.js'
import { UserError } from './errors.js'
import { WorktreeRepo, type Repo } from './evidence/repo.js'
import { evaluate } from './evaluate.js'
import { readNamedFile } from './evidence/regular-file.js'
import type { GitHubFacts } from './evidence/github-facts.js'
import { loadPolicy, type PolicyText } from './policy/load.js'
import type { Report } from './report/types.js'
import { detectKind, type RepoKind } from './evidence/repo-kind.js'
import { resolveTarget } from './release/resolve.js'

/** Everything a check needs, read once from the action's inputs or the CLI's flags. */
export interface CheckSettings {
  /** The checkout (the workspace). */
  repoDir: string
  target?: string
  /** How the user named the target in error messages: `target-release` or `--target`. */
  targetLabel?: string
  repoKind?: string
  /** A policy override file; relative paths are relative to policyBase. */
  policy?: string
  policyBase: string
  milestone?: string
  baseRef?: string
  ref?: string
  /** Facts from the GitHub API (built by the edge when a token is given). */
  github?: GitHubFacts
  /** What to read instead of the working tree at repoDir, e.g. a commit (regression mode). */
  repo?: Repo
  /** Judge untracked files too (the CLI's --untracked); by default, what git tracks. */
  untracked?: boolean
  /**
   * kep-gate may fetch history the checkout lacks (the action's throw-away checkout, or the
   * CLI's --fetch); otherwise it names the `git fetch` that would supply it.
   */
  fetch?: boolean
  /**
   * The policy override already read by the caller (a pull request's base commit, so a PR cannot
   * rewrite the policy that judges it); null means the built-in policy. Wins over `policy`.
   */
  policyOverride?: PolicyText | null
}

/** Inputs → the verdict. Shared by the action and the CLI so both give identical answers. */
export async function check(settings: CheckSettings): Promise<Report> {
  const repo =
    settings.repo ??
    (await WorktreeRepo.open(settings.repoDir, {
      untracked: settings.untracked,
      fetch: settings.fetch
    }))
  const override =
    settings.policyOverride !== undefined
      ? (settings.policyOverride ?? undefined)
      : settings.policy
        ? await readPolicyFile(repo.root, settings.policyBase, settings.policy)
        : undefined
  const policy = await loadPolicy(CRITERION_IDS, override)
  const judge = async (kind: RepoKind): Promise<Report> => {
    const { target, source } = await resolveTarget({
      explicit: settings.target,
      explicitLabel: settings.targetLabel,
      milestone: settings.milestone,
      baseRef: settings.baseRef,
      ref: settings.ref,
      kind,
      describe: () => repo.describe(),
      hugoToml: () => repo.read('hugo.toml')
    })
    return evaluate({
      policy,
      repo,
      kind,
      target,
      targetSource: source,
      criteria: CRITERIA,
      github: settings.github
    })
  }
  // The kind decides which checks run. The files on disk tell it at once, so the searches start
  // while git lists what it tracks; where that list disagrees (a marker file never added), its
  // answer decides and the checks run again.
  const onDisk = repo instanceof WorktreeRepo ? repo.onDisk() : repo
  const guess = await detectKind(onDisk, settings.repoKind)
  const tracked = onDisk === repo ? Promise.resolve(guess) : detectKind(repo, settings.repoKind)
  const first = judge(guess)
  // Its failure is reported where it is awaited, or not at all if the guess was wrong.
  first.catch(() => undefined)
  const kind = await tracked
  const report = await (kind === guess ? first : judge(kind))
  return override?.origin
    ? { ...report, policySource: `${override.file} from ${override.origin}` }
    : report
}

/** The policy file must live in the checkout: an input must not make us read the runner's files. */
export async function readPolicyFile(
  root: string,
  base: string,
  file: string
): Promise<PolicyText> {
  const abs = nodePath.resolve(base, file)
  let real: string
  try {
    real = await fs.realpath(abs)
  } catch {
    throw new UserError(
      `policy file "${file}" does not exist: give a path to a YAML file inside the repository`
    )
  }
  if (real !== root && !real.startsWith(root + nodePath.sep)) {
    throw new UserError(
      `policy file "${file}" is outside the repository (${real}): keep the policy file in the checkout`
    )
  }
  const shown = nodePath.relative(root, real).split(nodePath.sep).join('/')
  return {
    file: shown,
    text: await readNamedFile(real, `policy file "${shown}"`, 'give a path to a YAML file')
  }
}
