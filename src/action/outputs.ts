import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { oneLine } from '../errors.js'
import { pathInside } from '../evidence/inside.js'
import { log } from './log.js'

// The step's outputs and its job summary are files the runner names (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY). One that cannot be written costs that file, never the verdict: a warning
// names the file and why, and the exit code still follows the criteria.

/** Sets every output; a GITHUB_OUTPUT that cannot be written is one warning. */
export function writeOutputs(values: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(values)) core.setOutput(name, value)
  } catch (error) {
    log.warning(
      `could not write the step's outputs to GITHUB_OUTPUT (${fileProblem('GITHUB_OUTPUT', error)}): later steps will not see them; the verdict stands`
    )
  }
}

/** Writes the job summary; a GITHUB_STEP_SUMMARY that cannot be written is one warning. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    log.warning(
      `could not write the job summary to GITHUB_STEP_SUMMARY (${fileProblem('GITHUB_STEP_SUMMARY', error)}); the verdict stands`
    )
  }
}

/** `path: why`, in words rather than the toolkit's "Missing file at path". */
function fileProblem(variable: string, error: unknown): string {
  const path = process.env[variable] ?? ''
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'ENOENT' || (path !== '' && !existsSync(path))
          ? 'no such file'
          : code
            ? code
            : oneLine(error)
  return `${path}: ${why}`
}

/**
 * A checkout's file as annotations name it: relative to the workspace, which may be above the
 * checkout (`path`); as it is when the checkout is the workspace or not inside it.
 */
export function workspaceFile(repoDir: string): (file: string) => string {
  const workspace = process.env.GITHUB_WORKSPACE
  const prefix = workspace ? pathInside(workspace, repoDir) : undefined
  return file => (prefix ? `${prefix}/${file}` : file)
}
