import { evaluate, type EvaluateOptions } from './evaluate.js'
import type { CommitRepo } from './evidence/commit-repo.js'
import type { Repo } from './evidence/repo.js'
import type { Prepared } from './prepare.js'
import type { CriterionResult, RegressionReport, Report } from './report/types.js'
import { timelineAt } from './timeline.js'

/**
 * A pull request judged against its base: the base commit (read from git objects) and the head
 * are evaluated with one preparation (the same policy, kind and target), and only a criterion
 * that passes on the base and fails on the head counts against the pull request.
 */
export async function checkRegression(
  prepared: Prepared,
  base: CommitRepo,
  head: Repo,
  options: EvaluateOptions & { headSha?: string } = {}
): Promise<RegressionReport> {
  const [baseReport, headReport] = await Promise.all([
    evaluate(prepared, base, options),
    evaluate(prepared, head, options)
  ])
  return compare(baseReport, headReport, base.commit, options.headSha)
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
  const result = regressions.length > 0 ? 'fail' : 'pass'
  return {
    base,
    head,
    verdict: verdictOf(head, regressions, result, baseSha),
    baseSha,
    headSha,
    regressions,
    result
  }
}

/**
 * The head's report as the verdict sees it: the regression result, and failures the base
 * already had shown as warnings, so annotations and the checklist block only on regressions.
 */
function verdictOf(
  head: Report,
  regressions: string[],
  result: 'pass' | 'fail',
  baseSha: string
): Report {
  const short = baseSha.slice(0, 7)
  const criteria = head.criteria.map((c): CriterionResult => {
    if (c.status !== 'fail' || regressions.includes(c.id)) return c
    return {
      ...c,
      status: 'warning',
      message: `already failing on the base ${short}, not blocking this change: ${c.message}`
    }
  })
  return { ...head, result, criteria, timeline: timelineAt(head.timeline, criteria, head.target) }
}
