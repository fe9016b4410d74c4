import type { YamlMap, YamlNode, YamlSeq } from './yaml-tree.js'

// The block subset of YAML that generated and hand-kept Kubernetes files use, read line by line:
// block mappings and sequences, plain and simply quoted scalars, one-line flow sequences of
// scalars, comments, and the plain block scalars of page front matter (`author: >` and its
// lines). Anything else is FALLBACK, for the YAML library to judge (yaml-tree.ts).

export const FALLBACK = Symbol('fallback')
type Fallback = typeof FALLBACK

interface Line {
  indent: number
  /** Without the trailing spaces, which only a block scalar's content would keep. */
  text: string
  line: number
  trailing?: boolean
}

/** Where a `#` comment line sits: only block scalars ask, and only where and how deep. */
type Comment = Pick<Line, 'indent' | 'line'>

/** Thrown (not an Error: no stack to capture) when the text leaves the subset. */
const OUTSIDE = { outside: true } as const

export function readBlockSubset(
  text: string,
  offset: number,
  keys: ReadonlySet<string> | undefined
): YamlNode | undefined | Fallback {
  const lines: Line[] = []
  const comments: Comment[] = []
  if (!keys) {
    if (!collect(text, 0, text.length, offset + 1, lines, comments)) return FALLBACK
  } else {
    // Only the wanted top-level entries, found by one scan of the text for keys at column 0: a
    // kep.yaml is mostly authors, reviewers and comments. Whatever precedes the first key is read.
    const entries = [{ at: 0, keep: true }]
    for (const m of text.matchAll(TOP_KEY)) entries.push({ at: m.index, keep: keys.has(m[1]!) })
    let line = offset + 1
    let counted = 0
    for (let i = 0; i < entries.length; i++) {
      const { at, keep } = entries[i]!
      const to = entries[i + 1]?.at ?? text.length
      if (!keep || to <= at) continue
      for (
        let nl = text.indexOf('\n', counted);
        nl !== -1 && nl < at;
        nl = text.indexOf('\n', nl + 1)
      )
        line++
      counted = at
      if (!collect(text, at, to, line, lines, comments)) return FALLBACK
    }
  }
  if (lines.length === 0) return undefined
  try {
    const reader = new BlockReader(lines, comments)
    const root = reader.block(lines[0]!.indent)
    if (!reader.done()) return FALLBACK
    return root
  } catch (error) {
    if (error === OUTSIDE) return FALLBACK
    throw error
  }
}

/** A top-level key (`stage:`) at the start of a line. */
const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?=[ \r\n]|$)/gm

/**
 * The content lines of text[from, to), the first being file line `line`: comments (kept aside,
 * for block scalars) and blank lines dropped, each with its indentation. False for what the
 * library must read (tabs, document markers, directives).
 */
function collect(
  text: string,
  from: number,
  to: number,
  line: number,
  lines: Line[],
  comments: Comment[]
): boolean {
  let n = line - 1
  for (let start = from; start < to;) {
    const newline = text.indexOf('\n', start)
    const stop = newline === -1 || newline > to ? to : newline
    const end = stop > start && text.charCodeAt(stop - 1) === 13 /* \r */ ? stop - 1 : stop
    const lineStart = start
    start = stop + 1
    n++
    let at = lineStart
    while (at < end && text.charCodeAt(at) === 32) at++
    if (at === end) continue
    if (text.charCodeAt(at) === 35 /* # */) {
      comments.push({ indent: at - lineStart, line: n })
      continue
    }
    const body = text.slice(at, end)
    if (body.includes('\t')) return false
    const indent = at - lineStart
    const first = body.charCodeAt(0)
    if (
      indent === 0 &&
      (first === 45 || first === 46 || first === 37) &&
      /^(---|\.\.\.|%)/.test(body)
    )
      return false
    const trimmed = body.trimEnd()
    lines.push({ indent, text: trimmed, line: n, trailing: trimmed.length !== body.length })
  }
  return true
}

class BlockReader {
  private at = 0
  constructor(
    private readonly lines: Line[],
    private readonly comments: Comment[]
  ) {}

  done(): boolean {
    return this.at >= this.lines.length
  }

  private peek(): Line | undefined {
    return this.lines[this.at]
  }

