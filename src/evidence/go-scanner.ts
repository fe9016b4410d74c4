// The tokenizer behind the Go reader (go.ts): one pass over the source that skips comments,
// decodes strings and pairs every bracket with its partner, so the reader can walk composite
// literals without regular expressions attaching specs to the wrong gate.

import { GoSyntaxError, type GoStringLiteral } from './go-types.js'

export const EOF = 0
export const IDENT = 1
export const STRING = 2
export const RUNE = 3
export const NUMBER = 4
export const OP = 5

/** Set in `kind` when a newline (or the start of the file) comes before the token. */
export const NL = 8

/** Tokens as parallel arrays: kind, text (identifier, operator, decoded string value), line. */
export interface Tokens {
  n: number
  /** The token's kind, | NL when a line break comes before it. */
  kind: Uint8Array
  text: string[]
  line: Int32Array
  /** Number of brackets open at this token. */
  depth: Int32Array
  /** For a bracket, the index of its partner; else -1. */
  match: Int32Array
}

const OPS3 = new Set(['<<=', '>>=', '&^=', '...'])
const OPS2 = new Set([
  '&&',
  '||',
  '<-',
  '++',
  '--',
  '==',
  '!=',
  '<=',
  '>=',
  ':=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<',
  '>>',
  '&^'
])
/**
 * Operators after which a line break still ends the statement (after any other operator it does
 * not: `"a" +` at a line end continues). Go inserts a semicolon after `++` and `--`; `;` has just
 * ended one; after `:` (a case label) and `,` (an element of a composite literal, outside any
 * parentheses) the next line reads as a new statement.
 */
const NOT_CONTINUING = new Set(['++', '--', ';', ':', ','])

/** Words before a `(` that make it something other than a call's argument list. */
const KEYWORDS = new Set([
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var'
])

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** Single-character operators as strings, by char code. */
const OP1: string[] = []
for (const op of '+-*/%&|^<>=!:;,.~') OP1[op.charCodeAt(0)] = op

/** + - * / % & | ^ < > = ! : ; , . ~ */
function isOpChar(c: number): boolean {
  switch (c) {
    case 43:
    case 45:
    case 42:
    case 47:
    case 37:
    case 38:
    case 124:
    case 94:
    case 60:
    case 62:
    case 61:
    case 33:
    case 58:
    case 59:
    case 44:
    case 46:
    case 126:
      return true
    default:
      return false
  }
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92
}

/** Decodes the body of an interpreted string literal (between the quotes) that contains a `\`. */
function decodeEscapes(file: string, line: number, raw: string): string {
  // Go strings are bytes: \xff and \377 are single bytes, so decode through a byte buffer.
  const parts: Buffer[] = []
  let segStart = 0
  let k = raw.indexOf('\\')
  while (k !== -1) {
    if (k > segStart) parts.push(Buffer.from(raw.slice(segStart, k), 'utf8'))
    const e = raw.charAt(k + 1)
    const simple = SIMPLE_ESCAPES[e]
    let next = k + 2
    if (simple !== undefined) {
      parts.push(Buffer.from([simple]))
    } else if (e === '"') {
      parts.push(Buffer.from([34]))
    } else if (e >= '0' && e <= '7') {
      const digits = raw.slice(k + 1, k + 4)
      if (!/^[0-7]{3}$/.test(digits) || parseInt(digits, 8) > 255) {
        throw new GoSyntaxError(file, line, `invalid octal escape \\${digits} in string literal`)
      }
      parts.push(Buffer.from([parseInt(digits, 8)]))
      next = k + 4
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const width = e === 'x' ? 2 : e === 'u' ? 4 : 8
      const digits = raw.slice(k + 2, k + 2 + width)
      let ok = digits.length === width
      for (let d = 0; ok && d < width; d++) ok = isHexDigit(digits.charCodeAt(d))
      const value = ok ? parseInt(digits, 16) : -1
      if (!ok || (e !== 'x' && (value > 0x10ffff || (value >= 0xd800 && value < 0xe000)))) {
        throw new GoSyntaxError(file, line, `invalid escape \\${e}${digits} in string literal`)
      }
      parts.push(
        e === 'x' ? Buffer.from([value]) : Buffer.from(String.fromCodePoint(value), 'utf8')
      )
      next = k + 2 + width
    } else {
      throw new GoSyntaxError(file, line, `unknown escape sequence \\${e} in string literal`)
    }
    segStart = next
    k = raw.indexOf('\\', next)
  }
  if (segStart < raw.length) parts.push(Buffer.from(raw.slice(segStart), 'utf8'))
  return Buffer.concat(parts).toString('utf8')
}

