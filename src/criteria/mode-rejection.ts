// The two ways Kubernetes makes a proxy mode depend on a feature gate, read from a function's
// tokens: an explicit guard (`if mode == ProxyModeX && !gate.Enabled(features.G) { return err }`)
// and the set idiom (valid modes built from the ProxyMode constants, the mode Inserted only when
// the gate is on, the error text joined from the set). Texts come from the Go value reader.

import { caseLabelAt, gateRead, ifConditionRange } from '../evidence/go-conditions.js'
import type { FuncBody, GoCall, GoFile, Range } from '../evidence/go-file.js'
import { headerBody, headerStart } from '../evidence/go-scope.js'
import { IDENT } from '../evidence/go-token-view.js'
import type { GoString, GoValue } from '../evidence/go-value-types.js'
import { known } from '../evidence/go-format.js'
import type { GoValueReader } from '../evidence/go-values.js'

/** Where an error constructor takes its message: an argument, a format, or a list of values. */
const MESSAGE_AT: Record<string, number | 'format' | 'supported'> = {
  'field.Invalid': 2,
  'field.Forbidden': 1,
  'field.Required': 1,
  'field.NotSupported': 'supported',
  'fmt.Errorf': 'format',
  'errors.New': 0
}

/** An error built in the function, and the texts it can have. */
export interface Rejection {
  /** Where the error is made or returned: the constructor's `(`, or the `return` of a name. */
  at: number
  /** The constructor's line. */
  line: number
  message: GoValue[]
}

export interface ModeWords {
  /** The mode, as identifiers (ProxyModeIPVS) or the value they hold (ipvs). */
  ipvsMode: string[]
  errorCalls: string[]
}

async function messageOf(reader: GoValueReader, f: GoFile, call: GoCall): Promise<GoValue[]> {
  const at = MESSAGE_AT[call.name]
  const args = call.args
  if (at === 'format') return args[0] ? reader.formatted(f, args[0], args.slice(1)) : []
  if (at === 'supported') {
    // `supported values: "a", "b"`: one text per combination of the list's items.
    const lists = args[2] ? await reader.values(f, args[2]) : []
    const place = { file: f.file, line: f.line(call.start) }
    return lists.map(l => {
      if (l.kind !== 'list') return l
      const items = l.items.filter(i => i.when.length === 0).map(i => JSON.stringify(i.text))
      return known(`supported values: ${items.join(', ')}`, place)
    })
  }
  if (typeof at === 'number') return args[at] ? reader.values(f, args[at]) : []
  return reader.concatenated(f, args)
}

/** Errors built in a token range: constructor calls there, and those a returned name holds. */
export async function rejectionsIn(
  reader: GoValueReader,
  f: GoFile,
  range: Range,
  errorCalls: string[]
): Promise<Rejection[]> {
  const v = f.v
  const errors = f.calls().filter(call => errorCalls.includes(call.name))
  const inRange = (call: GoCall, r: Range): boolean => call.open > r[0] && call.open < r[1]
  const out: Rejection[] = []
  const add = async (at: number, call: GoCall): Promise<void> => {
    out.push({ at, line: f.line(call.start), message: await messageOf(reader, f, call) })
  }
  for (const call of errors) if (inRange(call, range)) await add(call.open, call)
  for (let j = range[0]; j < range[1]; j++) {
    if (!v.isIdent(j, 'return')) continue
    for (const [s, e] of f.split(j + 1, f.statementEnd(j + 1))) {
      if (e !== s + 1 || v.kind(s) !== IDENT) continue
      for (const r of reader.assigned(f, s)) {
        for (const call of errors) if (inRange(call, [r[0] - 1, r[1]])) await add(j, call)
      }
    }
  }
  return out
}

/** Whether an expression is the ipvs mode: written as one of its identifiers, or holding its value. */
async function isMode(
  reader: GoValueReader,
  f: GoFile,
  range: Range,
  words: string[]
): Promise<boolean> {
  for (let j = range[0]; j < range[1]; j++) {
    if (f.v.kind(j) === IDENT && words.includes(f.v.text(j))) return true
  }
  const lower = words.map(w => w.toLowerCase())
  return (await reader.values(f, range)).some(
    value => value.kind === 'string' && lower.includes(value.text.toLowerCase())
  )
}

