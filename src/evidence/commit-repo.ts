import { DataError, UserError } from '../errors.js'
import { checkoutAround, remoteProblem, type GitCheckout } from './git-checkout.js'
import { sizeProblem } from './regular-file.js'
import { execGit, isFullSha, tryGit } from './git.js'
import { GrepBatcher } from './grep.js'
import { repoRelative } from './inside.js'
import type { GrepHit, GrepQuery, Repo } from './repo.js'

interface Blob {
  oid: string
}

/**
 * A commit of the checkout, read from git's objects (`ls-tree`, `cat-file`, `git grep <commit>`)
 * with no second checkout: a PR check compares its base commit with its head this way, and a
 * privileged job can read a PR's head without ever writing its files to disk.
 */
export class CommitRepo implements Repo {
  private readonly cache = new Map<string, Promise<string | undefined>>()
  private readonly batcher: GrepBatcher

  private constructor(
    /** The checkout whose object database holds the commit; messages name it. */
    readonly root: string,
    readonly commit: string,
    private readonly blobs: Map<string, Blob>,
    private readonly dirs: Set<string>,
    private readonly git: GitCheckout
  ) {
    const scope = { root, args: [commit], what: `commit ${commit}` }
    this.batcher = new GrepBatcher(async () => scope, scope)
  }

  /**
   * Opens `commit` (a full sha) in the repository at dir. Where fetching is allowed (the
   * action's checkout), a commit a shallow checkout lacks is fetched from origin once (depth 1);
   * otherwise, or if that fails too, the error says how to check out.
   */
  static async open(
    dir: string,
    commit: string,
    options: { fetch?: boolean } = {}
  ): Promise<CommitRepo> {
    if (!isFullSha(commit)) {
      throw new UserError(`"${commit}" is not a full commit sha: kep-gate reads commits by sha`)
    }
    const git = await checkoutAround(dir, options.fetch ?? false)
    if (!git) {
      throw new UserError(
        `"${dir}" is not a git checkout: regression mode reads commits from git, so check out with actions/checkout`
      )
    }
    const root = git.root
    if (!(await hasCommit(root, commit))) {
      // The sha comes from the event payload, never from a user's text, and goes as one argument.
      const fetched =
        options.fetch && !(await remoteProblem(root, 'origin'))
          ? await execGit(root, [
              'fetch',
              '--no-tags',
              '--no-write-fetch-head',
              '--upload-pack=git-upload-pack',
              '--depth=1',
              'origin',
              commit
            ])
          : undefined
      if (fetched?.code !== 0 || !(await hasCommit(root, commit))) {
        throw new UserError(
          `commit ${commit} is not in the checkout and could not be fetched from origin: check out with actions/checkout and fetch-depth: 0`
        )
      }
    }
    const listing = await execGit(root, ['ls-tree', '-r', '-z', '--full-tree', commit])
    if (listing.code !== 0) {
      throw new UserError(`cannot list the files of commit ${commit}: ${firstLine(listing.stderr)}`)
    }
    const blobs = new Map<string, Blob>()
    const dirs = new Set<string>([''])
    for (const record of listing.stdout.toString('utf8').split('\0')) {
      // `<mode> <type> <oid>\t<path>`; symbolic links (120000) and submodules (commit) are not
      // files of this repository, so they are left out as the working tree's reader leaves out
      // links that lead elsewhere.
      const tab = record.indexOf('\t')
      if (tab === -1) continue
      const [mode, type, oid] = record.slice(0, tab).split(' ')
      if (type !== 'blob' || mode === '120000' || !oid) continue
      const path = record.slice(tab + 1)
      blobs.set(path, { oid })
      for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1))
        dirs.add(path.slice(0, slash))
    }
    return new CommitRepo(root, commit, blobs, dirs, git)
  }

  async read(path: string): Promise<string | undefined> {
    const rel = repoRelative(path)
    let cached = this.cache.get(rel)
    if (!cached) {
      cached = this.readOnce(rel)
      this.cache.set(rel, cached)
    }
    return cached
  }

  readNamed(path: string): Promise<string | undefined> {
    return this.read(path)
  }

  async exists(path: string): Promise<boolean> {
    const rel = repoRelative(path)
    return this.blobs.has(rel) || this.dirs.has(rel)
  }

  async list(dir: string): Promise<string[]> {
    const rel = repoRelative(dir)
    if (this.blobs.has(rel)) return [rel]
    if (!this.dirs.has(rel)) return []
    const prefix = rel === '' ? '' : `${rel}/`
    return [...this.blobs.keys()].filter(p => p.startsWith(prefix)).sort()
  }

  grep(query: GrepQuery): Promise<GrepHit[]> {
    return this.batcher.grep(query)
  }

  async checkout(): Promise<GitCheckout | undefined> {
    return this.git
  }

  describe(): Promise<string | undefined> {
    return tryGit(this.root, ['describe', '--tags', '--match', 'v[0-9]*', this.commit])
  }

  private async readOnce(rel: string): Promise<string | undefined> {
    const blob = this.blobs.get(rel)
    if (!blob) {
      if (this.dirs.has(rel))
        throw new DataError(rel, undefined, 'is a folder where a file was expected')
      return undefined
    }
    // The same size limit as the working tree's: a pull request can add a blob of any size.
    const size = await execGit(this.root, ['cat-file', '-s', blob.oid])
    const tooLarge = sizeProblem(rel, Number(size.stdout.toString('utf8').trim()))
    if (tooLarge) throw tooLarge
    const result = await execGit(this.root, ['cat-file', 'blob', blob.oid])
    if (result.code !== 0) {
      throw new DataError(
        rel,
        undefined,
        `cannot be read from commit ${this.commit} (${firstLine(result.stderr)})`
      )
    }
    return result.stdout.toString('utf8')
  }
}

async function hasCommit(root: string, commit: string): Promise<boolean> {
  const result = await execGit(root, ['cat-file', '-e', `${commit}^{commit}`])
  return result.code === 0
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}
