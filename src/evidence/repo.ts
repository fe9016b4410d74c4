import { existsSync, promises as fs } from 'node:fs'
import nodePath from 'node:path'
import { DataError, UserError } from '../errors.js'
import { readCheckout, type GitCheckout } from './git-checkout.js'
import { execGit, isFullSha, tryGit } from './git.js'
import { normalize, pathInside, repoRelative } from './inside.js'
import { readRegularFile } from './regular-file.js'
import { GrepBatcher, type GrepHit, type GrepQuery, type GrepScope } from './grep.js'

export { parseGrepOutput, type GrepHit, type GrepQuery } from './grep.js'

/** The files the hits are in, each once, in the order first hit. */
export function filesOf(hits: readonly GrepHit[]): string[] {
  return [...new Set(hits.map(h => h.file))]
}

/**
 * The checkout as the criteria see it. Every file is read at most once per run; all paths are
 * repository-relative with forward slashes, and none may leave the repository.
 */
export interface Repo {
  readonly root: string
  /** The file's text, or undefined if there is no such file. */
  read(path: string): Promise<string | undefined>
  /**
   * A file the user named (a policy file): read as `read` does, except that in a working tree
   * it need not be tracked yet. Inside the repository, regular files only.
   */
  readNamed(path: string): Promise<string | undefined>
  /** Whether a file or folder exists at path. */
  exists(path: string): Promise<boolean>
  /** Every file below a folder (recursively), repository-relative; empty if there is none. */
  list(dir: string): Promise<string[]>
  grep(query: GrepQuery): Promise<GrepHit[]>
  /** `git describe` of the checkout, if it is a git repository with a matching tag. */
  describe(): Promise<string | undefined>
  /** The git checkout whose history this is, if any. */
  checkout(): Promise<GitCheckout | undefined>
}

export interface WorktreeOptions {
  /**
   * Judge untracked files too (a local run before `git add`). By default a git checkout is
   * judged as git tracks it: the index, with the working tree's changes to tracked files.
   */
  untracked?: boolean
  /** kep-gate may fetch missing history into this checkout (see GitCheckout.fetch). */
  fetch?: boolean
  /**
   * Judge the files on disk and never ask git: for the feature-gate audit, which walks its
   * folders on disk anyway and needs no history (git's listing would cost a process per tree).
   */
  disk?: boolean
}

/**
 * The files git tracks (or, with untracked, also those it does not ignore), as `git ls-files -z`
 * wrote them: for the few lookups of a run, searching the bytes beats decoding 30,000 names.
 */
class Listing {
  // Searched as it came (a megabyte for 30,000 names): each name ends with a NUL, and the first
  // starts the buffer, so a name is found after a NUL or at 0.
  constructor(private readonly data: Buffer) {}

  hasFile(file: string): boolean {
    return this.data.includes(`\0${file}\0`) || this.startsWith(`${file}\0`)
  }

  hasDir(dir: string): boolean {
    return dir === '' || this.data.includes(`\0${dir}/`) || this.startsWith(`${dir}/`)
  }

  /** The files below a folder. */
  below(dir: string): string[] {
    const found: string[] = []
    const nameAt = (at: number): void => {
      const end = this.data.indexOf(0, at)
      found.push(this.data.toString('utf8', at, end === -1 ? undefined : end))
    }
    if (dir === '') return this.data.toString('utf8').split('\0').filter(Boolean)
    if (this.startsWith(`${dir}/`)) nameAt(0)
    const prefix = Buffer.from(`\0${dir}/`)
    for (let at = this.data.indexOf(prefix); at !== -1; at = this.data.indexOf(prefix, at + 1))
      nameAt(at + 1)
    return found.filter(Boolean)
  }

  private startsWith(text: string): boolean {
    const head = Buffer.from(text)
    return (
      this.data.length >= head.length &&
      this.data.compare(head, 0, head.length, 0, head.length) === 0
    )
  }
}

/** The working tree of a checkout on disk. */
export class WorktreeRepo implements Repo {
  private readonly cache = new Map<string, Promise<string | undefined>>()
  private readonly batcher: GrepBatcher
  private git: Promise<GitCheckout | undefined> | undefined
  private listing: Promise<Listing | undefined> | undefined

  private constructor(
    readonly root: string,
    private readonly options: WorktreeOptions
  ) {
    const likely =
      !options.disk && existsSync(nodePath.join(root, '.git'))
        ? options.untracked
          ? ['--untracked']
          : []
        : ['--no-index']
    this.batcher = new GrepBatcher(() => this.scope(), { root, args: likely, what: root })
  }

  static async open(dir: string, options: WorktreeOptions = {}): Promise<WorktreeRepo> {
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
    return new WorktreeRepo(root, options)
  }

  read(path: string): Promise<string | undefined> {
    let cached = this.cache.get(path)
    if (!cached) {
      cached = this.readOnce(path)
      this.cache.set(path, cached)
    }
    return cached
  }

