// The plain data every output is rendered from: a Report (one evaluation), a RegressionReport (a
// pull request's base and head), a Plan. The engine fills these in; report/ renders them and
// imports nothing else of kep-gate, so a renderer can never decide a verdict.

/** Which repository a checkout is; it decides which criteria run here and which elsewhere. */
export type RepoKind = 'kubernetes' | 'website'

/** What the report says of one criterion. `next` is a criterion of a stage not yet due. */
export type Status = 'pass' | 'fail' | 'warning' | 'exempt' | 'skipped' | 'next'

export interface Evidence {
  file: string
  line?: number
  /** What is at that place, when the message alone does not say. */
  note?: string
}

export interface CriterionResult {
  id: string
  stage: string
  status: Status
  severity: 'error' | 'warning'
  message: string
  evidence: Evidence[]
  /** What a check found beyond one line and its places (the backports table), as data. */
  details?: CriterionDetails
  /** Why the criterion exists, in the KEP's terms; shown beside it in the checklist. */
  explain: string
  /** The window of target releases in which it is due, as versions ("1.35", "1.43"). */
  due: { from?: string; until?: string }
}

export type CriterionDetails = BackportsDetails

/** How a pick was recognised on a release branch. */
export type PickSign = 'history' | 'branch' | 'body' | 'trailer' | 'patch-id' | 'title' | 'github'

export type BackportCell =
  | { state: 'picked'; pick: string; signs: PickSign[] }
  | { state: 'exempt'; reason: string }
  | { state: 'missing' }

/** One bug fix on the main branch and its pick (or exemption) on each release branch. */
export interface BackportRow {
  /** `#123` for a pull request, else the commit's short id. */
  fix: string
  title: string
  /** Why it counts as a bug fix: `label kind/bug`, `PR title`, `listed in the policy`, … */
  classifiedBy: string
  /** One per release branch, in the order of `branches`. */
  cells: BackportCell[]
}

/** The nftables-backports audit: the fix × branch table and what it was read from. */
export interface BackportsDetails {
  kind: 'backports'
  /** The refs the history was read from. */
  refs: { name: string; sha: string; ref: string }[]
  /** Fixes merged after `since` up to `upTo` count. */
  since: string
  upTo: string
  /** What was fetched to read it (the action's checkout, or --fetch). */
  fetched: string[]
  /** Why GitHub's facts (labels, pick PRs) were not used, when they were asked for and failed. */
  factsUnavailable?: string
  branches: string[]
  rows: BackportRow[]
  /** Changes to the paths that are not bug fixes, by pull request or commit. */
  notBugFixes: string[]
  /** Policy exemptions that match no fix in the range. */
  unusedExemptions: string[]
}

/** One stage of the KEP on its timeline, at the target. */
export interface TimelineStage {
  stage: string
  /** Its release in the policy, slips included. */
  release: string
  /** failed: a criterion of the stage fails; pending: its release is after the target. */
  state: 'done' | 'failed' | 'pending'
  /** Where its release lies from the target's. */
  toTarget: 'before' | 'at' | 'after'
}

/**
 * Which kind of source decided the target: the input (or flag), the pull request's milestone,
 * a release branch, a release tag (`git describe`), or the website's hugo.toml.
 */
export type TargetVia = 'input' | 'milestone' | 'branch' | 'tag' | 'hugo'

/** A target as a comment remembers it: the release and the kind of source that named it. */
export interface TargetMark {
  release: string
  via?: TargetVia
}

export interface Report {
  kep: string
  title: string
  policy: string
  /** Where a user's policy file was read from, when not the checkout ("kep-gate.yaml from the base commit 1a2b3c4"). */
  policySource?: string
  target: string
  targetSource: string
  targetVia: TargetVia
  kind: RepoKind
  /** The latest stage whose release is at or before the target; "0" before stage 1. */
  stage: string
  result: 'pass' | 'fail'
  criteria: CriterionResult[]
  /** Files the gate could not read (one line each); the criteria they broke are failed. */
  errors: string[]
  /** The KEP's stages in order, each done, failed or pending at the target. */
  timeline: TimelineStage[]
}

/** A pull request judged against its base: only what it breaks counts against it. */
export interface RegressionReport {
  base: Report
  head: Report
  /**
   * The head as the verdict sees it: the regression result, and failures the base already had
   * shown as warnings, so annotations and the checklist block only on regressions.
   */
  verdict: Report
  baseSha: string
  /** The head commit when it was read from git objects; the working tree otherwise. */
  headSha?: string
  /** Criteria that pass on the base and fail on the head. */
  regressions: string[]
  result: 'pass' | 'fail'
}

export interface PlanItem {
  id: string
  stage: string
  repo: string
  severity: string
  /** `disabled`: turned off by a policy file, listed all the same. */
  state: 'due' | 'next' | 'disabled'
  due: { from?: string; until?: string }
  explain: string
}

/** What is due at a release and what comes next, from the policy alone. */
export interface Plan {
  kep: string
  target: string
  stage: string
  items: PlanItem[]
}

/** The README's schedule: what each stage's release makes due, per repository. */
export interface Schedule {
  stages: {
    stage: string
    release: string
    kubernetes: ScheduleEntry[]
    website: ScheduleEntry[]
  }[]
  /** Criteria due at every release before a stage's (no `from`, an `until`). */
  guards: { id: string; before: string }[]
}

export interface ScheduleEntry {
  id: string
  until?: string
  warning: boolean
}

/** Where evidence links point in the action: `<server>/<repository>/blob/<commit>/<file>#L<line>`. */
export interface EvidenceLinks {
  /** GITHUB_SERVER_URL: `https://github.com`, or a GitHub Enterprise Server. */
  server: string
  /** owner/name of the checked-out repository. */
  repository: string
  /** The commit that was checked. */
  commit: string
}
