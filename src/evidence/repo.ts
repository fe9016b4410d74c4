import { promises as fs } from 'node:fs'
import nodePath from 'node:path'
import { DataError, UserError } from '../errors.js'
import { execGit, tryGit } from './git.js'

/** A line that matched a text search. */
export interface GrepHit {
  file: string
  line: number
  text: string
}

/** The files the hits are in, each once, in the order first hit. */
export function filesOf(hits: readonly GrepHit[]): string[] {
  return [...new Set(hits.map(h => h.file))]
}

export interface GrepQuery {
  /**
   * Fixed strings; a line containing any of them is a hit. Fixed strings, not regular
   * expressions, because git searches them several times faster: callers narrow the hits to
   * real evidence by parsing the few files found.
   */
  patterns: string[]
  ignoreCase?: boolean
  /** Globs to search (`**\/*.go`, `cmd/kube-proxy/**`); a path ending in `/` means the folder. */
  include: string[]
  /** Globs to leave out, e.g. `vendor/**`, `**\/*_test.go`. */
  exclude?: string[]
}

/**
 * The checkout as the criteria see it. Every file is read at most once per run; all paths are
 * repository-relative with forward slashes, and none may leave the repository.
 */
export interface Repo {
  readonly root: string
  /** The file's text, or undefined if there is no such file. */
  read(path: string): Promise<string | undefined>
  /** Whether a file or folder exists at path. */
  exists(path: string): Promise<boolean>
  /** Every file below a folder (recursively), repository-relative; empty if there is none. */
  list(dir: string): Promise<string[]>
  grep(query: GrepQuery): Promise<GrepHit[]>
  /** `git describe` of the checkout, if it is a git repository with a matching tag. */
  describe(): Promise<string | undefined>
}

const MAX_HIT_TEXT = 500

/** The working tree of a checkout on disk. */
export class WorktreeRepo implements Repo {
  private readonly cache = new Map<string, Promise<string | undefined>>()
  private gitTop: Promise<boolean> | undefined

  private constructor(readonly root: string) {}

  static async open(dir: string): Promise<WorktreeRepo> {
    let root: string
    try {
      root = await fs.realpath(dir)
    } catch {
      throw new UserError(
        `the repository folder "${dir}" does not exist: pass the path of a checkout`
      )
    }
    const stat = await fs.stat(root)
    if (!stat.isDirectory())
      throw new UserError(`"${dir}" is not a folder: pass the path of a checkout`)
    return new WorktreeRepo(root)
  }

  read(path: string): Promise<string | undefined> {
    let cached = this.cache.get(path)
    if (!cached) {
      cached = this.readOnce(path)
      this.cache.set(path, cached)
    }
    return cached
  }

  async exists(path: string): Promise<boolean> {
    const abs = await this.inside(path)
    return abs !== undefined
  }

  async list(dir: string): Promise<string[]> {
    const abs = await this.inside(dir)
    if (!abs) return []
    const out: string[] = []
    const walk = async (absDir: string, rel: string): Promise<void> => {
      let entries
      try {
        entries = await fs.readdir(absDir, { withFileTypes: true })
      } catch {
        return
      }
      for (const entry of entries) {
        const childRel = `${rel}/${entry.name}`
        if (entry.isDirectory()) await walk(nodePath.join(absDir, entry.name), childRel)
        else out.push(childRel)
      }
    }
    const stat = await fs.stat(abs)
    if (!stat.isDirectory()) return [normalize(dir)]
    await walk(abs, normalize(dir))
    return out.sort()
  }

  async grep(query: GrepQuery): Promise<GrepHit[]> {
    // A checkout is searched through git's index (fast, and what CI has); a plain folder, or one
    // nested in another repository, is searched as files on disk.
    const scope = (await this.isGitTop()) ? ['--untracked'] : ['--no-index']
    return gitGrep(this.root, query, scope, this.root)
  }

