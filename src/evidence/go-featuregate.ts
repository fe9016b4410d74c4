// Feature gate facts of a Go file: `X featuregate.Feature = "X"` consts and the spec maps
// (`map[featuregate.Feature]featuregate.VersionedSpecs` and the older `FeatureSpec` layout), read
// from the tokens by walking composite literals, so each spec stays with the key it belongs to.

import { compareMinor, leadingMinor, type MinorVersion } from '../release/version.js'
import type { FeatureConst, FeatureSpec, GateSpecs } from './go-types.js'
import { IDENT, NUMBER, STRING, type TokenView } from './go-token-view.js'

/** The names the featuregate package goes by in a file (it may be imported under an alias). */
export type FeaturegateNames = Set<string>

function readVersion(v: TokenView, a: number, b: number): string {
  if (v.kind(a) === IDENT && v.isOp(a + 1, '.') && v.kind(a + 2) === IDENT && v.isOp(a + 3, '(')) {
    const fn = v.text(a + 2)
    const close = v.partner(a + 3)
    // gofmt keeps a trailing comma before the `)`, and needs one when the `)` is on its own line.
    const last = v.isOp(close - 1, ',') ? close - 1 : close
    if (close === b - 1) {
      if (fn.startsWith('MustParse') && v.kind(a + 4) === STRING && last === a + 5)
        return v.text(a + 4)
      if (
        fn === 'MajorMinor' &&
        v.kind(a + 4) === NUMBER &&
        v.isOp(a + 5, ',') &&
        v.kind(a + 6) === NUMBER &&
        last === a + 7
      ) {
        return `${v.text(a + 4)}.${v.text(a + 6)}`
      }
    }
  }
  // Something this reader does not evaluate (a variable, say): keep its text.
  const parts: string[] = []
  for (let j = a; j < b; j++) parts.push(v.text(j))
  return parts.join('')
}

/** A `{Field: value, ...}` FeatureSpec literal opened at `open`. */
function readSpec(v: TokenView, open: number): FeatureSpec {
  // Go's zero values: PreRelease "" is featuregate.GA.
  const spec: FeatureSpec = {
    default: false,
    lockToDefault: false,
    preRelease: 'GA',
    line: v.line(open)
  }
  const end = v.partner(open)
  for (let i = open + 1; i < end;) {
    const j = v.elementEnd(i, end)
    if (v.kind(i) === IDENT && v.isOp(i + 1, ':') && i + 2 < j) {
      const a = i + 2
      switch (v.text(i)) {
        case 'Version':
          spec.version = readVersion(v, a, j)
          break
        case 'Default':
          spec.default = j === a + 1 && v.isIdent(a, 'true')
          break
        case 'LockToDefault':
          spec.lockToDefault = j === a + 1 && v.isIdent(a, 'true')
          break
        case 'PreRelease':
          // featuregate.Beta -> Beta: the last identifier.
          for (let p = j - 1; p >= a; p--) {
            if (v.kind(p) === IDENT) {
              spec.preRelease = v.text(p)
              break
            }
          }
          break
        default:
          break
      }
    }
    i = j + 1
  }
  return spec
}

/** Skips an optional type before a composite literal's `{` (`featuregate.FeatureSpec{`). */
function skipType(v: TokenView, i: number, end: number): number {
  let j = i
  while (j < end && (v.kind(j) === IDENT || v.isOp(j, '.') || v.isOp(j, '*'))) j++
  return j
}

