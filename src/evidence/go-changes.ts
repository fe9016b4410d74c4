// What happens to a name in a Go function between its declaration and a use: assignments, text
// appended, items inserted into a set or appended to a slice, and the places where it may change
// behind the reader's back. Which declaration a use refers to is go-scope.ts's question.

import type { GoFile, Range } from './go-file.js'
import {
  bindingOf,
  declarationAt,
  headerStart,
  identList,
  startsStatement,
  type Binding
} from './go-scope.js'
import { IDENT } from './go-token-view.js'

/**
 * A later change to a bound name: `x = …`, `x += …`, `x.Insert(…)`, `x = append(x, …)`, `&x`
 * (escape), or `f(x)` (passed: a set or slice may change in place; a string cannot).
 */
export interface Change {
  kind: 'assign' | 'append-text' | 'insert' | 'remove' | 'escape' | 'passed' | 'unknown-assign'
  at: number
  /** The assigned value, the appended text, or each inserted item. */
  values: Range[]
}

const READ_ONLY_CALLERS = new Set(
  'fmt strings errors field klog sets len cap string append'.split(' ')
)
/** Methods that read a set (or log it) without changing it. */
const READ_ONLY_METHODS = new Set(
  'Has HasAll HasAny Len List UnsortedList Equal IsSuperset Union Difference Intersection Clone PopAny Info InfoS Infof Error ErrorS Errorf Warning Warningf V'.split(
    ' '
  )
)

/**
 * What happens to a bound name after its declaration and before the use (or anywhere in a loop
 * that holds the use): assignments, text appended, items inserted into a set or appended to a
 * slice, and the places where it may change behind the reader's back.
 */
export function changesOf(f: GoFile, name: string, binding: Binding, use: number): Change[] {
  const v = f.v
  const out: Change[] = []
  const [from, to] = binding.scope
  const loops = loopsAround(f, use, from)
  const reaches = (j: number): boolean => j < use || loops.some(([s, e]) => s < j && j < e)
  for (let j = from; j <= to; j++) {
    if (
      j === binding.at ||
      j === use ||
      v.kind(j) !== IDENT ||
      v.text(j) !== name ||
      v.isOp(j - 1, '.')
    )
      continue
    if (!reaches(j) || bindingOf(f, name, j)?.at !== binding.at) continue
    // A declaration of its own in an inner block is a new variable that shadows this one.
    const inner = declarationAt(f, j)
    if (inner && inner.scope[1] !== binding.scope[1]) continue
    const change = changeAt(f, j, name)
    if (change) out.push(change)
  }
  return out
}

function changeAt(f: GoFile, j: number, name: string): Change | undefined {
  const v = f.v
  if (v.isOp(j - 1, '&')) return { kind: 'escape', at: j, values: [] }
  if (v.isOp(j + 1, '.') && v.kind(j + 2) === IDENT && v.isOp(j + 3, '(')) {
    const method = v.text(j + 2)
    const args = f.split(j + 4, v.partner(j + 3))
    if (method === 'Insert') return { kind: 'insert', at: j, values: args }
    if (method === 'Delete' || method === 'Clear') return { kind: 'remove', at: j, values: [] }
    return undefined
  }
  const { first, last } = identList(f, j)
  const op = v.text(last + 1)
  if ((op === '=' || op === ':=') && startsStatement(f, first)) {
    const values = f.split(last + 2, f.statementEnd(last + 2))
    const count = (last - first) / 2 + 1
    const value = values.length === count ? values[(j - first) / 2] : undefined
    if (!value) return { kind: 'unknown-assign', at: j, values: [] }
    // x = append(x, a, b): items added to the slice.
    if (
      v.isIdent(value[0], 'append') &&
      v.isOp(value[0] + 1, '(') &&
      v.partner(value[0] + 1) === value[1] - 1 &&
      v.isIdent(value[0] + 2, name)
    ) {
      return { kind: 'insert', at: j, values: f.split(value[0] + 2, value[1] - 1).slice(1) }
    }
    return { kind: 'assign', at: j, values: [value] }
  }
  if (op === '+=' && first === last && startsStatement(f, j)) {
    return { kind: 'append-text', at: j, values: [[j + 2, f.statementEnd(j + 2)]] }
  }
  // Passed to a function that may change a set or slice in place.
  const call = f.enclosing(j)
  if (call >= 0 && v.isOp(call, '(') && v.kind(call - 1) === IDENT) {
    const callee = v.text(call - 1)
    const qualifier = v.isOp(call - 2, '.') ? v.text(call - 3) : callee
    if (!READ_ONLY_CALLERS.has(qualifier) && !READ_ONLY_METHODS.has(callee)) {
      return { kind: 'passed', at: j, values: [] }
    }
  }
  return undefined
}

/** Bodies of `for` loops around token i, inside the scope that starts at `from`. */
function loopsAround(f: GoFile, i: number, from: number): Range[] {
  const out: Range[] = []
  for (let b = f.enclosingBlock(i); b > from; b = f.enclosingBlock(b)) {
    if (f.v.isIdent(headerStart(f, b), 'for')) out.push([b, f.v.partner(b)])
  }
  return out
}
