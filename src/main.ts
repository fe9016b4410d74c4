import * as core from '@actions/core'
import nodePath from 'node:path'
import { getInputs } from './action/inputs.js'
import { check } from './check.js'
import { gitHubFacts } from './github/facts.js'
import { oneLine, UserError } from './errors.js'
import { annotationsOf } from './report/annotations.js'
import { renderJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import type { Report } from './report/types.js'

/** The action: inputs → check → summary, annotations, outputs and the step's verdict. */
export async function run(): Promise<void> {
  let report: Report | undefined
  try {
    const settings = getInputs()
    const github = gitHubFacts({ token: settings.token, repository: process.env.GITHUB_REPOSITORY })
    report = await check({ ...settings, policyBase: settings.repoDir, github })
    publish(report, settings.repoDir)
    const failed = report.criteria.filter(c => c.status === 'fail').map(c => c.id)
    if (settings.mode === 'report') {
      if (failed.length > 0)
        core.warning(
          `KEP-${report.kep}: ${failed.length} criteria failed (mode: report, so the step passes)`
        )
    } else if (report.result === 'fail') {
      core.setFailed(`KEP-${report.kep} at ${report.target}: failed ${failed.join(', ')}`)
    }
  } catch (error) {
    core.setFailed(
      error instanceof UserError ? oneLine(error) : `internal error: ${oneLine(error)}`
    )
  } finally {
    if (report) await writeSummary(report)
  }
}

function publish(report: Report, repoDir: string): void {
  const failed = report.criteria.filter(c => c.status === 'fail').map(c => c.id)
  core.setOutput('target-release', report.target)
  core.setOutput('stage', report.stage)
  core.setOutput('result', report.result)
  core.setOutput('failed', failed.join(','))
  core.setOutput('report-json', renderJson(report).trim())
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

async function writeSummary(report: Report): Promise<void> {
  try {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(renderMarkdown(report)).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${oneLine(error)}`)
  }
}