  /** The block whose first line is at `indent`: a sequence or a mapping. */
  block(indent: number): YamlNode {
    const first = this.peek()!
    if (first.indent !== indent) throw OUTSIDE
    return isDash(first.text) ? this.sequence(indent) : this.mapping(indent)
  }

  private sequence(indent: number): YamlSeq {
    const seq: YamlSeq = { kind: 'seq', line: this.peek()!.line, items: [] }
    for (let l = this.peek(); l && l.indent === indent && isDash(l.text); l = this.peek()) {
      const rest = l.text.slice(1)
      const content = rest.trimStart()
      if (content === '') {
        this.at++
        const next = this.peek()
        // A bare `-` holds the block below it, or nothing (null).
        if (next && next.indent > indent) seq.items.push(this.block(next.indent))
        else seq.items.push({ kind: 'scalar', line: l.line, value: null, source: '' })
        continue
      }
      const column = indent + 1 + (rest.length - content.length)
      if (startsEntry(content)) {
        // `- key: value` opens a mapping whose keys sit at the column of `key`.
        this.lines[this.at] = { indent: column, text: content, line: l.line }
        seq.items.push(this.mapping(column))
      } else if (isDash(content)) {
        throw OUTSIDE
      } else {
        this.at++
        seq.items.push(this.scalarAt(content, indent, l.line))
      }
    }
    return seq
  }

  private mapping(indent: number): YamlMap {
    const map: YamlMap = { kind: 'map', line: this.peek()!.line, entries: new Map() }
    for (let l = this.peek(); l && l.indent === indent; l = this.peek()) {
      if (isDash(l.text)) throw OUTSIDE
      const entry = splitEntry(l.text)
      if (!entry || map.entries.has(entry.key)) throw OUTSIDE
      this.at++
      let value: YamlNode
      if (entry.value !== '') {
        value = this.scalarAt(entry.value, indent, l.line)
      } else {
        const next = this.peek()
        if (next && next.indent > indent) value = this.block(next.indent)
        else if (next && next.indent === indent && isDash(next.text)) value = this.sequence(indent)
        else value = { kind: 'scalar', line: l.line, value: null, source: '' }
      }
      map.entries.set(entry.key, { line: l.line, value })
    }
    const next = this.peek()
    if (next && next.indent > indent) throw OUTSIDE
    return map
  }

