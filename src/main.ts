import * as core from '@actions/core'
import { isPullRequest, policyBaseSha } from './action/event.js'
import { getInputs, type ActionSettings } from './action/inputs.js'
import { log } from './action/log.js'
import { workspaceFile, writeOutputs, writeSummary } from './action/outputs.js'
import { runGatesScope } from './action/gates.js'
import { publishToGitHub, type Publication } from './action/publish.js'
import { check, type CheckSettings } from './check.js'
import { CommitRepo } from './evidence/commit-repo.js'
import { stopGit } from './evidence/git.js'
import type { GitHubFacts } from './evidence/github-facts.js'
import { checkRunAnnotations, checkRunName } from './github/check-run.js'
import { gitHubFacts } from './github/facts.js'
import { oneLine, UserError } from './errors.js'
import { basePolicy, checkRegression, regressionJson, verdictView } from './regression.js'
import { annotationsOf } from './report/annotations.js'
import { toJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { renderRegressionMarkdown } from './report/regression-markdown.js'
import type { PolicyText } from './policy/load.js'
import type { Report } from './report/types.js'

/** One run's verdict, in every form the outputs need. */
interface Outcome {
  /** The report the verdict, annotations and outputs follow (in regression mode, the head's view). */
  report: Report
  markdown: string
  json: object
  regression: boolean
}

/** The action: inputs → check → summary, annotations, outputs, check run, comment and verdict. */
export async function run(): Promise<void> {
  let summary: string | undefined
  try {
    const settings = await getInputs()
    if (settings.event.notice) log.notice(settings.event.notice)
    if (settings.scope === 'feature-gates') {
      await runGatesScope(settings, markdown => (summary = markdown))
      return
    }
    const github = gitHubFacts({
      token: settings.token,
      // Facts are about the checked-out repository; check runs and comments stay on the workflow's.
      repository: settings.repository ?? process.env.GITHUB_REPOSITORY,
      log: message => log.warning(message)
    })
    const outcome = await evaluateFor(settings, github)
    summary = outcome.markdown
    publish(outcome, settings.repoDir)
    const failed = failedIds(outcome.report)
    const errors = await publishToGitHub(settings, publication(outcome, settings))
    for (const e of errors) log.error(e)
    if (settings.mode === 'report') {
      if (failed.length > 0)
        log.warning(
          `KEP-${outcome.report.kep}: ${failed.length} criteria failed (mode: report, so the step passes)`
        )
    } else if (outcome.report.result === 'fail') {
      const what = outcome.regression ? 'this change breaks' : 'failed'
      log.failed(
        `KEP-${outcome.report.kep} at ${outcome.report.target}: ${what} ${failed.join(', ')}`
      )
    }
    if (errors.length > 0) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    log.failed(error instanceof UserError ? oneLine(error) : `internal error: ${oneLine(error)}`)
  } finally {
    await stopGit()
    if (summary !== undefined) await writeSummary(summary)
  }
}

async function evaluateFor(
  settings: ActionSettings,
  github: GitHubFacts | undefined
): Promise<Outcome> {
  const { event } = settings
  // Under pull_request_target the working tree is the trusted base; the PR is read as objects.
  const headSha = event.headFromObjects ? event.headSha : undefined
  if (event.headFromObjects && !headSha) {
    throw new UserError(
      `the ${event.name} event has no pull_request.head.sha: kep-gate reads the pull request's head from git objects there`
    )
  }
  // The action's checkout is a throw-away copy: history it lacks may be fetched into it.
  const fetch = true
  const repo = headSha ? await CommitRepo.open(settings.repoDir, headSha, { fetch }) : undefined
  const base = { ...settings, policyBase: settings.repoDir, github, repo, fetch }
  if (settings.mode !== 'regression') {
    const report = await check({ ...base, policyOverride: await pullRequestPolicy(settings, base) })
    return { report, markdown: renderMarkdown(report), json: toJson(report), regression: false }
  }
  if (!event.baseSha) {
    throw new UserError(
      `mode regression compares a pull request with its base, but the ${event.name || 'unknown'} event has no pull_request.base.sha: use it on pull_request or pull_request_target, or use mode enforce`
    )
  }
  const compared = await checkRegression(base, event.baseSha, headSha, notice)
  return {
    report: verdictView(compared),
    markdown: renderRegressionMarkdown(compared),
    json: regressionJson(compared),
    regression: true
  }
}

/**
 * On a pull request the policy file, like the workflow, comes from the base commit's objects in
 * every mode: a pull request must not loosen the policy that judges it. Undefined elsewhere (the
 * checkout's file is read) and when no policy file is given.
 */
async function pullRequestPolicy(
  settings: ActionSettings,
  base: Pick<CheckSettings, 'policy' | 'policyBase'>
): Promise<PolicyText | null | undefined> {
  const { event } = settings
  if (!settings.policy || !isPullRequest(event.name)) return undefined
  const sha = policyBaseSha(event, settings.policy)
  return basePolicy(base, await CommitRepo.open(settings.repoDir, sha, { fetch: true }), notice)
}

function notice(message: string): void {
  log.notice(message)
}

function publication(outcome: Outcome, settings: ActionSettings): Publication {
  const { report } = outcome
  const failed = failedIds(report)
  const conclusion =
    report.result === 'pass' ? 'success' : settings.mode === 'report' ? 'neutral' : 'failure'
  const due = report.criteria.filter(c => c.status !== 'next' && c.status !== 'skipped')
  const passed = due.filter(c => c.status === 'pass' || c.status === 'exempt').length
  return {
    report,
    markdown: outcome.markdown,
    checkRunName: checkRunName(report, outcome.regression),
    conclusion,
    title:
      `KEP-${report.kep} at ${report.target}: ${report.result}` +
      (failed.length > 0
        ? ` (${failed.join(', ')})`
        : ` (${passed} of ${due.length} due criteria met)`),
    annotations: checkRunAnnotations(report),
    view: outcome.regression ? 'regression' : undefined
  }
}

function failedIds(report: Report): string[] {
  return report.criteria.filter(c => c.status === 'fail').map(c => c.id)
}

function publish(outcome: Outcome, repoDir: string): void {
  const { report } = outcome
  writeOutputs({
    'target-release': report.target,
    stage: report.stage,
    result: report.result,
    failed: failedIds(report).join(','),
    'report-json': JSON.stringify(outcome.json, null, 2)
  })
  const inWorkspace = workspaceFile(repoDir)
  for (const e of report.errors) log.error(e, { title: `KEP-${report.kep}: could not read` })
  for (const a of annotationsOf(report)) {
    const file = a.file && inWorkspace(a.file)
    const props = {
      title: a.title,
      ...(file ? { file } : {}),
      ...(a.line ? { startLine: a.line } : {})
    }
    if (a.level === 'error') log.error(a.message, props)
    else log.warning(a.message, props)
  }
  log.info(`KEP-${report.kep} at ${report.target} (${report.targetSource}): ${report.result}`)
}
