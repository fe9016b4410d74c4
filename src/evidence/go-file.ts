// One Go file as the value reader sees it: its tokens (go-scanner.ts), the imports, the names
// declared at package level, every function body and every call, each found once when the file is
// first read. Positions are token indexes; `TokenView` answers the small questions about them.

import type { GoImport } from './go-types.js'
import type { Place } from './go-value-types.js'
import { GoCall } from './go-call.js'
import { tokenize } from './go-scanner.js'
import { IDENT, NL, NUMBER, OP, RUNE, STRING, TokenView } from './go-token-view.js'

export { GoCall }

/** A token range [start, end). */
export type Range = [number, number]

/** A name declared at package level: `const X = …`, `var X T = …`, `type X …`, `func X(…)`. */
export interface TopDecl {
  kind: 'const' | 'var' | 'type' | 'func'
  name: string
  /** The name's token. */
  at: number
  /** The declared type's tokens, when written (`ProxyMode` in `X ProxyMode = "x"`). */
  type?: Range
  /** The value's tokens; absent for `var X T` and for a const repeating the previous line's value. */
  value?: Range
}

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

export class GoFile {
  readonly v: TokenView
  readonly imports: GoImport[] = []
  readonly packageName: string
  readonly decls = new Map<string, TopDecl[]>()
  private funcBodies: FuncBody[] | undefined
  /** For each token, the innermost bracket that holds it (-1 at top level); made when first asked. */
  private parents: Int32Array | undefined
  private callList: GoCall[] | undefined

