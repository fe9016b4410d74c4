import { oneLine, UserError } from '../errors.js'
import type { Commit } from './commit-shapes.js'
import { CommitGraph, type Reach } from './commit-graph.js'
import {
  ConfigGuard,
  FETCHED_REFS,
  fetchCommand,
  fetchInto,
  missingOnRemote,
  promisorConfig,
  remoteProblem,
  resolveNames,
  shallowCommits,
  type Depth,
  type GitCheckout
} from './git-checkout.js'
import { tryGit } from './git.js'
import { mergeBaseOf, patchIds, readLogRange } from './history-log.js'

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
  /** The audited paths: which commits change them, and patch ids limited to them. */
  paths: readonly string[]
  /**
   * Called when the log of a range with commits in it starts: git walks the whole range before
   * it writes a line, so work that follows the log can get ready meanwhile.
   */
  whileWalking?: () => void
}

export interface BranchHistory {
  root: string
  mainTip: Ref
  cutoff: Ref & { label: string }
  since: { sha: string; label: string }
  branches: Map<string, Ref>
  /** Every commit after `since` reachable from the main tip, the cutoff or a branch. */
  commits: Map<string, Commit>
  /** The same commits, numbered for walks over them. */
  graph: CommitGraph
  /** Those reachable from the main branch's tip. */
  onMain: Reach
  /** Those reachable from a commit (computed once per commit). */
  reach(tip: string): Reach
  /** The non-merge commits among them that change the paths. */
  touching: Set<string>
  /** What was fetched to complete a shallow or partial checkout. */
  fetched: string[]
  /** Patch ids of some of those commits, computed when asked (they cost a diff each). */
  patchIds(shas: readonly string[]): Promise<Map<string, string>>
  /** The committer day (YYYY-MM-DD) of the starting point. */
  sinceDay(): Promise<string | undefined>
}

const HOW_TO_FIX = 'check out with history (actions/checkout with fetch-depth: 0)'

/** A name that may be an abbreviated commit id: deepening the history can bring it in. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/

/** A release tag as Kubernetes writes them (v1.35.0, v1.35.0-rc.1). */
const TAG = /^v\d+\.\d+/

/**
 * Reads the branches' history after the starting point in one `git log`. What the checkout
 * lacks (branches, tags, or history cut short by a shallow clone) is fetched only where the
 * checkout allows it (see GitCheckout.fetch): only the branches needed, without file contents,
 * deeper each time until the starting point is found and no commit in range has lost its
 * parents. Elsewhere the answer names what is missing and the `git fetch` that would supply it.
 */
