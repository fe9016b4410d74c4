// Names inside a Go function: which declaration a use refers to (Go's block scoping, shadowing
// included). What is assigned to it before the use is go-changes.ts's question. Works on one
// file's tokens (go-file.ts); evaluating the expressions it finds is go-values.ts's job.

import type { GoFile, Range } from './go-file.js'
import { IDENT } from './go-token-view.js'

/** What a name in a function is bound to. */
export type Binding =
  | {
      kind: 'local'
      /** The name's token at its declaration. */
      at: number
      /** Its initial value; absent for `var x T` (the zero value) and for results of a call. */
      value?: Range
      type?: Range
      /** `a, b := f()`: one call's several results, which the reader cannot tell apart. */
      multi?: boolean
      scope: Range
    }
  | {
      kind: 'range'
      at: number
      over: Range
      /** The first of `k, v := range x`: an index (slices) or a key (maps, sets). */
      key: boolean
      /** `for x := range s`: the index of a slice, the key of a set. */
      single: boolean
      scope: Range
    }
  | { kind: 'param'; at: number; func: string; scope: Range }

const STATEMENT_KEYWORDS = new Set(['if', 'for', 'switch'])

/** Whether token i starts a statement (so an identifier list there may be declared with `:=`). */
export function startsStatement(f: GoFile, i: number): boolean {
  const v = f.v
  if (i === 0 || v.newlineBefore(i)) return true
  const prev = v.text(i - 1)
  return (
    v.isOp(i - 1, ';') ||
    v.isOp(i - 1, '{') ||
    v.isOp(i - 1, ':') ||
    (v.kind(i - 1) === IDENT && (STATEMENT_KEYWORDS.has(prev) || prev === 'case'))
  )
}

/** The identifier list around token i (`a, b, c`), as its first and last tokens. */
export function identList(f: GoFile, i: number): { first: number; last: number } {
  const v = f.v
  let first = i
  while (v.isOp(first - 1, ',') && v.kind(first - 2) === IDENT) first -= 2
  let last = i
  while (v.isOp(last + 1, ',') && v.kind(last + 2) === IDENT) last += 2
  return { first, last }
}

/** The body `{` of an if/for/switch header starting at keyword k. */
export function headerBody(f: GoFile, k: number): number {
  const v = f.v
  for (let j = k + 1; j < v.length;) {
    if (v.isOp(j, '{')) {
      const after = v.partner(j) + 1
      if (
        after >= v.length ||
        v.newlineBefore(after) ||
        v.isIdent(after, 'else') ||
        v.isOp(after, ';') ||
        (v.partner(after) >= 0 && v.partner(after) < after)
      ) {
        return j
      }
    }
    if (v.partner(j) >= 0 && v.partner(j) < j) return -1 // left the enclosing bracket
    j = v.isOpener(j) ? v.partner(j) + 1 : j + 1
  }
  return -1
}

/** The end of an if statement's last else branch (or of its body), from its body `{`. */
function ifChainEnd(f: GoFile, open: number): number {
  const v = f.v
  let close = v.partner(open)
  while (v.isIdent(close + 1, 'else')) {
    const next = v.isIdent(close + 2, 'if') ? headerBody(f, close + 2) : close + 2
    if (next < 0 || !v.isOp(next, '{')) break
    close = v.partner(next)
  }
  return close
}

const HEADER_KEYWORDS = new Set(['if', 'else', 'for', 'switch', 'select'])

/**
 * The first token of the statement that a block `{` at b belongs to (its header), across the
 * `;` of a header's init statement: `if err := f(); cond {`, `for i := 0; i < n; i++ {`.
 */
export function headerStart(f: GoFile, b: number): number {
  const v = f.v
  // A `{` that starts a statement is a bare block, its own header: not a loop that ends above it.
  if (v.newlineBefore(b) && b > 0 && endsStatement(f, b - 1)) return b
  const last = segmentStart(f, b)
  for (let k = last; v.isOp(k - 1, ';');) {
    k = segmentStart(f, k - 1)
    if (isHeaderKeyword(f, k)) return k
  }
  return last
}

function isHeaderKeyword(f: GoFile, k: number): boolean {
  return f.v.kind(k) === IDENT && HEADER_KEYWORDS.has(f.v.text(k))
}

/** The first token of the `;`-separated part of a statement that ends before token b. */
function segmentStart(f: GoFile, b: number): number {
  const v = f.v
  let k = b - 1
  while (k >= 0) {
    if (v.isOp(k, ';') || v.isOp(k, ':') || v.isOpener(k)) return k + 1
    if (v.isOp(k, '}') && v.isIdent(k + 1, 'else')) return k + 1
    if (v.newlineBefore(k) && (k === 0 || endsStatement(f, k - 1))) return k
    k = v.partner(k) >= 0 && v.partner(k) < k ? v.partner(k) - 1 : k - 1
  }
  return 0
}

