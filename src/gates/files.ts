import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  promises as fs,
  readFileSync,
  realpathSync
} from 'node:fs'
import nodePath from 'node:path'
import { DataError, oneLine } from '../errors.js'
import { WorktreeRepo, type Repo } from '../evidence/repo.js'

// Reading the many small files of an audit: page folders, kep.yaml files.

/**
 * The language folders of the site's content. Listed directly: the repository's listing walks
 * a whole tree, and content/ holds ten thousand pages. Links are not followed.
 */
export async function subfolders(root: string, dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(nodePath.join(root, dir), { withFileTypes: true })
    return entries
      .filter(e => e.isDirectory())
      .map(e => e.name)
      .sort()
  } catch {
    return []
  }
}

/**
 * Every file's text, or the error that reading it gave (a link out of the checkout, a FIFO, no
 * permission). In a working tree each file is read with one blocking read: a fifth of the cost
 * of the asynchronous calls per file, which dominate an audit of 1,500 small files. Files come
 * from the repository's own listing, which walks real folders of the checkout; the last step,
 * a link, is followed only once the repository has checked that it stays inside. Only regular
 * files are read: a FIFO would block a read for ever.
 */
export function readAll(repo: Repo, files: string[]): Promise<(string | undefined | Error)[]> {
  if (!(repo instanceof WorktreeRepo))
    return Promise.all(files.map(f => repo.read(f).catch((error: unknown) => error as Error)))
  return Promise.all(
    files.map(async file => {
      try {
        return readRegular(nodePath.join(repo.root, file), file, false)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOOP') return asError(error, file)
      }
      try {
        // A link: the repository refuses one that leads out of the checkout.
        if (!(await repo.exists(file))) return undefined
        return readRegular(realpathSync(nodePath.join(repo.root, file)), file, true)
      } catch (error) {
        return asError(error, file)
      }
    })
  )
}

function readRegular(abs: string, file: string, follow: boolean): string {
  const flags =
    constants.O_RDONLY | constants.O_NONBLOCK | (follow ? 0 : (constants.O_NOFOLLOW ?? 0))
  const fd = openSync(abs, flags)
  try {
    if (!fstatSync(fd).isFile())
      throw new DataError(file, undefined, 'is not a regular file (a folder, FIFO or device)')
    return readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
}

function asError(error: unknown, file: string): Error {
  if (error instanceof DataError) return error
  const code = (error as NodeJS.ErrnoException).code
  return new DataError(
    file,
    undefined,
    code === 'EACCES' || code === 'EPERM'
      ? 'cannot be read (permission denied)'
      : `cannot be read (${code ?? oneLine(error)})`
  )
}
