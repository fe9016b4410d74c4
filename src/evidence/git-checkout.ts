import { promises as fs } from 'node:fs'
import nodePath from 'node:path'
import { execGit, gitReason, tryGit } from './git.js'

/** A folder that is the top of a git work tree, as the history readers need to know it. */
export interface GitCheckout {
  /** The top of the work tree (its real path). */
  root: string
  shallow: boolean
  /** `.git/shallow`: the boundary commits of a shallow clone (their parents are missing). */
  shallowFile: string
  /** The repository's own configuration file, which a fetch must leave as it was. */
  configFile: string
  /**
   * Whether kep-gate may fetch what the audit lacks: yes in the action's throw-away checkout and
   * with the CLI's --fetch; a user's clone is otherwise never changed.
   */
  fetch: boolean
}

/**
 * The git checkout at dir, if dir is the top of one (not a plain folder, not a folder nested in
 * another repository): one `git rev-parse` answers everything the run needs to know.
 */
export async function readCheckout(dir: string, fetch: boolean): Promise<GitCheckout | undefined> {
  const checkout = await checkoutAround(dir, fetch)
  const root = await fs.realpath(dir).catch(() => dir)
  return checkout?.root === root ? checkout : undefined
}

/** The git checkout dir is in (its top, or any folder below it), if any. */
export async function checkoutAround(
  dir: string,
  fetch: boolean
): Promise<GitCheckout | undefined> {
  const out = await tryGit(dir, [
    'rev-parse',
    '--show-toplevel',
    '--is-shallow-repository',
    '--git-path',
    'shallow',
    '--git-path',
    'config'
  ])
  if (!out) return undefined
  const [top = '', shallow, shallowFile = '', configFile = ''] = out.split('\n')
  const root = await fs.realpath(top).catch(() => nodePath.resolve(top))
  // `--git-path` answers relative to where git ran.
  const from = nodePath.resolve(dir)
  return {
    root,
    shallow: shallow === 'true',
    shallowFile: nodePath.resolve(from, shallowFile),
    configFile: nodePath.resolve(from, configFile),
    fetch
  }
}

export async function shallowCommits(checkout: GitCheckout): Promise<Set<string>> {
  const listed = await fs.readFile(checkout.shallowFile, 'utf8').catch(() => '')
  return new Set(listed.split('\n').filter(Boolean))
}

/**
 * Why the checkout cannot fetch from a remote, or undefined when it can try: the remote must be
 * configured, and a remote on this machine must be a repository. Git would otherwise take the
 * name for a path, or start an upload-pack that fails and is left unreaped when git dies.
 */
export async function remoteProblem(root: string, remote: string): Promise<string | undefined> {
  const url = (await tryGit(root, ['remote', 'get-url', remote]))?.trim()
  if (!url) return `the checkout has no remote "${remote}" to fetch from`
  const local = localPath(root, url)
  if (local === undefined) return undefined
  const repository = await Promise.all(
    ['HEAD', '.git'].map(entry =>
      fs.stat(nodePath.join(local, entry)).then(
        () => true,
        () => false
      )
    )
  )
  return repository.includes(true)
    ? undefined
    : `the checkout's remote "${remote}" is ${local}, which is not a git repository`
}

/**
 * Which of the branches and tags a remote offers (`git ls-remote`), so that a fetch never asks
 * for a ref the remote lacks: git dies on that, leaving its upload-pack unreaped. Returns the
 * refs missing there, or git's complaint when the remote cannot be read.
 */
export async function missingOnRemote(
  root: string,
  request: Pick<FetchRequest, 'remote' | 'branches' | 'tags'>
): Promise<{ missing: string[] } | { error: string }> {
  const wanted = [
    ...new Set(request.branches.map(b => `refs/heads/${b}`)),
    ...new Set(request.tags.map(t => `refs/tags/${t}`))
  ]
  const result = await execGit(root, [
    'ls-remote',
    '--refs',
    UPLOAD_PACK,
    request.remote,
    ...wanted
  ])
  if (result.code !== 0)
    return { error: gitReason(result.stderr) ?? `git ls-remote exited ${result.code}` }
  const offered = new Set(
    result.stdout
      .toString('utf8')
      .split('\n')
      .map(line => line.split('\t')[1])
  )
  return { missing: wanted.filter(ref => !offered.has(ref)) }
}

/** The folder a remote URL names on this machine, or undefined for a network URL. */
function localPath(root: string, url: string): string | undefined {
  if (url.startsWith('file://')) return decodeURIComponent(url.slice('file://'.length))
  // A scheme (https://, ssh://) or scp-like `host:path` (a colon before any slash) is remote.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/]*:/.test(url)) return undefined
  return nodePath.resolve(root, url)
}

/**
 * The program a fetch from a remote on this machine runs, named here rather than taken from the
 * checkout's `remote.<name>.uploadpack` (which git runs through a shell, and which `-c` cannot
 * override: git keeps the first one it reads). The blobs git fetches by itself later, for a
 * diff, are fetched as the clone's remote is configured, as any git command there would.
 */
const UPLOAD_PACK = '--upload-pack=git-upload-pack'

