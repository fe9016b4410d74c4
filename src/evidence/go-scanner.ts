// The scanner behind the Go reader (go.ts): one pass over the source that skips comments,
// decodes strings and pairs every bracket with its partner, so the reader can walk composite
// literals without regular expressions attaching specs to the wrong gate. What it leaves is a
// token list (go-token-view.ts); the lexical pieces it is built from are in go-lexemes.ts, and
// the calls around each literal are tracked by go-call-stack.ts.

import { calleeBefore, CallStack } from './go-call-stack.js'
import {
  CLOSER_OF,
  countLines,
  decodeEscapes,
  interpretedStringEnd,
  isDigit,
  isIdentPart,
  isIdentStart,
  isOpChar,
  NOT_CONTINUING,
  numberEnd,
  operatorAt,
  runeEnd
} from './go-lexemes.js'
import { IDENT, NL, NUMBER, OP, RUNE, STRING, type Tokens } from './go-token-view.js'
import { GoSyntaxError, type GoStringLiteral } from './go-types.js'

// One function with its state in closures rather than a class: the scanner's loop runs once per
// character of every Go file read, and V8 keeps closure variables in registers more readily than
// an object's fields (a class measured about 10% slower here).

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
  const calls = new CallStack()
  const tokens = (): Tokens => ({ count, kind, text, line, depth, match })

  const push = (k: number, t: string): number => {
    if (count === capacity) grow()
    const idx = count++
    kind[idx] = newline ? k | NL : k
    text.push(t)
    line[idx] = ln
    depth[idx] = open.length
    newline = false
    continues = false
    return idx
  }
  const pushString = (value: string): void => {
    push(STRING, value)
    strings?.push(calls.place({ value, line: ln, statement: stmt }))
  }
  const endStatement = (): void => {
    stmt++
    while (funcAt.length > 0 && (funcAt[funcAt.length - 1] ?? 0) >= open.length) funcAt.pop()
  }
  const lineBreak = (): void => {
    newline = true
    if (paren === 0 && !continues) endStatement()
  }
  const fail = (reason: string): GoSyntaxError => new GoSyntaxError(file, ln, reason)

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
      push(IDENT, word)
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
          if (end === -1) throw fail('unterminated /* comment')
          const lines = countLines(src, i, end)
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
        const j = interpretedStringEnd(file, ln, src, i)
        const body = src.slice(i + 1, j)
        pushString(body.includes('\\') ? decodeEscapes(file, ln, body) : body)
        i = j + 1
        continue
      }
      case 96: {
        // '`'
        const end = src.indexOf('`', i + 1)
        if (end === -1) throw fail('unterminated raw string literal')
        const value = src.slice(i + 1, end)
        // Go drops carriage returns from raw strings.
        pushString(value.includes('\r') ? value.replaceAll('\r', '') : value)
        ln += countLines(src, i, end)
        i = end + 1
        continue
      }
      case 39: {
        // '\''
        const j = runeEnd(file, ln, src, i)
        push(RUNE, src.slice(i, j + 1))
        i = j + 1
        continue
      }
      case 40:
      case 91:
      case 123: {
        // '(' '[' '{'
        const t = c === 40 ? '(' : c === 91 ? '[' : '{'
        const call = c === 40 ? calleeBefore(count, kind, text, match) : undefined
        const idx = push(OP, t)
        savedParen.push(paren)
        let funcBody = false
        if (c === 123) {
          // A func body starts a fresh run of statements even inside a call's parentheses.
          if (funcAt.length > 0 && funcAt[funcAt.length - 1] === open.length) {
            funcAt.pop()
            paren = 0
            funcBody = true
          }
        } else {
          paren++
        }
        calls.enter(call, open.length, funcBody)
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
        if (o === undefined) throw fail(`unexpected '${t}' with no open bracket`)
        const opener = text[o] ?? ''
        if (CLOSER_OF[opener] !== t)
          throw fail(`'${t}' does not close the '${opener}' opened at line ${line[o] ?? 0}`)
        const idx = push(OP, t)
        match[o] = idx
        match[idx] = o
        calls.leave()
        paren = savedParen.pop() ?? 0
        while (funcAt.length > 0 && (funcAt[funcAt.length - 1] ?? 0) > open.length) funcAt.pop()
        i++
        continue
      }
      default:
        break
    }
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(i + 1)))) {
      const j = numberEnd(src, i)
      push(NUMBER, src.slice(i, j))
      i = j
      continue
    }
    if (isOpChar(c)) {
      const t = operatorAt(src, i)
      push(OP, t)
      continues = !NOT_CONTINUING.has(t)
      if (t === ',') calls.comma()
      if (t === ';' && paren === 0) endStatement()
      i += t.length
      continue
    }
    throw fail(
      `unexpected character ${JSON.stringify(String.fromCodePoint(src.codePointAt(i) ?? c))}`
    )
  }

  if (open.length > 0) {
    const first = open[0] ?? 0
    throw fail(`file ends inside a block opened at line ${line[first] ?? 0} (is it cut short?)`)
  }
  return tokens()
}
