import * as core from '@actions/core'
import nodePath from 'node:path'
import { getInputs, type ActionSettings } from './action/inputs.js'
import { runGatesScope } from './action/gates.js'
import { publishToGitHub, type Publication } from './action/publish.js'
import { check } from './check.js'
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
    const settings = getInputs()
    if (settings.event.notice) core.notice(settings.event.notice)
    if (settings.scope === 'feature-gates') {
      await runGatesScope(settings, markdown => (summary = markdown))
      return
    }
    const github = gitHubFacts({
      token: settings.token,
      // Facts are about the checked-out repository; check runs and comments stay on the workflow's.
      repository: settings.repository ?? process.env.GITHUB_REPOSITORY,
      log: message => core.warning(message)
    })
    const outcome = await evaluateFor(settings, github)
    summary = outcome.markdown
    publish(outcome, settings.repoDir)
    const failed = failedIds(outcome.report)
    const errors = await publishToGitHub(settings, publication(outcome, settings))
    for (const e of errors) core.error(e)
    if (settings.mode === 'report') {
      if (failed.length > 0)
        core.warning(
          `KEP-${outcome.report.kep}: ${failed.length} criteria failed (mode: report, so the step passes)`
        )
    } else if (outcome.report.result === 'fail') {
      const what = outcome.regression ? 'this change breaks' : 'failed'
      core.setFailed(
        `KEP-${outcome.report.kep} at ${outcome.report.target}: ${what} ${failed.join(', ')}`
      )
    }
    if (errors.length > 0) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    core.setFailed(
      error instanceof UserError ? oneLine(error) : `internal error: ${oneLine(error)}`
    )
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
    // Under pull_request_target the policy, like the workflow, comes from the base, never the PR.
    const policyOverride =
      headSha && settings.policy && event.baseSha
        ? await basePolicy(
            base,
            await CommitRepo.open(settings.repoDir, event.baseSha, { fetch }),
            notice
          )
        : undefined
    const report = await check({ ...base, policyOverride })
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

function notice(message: string): void {
  core.notice(message)
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
  core.setOutput('target-release', report.target)
  core.setOutput('stage', report.stage)
  core.setOutput('result', report.result)
  core.setOutput('failed', failedIds(report).join(','))
  core.setOutput('report-json', JSON.stringify(outcome.json, null, 2))
  // Annotation paths are relative to the workspace root, which may differ from `path`.
  const workspace = process.env.GITHUB_WORKSPACE
  const prefix = workspace
    ? nodePath.relative(workspace, repoDir).split(nodePath.sep).join('/')
    : ''
  for (const e of report.errors) core.error(e, { title: `KEP-${report.kep}: could not read` })
  for (const a of annotationsOf(report)) {
    const file = a.file && prefix && !prefix.startsWith('..') ? `${prefix}/${a.file}` : a.file
    const props = {
      title: a.title,
      ...(file ? { file } : {}),
      ...(a.line ? { startLine: a.line } : {})
    }
    if (a.level === 'error') core.error(a.message, props)
    else core.warning(a.message, props)
  }
  core.info(`KEP-${report.kep} at ${report.target} (${report.targetSource}): ${report.result}`)
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${oneLine(error)}`)
  }
}
