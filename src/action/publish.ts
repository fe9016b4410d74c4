import { log } from './log.js'
import { oneLine } from '../errors.js'
import { createClient, type GitHubClient } from '../github/client.js'
import { upsertCheckRun, type CheckRunAnnotation } from '../github/check-run.js'
import {
  pullRequestComment,
  releaseComment,
  upsertComment,
  type CommentTarget
} from '../github/comment.js'
import type { CommentSubject } from '../github/comment-marker.js'
import { parseRepositoryName, type RepositoryName } from '../github/repository-name.js'
import type { ActionSettings } from './inputs.js'

/** What goes to GitHub beyond the job summary: one report, already rendered. */
export interface Publication {
  /** What the checklist comment is about: the KEP (or the audit), the repository, the target. */
  subject: CommentSubject
  markdown: string
  checkRunName: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  annotations: CheckRunAnnotation[]
}

interface Task {
  what: string
  /** Asked for explicitly (check-run: true, comment: issue:…): a refusal is an error, not a warning. */
  explicit: boolean
  run: (client: GitHubClient) => Promise<string>
}

/**
 * The check run and the checklist comment. Nothing here changes the verdict unless the user
 * asked for a publication explicitly and the token may not make it: a read-only token (a fork's
 * pull request) gets one warning, and an API that cannot be reached after retries gets one
 * warning and no further calls. Returns the one-line errors that should fail the step.
 */
export async function publishToGitHub(
  settings: ActionSettings,
  publication: Publication
): Promise<string[]> {
  const repository = parseRepositoryName(process.env.GITHUB_REPOSITORY)
  if (!settings.token || !repository) {
    log.info('no token or repository: no check run and no comment (the job summary has the report)')
    return []
  }
  const tasks: Task[] = []
  const sha = settings.event.sha
  // Only an App writes check runs, and GitHub names it on the run: then the comment's author
  // is known without /user, which installation tokens may not read.
  let appLogin: string | undefined
  if (settings.checkRun !== 'false' && sha && !settings.event.notice) {
    tasks.push({
      what: `check run "${publication.checkRunName}"`,
      explicit: settings.checkRun === 'true',
      run: async client => {
        const done = await upsertCheckRun(client, {
          ...repository,
          sha,
          name: publication.checkRunName,
          conclusion: publication.conclusion,
          title: publication.title,
          summary: publication.markdown,
          annotations: publication.annotations
        })
        if (done.appSlug) appLogin = `${done.appSlug}[bot]`
        return `check run "${publication.checkRunName}" ${done.action} on ${sha.slice(0, 7)} (${publication.annotations.length} annotations)`
      }
    })
  }
  const target = commentTarget(settings, repository)
  if (target) {
    const { subject, markdown } = publication
    // A pull request's comment follows its target; a tracking issue keeps one for each release.
    const key = target.pullRequest
      ? pullRequestComment(subject, settings.mode, markdown)
      : releaseComment(subject, markdown, settings.mode === 'regression' ? 'regression' : undefined)
    const where = `${target.owner}/${target.repo}#${target.number}`
    tasks.push({
      what: `checklist comment on ${where}`,
      explicit: settings.comment.kind === 'issue',
      run: async client => {
        const done = await upsertComment(client, target, key, appLogin)
        return `checklist comment ${done.action} on ${where} (comment ${done.id})`
      }
    })
  }
  if (tasks.length === 0) return []

  const client = await createClient({ token: settings.token, log: message => log.info(message) })
  const denied: string[] = []
  const errors: string[] = []
  for (const task of tasks) {
    try {
      log.info(await task.run(client))
    } catch (error) {
      const status = (error as { status?: number }).status
      const why = reason(error)
      if (status !== undefined && status >= 400 && status < 500 && status !== 429) {
        if (task.explicit)
          errors.push(
            `cannot write the ${task.what}: ${why}; give a token that may write there in the token input`
          )
        else denied.push(`${task.what} (${why})`)
        continue
      }
      log.warning(
        `could not reach the GitHub API at ${process.env.GITHUB_API_URL || 'https://api.github.com'} for the ${task.what} (${why}): the job summary, annotations and verdict stand`
      )
      return errors
    }
  }
  if (denied.length > 0) {
    const fork = settings.event.pullRequest?.fromFork
      ? '; a pull request from a fork gets a read-only token, see the README for the pull_request_target pattern'
      : '; give the job checks: write and pull-requests: write (or issues: write)'
    log.warning(
      `the token may not write to GitHub here, so no ${denied.join(' and no ')}${fork}: the job summary, annotations and verdict stand`
    )
  }
  return errors
}

/**
 * Where the comment goes: a /kep-gate command's issue or pull request, the event's pull request,
 * or the configured issue; `pullRequest` when it is a pull request's conversation.
 */
function commentTarget(
  settings: ActionSettings,
  repository: RepositoryName
): (CommentTarget & { pullRequest: boolean }) | undefined {
  const { comment, event } = settings
  if (comment.kind === 'off') return undefined
  // A configured tracking issue keeps its checklist, whichever issue the /kep-gate came from.
  if (comment.kind === 'issue') {
    if (event.notice && event.commandIssue === undefined) return undefined
    const where =
      comment.owner && comment.repo ? { owner: comment.owner, repo: comment.repo } : repository
    return { ...where, number: comment.number, pullRequest: false }
  }
  if (event.commandIssue !== undefined)
    return {
      ...repository,
      number: event.commandIssue,
      pullRequest: event.commandOnPullRequest === true
    }
  if (event.notice) return undefined
  if (event.pullRequest)
    return { ...repository, number: event.pullRequest.number, pullRequest: true }
  return undefined
}

/** GitHub's own message and status, one line; never the request (its headers hold the token). */
function reason(error: unknown): string {
  const e = error as { status?: number; response?: { data?: { message?: unknown } } }
  const message =
    typeof e.response?.data?.message === 'string' ? e.response.data.message : oneLine(error)
  return e.status ? `HTTP ${e.status}: ${message}` : message
}
