// Which conditions guard a statement in a Go function: the if/else chains, switch cases, loops and
// func literals around it, and the early returns before it that test a feature gate
// (`if !gate.Enabled(features.X) { return … }`). A feature gate read is any `….Enabled(X)`
// call, the way every Kubernetes component reads its gates.

import type { GoFile, Range } from './go-file.js'
import { bindingOf, headerBody, headerStart } from './go-scope.js'
import { IDENT } from './go-token-view.js'
import type { Condition } from './go-value-types.js'

/** `[!]…Enabled(pkg.Gate)` between s and e: the gate's name and whether the test is for "on". */
export function gateRead(f: GoFile, range: Range): { gate: string; enabled: boolean } | undefined {
  const v = f.v
  let [s, e] = range
  let enabled = true
  for (;;) {
    if (v.isOp(s, '!')) {
      enabled = !enabled
      s++
    } else if (v.isOp(s, '(') && v.partner(s) === e - 1) {
      s++
      e--
    } else break
  }
  const close = e - 1
  const open = v.partner(close)
  if (!v.isOp(close, ')') || !v.isIdent(open - 1, 'Enabled')) {
    // A local bool that holds a gate read: `enabled := gate.Enabled(X); if enabled {`.
    if (e === s + 1 && v.kind(s) === IDENT) {
      const b = bindingOf(f, v.text(s), s)
      if (b?.kind === 'local' && b.value && !b.multi) {
        const read = gateRead(f, b.value)
        return read && { gate: read.gate, enabled: read.enabled === enabled }
      }
    }
    return undefined
  }
  const args = f.split(open + 1, close)
  const arg = args[0]
  if (args.length !== 1 || !arg) return undefined
  let last = arg[1] - 1
  while (last >= arg[0] && v.kind(last) !== IDENT) last--
  return last >= arg[0] ? { gate: v.text(last), enabled } : undefined
}

/** The conditions of `a && b && …`: a feature gate read each, or the text of anything else. */
export function conditionsIn(f: GoFile, range: Range): Condition[] {
  return f.split(range[0], range[1], '&&').map(conjunct => {
    const at = { file: f.file, line: f.line(conjunct[0]) }
    const read = gateRead(f, conjunct)
    const text = f.text(conjunct)
    return read ? { text, gate: read.gate, enabled: read.enabled, at } : { text, enabled: true, at }
  })
}

/** The opposite of every condition holding: one flipped condition, or "not all of them". */
export function negation(conditions: Condition[]): Condition[] {
  if (conditions.length === 1) {
    const c = conditions[0]!
    return [{ ...c, enabled: !c.enabled }]
  }
  if (conditions.length === 0) return []
  return [{ text: conditions.map(c => c.text).join(' && '), enabled: false, at: conditions[0]!.at }]
}

/** The condition's tokens of an if header from `if` at k to its body's `{` (after any `init;`). */
export function ifConditionRange(f: GoFile, k: number, open: number): Range {
  const v = f.v
  let from = k + 1
  for (let j = from; j < open; j = v.isOpener(j) ? v.partner(j) + 1 : j + 1) {
    if (v.isOp(j, ';')) from = j + 1
  }
  return [from, open]
}

function ifCondition(f: GoFile, k: number, open: number): Condition[] {
  return conditionsIn(f, ifConditionRange(f, k, open))
}

/** What must hold to enter the block `{` at b, as far as its header says. */
function blockConditions(f: GoFile, b: number, inside: number): Condition[] {
  const v = f.v
  if (f.bodies.some(body => body.open === b)) {
    return [{ text: 'inside a func literal', enabled: true, at: { file: f.file, line: f.line(b) } }]
  }
  const start = headerStart(f, b)
  const keyword = v.text(start)
  if (keyword === 'if') return ifCondition(f, start, b)
  if (keyword === 'else') {
    // `} else`: the `{` of the block before is its partner.
    const before = chainConditions(f, v.partner(start - 1))
    const own = v.isIdent(start + 1, 'if') ? ifCondition(f, start + 1, b) : []
    return [...before, ...own]
  }
  if (keyword === 'for') {
    return [{ text: f.text([start, b]), enabled: true, at: { file: f.file, line: f.line(start) } }]
  }
  if (keyword === 'switch' || keyword === 'select') return caseConditions(f, start, b, inside)
  return []
}

