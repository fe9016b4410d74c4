import type { Policy } from '../policy/schema.js'
import type { CriterionDetails, Evidence, RepoKind } from '../report/types.js'
import type { GitHubFacts } from '../evidence/github-facts.js'
import type { Repo } from '../evidence/repo.js'
import type { MinorVersion } from '../release/version.js'

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

export interface CheckContext {
  repo: Repo
  policy: Policy
  target: MinorVersion
  /** The release of a stage of the policy (`'3'` → 1.40). */
  stageVersion(stage: string): MinorVersion
  /** Facts from the GitHub API, when a token was given; checks must work without them. */
  github?: GitHubFacts
  /** Work shared between criteria in one run (a file parsed once, a search made once). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>
}

/** A criterion is data plus one check; its stage, window and severity come from the policy. */
export interface Criterion {
  id: string
  repo: RepoKind
  /**
   * Why it exists, in the KEP's words. A function when the text names a release or a value of the
   * policy, so a slipped stage shows its new release (read it through explainOf).
   */
  explain: string | ((policy: Policy) => string)
  check(ctx: CheckContext): Promise<Finding>
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