  async readNamed(path: string): Promise<string | undefined> {
    const abs = await this.inside(repoRelative(path))
    return abs === undefined ? undefined : readRegularFile(abs, normalize(path))
  }

  /** Whether paths exist on disk, tracked or not: a first answer that needs no git. */
  onDisk(): { exists(path: string): Promise<boolean> } {
    return { exists: async path => (await this.inside(repoRelative(path))) !== undefined }
  }

  async exists(path: string): Promise<boolean> {
    const rel = repoRelative(path)
    const listing = await this.files()
    if (listing && !listing.hasFile(rel) && !listing.hasDir(rel)) return false
    return (await this.inside(rel)) !== undefined
  }

  async list(dir: string): Promise<string[]> {
    const rel = repoRelative(dir)
    const abs = await this.inside(rel)
    if (!abs) return []
    const listing = await this.files()
    if (listing) {
      const below = listing.hasFile(rel) ? [rel] : listing.below(rel)
      // A tracked file deleted in the working tree is gone from what is judged.
      const present = await Promise.all(
        below.map(f =>
          fs.lstat(nodePath.join(this.root, f)).then(
            () => true,
            () => false
          )
        )
      )
      return below.filter((_, i) => present[i]).sort()
    }
    const out: string[] = []
    const walk = async (absDir: string, relDir: string): Promise<void> => {
      let entries
      try {
        entries = await fs.readdir(absDir, { withFileTypes: true })
      } catch {
        return
      }
      for (const entry of entries) {
        // The top folder's files are named as git names them: `main.go`, not `./main.go`.
        const childRel = relDir ? `${relDir}/${entry.name}` : entry.name
        if (entry.isDirectory()) await walk(nodePath.join(absDir, entry.name), childRel)
        else out.push(childRel)
      }
    }
    const stat = await fs.stat(abs)
    if (!stat.isDirectory()) return [normalize(dir)]
    await walk(abs, rel)
    return out.sort()
  }

  grep(query: GrepQuery): Promise<GrepHit[]> {
    return this.batcher.grep(query)
  }

  describe(): Promise<string | undefined> {
    return tryGit(this.root, ['describe', '--tags', '--match', 'v[0-9]*'])
  }

  /** The commit checked out (`HEAD`), when this is the top of a git checkout. */
  async headCommit(): Promise<string | undefined> {
    if (!(await this.checkout())) return undefined
    const sha = (await tryGit(this.root, ['rev-parse', '--verify', '-q', 'HEAD']))?.trim()
    return sha && isFullSha(sha) ? sha : undefined
  }

  checkout(): Promise<GitCheckout | undefined> {
    if (this.options.disk) return Promise.resolve(undefined)
    this.git ??= afterSearches().then(() => readCheckout(this.root, this.options.fetch ?? false))
    return this.git
  }

  /**
   * A checkout is searched through git (fast, and what CI has): the files it tracks, or with
   * `untracked` those it does not ignore too. A plain folder, or one nested in another
   * repository, is searched as files on disk.
   */
  private async scope(): Promise<GrepScope> {
    const git = await this.checkout()
    const args = !git ? ['--no-index'] : this.options.untracked ? ['--untracked'] : []
    return { root: this.root, args, what: this.root }
  }

  /** What git tracks, listed once (started with the checkout question); undefined outside git. */
  private files(): Promise<Listing | undefined> {
    this.listing ??= (async () => {
      if (this.options.disk) return undefined
      await afterSearches()
      const args = [
        'ls-files',
        '-z',
        ...(this.options.untracked ? ['--cached', '--others', '--exclude-standard'] : [])
      ]
      const [git, result] = await Promise.all([this.checkout(), execGit(this.root, args)])
      if (!git || result.code !== 0) return undefined
      return new Listing(result.stdout)
    })()
    return this.listing
  }

  private async readOnce(path: string): Promise<string | undefined> {
    const rel = repoRelative(path)
    const listing = await this.files()
    if (listing && !listing.hasFile(rel)) {
      if (listing.hasDir(rel))
        throw new DataError(rel, undefined, 'is a folder where a file was expected')
      return undefined
    }
    const abs = await this.inside(rel)
    if (!abs) return undefined
    // Regular files only, up to a size: a FIFO or a device in the checkout never hangs a run.
    return readRegularFile(abs, normalize(path))
  }

  /**
   * The absolute path of a repository-relative path, or undefined if nothing is there. A path
   * that leaves the repository, itself or through a symbolic link, is an error: the checkout is
   * untrusted and must not make us read the runner's files.
   */
  private async inside(rel: string): Promise<string | undefined> {
    let real: string
    try {
      real = await fs.realpath(nodePath.join(this.root, rel))
    } catch {
      return undefined
    }
    if (pathInside(this.root, real) === undefined) {
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
 * Resolves once the searches asked for in this pass have started: a search is the longest git
 * command of a run, and starting a process holds up the next one for a few milliseconds.
 */
function afterSearches(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve))
}
