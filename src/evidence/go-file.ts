// One Go file as the value reader sees it: its tokens (go-scanner.ts), the imports, the names
// declared at package level, every function body and every call, each found once when the file is
// first read. Positions are token indexes; `TokenView` answers the small questions about them.

import type { GoImport } from './go-types.js'
import type { Place } from './go-value-types.js'
import { GoCall } from './go-call.js'
import { tokenize } from './go-scanner.js'
import {
  endsLine,
  readTopDecls,
  splitList,
  statementEnd,
  type Range,
  type TopDecl
} from './go-decls.js'
import { IDENT, NL, NUMBER, OP, RUNE, STRING, TokenView } from './go-token-view.js'

export { GoCall }

export type { Range, TopDecl }

/** A function body: a declaration's or a func literal's. */
export interface FuncBody {
  /** The `func` token. */
  at: number
  name?: string
  /** Receiver, parameters and results: every identifier in them may name a parameter. */
  signature: Range
  open: number
  close: number
}

/** Keywords that, before `(`, make it something other than a call. */
const NOT_CALLEES = new Set(
  'if for switch return func go defer select case range import const var type interface struct map chan else'.split(
    ' '
  )
)

/** Keywords after which `func` starts a literal (`go func() {…}()`), not a func type. */
const BEFORE_LITERAL = new Set(['return', 'go', 'defer', 'range', 'switch', 'if', 'case', 'for'])

export class GoFile {
  readonly v: TokenView
  readonly imports: GoImport[]
  readonly packageName: string
  readonly decls: Map<string, TopDecl[]>
  private funcBodies: FuncBody[] | undefined
  /** For each token, the innermost bracket that holds it (-1 at top level); made when first asked. */
  private parents: Int32Array | undefined
  private callList: GoCall[] | undefined

  constructor(
    readonly file: string,
    source: string
  ) {
    this.v = new TokenView(tokenize(file, source))
    this.packageName = this.v.isIdent(0, 'package') ? this.v.text(1) : ''
    const { imports, decls } = readTopDecls(this.v)
    this.imports = imports
    this.decls = decls
  }

  /** Every function body, declarations' and literals', found when first asked for. */
  get bodies(): FuncBody[] {
    if (this.funcBodies) return this.funcBodies
    const { kind, text } = this.v.tokens
    const out: FuncBody[] = []
    for (let i = 0; i < this.v.length; i++) {
      if (text[i] !== 'func' || ((kind[i] ?? 0) & ~NL) !== IDENT) continue
      const body = this.readFunc(i)
      if (body) out.push(body)
    }
    this.funcBodies = out
    return out
  }

  private get parent(): Int32Array {
    if (this.parents) return this.parents
    const { kind, match } = this.v.tokens
    const parents = new Int32Array(this.v.length).fill(-1)
    const stack: number[] = []
    for (let i = 0; i < this.v.length; i++) {
      parents[i] = stack[stack.length - 1] ?? -1
      const m = match[i] ?? -1
      if (m < 0 || ((kind[i] ?? 0) & ~NL) !== OP) continue
      if (m > i) stack.push(i)
      else stack.pop()
    }
    this.parents = parents
    return parents
  }

  line(i: number): number {
    return this.v.line(i)
  }

  place(i: number): Place {
    return { file: this.file, line: this.v.line(i) }
  }

  /** The innermost bracket around token i, or -1. */
  enclosing(i: number): number {
    return this.parent[i] ?? -1
  }

  /** The innermost `{` around token i, or -1. */
  enclosingBlock(i: number): number {
    let p = this.enclosing(i)
    while (p >= 0 && !this.v.isOp(p, '{')) p = this.enclosing(p)
    return p
  }

  /** The innermost function body around token i. */
  bodyAt(i: number): FuncBody | undefined {
    let best: FuncBody | undefined
    for (const b of this.bodies) {
      if (b.open < i && i < b.close && (!best || b.open > best.open)) best = b
    }
    return best
  }

