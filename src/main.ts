import * as core from '@actions/core'
import { policyFromBase } from './action/base-commit.js'
import { getInputs, type ActionSettings } from './action/inputs.js'
import { log } from './action/log.js'
import { workspaceFile, writeOutputs, writeSummary } from './action/outputs.js'
import { runGatesScope } from './action/gates.js'
import { publishToGitHub, type Publication } from './action/publish.js'
import { prepareAndEvaluate } from './check.js'
import { CommitRepo } from './evidence/commit-repo.js'
import { stopGit } from './evidence/git.js'
import type { GitHubFacts } from './evidence/github-facts.js'
import { WorktreeRepo } from './evidence/repo.js'
import { checkRunAnnotations } from './github/check-run.js'
import { gitHubFacts } from './github/facts.js'
import { parseRepositoryName } from './github/repository-name.js'
import { oneLine, UserError } from './errors.js'
import { prepare, type PrepareSettings } from './prepare.js'
import { checkRegression } from './regression.js'
import { annotationsOf, placedAnnotations } from './report/annotations.js'
import { checkRunName, checkRunTitle } from './report/check-run.js'
import { regressionJson, toJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { renderRegressionMarkdown } from './report/regression-markdown.js'
import type { EvidenceLinks, Report } from './report/types.js'

/** One run's verdict, rendered in every form the step's results need. */
interface RenderedRun {
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
    const rendered = await judge(settings, github)
    summary = rendered.markdown
    writeStepResults(rendered, settings.repoDir)
    const failed = failedIds(rendered.report)
    const errors = await publishToGitHub(settings, publication(rendered, settings))
    for (const e of errors) log.error(e)
    if (settings.mode === 'report') {
      if (failed.length > 0)
        log.warning(
          `KEP-${rendered.report.kep}: ${failed.length} criteria failed (mode: report, so the step passes)`
        )
    } else if (rendered.report.result === 'fail') {
      const what = rendered.regression ? 'this change breaks' : 'failed'
      log.failed(
        `KEP-${rendered.report.kep} at ${rendered.report.target}: ${what} ${failed.join(', ')}`
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

/** What the core needs of the inputs and the event, and nothing else of them. */
function prepareSettings(settings: ActionSettings): PrepareSettings {
  return {
    target: settings.target,
    targetLabel: 'target-release',
    repoKind: settings.repoKind,
    ...(settings.policy ? { policy: { file: settings.policy, base: settings.repoDir } } : {}),
    milestone: settings.milestone,
    baseRef: settings.baseRef,
    ref: settings.ref
  }
}

async function judge(
  settings: ActionSettings,
  github: GitHubFacts | undefined
): Promise<RenderedRun> {
  const { event, repoDir } = settings
  // Under pull_request_target the working tree is the trusted base; the PR is read as objects.
  const headSha = event.headFromObjects ? event.headSha : undefined
  if (event.headFromObjects && !headSha) {
    throw new UserError(
      `the ${event.name} event has no pull_request.head.sha: kep-gate reads the pull request's head from git objects there`
    )
  }
  if (settings.mode === 'regression' && !event.baseSha) {
    throw new UserError(
      `mode regression compares a pull request with its base, but the ${event.name || 'unknown'} event has no pull_request.base.sha: use it on pull_request or pull_request_target, or use mode enforce`
    )
  }
  // The action's checkout is a throw-away copy: history it lacks may be fetched into it.
  const fetch = true
  const head = headSha
    ? await CommitRepo.open(repoDir, headSha, { fetch })
    : await WorktreeRepo.open(repoDir, { fetch })
  const base =
    settings.mode === 'regression'
      ? await CommitRepo.open(repoDir, event.baseSha!, { fetch })
      : undefined
  const policyFrom = await policyFromBase(repoDir, event, settings.policy, base)
  const given = prepareSettings(settings)
  const checked = async () => (head instanceof CommitRepo ? head.commit : await head.headCommit())

  if (!base) {
    const { prepared, report } = await prepareAndEvaluate(given, head, { github, policyFrom })
    for (const notice of prepared.notices) log.notice(notice)
    const links = evidenceLinks(settings, await checked())
    return {
      report,
      markdown: renderMarkdown(report, { links }),
      json: toJson(report),
      regression: false
    }
  }
  const prepared = await prepare(given, head, { policyFrom })
  for (const notice of prepared.notices) log.notice(notice)
  const compared = await checkRegression(prepared, base, head, { github, headSha })
  const links = evidenceLinks(settings, await checked())
  return {
    report: compared.verdict,
    markdown: renderRegressionMarkdown(compared, { links }),
    json: regressionJson(compared),
    regression: true
  }
}

/**
 * Where evidence links point: the checked-out repository on this GitHub (GITHUB_SERVER_URL) at
 * the commit that was checked; none when either is unknown.
 */
function evidenceLinks(
  settings: ActionSettings,
  commit: string | undefined
): EvidenceLinks | undefined {
  const repository = parseRepositoryName(settings.repository ?? process.env.GITHUB_REPOSITORY)
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com'
  if (!repository || !commit || !/^https?:\/\/[^\s"<>()]+$/.test(server)) return undefined
  return { server, repository: `${repository.owner}/${repository.repo}`, commit }
}

function publication(rendered: RenderedRun, settings: ActionSettings): Publication {
  const { report } = rendered
  return {
    subject: {
      kep: report.kep,
      kind: report.kind,
      target: report.target,
      targetVia: report.targetVia
    },
    markdown: rendered.markdown,
    checkRunName: checkRunName(report, rendered.regression),
    conclusion:
      report.result === 'pass' ? 'success' : settings.mode === 'report' ? 'neutral' : 'failure',
    title: checkRunTitle(report),
    annotations: checkRunAnnotations(placedAnnotations(report))
  }
}

function failedIds(report: Report): string[] {
  return report.criteria.filter(c => c.status === 'fail').map(c => c.id)
}

/** The step's outputs, its workflow-command annotations and its log line. */
function writeStepResults(rendered: RenderedRun, repoDir: string): void {
  const { report } = rendered
  writeOutputs({
    'target-release': report.target,
    stage: report.stage,
    result: report.result,
    failed: failedIds(report).join(','),
    'report-json': JSON.stringify(rendered.json, null, 2)
  })
  const inWorkspace = workspaceFile(repoDir)
  for (const e of report.errors) log.error(e, { title: `KEP-${report.kep}: could not read` })
  for (const a of annotationsOf(report)) {
    const props = {
      title: a.title,
      ...(a.file ? { file: inWorkspace(a.file) } : {}),
      ...(a.line ? { startLine: a.line } : {})
    }
    if (a.level === 'error') log.error(a.message, props)
    else log.warning(a.message, props)
  }
  log.info(`KEP-${report.kep} at ${report.target} (${report.targetSource}): ${report.result}`)
}
