import nodePath from 'node:path'
import { UserError } from '../errors.js'

// "Does this path stay inside?", asked in one place: of the checkout's files and links, the
// policy file, the action's path inputs and the paths annotations are given relative to.

/**
 * `path` from `root` with forward slashes ('' for root itself) when it is root or below it;
 * undefined when it leads out. Both are absolute; links are the caller's to resolve first.
 */
export function pathInside(root: string, path: string): string | undefined {
  const rel = nodePath.relative(root, path)
  if (rel === '..' || rel.startsWith(`..${nodePath.sep}`) || nodePath.isAbsolute(rel))
    return undefined
  return rel.split(nodePath.sep).join('/')
}

/** A repository-relative path ('' for the root); one that leaves the repository is refused. */
export function repoRelative(path: string): string {
  const rel = normalize(path)
  if (nodePath.isAbsolute(path) || rel === '..' || rel.startsWith('../')) {
    throw new UserError(`"${path}" is outside the repository: use a path relative to the checkout`)
  }
  return rel === '.' ? '' : rel
}

export function normalize(path: string): string {
  return nodePath.posix
    .normalize(path.replaceAll('\\', '/'))
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '')
}