  /** The source text of a range, tokens joined as gofmt would roughly write them. */
  text(range: Range, max = 80): string {
    const [start, end] = range
    let out = ''
    for (let j = start; j < end && out.length <= max; j++) {
      const k = this.v.kind(j)
      const t = k === STRING ? JSON.stringify(this.v.text(j)) : this.v.text(j)
      const spaced = j > start && (k === IDENT || k === STRING || k === NUMBER || k === RUNE)
      const prev = this.v.kind(j - 1)
      out +=
        spaced && (prev === IDENT || prev === STRING || prev === NUMBER || prev === RUNE)
          ? ` ${t}`
          : t
    }
    return out.length > max ? `${out.slice(0, max - 1)}…` : out
  }

  /** Every call in the file, in source order. */
  calls(): GoCall[] {
    if (this.callList) return this.callList
    const { kind, text, match } = this.v.tokens
    const out: GoCall[] = []
    for (let i = 1; i < this.v.length; i++) {
      if (text[i] !== '(' || ((kind[i] ?? 0) & ~NL) !== OP) continue
      let p = i - 1
      if (text[p] === ']' && ((kind[p] ?? 0) & ~NL) === OP) p = (match[p] ?? 0) - 1 // F[T](x)
      if (((kind[p] ?? 0) & ~NL) !== IDENT || NOT_CALLEES.has(text[p] ?? '')) continue
      if (this.declares(p)) continue
      out.push(new GoCall(this, p, i))
    }
    this.callList = out
    return out
  }

  /** Elements between `start` and `end` separated by top-level commas; empty ones dropped. */
  split(start: number, end: number, sep = ','): Range[] {
    return splitList(this.v, start, end, sep)
  }

  /** Where the statement or expression starting at i ends (see go-decls.ts). */
  statementEnd(i: number): number {
    return statementEnd(this.v, i)
  }

  /**
   * Whether the name at p, before `(`, is declared there rather than called: a function
   * (`func F(`), a method (`func (s *T) M(`) or a method of an interface (`OnChange(f)` in
   * `interface {…}`).
   */
  private declares(p: number): boolean {
    const v = this.v
    if (v.isIdent(p - 1, 'func')) return true
    if (v.isOp(p - 1, ')') && v.isIdent(v.partner(p - 1) - 1, 'func')) return true
    const b = this.enclosing(p)
    return b >= 0 && v.isOp(b, '{') && v.isIdent(b - 1, 'interface')
  }

  /** A func declaration or literal with a body at the `func` keyword i. */
  private readFunc(i: number): FuncBody | undefined {
    const v = this.v
    // A func type on the line of something else: a result (`) func() error {`, where the `{` is
    // the declaration's), an element (`[]func(){`, a composite literal) or the type of a name
    // (`f func() = func() {…}`). Only a literal or a declaration has a body.
    if (i > 0 && !v.newlineBefore(i)) {
      const before = i - 1
      if (v.isOp(before, ')') || v.isOp(before, ']')) return undefined
      if (v.kind(before) === IDENT && !BEFORE_LITERAL.has(v.text(before))) return undefined
    }
    let j = i + 1
    let name: string | undefined
    if (v.isOp(j, '(')) j = v.partner(j) + 1 // receiver (or a literal's parameters)
    if (v.kind(j) === IDENT && (v.isOp(j + 1, '(') || v.isOp(j + 1, '['))) {
      name = v.text(j++)
      if (v.isOp(j, '[')) j = v.partner(j) + 1
      if (!v.isOp(j, '(')) return undefined
      j = v.partner(j) + 1
    }
    // Results, then the body; a line break first means a declaration without a body.
    while (j < v.length && !(v.newlineBefore(j) && j > i + 1 && endsLine(v, j - 1))) {
      if ((v.isIdent(j, 'struct') || v.isIdent(j, 'interface')) && v.isOp(j + 1, '{')) {
        j = v.partner(j + 1) + 1
      } else if (v.isOp(j, '{')) {
        const body: FuncBody = { at: i, signature: [i + 1, j], open: j, close: v.partner(j) }
        if (name !== undefined) body.name = name
        return body
      } else if (v.isOp(j, ',') || v.isOp(j, ')') || v.isOp(j, ';')) {
        return undefined // a func type in a parameter list or a field
      } else {
        j = v.isOpener(j) ? v.partner(j) + 1 : j + 1
      }
    }
    return undefined
  }
}