  /** The scalar written after `key: ` or `- ` on a line of a block at `indent`. */
  private scalarAt(written: string, indent: number, line: number): YamlNode {
    const header = BLOCK_SCALAR.exec(written)
    if (header) return this.blockScalar(header[1] === '|', header[2] === '-', indent, line)
    const value = scalar(written, line)
    // A more indented line after a scalar continues it (a multi-line string): not ours to read.
    const next = this.peek()
    if (next && next.indent > indent) throw OUTSIDE
    return value
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose lines all sit at one indent, one after the
   * other: `author: >` and a name or two, as blog posts write it. Blank or comment-like lines,
   * deeper lines and trailing spaces each have rules of their own: those go to the library.
   */
  private blockScalar(literal: boolean, strip: boolean, indent: number, line: number): YamlNode {
    const first = this.peek()
    if (!first || first.indent <= indent) throw OUTSIDE
    const parts: string[] = []
    for (let l = this.peek(); l && l.indent > indent; l = this.peek()) {
      if (l.indent !== first.indent || l.line !== line + 1 + parts.length || l.trailing)
        throw OUTSIDE
      parts.push(l.text)
      this.at++
    }
    // A `#` line deeper than the key, up to the next line read, is the scalar's text, not a comment.
    const next = this.peek()?.line ?? Infinity
    if (this.comments.some(c => c.line > line && c.line < next && c.indent > indent)) throw OUTSIDE
    const value = parts.join(literal ? '\n' : ' ') + (strip ? '' : '\n')
    return { kind: 'scalar', line, value, source: value }
  }
}

/** A block scalar's header without an indentation or keep indicator, or a comment: `>`, `|-`. */
const BLOCK_SCALAR = /^([|>])(-?)$/

function isDash(text: string): boolean {
  return text === '-' || text.startsWith('- ')
}

const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/

function startsEntry(text: string): boolean {
  return KEY.test(text)
}

function splitEntry(text: string): { key: string; value: string } | undefined {
  const m = KEY.exec(text)
  if (!m) return undefined
  const value = m[2] ?? ''
  // `key: # a comment` has no value.
  return { key: m[1]!, value: value.startsWith('#') ? '' : value }
}

/** A scalar as written after `key: ` or `- `, a trailing comment removed; throws outside the subset. */
function scalar(written: string, line: number): YamlNode {
  if (written.startsWith('[')) return flowSequence(written, line)
  if (/^\{\}( +#.*)?$/.test(written)) return { kind: 'map', line, entries: new Map() }
  const quote = written[0]
  if (quote === '"' || quote === "'") {
    const close = written.indexOf(quote, 1)
    let end = close
    if (quote === "'") {
      // '' is an escaped quote inside a single-quoted string.
      end = 1
      for (;;) {
        const q = written.indexOf("'", end)
        if (q === -1) throw OUTSIDE
        if (written[q + 1] === "'") end = q + 2
        else {
          end = q
          break
        }
      }
    }
    if (end < 1) throw OUTSIDE
    const inner = written.slice(1, end)
    const after = written.slice(end + 1)
    if (after !== '' && !/^ +#/.test(after)) throw OUTSIDE
    if (quote === '"' && inner.includes('\\')) throw OUTSIDE
    const value = quote === "'" ? inner.replaceAll("''", "'") : inner
    return { kind: 'scalar', line, value, source: value }
  }
  const hash = written.indexOf(' #')
  const plain = (hash === -1 ? written : written.slice(0, hash)).trimEnd()
  if (
    plain === '' ||
    /^[[\]{}&*!|>%@`,#]/.test(plain) ||
    /^[?:-](\s|$)/.test(plain) ||
    plain.includes(': ') ||
    plain.endsWith(':')
  )
    throw OUTSIDE
  return { kind: 'scalar', line, value: coreSchema(plain), source: plain }
}

/** `[]`, `[a, b]` or `['a', "b"]` on one line: scalars only, else not ours to read. */
function flowSequence(written: string, line: number): YamlSeq {
  const seq: YamlSeq = { kind: 'seq', line, items: [] }
  const parts: string[] = []
  let current = ''
  let quote = ''
  let i = 1
  for (; i < written.length; i++) {
    const c = written[i]!
    if (quote) {
      current += c
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") {
      current += c
      quote = c
    } else if (c === ',') {
      parts.push(current.trim())
      current = ''
    } else if (c === ']') break
    else current += c
  }
  const after = written.slice(i + 1)
  if (quote || i === written.length || (after !== '' && !/^ +#/.test(after))) throw OUTSIDE
  if (current.trim() !== '' || parts.length > 0) parts.push(current.trim())
  for (const item of parts) {
    if (/^"[^"\\]*"$/.test(item)) {
      const value = item.slice(1, -1)
      seq.items.push({ kind: 'scalar', line, value, source: value })
    } else if (/^'(?:[^']|'')*'$/.test(item)) {
      const value = item.slice(1, -1).replaceAll("''", "'")
      seq.items.push({ kind: 'scalar', line, value, source: value })
    } else if (
      item === '' ||
      /[[\]{}#"']|: |:$/.test(item) ||
      /^[?&*!|>%@`:]/.test(item) ||
      /^-( |$)/.test(item)
    ) {
      throw OUTSIDE
    } else seq.items.push({ kind: 'scalar', line, value: coreSchema(item), source: item })
  }
  return seq
}

/** YAML 1.2's core schema, as the library applies it to plain scalars. */
function coreSchema(plain: string): string | number | boolean | null {
  // Most scalars are words: only these first characters can start anything but a string.
  if (!/^[-+.~0-9nNtTfF]/.test(plain)) return plain
  if (/^(?:~|null|Null|NULL)$/.test(plain)) return null
  if (/^(?:true|True|TRUE)$/.test(plain)) return true
  if (/^(?:false|False|FALSE)$/.test(plain)) return false
  if (/^[-+]?[0-9]+$/.test(plain)) return Number(plain)
  if (/^0o[0-7]+$/.test(plain) || /^0x[0-9a-fA-F]+$/.test(plain)) return Number(plain)
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(plain))
    return Number(plain)
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(plain)) return plain.startsWith('-') ? -Infinity : Infinity
  if (/^\.(?:nan|NaN|NAN)$/.test(plain)) return NaN
  return plain
}