const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** The tokens of a Go file; with `strings`, also every string literal with the calls around it. */
export function tokenize(file: string, src: string, strings?: GoStringLiteral[]): Tokens {
  // Typed arrays, grown by doubling: a 5,000-line file has some 50,000 tokens.
  let capacity = Math.max(256, src.length >> 2)
  let kind = new Uint8Array(capacity)
  let line = new Int32Array(capacity)
  let depth = new Int32Array(capacity)
  let match = new Int32Array(capacity).fill(-1)
  const text: string[] = []
  let count = 0
  const grow = (): void => {
    capacity *= 2
    const k = new Uint8Array(capacity)
    k.set(kind)
    kind = k
    const l = new Int32Array(capacity)
    l.set(line)
    line = l
    const d = new Int32Array(capacity)
    d.set(depth)
    depth = d
    const m = new Int32Array(capacity).fill(-1)
    m.set(match)
    match = m
  }

  const len = src.length
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0
  let ln = 1
  let newline = true
  /** The previous token lets a statement continue over a line break (`"a" +` at line end). */
  let continues = false
  let stmt = 0
  // `(` and `[` depth, counted from the innermost func body: a line break at depth 0 ends a
  // statement, so a call split over several lines stays one statement.
  let paren = 0
  const open: number[] = []
  const savedParen: number[] = []
  // Bracket depth at each `func` keyword whose body `{` is still to come.
  const funcAt: number[] = []
  // Per open bracket (parallel to `open`): the position in `open` of the call whose argument list
  // holds it (-1 for none: a func body starts afresh), the callee of a call's own `(`, and the
  // commas seen directly inside it, which number a call's arguments.
  const callAt: number[] = []
  // For a call's own `(`: the call around it (-1 for none), so a literal can name every call.
  const outerCall: number[] = []
  const callee: (string | undefined)[] = []
  const commas: number[] = []
  const kindAt = (p: number): number => (kind[p] ?? 0) & ~NL
  /** `pkg.Name` or `Name` when the `(` about to be pushed opens a call's arguments. */
  const calleeBefore = (): string | undefined => {
    let p = count - 1
    // F[T](x): an instantiated generic.
    if (p >= 0 && kindAt(p) === OP && text[p] === ']') p = (match[p] ?? 0) - 1
    const name = text[p]
    if (p < 0 || kindAt(p) !== IDENT || name === undefined || KEYWORDS.has(name)) return undefined
    if (p >= 2 && kindAt(p - 1) === OP && text[p - 1] === '.' && kindAt(p - 2) === IDENT) {
      return `${text[p - 2]}.${name}`
    }
    return name
  }
  const literal = (value: string): GoStringLiteral => {
    const s: GoStringLiteral = { value, line: ln, statement: stmt }
    const at = callAt[callAt.length - 1] ?? -1
    const call = callee[at]
    if (call !== undefined) {
      s.call = call
      s.argument = commas[at] ?? 0
      const calls: { name: string; argument: number }[] = []
      for (let c = at; c >= 0; c = outerCall[c] ?? -1) {
        const name = callee[c]
        if (name !== undefined) calls.push({ name, argument: commas[c] ?? 0 })
      }
      s.calls = calls
    }
    return s
  }

  const push = (k: number, t: string, at: number): number => {
    if (count === capacity) grow()
    const idx = count++
    kind[idx] = newline ? k | NL : k
    text.push(t)
    line[idx] = at
    depth[idx] = open.length
    newline = false
    continues = false
    return idx
  }
  const endStatement = (): void => {
    stmt++
    while (funcAt.length > 0 && (funcAt[funcAt.length - 1] ?? 0) >= open.length) funcAt.pop()
  }
  const lineBreak = (): void => {
    newline = true
    if (paren === 0 && !continues) endStatement()
  }
  const countLines = (from: number, to: number): number => {
    let count = 0
    for (let p = src.indexOf('\n', from); p !== -1 && p < to; p = src.indexOf('\n', p + 1)) count++
    return count
  }

  while (i < len) {
    const c = src.charCodeAt(i)
    if (c === 10) {
      ln++
      lineBreak()
      i++
      continue
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++
      continue
    }
    if (isIdentStart(c)) {
      let j = i + 1
      while (j < len && isIdentPart(src.charCodeAt(j))) j++
      const word = src.slice(i, j)
      push(IDENT, word, ln)
      if (word === 'func') funcAt.push(open.length)
      i = j
      continue
    }
    switch (c) {
      case 47: {
        // '/'
        const c2 = src.charCodeAt(i + 1)
        if (c2 === 47) {
          const end = src.indexOf('\n', i + 2)
          i = end === -1 ? len : end
          continue
        }
        if (c2 === 42) {
          const end = src.indexOf('*/', i + 2)
          if (end === -1) throw new GoSyntaxError(file, ln, 'unterminated /* comment')
          const lines = countLines(i, end)
          if (lines > 0) {
            ln += lines
            lineBreak()
          }
          i = end + 2
          continue
        }
        break
      }
      case 34: {
        // '"'
        let j = i + 1
        let escaped = false
        for (;;) {
          if (j >= len) throw new GoSyntaxError(file, ln, 'unterminated string literal')
          const d = src.charCodeAt(j)
          if (d === 34) break
          if (d === 10) throw new GoSyntaxError(file, ln, 'unterminated string literal')
          if (d === 92) {
            escaped = true
            if (src.charCodeAt(j + 1) === 10) {
              throw new GoSyntaxError(file, ln, 'unterminated string literal')
            }
            j += 2
          } else {
            j++
          }
        }
        const body = src.slice(i + 1, j)
        const value = escaped ? decodeEscapes(file, ln, body) : body
        push(STRING, value, ln)
        strings?.push(literal(value))
        i = j + 1
        continue
      }
      case 96: {
        // '`'
        const end = src.indexOf('`', i + 1)
        if (end === -1) throw new GoSyntaxError(file, ln, 'unterminated raw string literal')
        let value = src.slice(i + 1, end)
        // Go drops carriage returns from raw strings.
        if (value.includes('\r')) value = value.replaceAll('\r', '')
        push(STRING, value, ln)
        strings?.push(literal(value))
        ln += countLines(i, end)
        i = end + 1
        continue
      }
      case 39: {
        // '\''
        let j = i + 1
        for (;;) {
          const d = j < len ? src.charCodeAt(j) : 10
          if (d === 10) throw new GoSyntaxError(file, ln, 'unterminated rune literal')
          if (d === 39) break
          j += d === 92 ? 2 : 1
        }
        push(RUNE, src.slice(i, j + 1), ln)
        i = j + 1
        continue
      }
      case 40:
      case 91:
      case 123: {
        // '(' '[' '{'
        const t = c === 40 ? '(' : c === 91 ? '[' : '{'
        const call = c === 40 ? calleeBefore() : undefined
        const idx = push(OP, t, ln)
        savedParen.push(paren)
        let inCall = callAt[callAt.length - 1] ?? -1
        if (c === 123) {
          // A func body starts a fresh run of statements even inside a call's parentheses.
          if (funcAt.length > 0 && funcAt[funcAt.length - 1] === open.length) {
            funcAt.pop()
            paren = 0
            inCall = -1
          }
        } else {
          paren++
        }
        callAt.push(call === undefined ? inCall : open.length)
        outerCall.push(inCall)
        callee.push(call)
        commas.push(0)
        open.push(idx)
        i++
        continue
      }
      case 41:
      case 93:
      case 125: {
        // ')' ']' '}'
        const t = c === 41 ? ')' : c === 93 ? ']' : '}'
        const o = open.pop()
        if (o === undefined) {
          throw new GoSyntaxError(file, ln, `unexpected '${t}' with no open bracket`)
        }
        const opener = text[o] ?? ''
        if (CLOSER_OF[opener] !== t) {
          throw new GoSyntaxError(
            file,
            ln,
            `'${t}' does not close the '${opener}' opened at line ${line[o] ?? 0}`
          )
        }
        const idx = push(OP, t, ln)
        match[o] = idx
        match[idx] = o
        callAt.pop()
        outerCall.pop()
        callee.pop()
        commas.pop()
        paren = savedParen.pop() ?? 0
        while (funcAt.length > 0 && (funcAt[funcAt.length - 1] ?? 0) > open.length) funcAt.pop()
        i++
        continue
      }
      default:
        break
    }
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(i + 1)))) {
      const hex = c === 48 && (src.charCodeAt(i + 1) | 0x20) === 120
      let j = i + 1
      for (; j < len; j++) {
        const d = src.charCodeAt(j)
        if (isIdentPart(d) || d === 46) continue
        if (d === 43 || d === 45) {
          const prev = src.charCodeAt(j - 1) | 0x20 // lower case
          if ((!hex && prev === 101) || (hex && prev === 112)) continue
        }
        break
      }
      push(NUMBER, src.slice(i, j), ln)
      i = j
      continue
    }
    if (isOpChar(c)) {
      let t = OP1[c] ?? ''
      if (isOpChar(src.charCodeAt(i + 1))) {
        const t3 = src.slice(i, i + 3)
        if (OPS3.has(t3)) t = t3
        else if (OPS2.has(t3.slice(0, 2))) t = t3.slice(0, 2)
      }
      push(OP, t, ln)
      continues = !NOT_CONTINUING.has(t)
      if (t === ',' && commas.length > 0) commas[commas.length - 1]!++
      if (t === ';' && paren === 0) endStatement()
      i += t.length
      continue
    }
    throw new GoSyntaxError(
      file,
      ln,
      `unexpected character ${JSON.stringify(String.fromCodePoint(src.codePointAt(i) ?? c))}`
    )
  }

  if (open.length > 0) {
    const first = open[0] ?? 0
    throw new GoSyntaxError(
      file,
      ln,
      `file ends inside a block opened at line ${line[first] ?? 0} (is it cut short?)`
    )
  }
  return { n: count, kind, text, line, depth, match }
}