  constructor(
    readonly file: string,
    source: string
  ) {
    this.v = new TokenView(tokenize(file, source))
    const v = this.v
    const { kind, text, depth } = v.tokens
    this.packageName = v.isIdent(0, 'package') ? v.text(1) : ''
    for (let i = 0; i < v.length; i++) {
      if (((kind[i] ?? 0) & ~NL) !== IDENT) continue
      if (depth[i] !== 0) continue
      const t = text[i]
      if (t === 'import') this.readImports(i)
      else if (t === 'const' || t === 'var') this.readValueDecls(i, t)
      else if (t === 'type') this.readTypeDecls(i)
      else if (t === 'func' && v.kind(i + 1) === IDENT) {
        this.addDecl({ kind: 'func', name: v.text(i + 1), at: i + 1 }) // a method has a receiver first
      }
    }
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
      out += spaced && (prev === IDENT || prev === STRING || prev === NUMBER) ? ` ${t}` : t
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
      out.push(new GoCall(this, p, i))
    }
    this.callList = out
    return out
  }

  /** Elements between `start` and `end` separated by top-level commas; empty ones dropped. */
  split(start: number, end: number, sep = ','): Range[] {
    const out: Range[] = []
    let from = start
    for (let j = start; j < end;) {
      if (this.v.isOp(j, sep)) {
        if (j > from) out.push([from, j])
        from = j + 1
        j++
      } else {
        j = this.v.isOpener(j) ? this.v.partner(j) + 1 : j + 1
      }
    }
    if (end > from) out.push([from, end])
    return out
  }

  /**
   * Where the statement or expression starting at i ends: at a `;`, at the bracket that closes
   * around it, or at a line break that Go's semicolon rule turns into an end (after a name, a
   * literal, `)`, `]`, `}`, `++` or `--`).
   */
  statementEnd(i: number): number {
    const v = this.v
    let j = i
    while (j < v.length) {
      if (j > i && v.newlineBefore(j) && endsLine(v, j - 1)) return j
      if (v.isOp(j, ';')) return j
      if (v.kind(j) === OP && v.partner(j) >= 0 && v.partner(j) < j) return j // a closer of an outer bracket
      j = v.isOpener(j) ? v.partner(j) + 1 : j + 1
    }
    return j
  }

  // --- reading declarations ---

  private addDecl(d: TopDecl): void {
    const list = this.decls.get(d.name)
    if (list) list.push(d)
    else this.decls.set(d.name, [d])
  }

  private readImports(i: number): void {
    const v = this.v
    const add = (pathTok: number, aliasTok?: number): void => {
      const imp: GoImport = { path: v.text(pathTok), line: v.line(pathTok) }
      if (aliasTok !== undefined) imp.alias = v.text(aliasTok)
      this.imports.push(imp)
    }
    const at = (j: number): number => {
      if (v.kind(j) === STRING) {
        add(j)
        return j
      }
      if ((v.kind(j) === IDENT || v.isOp(j, '.')) && v.kind(j + 1) === STRING) {
        add(j + 1, j)
        return j + 1
      }
      return j
    }
    if (!v.isOp(i + 1, '(')) {
      at(i + 1)
      return
    }
    for (let j = i + 2; j < v.partner(i + 1); j++) j = at(j)
  }

  /** `const X = …`, `var X, Y T = …, …` and their `( … )` groups, at the keyword i. */
  private readValueDecls(i: number, kind: 'const' | 'var'): void {
    const v = this.v
    if (!v.isOp(i + 1, '(')) {
      this.readSpec(i + 1, this.statementEnd(i + 1), kind)
      return
    }
    const close = v.partner(i + 1)
    for (let j = i + 2; j < close;) {
      const end = Math.min(this.statementEnd(j), close)
      this.readSpec(j, end, kind)
      j = end === j ? j + 1 : v.isOp(end, ';') ? end + 1 : end
    }
  }

  private readSpec(start: number, end: number, kind: 'const' | 'var'): void {
    const spec = readValueSpec(this, start, end)
    if (!spec) return
    spec.names.forEach((at, k) => {
      const d: TopDecl = { kind, name: this.v.text(at), at }
      if (spec.type) d.type = spec.type
      const value = spec.values[k]
      if (value && spec.values.length === spec.names.length) d.value = value
      this.addDecl(d)
    })
  }

  private readTypeDecls(i: number): void {
    const v = this.v
    const one = (j: number): void => {
      if (v.kind(j) !== IDENT) return
      const end = this.statementEnd(j)
      const d: TopDecl = { kind: 'type', name: v.text(j), at: j }
      const from = v.isOp(j + 1, '=') ? j + 2 : j + 1
      if (from < end) d.type = [from, end]
      this.addDecl(d)
    }
    if (!v.isOp(i + 1, '(')) return one(i + 1)
    const close = v.partner(i + 1)
    for (let j = i + 2; j < close;) {
      one(j)
      const end = Math.min(this.statementEnd(j), close)
      j = end === j ? j + 1 : v.isOp(end, ';') ? end + 1 : end
    }
  }

  /** A func declaration or literal with a body at the `func` keyword i. */
  private readFunc(i: number): FuncBody | undefined {
    const v = this.v
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

/** Whether a line break after token i ends the statement (Go's semicolon insertion rule). */
function endsLine(v: TokenView, i: number): boolean {
  const k = v.kind(i)
  if (k === IDENT || k === STRING || k === NUMBER || k === RUNE) return true
  return ['++', '--', ')', ']', '}'].includes(v.text(i)) && k === OP
}

/** `A, B T = x, y` between start and end: the names, the type and the values. */
export function readValueSpec(
  f: GoFile,
  start: number,
  end: number
): { names: number[]; type?: Range; values: Range[] } | undefined {
  const v = f.v
  const names: number[] = []
  let j = start
  while (j < end && v.kind(j) === IDENT) {
    names.push(j)
    if (!v.isOp(j + 1, ',')) break
    j += 2
  }
  if (names.length === 0) return undefined
  j = (names[names.length - 1] ?? start) + 1
  let eq = j
  while (eq < end && !v.isOp(eq, '=')) eq = v.isOpener(eq) ? v.partner(eq) + 1 : eq + 1
  const out: { names: number[]; type?: Range; values: Range[] } = { names, values: [] }
  if (eq > j) out.type = [j, Math.min(eq, end)]
  if (eq < end) out.values = f.split(eq + 1, end)
  return out
}
