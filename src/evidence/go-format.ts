// Combining possible values the way Go's fmt, `+` and strings.Join would: every combination of
// the alternatives, each keeping the parts that could not be read as `…` holes. Too many
// combinations is itself "unknown", never a sample.

import { negation } from './go-conditions.js'
import type { Condition, GoList, GoString, GoValue, Place, Unknown } from './go-value-types.js'

/** More alternatives than this and the value is reported as unknown rather than enumerated. */
export const MAX_ALTERNATIVES = 64
/** A set with more conditional items than this is not expanded item by item. */
const MAX_CONDITIONAL_ITEMS = 5

export const HOLE = '…'

export function known(text: string, from: Place, when: Condition[] = []): GoString {
  return { kind: 'string', text, from, unknown: [], when }
}

export function unknownValue(at: Place, expr: string, why: string): GoValue {
  return { kind: 'unknown', unknown: { at, expr, why } }
}

/** A string with a hole where an unreadable value goes. */
function hole(from: Place, unknown: Unknown[]): GoString {
  return { kind: 'string', text: HOLE, from, unknown, when: [] }
}

/** A value as a string alternative: an unknown becomes a hole, a list its Go formatting. */
export function asString(value: GoValue, from: Place): GoString {
  if (value.kind === 'string') return value
  if (value.kind === 'unknown') return hole(from, [value.unknown])
  const items = value.items.filter(i => i.when.length === 0)
  const texts = items.map(i => i.text)
  if (value.shape === 'set') texts.sort()
  const holes = value.unknown.length > 0 || items.length < value.items.length ? [HOLE] : []
  const body = value.shape === 'set' ? texts.map(t => `${t}:{}`) : texts
  const text =
    value.shape === 'set'
      ? `map[${[...body, ...holes].join(' ')}]`
      : `[${[...body, ...holes].join(' ')}]`
  const unknown = [...value.unknown, ...items.flatMap(i => i.unknown)]
  if (items.length < value.items.length) {
    unknown.push({
      at: value.from,
      expr: 'a conditional item',
      why: 'an item that is in the list only under a condition'
    })
  }
  return { kind: 'string', text, from, unknown, when: [] }
}

/** Every combination of one alternative per part; too many is one unknown. */
export function combine(
  parts: GoValue[][],
  at: Place,
  expr: string,
  join: (strings: GoString[]) => GoString
): GoValue[] {
  let total = 1
  for (const p of parts) total *= Math.max(p.length, 1)
  if (total > MAX_ALTERNATIVES) {
    return [unknownValue(at, expr, `more than ${MAX_ALTERNATIVES} possible values`)]
  }
  let rows: GoString[][] = [[]]
  for (const p of parts) {
    const next: GoString[][] = []
    for (const row of rows) for (const alt of p) next.push([...row, asString(alt, at)])
    rows = next
  }
  return rows.map(join)
}

/** `a + b + …` of string values. */
export function concat(parts: GoValue[][], at: Place, expr: string): GoValue[] {
  if (parts.some(p => p.some(v => v.kind === 'list'))) {
    return [unknownValue(at, expr, 'a `+` of something other than strings')]
  }
  return combine(parts, at, expr, strings => ({
    kind: 'string',
    text: strings.map(s => s.text).join(''),
    from: at,
    unknown: strings.flatMap(s => s.unknown),
    when: strings.flatMap(s => s.when)
  }))
}

const VERB = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?(\[\d+\])?([a-zA-Z%])/g

/**
 * fmt.Sprintf(format, args…) for %s %v %q %d (flags, widths and precisions read, not applied).
 * A `*` width or precision takes its argument as Go's does; `%[n]s` picks the n-th argument.
 */
export function sprintf(format: GoValue[], args: GoValue[][], at: Place, expr: string): GoValue[] {
  return combine([format, ...args], at, expr, ([fmt, ...values]) => formatOne(fmt!, values, at))
}

function formatOne(format: GoString, args: GoString[], at: Place): GoString {
  const unknown = [...format.unknown]
  const when = [...format.when, ...args.flatMap(a => a.when)]
  const text = format.unknown.length > 0 ? HOLE : applyVerbs(format.text, args, at, unknown)
  return { kind: 'string', text, from: at, unknown, when }
}

/** The format with each verb replaced by its argument, as Go prints it; holes go to `unknown`. */
function applyVerbs(format: string, args: GoString[], at: Place, unknown: Unknown[]): string {
  let next = 0
  let reordered = false
  let text = format.replace(VERB, (whole, _flags, width, precision, index, verb: string) => {
    if (verb === '%') return '%'
    if (width === '*') next++
    if (precision === '*') next++
    if (index !== undefined) {
      reordered = true
      next = Number(index.slice(1, -1)) - 1
    }
    const arg = args[next++]
    if (width === '*' || precision === '*') {
      unknown.push({ at, expr: whole, why: `a ${whole} verb, which the reader does not apply` })
      return HOLE
    }
    if (!arg) return index === undefined ? `%!${verb}(MISSING)` : `%!${verb}(BADINDEX)`
    unknown.push(...arg.unknown)
    if (arg.unknown.length > 0 && arg.text === HOLE) return HOLE
    switch (verb) {
      case 's':
      case 'v':
        return arg.text
      case 'q':
        return JSON.stringify(arg.text)
      case 'd':
        return /^-?\d+$/.test(arg.text) ? arg.text : `%!d(string=${arg.text})`
      default:
        unknown.push({ at, expr: whole, why: `a %${verb} verb, which the reader does not apply` })
        return HOLE
    }
  })
  // Go reports arguments left over only when no verb picked its argument by index.
  if (reordered) return text
  for (const extra of args.slice(next)) {
    text += `%!(EXTRA string=${extra.text})`
    unknown.push(...extra.unknown)
  }
  return text
}

/** strings.Join over each list alternative: conditional items give one string per combination. */
export function join(lists: GoValue[], seps: GoValue[], at: Place, expr: string): GoValue[] {
  const out: GoValue[] = []
  for (const list of lists) {
    if (list.kind !== 'list') {
      out.push(
        list.kind === 'unknown'
          ? list
          : unknownValue(at, expr, 'strings.Join of something that is not a list')
      )
      continue
    }
    for (const sep of seps) {
      if (sep.kind !== 'string' || sep.unknown.length > 0) {
        out.push(unknownValue(at, expr, 'a separator the reader cannot read'))
        continue
      }
      out.push(...joinOne(list, sep.text, at, expr))
    }
    if (out.length > MAX_ALTERNATIVES)
      return [unknownValue(at, expr, `more than ${MAX_ALTERNATIVES} possible values`)]
  }
  return out
}

function joinOne(list: GoList, sep: string, at: Place, expr: string): GoValue[] {
  const conditional = list.items.filter(i => i.when.length > 0)
  if (conditional.length > MAX_CONDITIONAL_ITEMS) {
    return [unknownValue(at, expr, 'a list with too many conditional items')]
  }
  const out: GoValue[] = []
  for (let mask = 0; mask < 1 << conditional.length; mask++) {
    const when: Condition[] = []
    const present = list.items.filter(item => {
      const k = conditional.indexOf(item)
      if (k < 0) return true
      const inSet = (mask & (1 << k)) !== 0
      when.push(...(inSet ? item.when : negation(item.when)))
      return inSet
    })
    const parts = present.map(i => i.text)
    const unknown = [...list.unknown, ...present.flatMap(i => i.unknown)]
    if (list.unknown.length > 0) parts.push(HOLE)
    out.push({ kind: 'string', text: parts.join(sep), from: at, unknown, when })
  }
  return out
}
