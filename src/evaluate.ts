import { dueCriteria } from './criteria/due.js'
import { explainOf } from './criteria/explain.js'
import { CRITERIA } from './criteria/registry.js'
import { fillTemplate, type TemplateData } from './criteria/template.js'
import type { CheckContext, Criterion, Finding } from './criteria/types.js'
import type { GitHubFacts } from './evidence/github-facts.js'
import type { Repo } from './evidence/repo.js'
import { DataError, oneLine, UserError } from './errors.js'
import type { Prepared } from './prepare.js'
import { currentStage, stageVersion } from './policy/window.js'
import { formatMinor } from './release/version.js'
import type { CriterionResult, Evidence, RepoKind, Report } from './report/types.js'
import { stagesOf, timelineAt } from './timeline.js'

export interface EvaluateOptions {
  /** The criteria to walk; the registry's by default. */
  criteria?: readonly Criterion[]
  /** Facts from the GitHub API (built by the edge when a token is given). */
  github?: GitHubFacts
}

const OTHER_REPO: Record<RepoKind, string> = {
  kubernetes: 'kubernetes/kubernetes',
  website: 'kubernetes/website'
}

/**
 * The verdict, computed once: which criteria are due at the prepared target, what each check
 * found in the repository, and whether the release may pass. Pure apart from reading the
 * repository, so the same preparation judges a pull request's base commit and its head.
 */
export async function evaluate(
  prepared: Prepared,
  repo: Repo,
  options: EvaluateOptions = {}
): Promise<Report> {
  const { policy, kind, target } = prepared
  const memos = new Map<string, Promise<unknown>>()
  const ctx: Omit<CheckContext, 'say'> = {
    repo,
    policy,
    target,
    github: options.github,
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
  const due = dueCriteria(policy, options.criteria ?? CRITERIA, target)
  const criteria = await Promise.all(
    due.map(async ({ criterion, rules, window, disabled }): Promise<CriterionResult> => {
      const base = {
        id: criterion.id,
        stage: rules.stage,
        severity: rules.severity,
        explain: explainOf(criterion, policy),
        due: window.due
      }
      const listed = (status: CriterionResult['status'], message: string): CriterionResult => ({
        ...base,
        status,
        message,
        evidence: []
      })
      // Turned off by a policy file: shown, never silently dropped.
      if (disabled) return listed('skipped', 'disabled by the policy')
      if (window.state === 'next') return listed('next', `due from ${window.due.from}`)
      if (criterion.meta.repo !== kind)
        return listed('skipped', `checked in ${OTHER_REPO[criterion.meta.repo]}`)
      const exemption = policy.exemptions.find(e => e.criterion === criterion.id)
      if (exemption) return listed('exempt', `exempt: ${exemption.reason}`)
      const finding = await runCheck(criterion, ctx)
      const failed = rules.severity === 'warning' ? 'warning' : 'fail'
      if ('error' in finding) {
        errors.push(finding.error)
        return {
          ...base,
          status: failed,
          message: `could not be checked: ${finding.error}`,
          evidence: finding.evidence
        }
      }
      if ('skipped' in finding) return listed('skipped', finding.skipped)
      const status = finding.pass ? (finding.warning ? 'warning' : 'pass') : failed
      const details = finding.details ? { details: finding.details } : {}
      return { ...base, status, message: finding.message, evidence: finding.evidence, ...details }
    })
  )

  const at = formatMinor(target)
  return {
    kep: policy.kep,
    title: policy.title,
    policy: policy.name,
    ...(prepared.policySource ? { policySource: prepared.policySource } : {}),
    target: at,
    targetSource: prepared.targetSource,
    targetVia: prepared.targetVia,
    kind,
    stage: currentStage(policy, target),
    // A checkout that could not be read is no pass, whatever the severity of what it broke.
    result: criteria.some(r => r.status === 'fail') || errors.length > 0 ? 'fail' : 'pass',
    criteria,
    errors: [...new Set(errors)],
    timeline: timelineAt(stagesOf(policy), criteria, at)
  }
}

type CheckOutcome = Finding | { error: string; evidence: Evidence[] }

/** A check that throws is a finding of that criterion, never a crash of the run. */
async function runCheck(
  criterion: Criterion,
  shared: Omit<CheckContext, 'say'>
): Promise<CheckOutcome> {
  // Its own messages only, as ESLint refuses a message id a rule does not declare.
  const say = (id: string, data: TemplateData = {}): string => {
    const template = criterion.messages[id]
    if (template === undefined) throw new Error(`${criterion.id} has no message "${id}"`)
    return fillTemplate(template, data, `${criterion.id}'s message "${id}"`)
  }
  try {
    return await criterion.check({ ...shared, say })
  } catch (error) {
    const evidence = error instanceof DataError ? [{ file: error.file, line: error.line }] : []
    // Bad input (a file cut short, junk where YAML should be) names its place; anything else is
    // our own bug, and says so rather than blaming the checkout.
    return {
      error:
        error instanceof UserError
          ? oneLine(error)
          : `internal error in kep-gate (please report it): ${oneLine(error)}`,
      evidence
    }
  }
}
