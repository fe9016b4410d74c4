// Runs the BUILT action against the fake GitHub, for any event, with payloads built from GitHub's
// own recorded webhook examples (@octokit/webhooks-examples), so the parser meets the real shape.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { runAction, type ActionRun, type Built } from '../e2e/run-built.js'

export const REPOSITORY = 'kubernetes/kubernetes'
export const HEAD_SHA = 'b'.repeat(40)
export const BASE_SHA = 'a'.repeat(40)
export const WORKFLOW_SHA = 'c'.repeat(40)

interface Definition {
  name: string
  examples: Record<string, unknown>[]
}

const definitions = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples'), 'utf8')
) as Definition[]

/** A recorded example payload of GitHub's, deep-copied. */
function example(name: string, action?: string): Record<string, unknown> {
  const found = definitions
    .find(d => d.name === name)
    ?.examples.find(e => action === undefined || e.action === action)
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} ${action ?? ''} example`)
  return structuredClone(found)
}

function asRepository(repository: unknown): Record<string, unknown> {
  return {
    ...(repository as object),
    name: 'kubernetes',
    full_name: REPOSITORY,
    owner: { ...((repository as { owner: object }).owner ?? {}), login: 'kubernetes' }
  }
}

export interface PullOptions {
  number?: number
  milestone?: string | null
  baseRef?: string
  baseSha?: string
  headSha?: string
  fromFork?: boolean
}

/** A `pull_request` (or `pull_request_target`) payload: GitHub's recorded "opened" example, retargeted. */
export function pullRequestPayload(options: PullOptions = {}): Record<string, unknown> {
  const event = example('pull_request', 'opened')
  const pull = event.pull_request as Record<string, Record<string, unknown>>
  const repository = asRepository(event.repository)
  const number = options.number ?? 1
  event.number = number
  event.repository = repository
  pull.number = number as never
  pull.milestone = (
    options.milestone === null
      ? null
      : { number: 7, title: options.milestone ?? 'v1.40', state: 'open' }
  ) as never
  pull.base = {
    ...pull.base,
    ref: options.baseRef ?? 'master',
    sha: options.baseSha ?? BASE_SHA,
    repo: repository
  }
  pull.head = {
    ...pull.head,
    ref: 'flip-ipvs',
    sha: options.headSha ?? HEAD_SHA,
    repo: options.fromFork
      ? asRepository({ ...repository, owner: { login: 'contributor' } })
      : repository
  }
  if (options.fromFork)
    (pull.head.repo as Record<string, unknown>).full_name = 'contributor/kubernetes'
  return event
}

export function pushPayload(ref: string, after = HEAD_SHA): Record<string, unknown> {
  const event = example('push')
  return { ...event, ref, after, repository: asRepository(event.repository) }
}

export function workflowDispatchPayload(): Record<string, unknown> {
  const event = example('workflow_dispatch')
  return { ...event, repository: asRepository(event.repository) }
}

/** GitHub sends schedule runs no webhook; the payload the runner gets names the cron line. */
export function schedulePayload(): Record<string, unknown> {
  return { schedule: '0 6 * * 1' }
}

/** GitHub's recorded comment is by the repository's OWNER; `association` says who else wrote it. */
export function issueCommentPayload(
  issue: number,
  body: string,
  association?: string,
  onPullRequest = false
): Record<string, unknown> {
  const event = example('issue_comment', 'created')
  const comment = event.comment as Record<string, unknown>
  // GitHub marks a pull request's conversation with issue.pull_request (its links).
  const url = `https://api.github.com/repos/${REPOSITORY}/pulls/${issue}`
  const pullRequest = onPullRequest
    ? { pull_request: { url, html_url: url, diff_url: url, patch_url: url, merged_at: null } }
    : {}
  return {
    ...event,
    repository: asRepository(event.repository),
    issue: { ...(event.issue as object), number: issue, ...pullRequest },
    comment: { ...comment, body, author_association: association ?? comment.author_association }
  }
}

export interface RunOptions {
  apiUrl: string
  workspace: string
  eventName: string
  event: object
  ref?: string
  inputs?: Record<string, string>
  token?: string
  serverUrl?: string
}

/** The built action as the runner starts it, talking to apiUrl with an installation token. */
export function runAgainst(built: Built, options: RunOptions): Promise<ActionRun> {
  return runAction(built, {
    ...options,
    ref: options.ref ?? 'refs/heads/master',
    sha: WORKFLOW_SHA,
    token: options.token ?? 'ghs_fake-installation-token'
  })
}

export function warnings(run: ActionRun): string[] {
  return run.commands.filter(c => c.command === 'warning' && !c.properties.file).map(c => c.message)
}

export function stepErrors(run: ActionRun): string[] {
  return run.commands.filter(c => c.command === 'error' && !c.properties.file).map(c => c.message)
}