/** For an else branch: every earlier condition of the chain is false. */
function chainConditions(f: GoFile, open: number): Condition[] {
  const v = f.v
  const start = headerStart(f, open)
  const keyword = v.text(start)
  // Only an if (`if` or `else if`) can come before an `else`.
  const at = keyword === 'else' ? start + 1 : start
  const own = negation(ifCondition(f, at, open))
  if (keyword !== 'else') return own
  return [...chainConditions(f, v.partner(start - 1)), ...own]
}

/** The case label of the switch body `{` at b whose clause holds token i: its token and colon. */
export function caseLabelAt(
  f: GoFile,
  b: number,
  i: number
): { label: number; colon: number } | undefined {
  const v = f.v
  const depth = v.depth(b) + 1
  let label = -1
  for (let j = b + 1; j < i; j++) {
    if (v.depth(j) === depth && (v.isIdent(j, 'case') || v.isIdent(j, 'default'))) label = j
  }
  if (label < 0) return undefined
  let colon = label + 1
  while (colon < i && !(v.depth(colon) === depth && v.isOp(colon, ':'))) colon++
  return { label, colon }
}

/** The case clause of a switch (at `start`, body `{` at b) that holds token i. */
function caseConditions(f: GoFile, start: number, b: number, i: number): Condition[] {
  const v = f.v
  const found = caseLabelAt(f, b, i)
  if (!found) return []
  const { label, colon } = found
  const at = { file: f.file, line: f.line(label) }
  if (v.isIdent(label, 'default')) return [{ text: 'default case', enabled: true, at }]
  const tagless = v.isOp(b - 1, ';') || b === start + 1
  const cases = f.split(label + 1, colon)
  if (tagless && cases.length === 1) return conditionsIn(f, cases[0]!)
  return [{ text: `${f.text([start, b])} case ${f.text([label + 1, colon])}`, enabled: true, at }]
}

/** Early returns in block `b` before token `until` that test a gate: `if !Enabled(X) { return }`. */
function earlyReturns(f: GoFile, b: number, from: number, until: number): Condition[] {
  const v = f.v
  const depth = v.depth(b) + 1
  const out: Condition[] = []
  for (let j = Math.max(b + 1, from); j < until; j++) {
    if (v.depth(j) !== depth || !v.isIdent(j, 'if')) continue
    if (!v.newlineBefore(j) && !v.isOp(j - 1, ';') && !v.isOp(j - 1, '{')) continue
    const open = headerBody(f, j)
    if (open < 0 || v.partner(open) >= until || v.isIdent(v.partner(open) + 1, 'else')) continue
    let returns = false
    for (let k = open + 1; k < v.partner(open); k++) {
      if (v.depth(k) === depth + 1 && v.isIdent(k, 'return')) returns = true
    }
    const conditions = ifCondition(f, j, open)
    const only = conditions[0]
    if (returns && conditions.length === 1 && only?.gate !== undefined) {
      out.push({ ...only, enabled: !only.enabled })
    }
  }
  return out
}

/**
 * The conditions under which the statement at token i runs, from the innermost block out to the
 * block `stop` (exclusive), looking for gated early returns only after token `from`.
 */
export function conditionsAt(f: GoFile, i: number, stop: number, from: number): Condition[] {
  const out: Condition[] = []
  let child = i
  for (let b = f.enclosingBlock(i); b >= 0; b = f.enclosingBlock(b)) {
    out.push(...earlyReturns(f, b, from, child))
    if (b <= stop) break
    out.push(...blockConditions(f, b, i))
    child = b
  }
  return out
}
