// The lexical pieces of Go the scanner (go-scanner.ts) is built from: character classes,
// operators, keywords, and the decoding of an interpreted string literal's escapes.

import { GoSyntaxError } from './go-types.js'

export const OPS3 = new Set(['<<=', '>>=', '&^=', '...'])
export const OPS2 = new Set([
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
export const NOT_CONTINUING = new Set(['++', '--', ';', ':', ','])

/** Words before a `(` that make it something other than a call's argument list. */
export const KEYWORDS = new Set([
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

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128
}

export function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57)
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** Single-character operators as strings, by char code. */
export const OP1: string[] = []
for (const op of '+-*/%&|^<>=!:;,.~') OP1[op.charCodeAt(0)] = op

/** + - * / % & | ^ < > = ! : ; , . ~ */
export function isOpChar(c: number): boolean {
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
export function decodeEscapes(file: string, line: number, raw: string): string {
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

export const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** The number of line breaks in src between from and to. */
export function countLines(src: string, from: number, to: number): number {
  let count = 0
  for (let p = src.indexOf('\n', from); p !== -1 && p < to; p = src.indexOf('\n', p + 1)) count++
  return count
}

/** The index of the `"` that closes the interpreted string opening at i. */
export function interpretedStringEnd(file: string, line: number, src: string, i: number): number {
  let j = i + 1
  for (;;) {
    if (j >= src.length) throw new GoSyntaxError(file, line, 'unterminated string literal')
    const d = src.charCodeAt(j)
    if (d === 34) return j
    if (d === 10) throw new GoSyntaxError(file, line, 'unterminated string literal')
    if (d === 92) {
      if (src.charCodeAt(j + 1) === 10)
        throw new GoSyntaxError(file, line, 'unterminated string literal')
      j += 2
    } else {
      j++
    }
  }
}

/** The index of the `'` that closes the rune literal opening at i. */
export function runeEnd(file: string, line: number, src: string, i: number): number {
  let j = i + 1
  for (;;) {
    const d = j < src.length ? src.charCodeAt(j) : 10
    if (d === 10) throw new GoSyntaxError(file, line, 'unterminated rune literal')
    if (d === 39) return j
    j += d === 92 ? 2 : 1
  }
}

/** The index just past the number literal starting at i (`0x1p-2`, `1e+9`, `.5`). */
export function numberEnd(src: string, i: number): number {
  const hex = src.charCodeAt(i) === 48 && (src.charCodeAt(i + 1) | 0x20) === 120
  let j = i + 1
  for (; j < src.length; j++) {
    const d = src.charCodeAt(j)
    if (isIdentPart(d) || d === 46) continue
    if (d === 43 || d === 45) {
      const prev = src.charCodeAt(j - 1) | 0x20 // lower case
      if ((!hex && prev === 101) || (hex && prev === 112)) continue
    }
    return j
  }
  return j
}

/** The longest operator starting at i, whose first character is an operator character. */
export function operatorAt(src: string, i: number): string {
  const one = OP1[src.charCodeAt(i)] ?? ''
  if (!isOpChar(src.charCodeAt(i + 1))) return one
  const t3 = src.slice(i, i + 3)
  if (OPS3.has(t3)) return t3
  const t2 = t3.slice(0, 2)
  return OPS2.has(t2) ? t2 : one
}
