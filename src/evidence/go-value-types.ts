// What the Go value reader (go-values.ts) answers: the string values an expression can have, each
// with the place it came from, and plainly "unknown" where the reader cannot tell. It knows
// Go and the Kubernetes helpers every component uses (fmt, strings, sets, feature gates), and
// nothing of any KEP.

/** A place in the checkout: a repository-relative file and a 1-based line. */
export interface Place {
  file: string
  line: number
}

/** Why a value (or a part of it) cannot be read statically, and where it is built. */
export interface Unknown {
  /** Where the expression that cannot be read starts. */
  at: Place
  /** The expression as written (shortened): `reason(version)`, `s.message`. */
  expr: string
  /** What kind of thing it is, for a release manager: "the result of a call to reason". */
  why: string
}

/**
 * A condition that guards a value: `s.Insert(x)` inside `if gate.Enabled(features.X) {` holds
 * only when X is enabled. `gate` is set when the condition reads a feature gate, and only then
 * is `enabled` meaningful; any other condition keeps its text.
 */
export interface Condition {
  /** The condition as written: `utilfeature.DefaultFeatureGate.Enabled(features.X)`. */
  text: string
  gate?: string
  /** The value holds when the gate is enabled (true) or when it is disabled (false). */
  enabled: boolean
  at: Place
}

/**
 * One possible string value. `text` is what the reader could read; each part it could not read
 * is one `…` in the text and one entry of `unknown`. `when` lists conditions under which this
 * alternative holds (from a set whose items are inserted under a condition).
 */
export interface GoString {
  kind: 'string'
  text: string
  /** Where the value is defined: the literal, the constant, the Sprintf that builds it. */
  from: Place
  unknown: Unknown[]
  when: Condition[]
}

/** One possible slice or set of strings, item by item, each item with its own conditions. */
export interface GoList {
  kind: 'list'
  /** `set` for sets.Set (a map: %v prints it as map[...]), `slice` for []string. */
  shape: 'slice' | 'set'
  items: GoString[]
  from: Place
  /** Items the reader could not read (an Insert of a call's result, the set passed to a function). */
  unknown: Unknown[]
}

/** A value the reader could not read at all. */
export interface GoUnknown {
  kind: 'unknown'
  unknown: Unknown
}

export type GoValue = GoString | GoList | GoUnknown

/** Every part of a value the reader could not read. */
export function unknownsOf(value: GoValue): Unknown[] {
  if (value.kind === 'unknown') return [value.unknown]
  if (value.kind === 'string') return value.unknown
  return [...value.unknown, ...value.items.flatMap(i => i.unknown)]
}

/** "the gate X is enabled", "x != y" (negated other conditions read as `!(…)`). */
export function describeCondition(c: Condition): string {
  if (c.gate !== undefined) return `${c.gate} is ${c.enabled ? 'enabled' : 'disabled'}`
  return c.enabled ? c.text : `!(${c.text})`
}
