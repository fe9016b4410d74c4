// What a Go file declares at package level, read from its tokens in one pass: the imports, and
// the names of consts, vars, types and funcs with the tokens of their types and values. Also the
// two token walks the readers share: where a statement ends, and the elements of a list.

import type { GoImport } from './go-types.js'
import { IDENT, NL, NUMBER, OP, RUNE, STRING, type TokenView } from './go-token-view.js'

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

/** Whether a line break after token i ends the statement (Go's semicolon insertion rule). */
export function endsLine(v: TokenView, i: number): boolean {
  const k = v.kind(i)
  if (k === IDENT || k === STRING || k === NUMBER || k === RUNE) return true
  return ['++', '--', ')', ']', '}'].includes(v.text(i)) && k === OP
}

/**
 * Where the statement or expression starting at i ends: at a `;`, at the bracket that closes
 * around it, or at a line break that Go's semicolon rule turns into an end (after a name, a
 * literal, `)`, `]`, `}`, `++` or `--`).
 */
export function statementEnd(v: TokenView, i: number): number {
  let j = i
  while (j < v.length) {
    if (j > i && v.newlineBefore(j) && endsLine(v, j - 1)) return j
    if (v.isOp(j, ';')) return j
    if (v.kind(j) === OP && v.partner(j) >= 0 && v.partner(j) < j) return j // a closer of an outer bracket
    j = v.isOpener(j) ? v.partner(j) + 1 : j + 1
  }
  return j
}

/** Elements between `start` and `end` separated by top-level `sep`; empty ones dropped. */
export function splitList(v: TokenView, start: number, end: number, sep = ','): Range[] {
  const out: Range[] = []
  let from = start
  for (let j = start; j < end;) {
    if (v.isOp(j, sep)) {
      if (j > from) out.push([from, j])
      from = j + 1
      j++
    } else {
      j = v.isOpener(j) ? v.partner(j) + 1 : j + 1
    }
  }
  if (end > from) out.push([from, end])
  return out
}

/** `A, B T = x, y` between start and end: the names, the type and the values. */
export function readValueSpec(
  v: TokenView,
  start: number,
  end: number
): { names: number[]; type?: Range; values: Range[] } | undefined {
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
  if (eq < end) out.values = splitList(v, eq + 1, end)
  return out
}

/** The imports and the package-level names of a file's tokens. */
export function readTopDecls(v: TokenView): {
  imports: GoImport[]
  decls: Map<string, TopDecl[]>
} {
  const imports: GoImport[] = []
  const decls = new Map<string, TopDecl[]>()
  const addDecl = (d: TopDecl): void => {
    const list = decls.get(d.name)
    if (list) list.push(d)
    else decls.set(d.name, [d])
  }
  const { kind, text, depth } = v.tokens
  for (let i = 0; i < v.length; i++) {
    if (((kind[i] ?? 0) & ~NL) !== IDENT) continue
    if (depth[i] !== 0) continue
    const t = text[i]
    if (t === 'import') readImports(v, i, imports)
    else if (t === 'const' || t === 'var') readValueDecls(v, i, t, addDecl)
    else if (t === 'type') readTypeDecls(v, i, addDecl)
    else if (t === 'func' && v.kind(i + 1) === IDENT) {
      addDecl({ kind: 'func', name: v.text(i + 1), at: i + 1 }) // a method has a receiver first
    }
  }
  return { imports, decls }
}

function readImports(v: TokenView, i: number, imports: GoImport[]): void {
  const add = (pathTok: number, aliasTok?: number): void => {
    const imp: GoImport = { path: v.text(pathTok), line: v.line(pathTok) }
    if (aliasTok !== undefined) imp.alias = v.text(aliasTok)
    imports.push(imp)
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
function readValueDecls(
  v: TokenView,
  i: number,
  kind: 'const' | 'var',
  addDecl: (d: TopDecl) => void
): void {
  const readSpec = (start: number, end: number): void => {
    const spec = readValueSpec(v, start, end)
    if (!spec) return
    spec.names.forEach((at, k) => {
      const d: TopDecl = { kind, name: v.text(at), at }
      if (spec.type) d.type = spec.type
      const value = spec.values[k]
      if (value && spec.values.length === spec.names.length) d.value = value
      addDecl(d)
    })
  }
  if (!v.isOp(i + 1, '(')) {
    readSpec(i + 1, statementEnd(v, i + 1))
    return
  }
  const close = v.partner(i + 1)
  for (let j = i + 2; j < close;) {
    const end = Math.min(statementEnd(v, j), close)
    readSpec(j, end)
    j = end === j ? j + 1 : v.isOp(end, ';') ? end + 1 : end
  }
}

function readTypeDecls(v: TokenView, i: number, addDecl: (d: TopDecl) => void): void {
  const one = (j: number): void => {
    if (v.kind(j) !== IDENT) return
    const end = statementEnd(v, j)
    const d: TopDecl = { kind: 'type', name: v.text(j), at: j }
    const from = v.isOp(j + 1, '=') ? j + 2 : j + 1
    if (from < end) d.type = [from, end]
    addDecl(d)
  }
  if (!v.isOp(i + 1, '(')) return one(i + 1)
  const close = v.partner(i + 1)
  for (let j = i + 2; j < close;) {
    one(j)
    const end = Math.min(statementEnd(v, j), close)
    j = end === j ? j + 1 : v.isOp(end, ';') ? end + 1 : end
  }
}