/** `mode == X` with X the ipvs mode, among the `&&` conjuncts of a condition. */
async function comparesWithMode(
  reader: GoValueReader,
  f: GoFile,
  range: Range,
  words: string[]
): Promise<boolean> {
  for (const conjunct of f.split(range[0], range[1], '&&')) {
    const sides = f.split(conjunct[0], conjunct[1], '==')
    if (sides.length !== 2) continue
    for (const side of sides) if (await isMode(reader, f, side, words)) return true
  }
  return false
}

/** Whether the code at token i runs only for the ipvs mode: an enclosing if or case says so. */
async function underModeCheck(
  reader: GoValueReader,
  f: GoFile,
  i: number,
  body: FuncBody,
  words: string[]
): Promise<boolean> {
  const v = f.v
  for (let b = f.enclosingBlock(i); b > body.open; b = f.enclosingBlock(b)) {
    const start = headerStart(f, b)
    const keyword = v.isIdent(start, 'else') && v.isIdent(start + 1, 'if') ? start + 1 : start
    if (
      v.isIdent(keyword, 'if') &&
      (await comparesWithMode(reader, f, ifConditionRange(f, keyword, b), words))
    ) {
      return true
    }
    if (v.isIdent(start, 'switch')) {
      const found = caseLabelAt(f, b, i)
      if (found && !v.isIdent(found.label, 'default')) {
        for (const c of f.split(found.label + 1, found.colon))
          if (await isMode(reader, f, c, words)) return true
      }
    }
  }
  return false
}

/** An `if` that rejects when the gate is off, in a place that only the ipvs mode reaches. */
export interface Guard {
  gateLine: number
  rejections: Rejection[]
}

export async function explicitGuards(
  reader: GoValueReader,
  f: GoFile,
  body: FuncBody,
  gate: string,
  words: ModeWords
): Promise<Guard[]> {
  const v = f.v
  const out: Guard[] = []
  for (let k = body.open + 1; k < body.close; k++) {
    if (!v.isIdent(k, 'if')) continue
    const open = headerBody(f, k)
    if (open < 0) continue
    const condition = ifConditionRange(f, k, open)
    const offTest = f.split(condition[0], condition[1], '&&').find(c => {
      const read = gateRead(f, c)
      return read?.gate === gate && !read.enabled
    })
    if (!offTest) continue
    const rejections: Rejection[] = []
    for (const r of await rejectionsIn(reader, f, [open, v.partner(open)], words.errorCalls)) {
      if (await underModeCheck(reader, f, r.at, body, words.ipvsMode)) rejections.push(r)
    }
    if (rejections.length > 0) out.push({ gateLine: f.line(offTest[0]), rejections })
  }
  return out
}

/** A set of valid modes, as one alternative of a `validModes.Has(…)` receiver. */
export interface ModeSet {
  line: number
  /** The mode's items, each with the conditions under which it is in the set. */
  modeItems: GoString[]
  /** Items guarded by the gate that are not the mode: the gate guards something else. */
  otherGated: GoString[]
}

export async function modeSets(
  reader: GoValueReader,
  f: GoFile,
  body: FuncBody,
  gate: string,
  words: ModeWords
): Promise<ModeSet[]> {
  const lower = words.ipvsMode.map(w => w.toLowerCase())
  const out: ModeSet[] = []
  for (const call of f.calls()) {
    if (call.open < body.open || call.open > body.close) continue
    if (call.chain.length !== 2 || call.chain[1] !== 'Has') continue
    for (const value of await reader.values(f, [call.start, call.start + 1])) {
      if (value.kind !== 'list') continue
      const isMode = (i: GoString): boolean => lower.includes(i.text.toLowerCase())
      out.push({
        line: f.line(call.start),
        modeItems: value.items.filter(isMode),
        otherGated: value.items.filter(i => !isMode(i) && i.when.some(c => c.gate === gate))
      })
    }
  }
  return out
}
