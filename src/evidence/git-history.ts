import { promises as fs } from 'node:fs'
import nodePath from 'node:path'
import { UserError } from '../errors.js'
import { execGit, pipeGit, tryGit } from './git.js'

/** One commit as history readers need it. */
export interface Commit {
  sha: string
  parents: string[]
  subject: string
  body: string
}

export interface CheckoutState {
  /** The folder is the top of a git work tree (not a plain folder, not nested in another repo). */
  top: boolean
  shallow: boolean
  /** The boundary commits of a shallow clone (their parents are missing). */
  shallowCommits: Set<string>
}

/** Whether a folder is a git checkout of its own, and whether its history is cut short. */
export async function checkoutState(root: string): Promise<CheckoutState> {
  const none = { top: false, shallow: false, shallowCommits: new Set<string>() }
  const out = await tryGit(root, [
    'rev-parse',
    '--show-toplevel',
    '--is-shallow-repository',
    '--git-path',
    'shallow'
  ])
  if (!out) return none
  const [top = '', shallow, shallowFile = ''] = out.split('\n')
  const real = await fs.realpath(top).catch(() => '')
  if (real !== root) return none
  const listed = await fs.readFile(nodePath.resolve(root, shallowFile), 'utf8').catch(() => '')
  return {
    top: true,
    shallow: shallow === 'true',
    shallowCommits: new Set(listed.split('\n').filter(Boolean))
  }
}

/**
 * Commit ids of branch, tag or commit names. A branch is looked up locally, then as the
 * remote-tracking branch (what actions/checkout leaves), then as a tag; an absent name is absent.
 */