  describe(): Promise<string | undefined> {
    return tryGit(this.root, ['describe', '--tags', '--match', 'v[0-9]*'])
  }

  private isGitTop(): Promise<boolean> {
    this.gitTop ??= tryGit(this.root, ['rev-parse', '--show-toplevel']).then(async top => {
      if (!top) return false
      return (await fs.realpath(top.trim()).catch(() => '')) === this.root
    })
    return this.gitTop
  }

  private async readOnce(path: string): Promise<string | undefined> {
    const abs = await this.inside(path)
    if (!abs) return undefined
    try {
      return await fs.readFile(abs, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const why =
        code === 'EISDIR'
          ? 'is a folder where a file was expected'
          : code === 'EACCES' || code === 'EPERM'
            ? 'cannot be read (permission denied)'
            : `cannot be read (${code ?? 'unknown error'})`
      throw new DataError(normalize(path), undefined, why)
    }
  }

  /**
   * The absolute path of a repository-relative path, or undefined if nothing is there. A path
   * that leaves the repository, itself or through a symbolic link, is an error: the checkout is
   * untrusted and must not make us read the runner's files.
   */
  private async inside(path: string): Promise<string | undefined> {
    const rel = repoRelative(path)
    let real: string
    try {
      real = await fs.realpath(nodePath.join(this.root, rel))
    } catch {
      return undefined
    }
    if (real !== this.root && !real.startsWith(this.root + nodePath.sep)) {
      throw new DataError(
        rel,
        undefined,
        `is a symbolic link that leads out of the repository (to ${real}); kep-gate only reads files inside the checkout`
      )
    }
    return real
  }
}

/**
 * `git grep -F` for a query, the one search behind every Repo. `scope` says what is searched: the
 * working tree (`--untracked`), plain files (`--no-index`) or a commit (its sha). Hits are
 * repository-relative, whatever the scope.
 */
export async function gitGrep(
  root: string,
  query: GrepQuery,
  scope: string[],
  what: string
): Promise<GrepHit[]> {
  const args = ['grep', '-n', '-I', '-z', '--no-color', '-F']
  if (query.ignoreCase) args.push('-i')
  for (const pattern of query.patterns) args.push('-e', pattern)
  args.push(
    ...scope,
    '--',
    ...query.include.map(p => `:(glob)${asGlob(p)}`),
    ...(query.exclude ?? []).map(p => `:(glob,exclude)${asGlob(p)}`)
  )
  const result = await execGit(root, args)
  if (result.code === 1) return []
  if (result.code !== 0) {
    throw new UserError(
      `searching ${what} with git grep failed: ${result.stderr.trim().split('\n')[0]}`
    )
  }
  const hits = parseGrepOutput(result.stdout.toString('utf8'))
  // In a commit, git names hits `<commit>:<path>`.
  const revision = scope.find(s => !s.startsWith('-'))
  const prefix = revision ? `${revision}:` : undefined
  return prefix
    ? hits.map(h => (h.file.startsWith(prefix) ? { ...h, file: h.file.slice(prefix.length) } : h))
    : hits
}

function asGlob(path: string): string {
  return path.endsWith('/') ? `${path}**` : path
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

/** Reads `git grep -n -z` output: `path\0line\0text` per line. */
export function parseGrepOutput(output: string): GrepHit[] {
  const hits: GrepHit[] = []
  let start = 0
  while (start < output.length) {
    let end = output.indexOf('\n', start)
    if (end === -1) end = output.length
    const record = output.slice(start, end)
    start = end + 1
    const first = record.indexOf('\0')
    const second = record.indexOf('\0', first + 1)
    if (first === -1 || second === -1) continue
    const text = record.slice(second + 1)
    hits.push({
      file: record.slice(0, first),
      line: Number(record.slice(first + 1, second)),
      text: text.length > MAX_HIT_TEXT ? text.slice(0, MAX_HIT_TEXT) : text
    })
  }
  return hits
}