function readSpecMap(
  v: TokenView,
  open: number,
  layout: GateSpecs['layout'],
  out: GateSpecs[]
): void {
  const end = v.partner(open)
  for (let i = open + 1; i < end;) {
    const j = v.elementEnd(i, end)
    let value = -1
    let name = ''
    let qualifier: string | undefined
    if (v.kind(i) === IDENT && v.isOp(i + 1, ':')) {
      name = v.text(i)
      value = i + 2
    } else if (
      v.kind(i) === IDENT &&
      v.isOp(i + 1, '.') &&
      v.kind(i + 2) === IDENT &&
      v.isOp(i + 3, ':')
    ) {
      qualifier = v.text(i)
      name = v.text(i + 2)
      value = i + 4
    }
    if (value !== -1) {
      const gate: GateSpecs =
        qualifier === undefined
          ? { name, line: v.line(i), layout, specs: [] }
          : { name, qualifier, line: v.line(i), layout, specs: [] }
      const brace = skipType(v, value, j)
      if (v.isOp(brace, '{')) {
        if (layout === 'unversioned') {
          gate.specs.push(readSpec(v, brace))
        } else {
          const listEnd = v.partner(brace)
          for (let e = brace + 1; e < listEnd;) {
            const f = v.elementEnd(e, listEnd)
            const b = skipType(v, e, f)
            if (v.isOp(b, '{')) gate.specs.push(readSpec(v, b))
            e = f + 1
          }
        }
      }
      out.push(gate)
    }
    i = j + 1
  }
}

/** `map[featuregate.Feature]featuregate.VersionedSpecs{` starting at `i` (the `map`). */
export function specMapAt(
  v: TokenView,
  i: number,
  featuregateNames: FeaturegateNames,
  out: GateSpecs[]
): void {
  const isFeaturegate = (j: number): boolean =>
    v.kind(j) === IDENT && featuregateNames.has(v.text(j))
  if (
    !v.isOp(i + 1, '[') ||
    !isFeaturegate(i + 2) ||
    !v.isOp(i + 3, '.') ||
    !v.isIdent(i + 4, 'Feature') ||
    !v.isOp(i + 5, ']') ||
    !isFeaturegate(i + 6) ||
    !v.isOp(i + 7, '.') ||
    !v.isOp(i + 9, '{') ||
    // `func f() map[...]... {` is a result type followed by a body, not a literal.
    v.isOp(i - 1, ')')
  ) {
    return
  }
  const elem = v.text(i + 8)
  if (v.kind(i + 8) !== IDENT) return
  if (elem === 'VersionedSpecs') readSpecMap(v, i + 9, 'versioned', out)
  else if (elem === 'FeatureSpec') readSpecMap(v, i + 9, 'unversioned', out)
}

export function featureConstAt(
  v: TokenView,
  i: number,
  featuregateNames: FeaturegateNames,
  out: FeatureConst[]
): void {
  const isFeaturegate = (j: number): boolean =>
    v.kind(j) === IDENT && featuregateNames.has(v.text(j))
  // Name featuregate.Feature = "Value"
  if (
    isFeaturegate(i + 1) &&
    v.isOp(i + 2, '.') &&
    v.isIdent(i + 3, 'Feature') &&
    v.isOp(i + 4, '=') &&
    v.kind(i + 5) === STRING
  ) {
    out.push({ name: v.text(i), value: v.text(i + 5), line: v.line(i) })
  } else if (
    // Name = featuregate.Feature("Value")
    v.isOp(i + 1, '=') &&
    isFeaturegate(i + 2) &&
    v.isOp(i + 3, '.') &&
    v.isIdent(i + 4, 'Feature') &&
    v.isOp(i + 5, '(') &&
    v.kind(i + 6) === STRING &&
    v.isOp(i + 7, ')')
  ) {
    out.push({ name: v.text(i), value: v.text(i + 6), line: v.line(i) })
  }
}

/**
 * The spec in force at `target`: the entry with the greatest version <= target, compared as
 * major.minor numbers (1.100 > 1.99). An unversioned entry applies at every target (a versioned one
 * that applies wins over it). An entry whose version is not major.minor never applies.
 */
export function effectiveSpec(specs: FeatureSpec[], target: MinorVersion): FeatureSpec | undefined {
  let best: FeatureSpec | undefined
  let bestVersion: MinorVersion | undefined
  let unversioned: FeatureSpec | undefined
  for (const spec of specs) {
    if (spec.version === undefined) {
      unversioned ??= spec
      continue
    }
    const v = leadingMinor(spec.version)
    if (!v || compareMinor(v, target) > 0) continue
    if (!bestVersion || compareMinor(v, bestVersion) >= 0) {
      best = spec
      bestVersion = v
    }
  }
  return best ?? unversioned
}
