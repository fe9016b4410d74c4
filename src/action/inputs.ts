import * as core from '@actions/core'
import * as github from '@actions/github'
import nodePath from 'node:path'
import { UserError } from '../errors.js'

export type Mode = 'enforce' | 'report'

/** Every input and event fact the action uses, read once into one typed object. */
export interface ActionSettings {
  repoDir: string
  target?: string
  repoKind?: string
  policy?: string
  mode: Mode
  /** Empty when no token was given; masked in the log as soon as it is read. */
  token: string
  milestone?: string
  baseRef?: string
  ref?: string
}

export function getInputs(): ActionSettings {
  const mode = core.getInput('mode') || 'enforce'
  if (mode !== 'enforce' && mode !== 'report') {
    throw new UserError(
      `input mode "${mode}" is not known: use enforce (fail the step on failed criteria) or report (never fail)`
    )
  }
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const pull = github.context.payload.pull_request as
    { milestone?: { title?: string } | null; base?: { ref?: string } } | undefined
  return {
    repoDir: checkoutPath(workspace, core.getInput('path')),
    target: core.getInput('target-release') || undefined,
    repoKind: core.getInput('repo-kind') || undefined,
    policy: core.getInput('policy') || undefined,
    mode,
    token,
    milestone: pull?.milestone?.title ?? undefined,
    baseRef: pull?.base?.ref ?? (process.env.GITHUB_BASE_REF || undefined),
    ref: github.context.ref || undefined
  }
}

/** The checkout, which must be the workspace or inside it. */
function checkoutPath(workspace: string, input: string): string {
  const resolved = nodePath.resolve(workspace, input)
  const relative = nodePath.relative(workspace, resolved)
  if (relative.startsWith('..') || nodePath.isAbsolute(relative)) {
    throw new UserError(
      `input path "${input}" is outside the workspace (${workspace}): give a folder relative to it`
    )
  }
  return resolved
}