export async function resolveRevisions(
  root: string,
  names: readonly string[],
  remote: string
): Promise<Map<string, { ref: string; sha: string }>> {
  const listing = await execGit(root, [
    'for-each-ref',
    '--format=%(objectname) %(*objectname) %(refname)',
    'refs/heads/',
    `refs/remotes/${remote}/`,
    'refs/tags/'
  ])
  const refs = new Map<string, string>()
  for (const line of listing.stdout.toString('utf8').split('\n')) {
    const [object, peeled, ref] = line.split(' ')
    if (object && ref) refs.set(ref, peeled || object)
  }
  const found = new Map<string, { ref: string; sha: string }>()
  for (const name of new Set(names)) {
    const ref = [`refs/heads/${name}`, `refs/remotes/${remote}/${name}`, `refs/tags/${name}`].find(
      r => refs.has(r)
    )
    if (ref) {
      found.set(name, { ref, sha: refs.get(ref)! })
      continue
    }
    // Names are checked to start with a letter or digit, so this is never read as an option.
    const sha = await tryGit(root, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`])
    if (sha) found.set(name, { ref: name, sha: sha.trim() })
  }
  return found
}

export async function mergeBase(root: string, a: string, b: string): Promise<string | undefined> {
  return (await tryGit(root, ['merge-base', a, b]))?.trim() || undefined
}

/** The committer day (YYYY-MM-DD) of a commit. */
export async function commitDay(root: string, sha: string): Promise<string | undefined> {
  return (await tryGit(root, ['log', '-1', '--format=%cs', sha]))?.trim() || undefined
}

export type Depth = { deepen: number } | 'unshallow' | 'as-is'

/**
 * Fetches branches from a remote into its remote-tracking refs, and tags into refs/tags, with
 * commits and trees but no file contents (`--filter=blob:none`: git fetches the few blobs a diff
 * needs when it needs them). Returns git's complaint in one line, or undefined when it worked.
 */
export async function fetchBranches(
  root: string,
  remote: string,
  branches: readonly string[],
  depth: Depth,
  tags: readonly string[] = []
): Promise<string | undefined> {
  const args = ['fetch', '--quiet', '--no-tags', '--recurse-submodules=no', '--filter=blob:none']
  if (depth === 'unshallow') args.push('--unshallow')
  else if (depth !== 'as-is') args.push(`--deepen=${depth.deepen}`)
  args.push(
    remote,
    ...[...new Set(branches)].map(b => `+refs/heads/${b}:refs/remotes/${remote}/${b}`),
    // --no-tags keeps the remote's other tags out; the ones named are asked for explicitly.
    ...[...new Set(tags)].map(t => `+refs/tags/${t}:refs/tags/${t}`)
  )
  const result = await execGit(root, args)
  if (result.code === 0) return undefined
  return gitReason(result.stderr) ?? `git fetch exited ${result.code}`
}

/** Every commit reachable from `tips` and not from `exclude`, with parents, subject and body. */
export async function readCommits(
  root: string,
  tips: readonly string[],
  exclude: readonly string[]
): Promise<Map<string, Commit>> {
  const result = await execGit(root, [
    'log',
    '-z',
    '--format=%H %P%x00%s%x00%b',
    ...tips,
    '--not',
    ...exclude,
    '--'
  ])
  if (result.code !== 0) throw historyError('git log', result.stderr)
  const fields = result.stdout.toString('utf8').split('\0')
  const commits = new Map<string, Commit>()
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const ids = fields[i]!.split(' ').filter(Boolean)
    // A message holding a NUL would shift the fields; refuse rather than misread history.
    if (!ids.every(id => /^[0-9a-f]{40,64}$/.test(id)))
      throw new UserError(`git log gave an unreadable record near "${fields[i]!.slice(0, 40)}"`)
    const [sha, ...parents] = ids as [string, ...string[]]
    commits.set(sha, { sha, parents, subject: fields[i + 1]!, body: fields[i + 2]!.trim() })
  }
  return commits
}

/**
 * `git patch-id --stable` of every non-merge commit in the range that changes `paths`, limited to
 * those paths: a pick whose other files conflicted still matches. One `git log -p` streams into
 * one `git patch-id`, whatever the number of commits.
 */
export async function patchIds(
  root: string,
  tips: readonly string[],
  exclude: readonly string[],
  paths: readonly string[]
): Promise<Map<string, string>> {
  // Explicit diff options, so a checkout's own config (renames, prefixes, colours) cannot change ids.
  const log = [
    '-c',
    'log.showSignature=false',
    'log',
    '-p',
    '--no-merges',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--format=commit %H',
    ...tips,
    '--not',
    ...exclude,
    '--',
    ...paths
  ]
  const result = await pipeGit(root, log, ['patch-id', '--stable'])
  if (result.code !== 0) throw historyError('git log -p | git patch-id', result.stderr)
  const ids = new Map<string, string>()
  for (const line of result.stdout.toString('utf8').split('\n')) {
    const [patchId, sha] = line.split(' ')
    if (patchId && sha) ids.set(sha, patchId)
  }
  return ids
}

export interface Ref {
  name: string
  ref: string
  sha: string
}

/** What to read: a main branch and release branches, from a starting point to a cutoff. */
export interface HistoryRequest {
  remote: string
  mainBranch: string
  branches: readonly string[]
  /** History starts where this branch left the main branch... */
  sinceBranchPoint: string
  /** ...or at this revision. */
  since?: string
  /** The last main-branch revision read; the main branch's tip when absent. */
  cutoff?: string
  /** Patch ids are computed on changes to these paths only. */
  paths: readonly string[]
}

export interface BranchHistory {
  root: string
  mainTip: Ref
  cutoff: Ref & { label: string }
  since: { sha: string; label: string }
  branches: Map<string, Ref>
  /** Every commit after `since` reachable from the main tip, the cutoff or a branch. */
  commits: Map<string, Commit>
  /** Those reachable from the main branch's tip. */
  onMain: Set<string>
  /** Patch ids of the non-merge commits among them that change the paths. */
  patchIds: Map<string, string>
  /** What was fetched to complete a shallow or partial checkout. */
  fetched: string[]
}

const HOW_TO_FIX = 'check out with history (actions/checkout with fetch-depth: 0)'

/** A name that may be an abbreviated commit id: deepening the history can bring it in. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/

/** A release tag as Kubernetes writes them (v1.35.0, v1.35.0-rc.1). */
const TAG = /^v\d+\.\d+/

/**
 * Reads the branches' history after the starting point, completing a shallow checkout first:
 * only the branches needed are fetched, without file contents, deeper each time until the
 * starting point is found and no commit in range has lost its parents.
 */
export async function readBranchHistory(
  root: string,
  request: HistoryRequest,
  state: CheckoutState
): Promise<BranchHistory | { error: string }> {
  const { remote, mainBranch, since, cutoff } = request
  const points = [...(since ? [since] : []), ...(cutoff ? [cutoff] : [])]
  // Kubernetes tags releases `v1.35.0`; any other name that is not a commit id is a branch
  // (`release-1.33`) and is fetched as one.
  const namedBranches = points.filter(p => !TAG.test(p) && !COMMIT_ID.test(p))
  const branchNames = [
    ...new Set([mainBranch, ...request.branches, request.sinceBranchPoint, ...namedBranches])
  ]
  const names = [...new Set([...branchNames, ...points])]
  const steps: Depth[] = state.shallow
    ? [{ deepen: 1000 }, { deepen: 10000 }, 'unshallow']
    : ['as-is']
  // A `since` or `cutoff` that is not a branch is a tag (v1.35.0), fetched by name, or a commit.
  const isTag = (name: string): boolean => !branchNames.includes(name) && !COMMIT_ID.test(name)
  const fetched: string[] = []
  let shallowCommits = state.shallowCommits
  for (let attempt = 0; ; attempt++) {
    const refs = await resolveRevisions(root, names, remote)
    const missing = names.filter(n => !refs.has(n))
    // A tag a fetch asked for and did not bring will not come with more depth either.
    if (attempt > 0 && missing.length > 0 && missing.every(isTag))
      return { error: `${missing.join(', ')} not in the checkout nor on ${remote}: ${HOW_TO_FIX}` }
    let problem = missing.length > 0 ? `${missing.join(', ')} not in the checkout` : undefined
    if (!problem) {
      const ref = (name: string): Ref => ({ name, ...refs.get(name)! })
      const main = ref(mainBranch)
      const start = since
        ? refs.get(since)!.sha
        : await mergeBase(root, main.sha, refs.get(request.sinceBranchPoint)!.sha)
      if (!start) problem = `no common history of ${mainBranch} and ${request.sinceBranchPoint}`
      else {
        const last = ref(cutoff ?? mainBranch)
        const branches = new Map(request.branches.map(b => [b, ref(b)]))
        const tips = [...new Set([main.sha, last.sha, ...[...branches.values()].map(b => b.sha)])]
        const [commits, ids] = await Promise.all([
          readCommits(root, tips, [start]),
          patchIds(root, tips, [start], request.paths)
        ])
        const cut = [...commits.keys()].find(sha => shallowCommits.has(sha))
        if (cut) problem = `the history is cut short at ${cut.slice(0, 12)} (a shallow clone)`
        else
          return {
            root,
            mainTip: main,
            cutoff: { ...last, label: `${last.name} ${last.sha.slice(0, 12)}` },
            since: {
              sha: start,
              label: since
                ? `${since} ${start.slice(0, 12)}`
                : `the ${request.sinceBranchPoint} branch point ${start.slice(0, 12)}`
            },
            branches,
            commits,
            onMain: reachable(commits, main.sha),
            patchIds: ids,
            fetched
          }
      }
    }
    const step = steps[attempt]
    if (!step || (!state.shallow && missing.length === 0))
      return { error: `${problem}: ${HOW_TO_FIX}` }
    const tags = missing.filter(isTag)
    const failure = await fetchBranches(root, remote, branchNames, step, tags)
    if (failure)
      return { error: `${problem}, and fetching from ${remote} failed (${failure}): ${HOW_TO_FIX}` }
    const what = [...branchNames, ...tags.map(t => `tag ${t}`)].join(', ')
    fetched.push(`${what} from ${remote} (${describeDepth(step)}, blob:none)`)
    shallowCommits = (await checkoutState(root)).shallowCommits
  }
}

function describeDepth(depth: Depth): string {
  return depth === 'as-is' ? 'full' : depth === 'unshallow' ? 'unshallow' : `deepen ${depth.deepen}`
}

/** The commits reachable from a tip inside a set of commits. */
export function reachable(commits: Map<string, Commit>, tip: string): Set<string> {
  const seen = new Set<string>()
  const stack = [tip]
  while (stack.length > 0) {
    const sha = stack.pop()!
    const commit = commits.get(sha)
    if (!commit || seen.has(sha)) continue
    seen.add(sha)
    stack.push(...commit.parents)
  }
  return seen
}

/**
 * For each commit reachable from `tip`, the first-parent commit that brought it in: a merge for
 * the commits of the branch it merged, or the commit itself. One walk, oldest merge first, so
 * each commit goes to the earliest merge that contains it.
 */
export function mainlineOwners(commits: Map<string, Commit>, tip: string): Map<string, string> {
  const chain: string[] = []
  for (let sha = tip; commits.has(sha);) {
    chain.push(sha)
    const first = commits.get(sha)!.parents[0]
    if (!first) break
    sha = first
  }
  const owner = new Map<string, string>()
  for (const mainline of chain.reverse()) {
    owner.set(mainline, mainline)
    const stack = commits.get(mainline)!.parents.slice(1)
    while (stack.length > 0) {
      const sha = stack.pop()!
      const commit = commits.get(sha)
      if (!commit || owner.has(sha)) continue
      owner.set(sha, mainline)
      stack.push(...commit.parents)
    }
  }
  return owner
}

/** A GitHub merge commit: "Merge pull request #N from owner/branch", the PR title in the body. */
export function mergedPullRequest(
  commit: Commit
): { number: number; branch: string; title: string } | undefined {
  const match = /^Merge pull request #(\d+) from ([^\s]+)/.exec(commit.subject)
  if (!match) return undefined
  const branch = match[2]!.replace(/^[^/]*\//, '')
  return { number: Number(match[1]), branch, title: commit.body.split('\n')[0]!.trim() }
}

/** A squash-merged commit's PR number: GitHub ends the subject with "(#N)". */
export function squashedPullRequest(commit: Commit): number | undefined {
  const match = /\(#(\d+)\)\s*$/.exec(commit.subject)
  return match ? Number(match[1]) : undefined
}

/** The commits named by `(cherry picked from commit <sha>)` lines (what `git cherry-pick -x` adds). */
export function cherryPickedFrom(body: string): string[] {
  return [...body.matchAll(/^\(cherry picked from commit ([0-9a-f]{7,64})\)\s*$/gm)].map(m => m[1]!)
}

function historyError(what: string, stderr: string): UserError {
  return new UserError(`${what} could not read the history: ${gitReason(stderr) ?? 'no message'}`)
}

/** git's own reason, one line: its `fatal:`/`error:` line rather than the hints around it. */
function gitReason(stderr: string): string | undefined {
  const lines = stderr.trim().split('\n').filter(Boolean)
  return lines.find(l => /^(fatal|error):/.test(l)) ?? lines[0]
}
