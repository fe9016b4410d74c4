import { promises as fs } from 'node:fs'
import nodePath from 'node:path'
import { check, type CheckSettings } from './check.js'
import { UserError } from './errors.js'
import { CommitRepo } from './evidence/commit-repo.js'
import type { PolicyText } from './policy/load.js'
import { toJson } from './report/json.js'
import type { CriterionResult, Report, Status } from './report/types.js'

/** A pull request judged against its base: only what it breaks counts against it. */
export interface RegressionReport {
  base: Report
  head: Report
  baseSha: string
  /** The head commit when it was read from git objects; the working tree otherwise. */
  headSha?: string
  /** Criteria that pass on the base and fail on the head. */
  regressions: string[]
  result: 'pass' | 'fail'
}

/**
 * Evaluates the head (the settings' repo or working tree) and the base commit at the same target
 * with the same policy, reading the base from git objects. The policy file is read from the base
 * too: a pull request must not rewrite the policy that judges it.
 */
export async function checkRegression(
  settings: CheckSettings,
  baseSha: string,
  headSha?: string,
  notice: (message: string) => void = () => {}
): Promise<RegressionReport> {
  const baseRepo = await CommitRepo.open(settings.repoDir, baseSha, { fetch: settings.fetch })
  const policyOverride = await basePolicy(settings, baseRepo, notice)
  const head = await check({ ...settings, policyOverride })
  const base = await check({ ...settings, target: head.target, repo: baseRepo, policyOverride })
  return compare(base, head, baseSha, headSha)
}

/**
 * The `policy` file as the base commit has it; null (the built-in policy, with a notice) when the
 * base has no such file, e.g. a pull request that adds its first policy file.
 */
export async function basePolicy(
  settings: Pick<CheckSettings, 'policy' | 'policyBase'>,
  baseRepo: CommitRepo,
  notice: (message: string) => void
): Promise<PolicyText | null> {
  const file = settings.policy
  if (!file) return null
  // The policy input is relative to the checkout folder, which may sit below the git top level.
  const from = await fs
    .realpath(settings.policyBase)
    .catch(() => nodePath.resolve(settings.policyBase))
  const rel = nodePath.relative(baseRepo.root, nodePath.resolve(from, file))
  if (rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel)) {
    throw new UserError(
      `policy file "${file}" is outside the repository: keep the policy file in the checkout`
    )
  }
  const shown = rel.split(nodePath.sep).join('/')
  const text = await baseRepo.read(shown)
  if (text === undefined) {
    notice(
      `policy file "${shown}" is not a file on the base commit ${baseRepo.commit.slice(0, 7)}: judging with the built-in policy (a pull request's policy changes apply once merged)`
    )
    return null
  }
  return { file: shown, text, origin: `the base commit ${baseRepo.commit.slice(0, 7)}` }
}

export function compare(
  base: Report,
  head: Report,
  baseSha: string,
  headSha?: string
): RegressionReport {
  const before = new Map(base.criteria.map(c => [c.id, c.status]))
  const regressions = head.criteria
    .filter(c => c.status === 'fail' && before.get(c.id) === 'pass')
    .map(c => c.id)
  return {
    // The base was evaluated at the head's target; it says where that target came from.
    base: { ...base, targetSource: head.targetSource },
    head,
    baseSha,
    headSha,
    regressions,
    result: regressions.length > 0 ? 'fail' : 'pass'
  }
}

export function baseStatus(r: RegressionReport, id: string): Status | undefined {
  return r.base.criteria.find(c => c.id === id)?.status
}

/**
 * The head's report as the verdict sees it: the regression result, and failures the base
 * already had shown as warnings, so annotations and the checklist block only on regressions.
 */
export function verdictView(r: RegressionReport): Report {
  const short = r.baseSha.slice(0, 7)
  return {
    ...r.head,
    result: r.result,
    criteria: r.head.criteria.map((c): CriterionResult => {
      if (c.status !== 'fail' || r.regressions.includes(c.id)) return c
      return {
        ...c,
        status: 'warning',
        message: `already failing on the base ${short}, not blocking this change: ${c.message}`
      }
    })
  }
}

/** The head's JSON report with the regression verdict and a `regression` section (new fields only). */
export function regressionJson(r: RegressionReport): object {
  return {
    ...toJson(r.head),
    result: r.result,
    regression: {
      base: r.baseSha,
      ...(r.headSha ? { head: r.headSha } : {}),
      baseResult: r.base.result,
      headResult: r.head.result,
      regressions: r.regressions,
      criteria: r.head.criteria.map(c => ({
        id: c.id,
        base: baseStatus(r, c.id) ?? null,
        head: c.status
      }))
    }
  }
}
