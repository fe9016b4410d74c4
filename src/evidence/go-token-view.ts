// The tokens of a Go file as the scanner (go-scanner.ts) leaves them, and the small questions
// every reader asks of them: what kind a token is, its text and line, and a bracket's partner.

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
  count: number
  /** The token's kind, | NL when a line break comes before it. */
  kind: Uint8Array
  text: string[]
  line: Int32Array
  /** Number of brackets open at this token. */
  depth: Int32Array
  /** For a bracket, the index of its partner; else -1. */
  match: Int32Array
}

/** The tokens, with the small questions every reader below asks of them. */
export class TokenView {
  /** How many tokens there are; an index at or past it reads as EOF. */
  readonly length: number
  constructor(readonly tokens: Tokens) {
    this.length = tokens.count
  }
  /** IDENT, STRING, RUNE, NUMBER, OP, or EOF past the end. */
  kind(i: number): number {
    return (this.tokens.kind[i] ?? EOF) & ~NL
  }
  /** The identifier, operator or decoded string value. */
  text(i: number): string {
    return this.tokens.text[i] ?? ''
  }
  line(i: number): number {
    return this.tokens.line[i] ?? 0
  }
  /** The index of the bracket that closes (or opens) the bracket at i; -1 for other tokens. */
  partner(i: number): number {
    return this.tokens.match[i] ?? -1
  }
  depth(i: number): number {
    return this.tokens.depth[i] ?? 0
  }
  newlineBefore(i: number): boolean {
    return ((this.tokens.kind[i] ?? 0) & NL) !== 0
  }
  isOp(i: number, t: string): boolean {
    return this.kind(i) === OP && this.text(i) === t
  }
  isIdent(i: number, t: string): boolean {
    return this.kind(i) === IDENT && this.text(i) === t
  }
  isOpener(i: number): boolean {
    return this.kind(i) === OP && this.partner(i) > i
  }
  /** Index of the next `,` (or `end`) at this bracket level, starting at `i`. */
  elementEnd(i: number, end: number): number {
    let j = i
    while (j < end && !this.isOp(j, ',')) j = this.isOpener(j) ? this.partner(j) + 1 : j + 1
    return Math.min(j, end)
  }
}
