import * as core from '@actions/core'
import { realpathSync } from 'node:fs'
import nodePath from 'node:path'
import { UserError } from '../errors.js'
import { pathInside } from '../evidence/inside.js'
import { parseRepositoryName } from '../github/repository-name.js'
import { readEvent, readEventPayload, type EventFacts } from './event.js'

export type Mode = 'enforce' | 'report' | 'regression'
/** What the run checks: one KEP's criteria, or every feature gate (code ↔ website ↔ KEPs). */
export type Scope = 'kep' | 'feature-gates'
export type CheckRunSetting = 'auto' | 'true' | 'false'

/** Where the checklist comment goes: nowhere, the event's pull request, or a given issue. */
export type CommentSetting =
  | { kind: 'off' }
  | { kind: 'pr' }
  | { kind: 'issue'; owner?: string; repo?: string; number: number }

/** Every input and event fact the action uses, read once into one typed object. */
export interface ActionSettings {
  repoDir: string
  target?: string
  repoKind?: string
  policy?: string
  mode: Mode
  /** Empty when no token was given; masked in the log as soon as it is read. */
  token: string
  checkRun: CheckRunSetting
  comment: CommentSetting
  event: EventFacts
  /** owner/name of the checked-out repository, for GitHub facts only; undefined = the workflow's. */
  repository?: string
  milestone?: string
  baseRef?: string
  ref?: string
  scope: Scope
  /** With scope feature-gates: the other checkouts (inside the workspace), when given. */
  kubernetesPath?: string
  websitePath?: string
  enhancementsPath?: string
}

const MODES: readonly Mode[] = ['enforce', 'report', 'regression']

/**
 * Every input and the event, read and validated once. The event is read here, inside the run's
 * error handling, rather than by @actions/github when it is imported: a broken payload is then
 * one line saying so, not a crash before the action starts.
 */
export async function getInputs(): Promise<ActionSettings> {
  const mode = core.getInput('mode') || 'enforce'
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new UserError(
      `input mode "${mode}" is not known: use enforce (fail the step on failed criteria), report (never fail) or regression (fail only on criteria the pull request breaks)`
    )
  }
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const event = readEvent(
    process.env.GITHUB_EVENT_NAME ?? '',
    await readEventPayload(process.env.GITHUB_EVENT_PATH),
    process.env.GITHUB_SHA
  )
  return {
    repoDir: checkoutPath(workspace, core.getInput('path')),
    target: core.getInput('target-release') || undefined,
    repoKind: core.getInput('repo-kind') || undefined,
    policy: core.getInput('policy') || undefined,
    mode: mode as Mode,
    token,
    checkRun: parseCheckRun(core.getInput('check-run')),
    comment: parseComment(core.getInput('comment')),
    event,
    repository: parseRepository(core.getInput('repository')),
    milestone: event.milestone,
    baseRef: event.baseRef ?? (process.env.GITHUB_BASE_REF || undefined),
    ref: process.env.GITHUB_REF || undefined,
    scope: parseScope(core.getInput('scope')),
    ...otherCheckouts(workspace)
  }
}

export function parseScope(input: string): Scope {
  const value = input.trim() || 'kep'
  if (value === 'kep' || value === 'feature-gates') return value
  throw new UserError(
    `input scope "${input}" is not known: use kep (the KEP's criteria) or feature-gates (every feature gate: code, website pages and KEPs)`
  )
}

/** The checkouts scope feature-gates reads besides `path`; each must stay inside the workspace. */
function otherCheckouts(
  workspace: string
): Pick<ActionSettings, 'kubernetesPath' | 'websitePath' | 'enhancementsPath'> {
  const path = (value: string, name: string) =>
    value ? checkoutPath(workspace, value, name) : undefined
  return {
    kubernetesPath: path(core.getInput('kubernetes-path'), 'kubernetes-path'),
    websitePath: path(core.getInput('website-path'), 'website-path'),
    enhancementsPath: path(core.getInput('enhancements-path'), 'enhancements-path')
  }
}

export function parseCheckRun(input: string): CheckRunSetting {
  const value = input.trim().toLowerCase() || 'auto'
  if (value === 'auto' || value === 'true' || value === 'false') return value
  throw new UserError(
    `input check-run "${input}" is not known: use auto (when the token may write checks), true or false`
  )
}

export function parseComment(input: string): CommentSetting {
  const value = input.trim()
  if (value === '' || value === 'pr') return { kind: 'pr' }
  if (value === 'off') return { kind: 'off' }
  const local = /^issue:#?(\d+)$/.exec(value)
  if (local) return { kind: 'issue', number: Number(local[1]) }
  const remote = /^issue:([^#]*)#(\d+)$/.exec(value)
  const repository = parseRepositoryName(remote?.[1])
  if (remote && repository) return { kind: 'issue', ...repository, number: Number(remote[2]) }
  throw new UserError(
    `input comment "${input}" is not known: use off, pr, issue:<number> or issue:<owner>/<repo>#<number> (e.g. issue:kubernetes/enhancements#5495)`
  )
}

export function parseRepository(input: string): string | undefined {
  const value = input.trim()
  if (value === '') return undefined
  if (parseRepositoryName(value)) return value
  throw new UserError(
    `input repository "${input}" is not owner/name: give the checked-out repository like kubernetes/website, or leave it empty for this workflow's repository`
  )
}

/**
 * The checkout, which must be the workspace or inside it once symbolic links are followed (the
 * repository reader follows them too), so a link in the workspace cannot lead it elsewhere.
 */
export function checkoutPath(workspace: string, input: string, name = 'path'): string {
  const resolved = nodePath.resolve(workspace, input)
  let linksLeadOut = false
  try {
    linksLeadOut = pathInside(realpathSync(workspace), realpathSync(resolved)) === undefined
  } catch {
    // A folder that does not exist: WorktreeRepo.open says so in one line.
  }
  if (linksLeadOut || pathInside(workspace, resolved) === undefined) {
    throw new UserError(
      `input ${name} "${input}" is outside the workspace (${workspace}): give a folder inside it, not a link that leads out`
    )
  }
  return resolved
}
