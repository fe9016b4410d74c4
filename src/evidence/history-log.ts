import { StringDecoder } from 'node:string_decoder'
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

/**
 * Whether a field is a record's first: `<mark><sha> <day> <parents>`, the mark `>` or `<` for a
 * commit in the range and `-` for a boundary commit. Read by character codes: it is asked of
 * every field of tens of thousands of records.
 */
function isHeader(text: string): boolean {
  const mark = text.charCodeAt(0)
  if (mark !== 62 /* > */ && mark !== 45 /* - */ && mark !== 60 /* < */) return false
  const space = text.indexOf(' ')
  if (space !== 41 && space !== 65) return false
  for (let i = 1; i < space; i++) {
    const c = text.charCodeAt(i)
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false
  }
  return true
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
  const out = emptyRange()
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

/** The records of a `git log` in readLogRange's format, given in pieces as a pipe gives them. */
export function readLogRecords(chunks: Iterable<Buffer>): LogRange {
  const out = emptyRange()
  const parser = new RecordParser(out)
  for (const chunk of chunks) parser.push(chunk)
  parser.end()
  return out
}

function emptyRange(): LogRange {
  return { commits: new Map(), touching: new Set(), boundary: new Set(), days: new Map() }
}

/**
 * Splits the NUL-separated stream into records: `<mark><sha> <day> <parents>`, subject, body,
 * and, for a commit that changes the paths, a newline and its file names.
 */
class RecordParser {
  private readonly decoder = new StringDecoder('utf8')
  /** Text after the last NUL seen, in pieces: a long message is not copied once per chunk. */
  private rest: string[] = []
  private header = ''
  private subject = ''
  private body = ''
  private fields = 0
  private names = false

  constructor(private readonly out: LogRange) {}

  push(chunk: Buffer): void {
    // The decoder keeps a character cut at the chunk's end for the next one.
    const text = this.decoder.write(chunk)
    let nul = text.indexOf('\0')
    if (nul === -1) {
      if (text.length > 0) this.rest.push(text)
      return
    }
    let start = 0
    if (this.rest.length > 0) {
      this.rest.push(text.slice(0, nul))
      this.token(this.rest.join(''))
      this.rest = []
      start = nul + 1
      nul = text.indexOf('\0', start)
    }
    for (; nul !== -1; nul = text.indexOf('\0', start)) {
      this.token(text.slice(start, nul))
      start = nul + 1
    }
    if (start < text.length) this.rest.push(text.slice(start))
  }

  end(): void {
    const tail = this.rest.join('') + this.decoder.end()
    if (tail.length > 0) this.token(tail)
    this.flush()
  }

  private token(text: string): void {
    if (this.fields === 3) {
      // After the body: a commit's file names (the first after a newline), or the next commit.
      if (text.charCodeAt(0) === 10 /* \n */) {
        this.names = true
        return
      }
      if (this.names && !isHeader(text)) return
      this.flush()
    }
    if (this.fields === 0) {
      if (!isHeader(text))
        // A message holding a NUL would shift the fields; refuse rather than misread history.
        throw new UserError(`git log gave an unreadable record near "${text.slice(0, 40)}"`)
      this.header = text
    } else if (this.fields === 1) this.subject = text
    else this.body = text
    this.fields++
  }

  private flush(): void {
    if (this.fields === 0) return
    const header = this.header
    const afterSha = header.indexOf(' ')
    const afterDay = header.indexOf(' ', afterSha + 1)
    const sha = header.slice(1, afterSha)
    if (header.charCodeAt(0) === 45 /* - */) {
      this.out.boundary.add(sha)
      this.out.days.set(
        sha,
        afterDay === -1 ? header.slice(afterSha + 1) : header.slice(afterSha + 1, afterDay)
      )
    } else {
      // A root commit's header ends with the space before its (empty) list of parents.
      const list = afterDay === -1 ? '' : header.slice(afterDay + 1)
      const parents = list === '' ? [] : list.split(' ')
      const n = this.out.commits.size
      const subject = this.fields > 1 ? this.subject : ''
      const body = this.fields > 2 ? linesRead(this.body) : ''
      this.out.commits.set(sha, { sha, parents, subject, body, n })
      if (this.names) this.out.touching.add(sha)
    }
    this.fields = 0
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
