import { lstatSync, promises as fs, readdirSync, realpathSync } from 'node:fs'
import nodePath from 'node:path'
import { DataError, oneLine } from '../errors.js'
import { notRegular, readRegularFileSync } from '../evidence/regular-file.js'
import { WorktreeRepo, type Repo, type WorktreeOptions } from '../evidence/repo.js'

// Reading the many small files of an audit: page folders, kep.yaml files.

/**
 * How the audit opens its checkouts: the files on disk, as its folder walks see them, with no
 * git process per tree (an audit needs no history).
 */
export const ON_DISK: WorktreeOptions = { disk: true }

/** A file found by listing a folder: a regular file, a link (to check), or something else. */
export interface Listed {
  file: string
  kind: 'file' | 'link' | 'other'
}

/**
 * Every file below a folder of the checkout whose name passes `keep`, repository-relative and
 * sorted. A working tree is walked with blocking reads of each folder, several times faster than
 * one asynchronous read after another over the 2,400 entries of keps/; links are not followed.
 */
export async function listFiles(
  repo: Repo,
  dir: string,
  keep: (name: string) => boolean
): Promise<Listed[]> {
  if (!(repo instanceof WorktreeRepo))
    return (await repo.list(dir))
      .filter(f => keep(baseName(f)))
      .map(file => ({ file, kind: 'file' as const }))
  // The repository refuses a folder that leads out of the checkout; none found is no folder.
  if (!(await repo.exists(dir))) return []
  const out: Listed[] = []
  const walk = (rel: string): void => {
    let entries
    try {
      entries = readdirSync(nodePath.join(repo.root, rel), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const file = `${rel}/${entry.name}`
      if (entry.isDirectory()) walk(file)
      else if (keep(entry.name))
        out.push({
          file,
          kind: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other'
        })
    }
  }
  walk(dir.replace(/\/+$/, ''))
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1)
}

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
 * permission). In a working tree a regular file is read with one blocking read that refuses to
 * follow a link: a fifth of the cost of the asynchronous calls per file, which dominate an audit
 * of 1,500 small files. A link is followed only once the repository has checked that it stays
 * inside; only regular files are read (regular-file.ts), since a FIFO would block a read for ever.
 */
export function readAll(repo: Repo, files: Listed[]): Promise<(string | undefined | Error)[]> {
  if (!(repo instanceof WorktreeRepo))
    return Promise.all(files.map(f => repo.read(f.file).catch((error: unknown) => error as Error)))
  return Promise.all(
    files.map(async ({ file, kind }) => {
      const abs = nodePath.join(repo.root, file)
      try {
        if (kind === 'other') throw notRegular(file, lstatSync(abs))
        // noFollow: a file swapped for a link since the listing is not followed either.
        if (kind === 'file') return readRegularFileSync(abs, file, { noFollow: true })
        if (!(await repo.exists(file))) return undefined
        return readRegularFileSync(realpathSync(abs), file)
      } catch (error) {
        return asError(error, file)
      }
    })
  )
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
