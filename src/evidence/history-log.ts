import { UserError } from '../errors.js'
import type { CommitGraph, NumberedCommit, Reach } from './commit-graph.js'
import { gitReason, pipeGit, streamGit, tryGit } from './git.js'

/** A range of history as one `git log` walk gives it, held as compact records. */
export interface LogRange {
  /** Numbered in the order the log gave them, newest first. */
  commits: Map<string, NumberedCommit>
  /** Non-merge commits in the range that change the paths asked about. */
  touching: Set<string>
  /** Commits just outside the range: parents of commits in it. */
  boundary: Set<string>
  /** Committer days (YYYY-MM-DD) of the boundary commits. */
  days: Map<string, string>
}

/** A record's first field: `<mark><sha> <day> <parents>`, the mark `-` for a boundary commit. */
function isHeader(text: string): boolean {
  const space = text.indexOf(' ')
  return (
    (text[0] === '>' || text[0] === '-' || text[0] === '<') &&
    (space === 41 || space === 65) &&
    /^[0-9a-f]+$/.test(text.slice(1, space))
  )
}

/**
 * Every commit reachable from the tips and not excluded, in one streamed `git log` that also
 * says which commits change `paths` (`--full-history --sparse` walks and shows every commit,
 * the pathspec only limits the names listed). `range` is git's: tips, `A...B` or `--not` and
 * revisions. Commit messages are cut to the lines the audit reads as they arrive, so memory
 * follows the number of commits, not the size of their messages.
 */
export async function readLogRange(
  root: string,
  range: readonly string[],
  paths: readonly string[],
  config: readonly string[] = []
): Promise<LogRange> {
  const out: LogRange = {
    commits: new Map(),
    touching: new Set(),
    boundary: new Set(),
    days: new Map()
  }
  const parser = new RecordParser(out)
  const result = await streamGit(
    root,
    [
      ...config,
      'log',
      '-z',
      '--boundary',
      '--full-history',
      '--sparse',
      '--name-only',
      '--no-renames',
      '--format=%m%H %cs %P%x00%s%x00%b',
      ...range,
      '--',
      ...paths
    ],
    chunk => parser.push(chunk)
  )
  if (result.code !== 0) throw historyError('git log', result.stderr)
  parser.end()
  return out
}

/**
 * Splits the NUL-separated stream into records: `<mark><sha> <day> <parents>`, subject, body,
 * and, for a commit that changes the paths, a newline and its file names.
 */
class RecordParser {
  private rest = Buffer.alloc(0)
  private fields: string[] = []
  private names = false

  constructor(private readonly out: LogRange) {}

  push(chunk: Buffer): void {
    const data = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk
    // Decoded once up to the last NUL (a character is never cut there), then split.
    const last = data.lastIndexOf(0)
    if (last === -1) {
      this.rest = Buffer.from(data)
      return
    }
    const tokens = data.toString('utf8', 0, last).split('\0')
    for (const token of tokens) this.token(token)
    this.rest = Buffer.from(data.subarray(last + 1))
  }

  end(): void {
    if (this.rest.length > 0) this.token(this.rest.toString('utf8'))
    this.flush()
  }

  private token(text: string): void {
    if (this.fields.length === 3) {
      // After the body: a commit's file names (the first after a newline), or the next commit.
      if (text.startsWith('\n')) {
        this.names = true
        return
      }
      if (this.names && !isHeader(text)) return
      this.flush()
    }
    if (this.fields.length === 0 && !isHeader(text)) {
      // A message holding a NUL would shift the fields; refuse rather than misread history.
      throw new UserError(`git log gave an unreadable record near "${text.slice(0, 40)}"`)
    }
    this.fields.push(text)
  }

  private flush(): void {
    if (this.fields.length === 0) return
    const [header, subject = '', body = ''] = this.fields
    const [id, day, ...parents] = header!.split(' ')
    const sha = id!.slice(1)
    if (id![0] === '-') {
      this.out.boundary.add(sha)
      this.out.days.set(sha, day!)
    } else {
      const n = this.out.commits.size
      this.out.commits.set(sha, { sha, parents, subject, body: linesRead(body), n })
      if (this.names) this.out.touching.add(sha)
    }
    this.fields = []
    this.names = false
  }
}

/** The body lines the audit reads: the first (a merge's PR title) and those naming picks. */
function linesRead(body: string): string {
  const newline = body.indexOf('\n')
  // Most bodies are empty, one line, or name no pick: no need to split them.
  if (newline === -1) return body.trim()
  if (!/cherry pick/i.test(body)) return body.slice(0, newline).trim()
  const lines = body.split('\n')
  const kept = [lines[0]!.trim()]
  for (let i = 1; i < lines.length; i++) if (/cherry pick/i.test(lines[i]!)) kept.push(lines[i]!)
  return kept.join('\n').trim()
}

/**
 * The merge base of `a` and `b` from a walk of `a...b`: every merge base is a boundary commit
 * that is a parent both of a commit reached from `a` and of one reached from `b`. When exactly
 * one commit is both, it is the merge base; otherwise git is asked.
 */
export async function mergeBaseOf(
  root: string,
  range: LogRange,
  a: string,
  b: string,
  graph: CommitGraph,
  reach: (tip: string) => Reach
): Promise<string | undefined> {
  const { commits } = range
  // A tip the walk left out is an ancestor of the other: it is the merge base itself.
  if (!commits.has(b)) return b
  if (!commits.has(a)) return a
  const fromB = graph.parentsOutside(reach(b))
  const both = [...graph.parentsOutside(reach(a))].filter(sha => fromB.has(sha))
  if (both.length === 1) return both[0]
  return (await tryGit(root, ['merge-base', a, b]))?.trim() || undefined
}

/**
 * `git patch-id --stable` of commits, limited to the paths: a pick whose other files conflicted
 * still matches. One `git diff-tree --stdin -p` streams into one `git patch-id`, whatever the
 * number of commits; a commit with no change to the paths has no id.
 */
export async function patchIds(
  root: string,
  shas: readonly string[],
  paths: readonly string[],
  config: readonly string[] = []
): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  if (shas.length === 0) return ids
  // Explicit diff options, so a checkout's own config (renames, prefixes, colours) cannot change ids.
  const diff = [
    ...config,
    'diff-tree',
    '--stdin',
    '-p',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--',
    ...paths
  ]
  // Diffs are independent: two pipes keep two cores busy.
  const halves =
    shas.length > 40 ? [shas.slice(0, shas.length >> 1), shas.slice(shas.length >> 1)] : [shas]
  const results = await Promise.all(
    halves.map(half => pipeGit(root, diff, ['patch-id', '--stable'], half.join('\n') + '\n'))
  )
  for (const result of results) {
    if (result.code !== 0) throw historyError('git diff-tree | git patch-id', result.stderr)
    for (const line of result.stdout.toString('utf8').split('\n')) {
      const [patchId, sha] = line.split(' ')
      if (patchId && sha) ids.set(sha, patchId)
    }
  }
  return ids
}

function historyError(what: string, stderr: string): UserError {
  return new UserError(`${what} could not read the history: ${gitReason(stderr) ?? 'no message'}`)
}