/** Where kep-gate keeps what it fetched: never a branch, tag or remote-tracking ref of the user's. */
export const FETCHED_REFS = 'refs/kep-gate'

export interface ResolvedName {
  /** The ref the name was found as, or the name itself for a commit id. */
  ref: string
  sha: string
}

/**
 * Commit ids of branch, tag or commit names, in one `git cat-file --batch-check`. A name is
 * looked up as a local branch, the remote-tracking branch (what actions/checkout leaves), what
 * kep-gate fetched, a tag, and at last as a commit id; an absent name is absent.
 */
export async function resolveNames(
  root: string,
  names: readonly string[],
  remote: string
): Promise<Map<string, ResolvedName>> {
  const unique = [...new Set(names)]
  // Names are checked to start with a letter or digit and hold no spaces: one per line, never
  // an option.
  const places = unique.map(name => [
    `refs/heads/${name}`,
    `refs/remotes/${remote}/${name}`,
    `${FETCHED_REFS}/${remote}/${name}`,
    `refs/tags/${name}`,
    `${FETCHED_REFS}/tags/${name}`,
    name
  ])
  const input = places.flat().map(p => `${p}^{commit}\n`)
  const result = await execGit(
    root,
    ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
    input.join('')
  )
  const lines = result.stdout.toString('utf8').split('\n')
  const found = new Map<string, ResolvedName>()
  unique.forEach((name, i) => {
    const at = places[i]!.findIndex((_, j) => / commit$/.test(lines[i * 6 + j] ?? ''))
    if (at === -1) return
    const sha = lines[i * 6 + at]!.split(' ')[0]!
    found.set(name, { ref: places[i]![at]!, sha })
  })
  return found
}

export type Depth = { deepen: number } | 'unshallow' | 'as-is'

export interface FetchRequest {
  remote: string
  branches: readonly string[]
  tags: readonly string[]
  depth: Depth
}

function refspecs(request: FetchRequest, into: (kind: 'branch' | 'tag', name: string) => string) {
  return [
    ...[...new Set(request.branches)].map(b => `+refs/heads/${b}:${into('branch', b)}`),
    ...[...new Set(request.tags)].map(t => `+refs/tags/${t}:${into('tag', t)}`)
  ]
}

function depthArgs(depth: Depth): string[] {
  return depth === 'unshallow'
    ? ['--unshallow']
    : depth === 'as-is'
      ? []
      : [`--deepen=${depth.deepen}`]
}

/**
 * The `git fetch` a user can run to give the checkout what it lacks, into the remote-tracking
 * branches and tags where kep-gate looks for them.
 */
export function fetchCommand(root: string, request: FetchRequest): string {
  const specs = refspecs(request, (kind, name) =>
    kind === 'branch' ? `refs/remotes/${request.remote}/${name}` : `refs/tags/${name}`
  )
  const quote = (arg: string) =>
    /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`
  return [
    'git',
    '-C',
    root,
    'fetch',
    '--no-tags',
    ...depthArgs(request.depth),
    request.remote,
    ...specs
  ]
    .map(quote)
    .join(' ')
}

/**
 * Fetches branches and tags into refs/kep-gate/, with commits and trees but no file contents
 * (git fetches the few blobs a diff needs when it needs them). Git records such a fetch in the
 * repository's configuration (partialclonefilter); `restore` puts the file back as it was, and
 * must run once the last git command that may fetch a blob has ended. Returns git's complaint in
 * one line, or undefined when it worked.
 */
export async function fetchInto(
  checkout: GitCheckout,
  request: FetchRequest,
  config: ConfigGuard
): Promise<string | undefined> {
  await config.take()
  const args = [
    ...promisorConfig(request.remote),
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    '--recurse-submodules=no',
    '--filter=blob:none',
    UPLOAD_PACK,
    ...depthArgs(request.depth),
    request.remote,
    ...refspecs(request, (kind, name) =>
      kind === 'branch'
        ? `${FETCHED_REFS}/${request.remote}/${name}`
        : `${FETCHED_REFS}/tags/${name}`
    )
  ]
  const result = await execGit(checkout.root, args)
  await config.restore()
  if (result.code === 0) return undefined
  return gitReason(result.stderr) ?? `git fetch exited ${result.code}`
}

/**
 * What lets git fetch a missing blob from the remote later, given on the command line instead
 * of written into the repository's configuration.
 */
export function promisorConfig(remote: string): string[] {
  return ['-c', `remote.${remote}.promisor=true`]
}

/** The repository's configuration file as it was before kep-gate fetched anything. */
export class ConfigGuard {
  private before: Buffer | undefined | null = null

  constructor(private readonly file: string) {}

  async take(): Promise<void> {
    if (this.before !== null) return
    this.before = await fs.readFile(this.file).catch(() => undefined)
  }

  /** Writes the file back if git changed it. */
  async restore(): Promise<void> {
    if (!this.before) return
    const now = await fs.readFile(this.file).catch(() => undefined)
    if (now && now.equals(this.before)) return
    await fs.writeFile(this.file, this.before)
  }
}
