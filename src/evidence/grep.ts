import { UserError } from '../errors.js'
import { execGit } from './git.js'
import { isPortableGlob, pathspecMatches, provablyDisjoint } from './pathspec.js'

/** A line that matched a text search. */
export interface GrepHit {
  file: string
  line: number
  text: string
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
 * What a search reads: `--untracked` (the working tree with untracked files), nothing (the
 * files git tracks, as the working tree has them), `--no-index` (plain files) or a commit's sha.
 */
export interface GrepScope {
  root: string
  args: string[]
  /** The scope in messages: `the working tree`, `commit 1a2b…`. */
  what: string
}

const MAX_HIT_TEXT = 500

/**
 * Searches asked for in the same turn of the event loop go to git together: one `git grep` with
 * every pattern, over every folder, where each hit can be given back exactly to the questions
 * whose globs and patterns it matches. Each file is then read once, not once per question.
 */
export class GrepBatcher {
  private pending: {
    query: GrepQuery
    resolve: (hits: GrepHit[]) => void
    fail: (e: unknown) => void
  }[] = []

  /**
   * `scope` is what git says the folder is; `likely`, known at once, what it most probably says
   * (a folder with a `.git` is a checkout): the search starts in it without waiting, and runs
   * again should git say otherwise.
   */
  constructor(
    private readonly scope: () => Promise<GrepScope>,
    private readonly likely?: GrepScope
  ) {}

  grep(query: GrepQuery): Promise<GrepHit[]> {
    return new Promise((resolve, fail) => {
      // Soon, not later: git starts before a file read returns and its parsing takes the CPU.
      if (this.pending.length === 0) queueMicrotask(() => void this.flush())
      this.pending.push({ query, resolve, fail })
    })
  }

  private async flush(): Promise<void> {
    // One turn later: the questions asked in the same pass as this one join it.
    await Promise.resolve()
    const batch = this.pending
    this.pending = []
    const together = batch.filter(b => portable(b.query))
    const groups = [
      ...(together.length > 1 ? [together] : together.map(b => [b])),
      ...batch.filter(b => !portable(b.query)).map(b => [b])
    ]
    await Promise.all(
      groups.map(async group => {
        try {
          const queries = group.map(b => b.query)
          const found = await this.search(merge(queries))
          group.forEach((asked, i) =>
            asked.resolve(group.length === 1 ? found.map(clip) : answers(found, queries[i]!))
          )
        } catch (error) {
          for (const asked of group) asked.fail(error)
        }
      })
    )
  }

  private async search(query: GrepQuery): Promise<GrepHit[]> {
    const early = this.likely
      ? gitGrep(this.likely, query).then(
          hits => ({ hits }),
          error => ({ error })
        )
      : undefined
    const scope = await this.scope()
    if (early && this.likely!.args.join(' ') === scope.args.join(' ')) {
      const result = await early
      if ('error' in result) throw result.error
      return result.hits
    }
    return gitGrep(scope, query)
  }
}

function portable(query: GrepQuery): boolean {
  return [...query.include, ...(query.exclude ?? [])].every(g => isPortableGlob(asGlob(g)))
}

/**
 * One query asking everything the group asks. An exclude is kept only where it cannot touch
 * another question's folders, so every file any question would read is read.
 */
function merge(queries: GrepQuery[]): GrepQuery {
  if (queries.length === 1) return queries[0]!
  const includes = queries.map(q => q.include.map(asGlob))
  const exclude = queries.flatMap((q, i) =>
    (q.exclude ?? []).filter(e =>
      includes.every((others, j) => j === i || others.every(o => provablyDisjoint(asGlob(e), o)))
    )
  )
  return {
    patterns: [...new Set(queries.flatMap(q => q.patterns))],
    ignoreCase: queries.some(q => q.ignoreCase),
    include: [...new Set(includes.flat())],
    exclude: [...new Set(exclude)]
  }
}

/** The hits of a merged search that this query would have found on its own. */
function answers(found: GrepHit[], query: GrepQuery): GrepHit[] {
  const include = query.include.map(asGlob)
  const exclude = (query.exclude ?? []).map(asGlob)
  const patterns = query.ignoreCase ? query.patterns.map(asciiLower) : query.patterns
  const inScope = new Map<string, boolean>()
  return found
    .filter(hit => {
      let ok = inScope.get(hit.file)
      if (ok === undefined) {
        ok =
          include.some(g => pathspecMatches(g, hit.file)) &&
          !exclude.some(g => pathspecMatches(g, hit.file))
        inScope.set(hit.file, ok)
      }
      if (!ok) return false
      const text = query.ignoreCase ? asciiLower(hit.text) : hit.text
      return patterns.some(p => text.includes(p))
    })
    .map(clip)
}

/** Git folds case byte by byte in the C locale: ASCII letters only. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, s => s.toLowerCase())
}

function clip(hit: GrepHit): GrepHit {
  return hit.text.length > MAX_HIT_TEXT ? { ...hit, text: hit.text.slice(0, MAX_HIT_TEXT) } : hit
}

/** `git grep -F` for a query in a scope. Hits are repository-relative, with whole lines. */
async function gitGrep(scope: GrepScope, query: GrepQuery): Promise<GrepHit[]> {
  // Every output setting explicit: a checkout's grep.column would put columns among the fields.
  const args = ['grep', '-n', '--no-column', '-I', '-z', '--no-color', '-F']
  if (query.ignoreCase) args.push('-i')
  for (const pattern of query.patterns) args.push('-e', pattern)
  args.push(
    ...scope.args,
    '--',
    ...query.include.map(p => `:(glob)${asGlob(p)}`),
    ...(query.exclude ?? []).map(p => `:(glob,exclude)${asGlob(p)}`)
  )
  const result = await execGit(scope.root, args)
  if (result.code === 1) return []
  if (result.code !== 0) {
    throw new UserError(
      `searching ${scope.what} with git grep failed: ${result.stderr.trim().split('\n')[0]}`
    )
  }
  const hits = readGrepOutput(result.stdout.toString('utf8'))
  // In a commit, git names hits `<commit>:<path>`.
  const revision = scope.args.find(s => !s.startsWith('-'))
  const prefix = revision ? `${revision}:` : undefined
  return prefix
    ? hits.map(h => (h.file.startsWith(prefix) ? { ...h, file: h.file.slice(prefix.length) } : h))
    : hits
}

function asGlob(path: string): string {
  return path.endsWith('/') ? `${path}**` : path
}

/**
 * Reads `git grep -n -z` output: `path\0line\0text\n` per hit, each line's text whole. Read by its
 * real separators, in order: a path may hold anything but NUL (a newline, a tab, a leading dash),
 * and a line's text anything but a newline.
 */
function readGrepOutput(output: string): GrepHit[] {
  const hits: GrepHit[] = []
  let start = 0
  while (start < output.length) {
    const first = output.indexOf('\0', start)
    const second = first === -1 ? -1 : output.indexOf('\0', first + 1)
    if (second === -1) break
    let end = output.indexOf('\n', second + 1)
    if (end === -1) end = output.length
    const line = output.slice(first + 1, second)
    if (/^\d+$/.test(line))
      hits.push({
        file: output.slice(start, first),
        line: Number(line),
        text: output.slice(second + 1, end)
      })
    start = end + 1
  }
  return hits
}

/** Reads `git grep -n -z` output, each line's text cut to a length a report can show. */
export function parseGrepOutput(output: string): GrepHit[] {
  return readGrepOutput(output).map(clip)
}
