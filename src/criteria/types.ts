import type { Policy } from '../policy/schema.js'
import type { CriterionDetails, Evidence, RepoKind } from '../report/types.js'
import type { GitHubFacts } from '../evidence/github-facts.js'
import type { Repo } from '../evidence/repo.js'
import type { StageId } from '../policy/stages.js'
import type { MinorVersion } from '../release/version.js'
import type { TemplateData } from './template.js'

/** What a check found: a verdict, one sentence for a release manager, and where to look. */
export type Finding =
  | {
      pass: boolean
      message: string
      evidence: Evidence[]
      /** What one line of message cannot hold (the backports table), as data every format shows. */
      details?: CriterionDetails
      /** Passed, but with findings a release manager should see (reported as a warning). */
      warning?: boolean
    }
  | { skipped: string }

export interface CheckContext<M extends string = string> {
  repo: Repo
  policy: Policy
  target: MinorVersion
  /** The release of a stage of the policy (`'3'` → 1.40). */
  stageVersion(stage: string): MinorVersion
  /** Facts from the GitHub API, when a token was given; checks must work without them. */
  github?: GitHubFacts
  /** Work shared between criteria in one run (a file parsed once, a search made once). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>
  /** The criterion's message `id`, its template filled with `data`. */
  say(id: M, data?: TemplateData): string
}

/** What a criterion is, as an ESLint rule's meta says it. */
export interface CriterionMeta {
  /** The repository it reads. */
  repo: RepoKind
  /** The KEP stage it belongs to; the policy says when it is due and how severe it is. */
  stage: StageId
  /**
   * What it checks and why, in the KEP's words: a template over the policy's values (`{gate}`,
   * `{release.3}`, … see explain.ts), so a slipped stage shows its new release.
   */
  checks: string
}

/**
 * A criterion reads like an ESLint rule: an id, a short meta, its messages as templates over
 * the values a check finds, and one check that says them (`ctx.say(id, data)`). Its window and
 * severity come from the policy.
 */
export interface Criterion<M extends string = string> {
  id: string
  meta: CriterionMeta
  messages: Readonly<Record<M, string>>
  check(ctx: CheckContext<M>): Promise<Finding>
}

/** A criterion whose check may only say the messages it declares. */
export function defineCriterion<M extends string>(criterion: Criterion<M>): Criterion<M> {
  return criterion
}

export function pass(message: string, evidence: Evidence[] = []): Finding {
  return { pass: true, message, evidence }
}

/** Not a failure, but shown and annotated as a warning (for example, localized docs left behind). */
export function warn(message: string, evidence: Evidence[] = []): Finding {
  return { pass: true, warning: true, message, evidence }
}

export function fail(message: string, evidence: Evidence[] = []): Finding {
  return { pass: false, message, evidence }
}