function endsStatement(f: GoFile, i: number): boolean {
  const v = f.v
  const t = v.text(i)
  if (v.kind(i) === IDENT || v.kind(i) === 2 || v.kind(i) === 3 || v.kind(i) === 4) return true
  return t === ')' || t === ']' || t === '}' || t === '++' || t === '--'
}

/** Parameter, receiver and result names of a function signature. */
function signatureNames(f: GoFile, sig: Range): number[] {
  const v = f.v
  const out: number[] = []
  for (let j = sig[0]; j < sig[1];) {
    if (!v.isOp(j, '(')) {
      j = v.isOpener(j) ? v.partner(j) + 1 : j + 1
      continue
    }
    const items = f.split(j + 1, v.partner(j))
    const named = items.some(([s, e]) => e - s > 1 && v.kind(s) === IDENT && !v.isOp(s + 1, '.'))
    if (named) for (const [s] of items) if (v.kind(s) === IDENT) out.push(s)
    j = v.partner(j) + 1
  }
  return out
}

/** The declaration a use of `name` at token `use` refers to, or undefined (a package-level name). */
export function bindingOf(f: GoFile, name: string, use: number): Binding | undefined {
  const v = f.v
  const found: Binding[] = []
  const bodies = f.bodies.filter(b => b.open < use && use < b.close)
  for (const body of bodies) {
    for (const at of signatureNames(f, body.signature)) {
      if (v.text(at) === name) {
        found.push({
          kind: 'param',
          at,
          func: body.name ?? 'a func literal',
          scope: [body.open, body.close]
        })
      }
    }
  }
  // Bodies are in source order, so the first that holds the use is the outermost.
  const outer = bodies[0]
  if (outer) {
    for (let j = outer.open + 1; j < use; j++) {
      if (v.kind(j) !== IDENT || v.text(j) !== name || v.isOp(j - 1, '.')) continue
      const b = declarationAt(f, j)
      if (b && use <= b.scope[1]) found.push(b) // a declaration's scope starts at its name
    }
  }
  // The innermost scope wins; in one scope, the first declaration (a later `:=` reassigns).
  let best: Binding | undefined
  for (const b of found) {
    if (!best || b.scope[1] < best.scope[1] || (b.scope[1] === best.scope[1] && b.at < best.at)) {
      best = b
    }
  }
  return best
}

/** A declaration of the identifier at token j inside a function body, if it is one. */
export function declarationAt(f: GoFile, j: number): Binding | undefined {
  const v = f.v
  const { first, last } = identList(f, j)
  const position = (j - first) / 2
  const count = (last - first) / 2 + 1
  if (v.isOp(last + 1, ':=') && startsStatement(f, first)) {
    const keyword = v.kind(first - 1) === IDENT && STATEMENT_KEYWORDS.has(v.text(first - 1))
    const header = keyword ? first - 1 : -1
    const body = header >= 0 ? headerBody(f, header) : -1
    // Only an if has else branches; for a for or switch the chain is its body.
    const scope: Range =
      header >= 0 && body >= 0 ? [j, ifChainEnd(f, body)] : [j, v.partner(f.enclosingBlock(j))]
    if (v.isIdent(last + 2, 'range') && body >= 0) {
      return {
        kind: 'range',
        at: j,
        over: [last + 3, body],
        key: count === 2 && position === 0,
        single: count === 1,
        scope
      }
    }
    let end = f.statementEnd(last + 2)
    if (body >= 0 && end > body) end = body
    return local(f, j, f.split(last + 2, end), position, count, undefined, scope)
  }
  // `var x T = …` / `const x = …`, alone or in a group.
  // Alone (`var x …`) or in a group (`const ( a = …; b = … )`), where any spec may hold the name.
  const paren = f.enclosing(first)
  const inGroup =
    v.isOp(paren, '(') && (v.isIdent(paren - 1, 'var') || v.isIdent(paren - 1, 'const'))
  const keywordAt = inGroup ? paren - 1 : first - 1
  if (v.isIdent(keywordAt, 'var') || v.isIdent(keywordAt, 'const')) {
    if (inGroup && !startsStatement(f, first) && first !== paren + 1) return undefined
    // statementEnd stops at the group's `)`, as at any closer of an outer bracket.
    const end = f.statementEnd(first)
    let eq = last + 1
    while (eq < end && !v.isOp(eq, '=')) eq = v.isOpener(eq) ? v.partner(eq) + 1 : eq + 1
    const type: Range | undefined = eq > last + 1 ? [last + 1, eq] : undefined
    const values = f.split(eq + 1, end) // none past the end: `var x T`
    return local(f, j, values, position, count, type, [j, v.partner(f.enclosingBlock(j))])
  }
  return undefined
}

function local(
  f: GoFile,
  at: number,
  values: Range[],
  position: number,
  count: number,
  type: Range | undefined,
  scope: Range
): Binding {
  const b: Binding = { kind: 'local', at, scope }
  if (type) b.type = type
  if (values.length === count) b.value = values[position]
  else if (values.length > 0) b.multi = true
  return b
}