export async function readBranchHistory(
  checkout: GitCheckout,
  request: HistoryRequest
): Promise<BranchHistory | { error: string }> {
  const { root } = checkout
  const { remote, mainBranch, since, cutoff } = request
  const points = [...(since ? [since] : []), ...(cutoff ? [cutoff] : [])]
  // Kubernetes tags releases `v1.35.0`; any other name that is not a commit id is a branch
  // (`release-1.33`) and is fetched as one.
  const namedBranches = points.filter(p => !TAG.test(p) && !COMMIT_ID.test(p))
  const branchNames = [
    ...new Set([mainBranch, ...request.branches, request.sinceBranchPoint, ...namedBranches])
  ]
  const names = [...new Set([...branchNames, ...points])]
  const steps: Depth[] = checkout.shallow
    ? [{ deepen: 1000 }, { deepen: 10000 }, 'unshallow']
    : ['as-is']
  // A `since` or `cutoff` that is not a branch is a tag (v1.35.0), fetched by name, or a commit.
  const isTag = (name: string): boolean => !branchNames.includes(name) && !COMMIT_ID.test(name)
  const config = new ConfigGuard(checkout.configFile)
  const fetched: string[] = []
  for (let attempt = 0; ; attempt++) {
    const refs = await resolveNames(root, names, remote)
    const missing = names.filter(n => !refs.has(n))
    // A tag a fetch asked for and did not bring will not come with more depth either.
    if (attempt > 0 && missing.length > 0 && missing.every(isTag))
      return { error: `${missing.join(', ')} not in the checkout nor on ${remote}: ${HOW_TO_FIX}` }
    let problem = missing.length > 0 ? `${missing.join(', ')} not in the checkout` : undefined
    if (!problem) {
      const ref = (name: string): Ref => ({ name, ...refs.get(name)! })
      const main = ref(mainBranch)
      const last = ref(cutoff ?? mainBranch)
      const branches = new Map(request.branches.map(b => [b, ref(b)]))
      const point = since ? refs.get(since)!.sha : refs.get(request.sinceBranchPoint)!.sha
      const others = [last.sha, ...[...branches.values()].map(b => b.sha)]
      // `A...B` leaves out what both reach: git finds the branch point inside the same walk.
      const range = since
        ? [...new Set([main.sha, ...others]), '--not', point]
        : [`${main.sha}...${point}`, ...new Set(others)]
      // History kep-gate fetched, in this run or an earlier one, has no file contents: a diff of
      // it fetches the blobs it needs, where fetching is allowed.
      const partial =
        fetched.length > 0 || [...refs.values()].some(r => r.ref.startsWith(`${FETCHED_REFS}/`))
      const extra = partial && checkout.fetch ? promisorConfig(remote) : []
      const reading = readLogRange(root, range, request.paths, extra)
      if ([main.sha, ...others].some(sha => sha !== point)) request.whileWalking?.()
      const log = await reading
      const graph = new CommitGraph(log.commits)
      const reached = new Map<string, Reach>()
      const reach = (tip: string): Reach => {
        let set = reached.get(tip)
        if (!set) reached.set(tip, (set = graph.reach(tip)))
        return set
      }
      const start = since ? point : await mergeBaseOf(root, log, main.sha, point, graph, reach)
      const shallow = await shallowCommits(checkout)
      const cut = [...log.commits.keys()].find(sha => shallow.has(sha))
      if (!start) problem = `no common history of ${mainBranch} and ${request.sinceBranchPoint}`
      else if (cut) problem = `the history is cut short at ${cut.slice(0, 12)} (a shallow clone)`
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
          commits: log.commits,
          graph,
          onMain: reach(main.sha),
          reach,
          touching: log.touching,
          fetched,
          async patchIds(shas) {
            try {
              return await patchIds(root, shas, request.paths, extra)
            } catch (error) {
              if (partial && !checkout.fetch)
                throw new UserError(
                  `the history kep-gate fetched into ${FETCHED_REFS}/ has no file contents for the patches it must compare (${oneLine(error)}): run again with --fetch`
                )
              throw error
            } finally {
              // Diffs of fetched history fetch their blobs, and git notes that in the config.
              await config.restore()
            }
          },
          async sinceDay() {
            return (
              log.days.get(start) ??
              ((await tryGit(root, ['log', '-1', '--format=%cs', start]))?.trim() || undefined)
            )
          }
        }
    }
    const step = steps[attempt]
    if (!step || (!checkout.shallow && missing.length === 0))
      return { error: `${problem}: ${HOW_TO_FIX}` }
    const unusable = await remoteProblem(root, remote)
    if (unusable) return { error: `${problem}, and ${unusable}: ${HOW_TO_FIX}` }
    const tags = missing.filter(isTag)
    if (!checkout.fetch) {
      // A user's clone is theirs: say what would complete it rather than change it.
      const command = fetchCommand(root, {
        remote,
        branches: checkout.shallow ? branchNames : missing.filter(n => branchNames.includes(n)),
        tags,
        depth: checkout.shallow ? 'unshallow' : 'as-is'
      })
      return { error: `${problem}: run \`${command}\`, or let kep-gate fetch with --fetch` }
    }
    const offered = await missingOnRemote(root, { remote, branches: branchNames, tags })
    if ('error' in offered)
      return { error: `${problem}, and ${remote} cannot be read (${offered.error}): ${HOW_TO_FIX}` }
    if (offered.missing.length > 0)
      return {
        error: `${problem}, and ${remote} has no ${offered.missing.join(', ')}: ${HOW_TO_FIX}`
      }
    const failure = await fetchInto(
      checkout,
      { remote, branches: branchNames, tags, depth: step },
      config
    )
    if (failure)
      return { error: `${problem}, and fetching from ${remote} failed (${failure}): ${HOW_TO_FIX}` }
    const what = [...branchNames, ...tags.map(t => `tag ${t}`)].join(', ')
    fetched.push(`${what} from ${remote} (${describeDepth(step)}, blob:none) into ${FETCHED_REFS}/`)
  }
}

function describeDepth(depth: Depth): string {
  return depth === 'as-is' ? 'full' : depth === 'unshallow' ? 'unshallow' : `deepen ${depth.deepen}`
}
