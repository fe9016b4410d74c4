import { existsSync } from 'node:fs'
import { oneLine, UserError } from '../errors.js'
import { isFullSha } from '../evidence/git.js'
import { readNamedFile } from '../evidence/regular-file.js'

/** What kep-gate takes from the event that started the workflow. */
export interface EventFacts {
  name: string
  /** The commit a check run belongs to: the PR's head, or the commit the workflow ran for. */
  sha?: string
  /** The PR's base commit, compared with its head in regression mode. */
  baseSha?: string
  /** The PR's head commit. */
  headSha?: string
  pullRequest?: { number: number; fromFork: boolean }
  /** The issue or PR on which a `/kep-gate` comment asked for the checklist. */
  commandIssue?: number
  /** The `/kep-gate` comment was made on a pull request (its conversation is an issue too). */
  commandOnPullRequest?: boolean
  milestone?: string
  baseRef?: string
  /**
   * The head is read from git objects, not from the working tree: under pull_request_target the
   * job holds a write token, so the PR's files must never be checked out.
   */
  headFromObjects: boolean
  /** A one-line notice when the event gives kep-gate nothing to act on. */
  notice?: string
}

export const KNOWN_EVENTS = [
  'pull_request',
  'pull_request_target',
  'push',
  'workflow_dispatch',
  'schedule',
  'issue_comment'
] as const

/** Events about a pull request: its base commit judges it (the policy is read from there). */
export function isPullRequest(name: string): boolean {
  return name === 'pull_request' || name === 'pull_request_target'
}

/**
 * The commit whose policy file judges a pull request: its base, so a pull request cannot change
 * the policy that judges it. An event without one is an error, never a fall-back to the PR's file.
 */
export function policyBaseSha(event: EventFacts, policy: string): string {
  if (event.baseSha) return event.baseSha
  throw new UserError(
    `the ${event.name} event has no pull_request.base.sha: kep-gate reads the policy file "${policy}" from the pull request's base, so a pull request cannot change the policy that judges it`
  )
}

export const COMMAND = '/kep-gate'

/** Who may make kep-gate write with a comment: people with a stake in the repository. */
export const COMMAND_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'] as const

/** Reads the event payload (untrusted JSON) defensively: a field of the wrong type is absent. */
export function readEvent(name: string, payload: unknown, workflowSha?: string): EventFacts {
  const event = asObject(payload)
  const sha = workflowSha && isFullSha(workflowSha) ? workflowSha : undefined
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pull = asObject(event.pull_request)
      const base = asObject(pull.base)
      const head = asObject(pull.head)
      const number = asNumber(pull.number) ?? asNumber(event.number)
      const headSha = asSha(head.sha)
      const baseRepo = asString(asObject(base.repo).full_name)
      const headRepo = asString(asObject(head.repo).full_name)
      return {
        name,
        sha: headSha ?? sha,
        baseSha: asSha(base.sha),
        headSha,
        // A deleted fork has no head repository; it was a fork all the same.
        ...(number !== undefined
          ? { pullRequest: { number, fromFork: !headRepo || headRepo !== baseRepo } }
          : {}),
        milestone: asString(asObject(pull.milestone).title),
        baseRef: asString(base.ref),
        headFromObjects: name === 'pull_request_target'
      }
    }
    case 'push':
      return { name, sha: asSha(event.after) ?? sha, headFromObjects: false }
    case 'workflow_dispatch':
    case 'schedule':
      return { name, sha, headFromObjects: false }
    case 'issue_comment': {
      const body = asString(asObject(event.comment).body) ?? ''
      const issue = asNumber(asObject(event.issue).number)
      const isCommand = new RegExp(`^${COMMAND}(\\s|$)`).test(body.trim())
      if (!isCommand || issue === undefined || event.action === 'deleted') {
        return {
          name,
          sha,
          headFromObjects: false,
          notice: `the comment is not a ${COMMAND} command: checking without a check run or a comment`
        }
      }
      const given = asString(asObject(event.comment).author_association) ?? 'NONE'
      const association = /^[A-Z_]{1,40}$/.test(given) ? given : 'NONE'
      if (!(COMMAND_ASSOCIATIONS as readonly string[]).includes(association)) {
        return {
          name,
          sha,
          headFromObjects: false,
          notice: `the ${COMMAND} command comes from a commenter whose association is ${association}, not ${COMMAND_ASSOCIATIONS.join(', ')}: checking without a check run or a comment`
        }
      }
      // GitHub marks a pull request's conversation with issue.pull_request.
      const onPullRequest = Object.keys(asObject(asObject(event.issue).pull_request)).length > 0
      return {
        name,
        sha,
        commandIssue: issue,
        ...(onPullRequest ? { commandOnPullRequest: true } : {}),
        headFromObjects: false
      }
    }
    default:
      return {
        name,
        headFromObjects: false,
        notice: `kep-gate does not act on "${name || 'unknown'}" events (it knows ${KNOWN_EVENTS.join(', ')}): a plain check without a check run or a comment`
      }
  }
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

function asSha(value: unknown): string | undefined {
  return typeof value === 'string' && isFullSha(value) && !/^0+$/.test(value) ? value : undefined
}

/** GitHub's webhook payloads are at most 25 MB. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024

/**
 * The payload the runner wrote at GITHUB_EVENT_PATH, read as untrusted input: a regular file,
 * JSON (a leading byte-order mark is allowed), and never echoed, since a path set by mistake may
 * point at a secret. A path with nothing at it is an empty payload, as the toolkit treats it.
 */
export async function readEventPayload(path: string | undefined): Promise<unknown> {
  if (!path) return {}
  if (!existsSync(path)) return {}
  const text = await readNamedFile(
    path,
    `the event payload at ${path}`,
    'GITHUB_EVENT_PATH must name the JSON file the runner writes for the workflow’s event',
    { maxBytes: MAX_EVENT_BYTES }
  )
  const json = text.startsWith('\ufeff') ? text.slice(1) : text
  try {
    return JSON.parse(json)
  } catch (error) {
    throw new UserError(
      `the event payload at ${path} is not JSON: ${jsonProblem(json, oneLine(error))}`
    )
  }
}

/** Where JSON.parse gave up, in words that quote nothing of the text. */
function jsonProblem(text: string, message: string): string {
  if (text.trim() === '') return 'the file is empty'
  if (text.includes('\u0000')) return 'it holds binary data'
  if (/end of JSON input/.test(message)) return 'it ends before the JSON does (cut short?)'
  const at = /at position (\d+)/.exec(message)
  if (!at) return 'it does not start as JSON does'
  const offset = Number(at[1])
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `unexpected text at line ${line}, column ${column}`
}
