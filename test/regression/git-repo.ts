// Real git repositories built from the fixture trees: a base commit, and a pull request on top.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { copyFixture } from '../support/tree.js'

const IDENTITY = {
  GIT_AUTHOR_NAME: 'kep-gate test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'kep-gate test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

export function git(dir: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, ...IDENTITY },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

/** A repository whose first commit is a fixture tree; returns the folder and that commit. */
export function repoFromFixture(
  era: string,
  prepare?: (dir: string) => void
): { dir: string; base: string } {
  const dir = copyFixture('kubernetes', era)
  prepare?.(dir)
  git(dir, ['init', '-q', '-b', 'master'])
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', `kubernetes at ${era}`])
  return { dir, base: git(dir, ['rev-parse', 'HEAD']) }
}

/** Commits the working tree's changes as the pull request's head. */
export function commitAll(dir: string, message: string): string {
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '--allow-empty', '-m', message])
  return git(dir, ['rev-parse', 'HEAD'])
}

/** A depth-1 clone of the head, as actions/checkout makes by default: the base is not in it. */
export function shallowClone(origin: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kep-gate-shallow-')), 'checkout')
  git(path.dirname(dir), ['clone', '-q', '--depth=1', '--no-local', `file://${origin}`, dir])
  return dir
}