/** The tokens, with the small questions every reader below asks of them. */
export class View {
  readonly n: number
  constructor(readonly tokens: Tokens) {
    this.n = tokens.n
  }
  K(i: number): number {
    return (this.tokens.kind[i] ?? EOF) & ~NL
  }
  T(i: number): string {
    return this.tokens.text[i] ?? ''
  }
  L(i: number): number {
    return this.tokens.line[i] ?? 0
  }
  M(i: number): number {
    return this.tokens.match[i] ?? -1
  }
  depth(i: number): number {
    return this.tokens.depth[i] ?? 0
  }
  newlineBefore(i: number): boolean {
    return ((this.tokens.kind[i] ?? 0) & NL) !== 0
  }
  isOp(i: number, t: string): boolean {
    return this.K(i) === OP && this.T(i) === t
  }
  isIdent(i: number, t: string): boolean {
    return this.K(i) === IDENT && this.T(i) === t
  }
  isOpener(i: number): boolean {
    return this.K(i) === OP && this.M(i) > i
  }
  /** Index of the next `,` (or `end`) at this bracket level, starting at `i`. */
  elementEnd(i: number, end: number): number {
    let j = i
    while (j < end && !this.isOp(j, ',')) j = this.isOpener(j) ? this.M(j) + 1 : j + 1
    return Math.min(j, end)
  }
}
