import { evaluate, type EvaluateOptions } from './evaluate.js'
import { detectKind } from './evidence/repo-kind.js'
import { WorktreeRepo, type Repo } from './evidence/repo.js'
import { prepare, type PrepareOptions, type PrepareSettings, type Prepared } from './prepare.js'
import type { Report } from './report/types.js'

/** One check of a working tree, as the CLI (and the suite) asks for it. */
export interface CheckSettings extends Omit<PrepareSettings, 'policy'> {
  /** The checkout. */
  repoDir: string
  /** A policy file, relative to policyBase (the current folder for the CLI). */
  policy?: string
  policyBase: string
  /** Judge untracked files too (the CLI's --untracked); by default, what git tracks. */
  untracked?: boolean
  /**
   * kep-gate may fetch history the checkout lacks (the CLI's --fetch); otherwise it names the
   * `git fetch` that would supply it.
   */
  fetch?: boolean
  github?: EvaluateOptions['github']
}

/** The working tree at repoDir → the verdict: prepare, then evaluate. */
export async function check(settings: CheckSettings): Promise<Report> {
  const repo = await WorktreeRepo.open(settings.repoDir, {
    untracked: settings.untracked,
    fetch: settings.fetch
  })
  const { policy } = settings
  const prepareSettings: PrepareSettings = {
    target: settings.target,
    targetLabel: settings.targetLabel,
    repoKind: settings.repoKind,
    milestone: settings.milestone,
    baseRef: settings.baseRef,
    ref: settings.ref,
    ...(policy ? { policy: { file: policy, base: settings.policyBase } } : {})
  }
  const { report } = await prepareAndEvaluate(prepareSettings, repo, { github: settings.github })
  return report
}

/**
 * Prepare, then evaluate; for a working tree, sooner. The kind decides which checks run, and the
 * files on disk tell it at once: the checks start on that answer while git lists what it
 * tracks, and where that list disagrees (a marker file never added), its answer decides and the
 * checks run again.
 */
export async function prepareAndEvaluate(
  settings: PrepareSettings,
  repo: Repo,
  options: EvaluateOptions & PrepareOptions = {}
): Promise<{ prepared: Prepared; report: Report }> {
  const judge = async (prepared: Prepared) => ({
    prepared,
    report: await evaluate(prepared, repo, options)
  })
  if (!(repo instanceof WorktreeRepo)) return judge(await prepare(settings, repo, options))
  const guessed = await prepare(settings, repo, { ...options, kindProbe: repo.onDisk() })
  const first = judge(guessed)
  // Its failure is reported where it is awaited, or not at all if the guess was wrong.
  first.catch(() => undefined)
  const kind = await detectKind(repo, settings.repoKind)
  if (kind === guessed.kind) return first
  return judge(await prepare({ ...settings, repoKind: kind }, repo, options))
}
