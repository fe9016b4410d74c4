import { explainOf } from './criteria/explain.js'
import type { CheckContext, Criterion, Outcome } from './criteria/types.js'
import type { GitHubFacts } from './evidence/github-facts.js'
import type { Repo } from './evidence/repo.js'
import { DataError, oneLine, UserError } from './errors.js'
import type { Policy } from './policy/schema.js'
import { currentStage, stageVersion, windowAt } from './policy/window.js'
import type { CriterionResult, Report } from './report/types.js'
import type { RepoKind } from './evidence/repo-kind.js'
import { formatMinor, type MinorVersion } from './release/version.js'

export interface EvaluateInput {
  policy: Policy
  repo: Repo
  kind: RepoKind
  target: MinorVersion
  targetSource: string
  criteria: readonly Criterion[]
  github?: GitHubFacts
}

const OTHER_REPO: Record<RepoKind, string> = {
  kubernetes: 'kubernetes/kubernetes',
  website: 'kubernetes/website'
}

/**
 * The verdict, computed once: which criteria are due at the target, what each check found, and
 * whether the release may pass. Pure apart from reading the repository.
 */
export async function evaluate(input: EvaluateInput): Promise<Report> {
  const { policy, repo, kind, target, criteria } = input
  const memos = new Map<string, Promise<unknown>>()
  const ctx: CheckContext = {
    repo,
    policy,
    target,
    github: input.github,
    stageVersion: stage => stageVersion(policy, stage),
    memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
      let value = memos.get(key) as Promise<T> | undefined
      if (!value) {
        value = compute()
        memos.set(key, value)
      }
      return value
    }
  }

  const errors: string[] = []
  const results = await Promise.all(
    criteria.map(async (criterion): Promise<CriterionResult | undefined> => {
      const rules = policy.criteria[criterion.id]
      if (!rules) return undefined
      const window = windowAt(policy, rules, target)
      if (window.state === 'closed') return undefined
      const base = {
        id: criterion.id,
        stage: rules.stage,
        severity: rules.severity,
        explain: explainOf(criterion, policy),
        due: window.due
      }
      // Turned off by a policy file: shown, never silently dropped.
      if (rules.enabled === false) {
        return { ...base, status: 'skipped', message: 'disabled by the policy', evidence: [] }
      }
      if (window.state === 'next') {
        return { ...base, status: 'next', message: `due from ${window.due.from}`, evidence: [] }
      }
      if (criterion.repo !== kind) {
        return {
          ...base,
          status: 'skipped',
          message: `checked in ${OTHER_REPO[criterion.repo]}`,
          evidence: []
        }
      }
      const exemption = policy.exemptions.find(e => e.criterion === criterion.id)
      if (exemption) {
        return { ...base, status: 'exempt', message: `exempt: ${exemption.reason}`, evidence: [] }
      }
      const outcome = await runCheck(criterion, ctx)
      if ('error' in outcome) {
        errors.push(outcome.error)
        return {
          ...base,
          status: rules.severity === 'warning' ? 'warning' : 'fail',
          message: `could not be checked: ${outcome.error}`,
          evidence: outcome.evidence
        }
      }
      if ('skipped' in outcome)
        return { ...base, status: 'skipped', message: outcome.skipped, evidence: [] }
      const status = outcome.pass
        ? outcome.warning
          ? 'warning'
          : 'pass'
        : rules.severity === 'warning'
          ? 'warning'
          : 'fail'
      const details = outcome.details?.length ? { details: outcome.details } : {}
      return { ...base, status, message: outcome.message, evidence: outcome.evidence, ...details }
    })
  )

  const listed = results.filter(r => r !== undefined)
  return {
    kep: policy.kep,
    title: policy.title,
    policy: policy.name,
    target: formatMinor(target),
    targetSource: input.targetSource,
    kind,
    stage: currentStage(policy, target),
    // A checkout that could not be read is no pass, whatever the severity of what it broke.
    result: listed.some(r => r.status === 'fail') || errors.length > 0 ? 'fail' : 'pass',
    criteria: listed,
    errors: [...new Set(errors)]
  }
}

type CheckResult = Outcome | { error: string; evidence: { file: string; line?: number }[] }

/** A check that throws is a finding of that criterion, never a crash of the run. */
async function runCheck(criterion: Criterion, ctx: CheckContext): Promise<CheckResult> {
  try {
    return await criterion.check(ctx)
  } catch (error) {
    const evidence = error instanceof DataError ? [{ file: error.file, line: error.line }] : []
    // Bad input (a file cut short, junk where YAML should be) names its place; anything else is
    // our own bug, and says so rather than blaming the checkout.
    const known = error instanceof UserError
    return {
      error: known
        ? oneLine(error)
        : `internal error in kep-gate (please report it): ${oneLine(error)}`,
      evidence
    }
  }
}
