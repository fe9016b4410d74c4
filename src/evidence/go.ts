// A small reader of Go source: one pass of the tokenizer (go-tokenizer.ts), then a walk over the
// tokens that picks out the facts the criteria ask about (feature gate consts, spec maps, imports,
// string literals, funcs, types, selectors). It is not a Go parser: it understands just enough structure
// (balanced brackets, keyed composite literals) to attach each spec to the key it belongs to.
// Each kind of fact has its own reader below; `read` walks the tokens once and hands over.

import { GoSyntaxError } from './go-types.js'
import type {
  FeatureConst,
  FeatureSpec,
  GateSpecs,
  GoFacts,
  GoFunc,
  GoImport,
  GoStringLiteral,
  GoType
} from './go-types.js'
import { EOF, IDENT, NL, NUMBER, OP, STRING, tokenize, type Tokens } from './go-tokenizer.js'

const FEATUREGATE_PATH = 'k8s.io/component-base/featuregate'

/** The tokens, with the small questions every reader below asks of them. */
class View {
  readonly n: number
  constructor(readonly tokens: Tokens) {
    this.n = tokens.n
  }
  K(i: number): number {
    return (this.tokens.kind[i] ?? EOF) & ~NL
  }
  T(i: number): string {
    return this.tokens.text[i] ?? ''
  }
  L(i: number): number {
    return this.tokens.line[i] ?? 0
  }
  M(i: number): number {
    return this.tokens.match[i] ?? -1
  }
  depth(i: number): number {
    return this.tokens.depth[i] ?? 0
  }
  newlineBefore(i: number): boolean {
    return ((this.tokens.kind[i] ?? 0) & NL) !== 0
  }
  isOp(i: number, t: string): boolean {
    return this.K(i) === OP && this.T(i) === t
  }
  isIdent(i: number, t: string): boolean {
    return this.K(i) === IDENT && this.T(i) === t
  }
  isOpener(i: number): boolean {
    return this.K(i) === OP && this.M(i) > i
  }
  /** Index of the next `,` (or `end`) at this bracket level, starting at `i`. */
  elementEnd(i: number, end: number): number {
    let j = i
    while (j < end && !this.isOp(j, ',')) j = this.isOpener(j) ? this.M(j) + 1 : j + 1
    return Math.min(j, end)
  }
}

// --- imports ---

/** The names the featuregate package goes by in a file (it may be imported under an alias). */
type FeaturegateNames = Set<string>

function addImport(
  v: View,
  pathTok: number,
  aliasTok: number | undefined,
  imports: GoImport[],
  featuregateNames: FeaturegateNames
): void {
  const path = v.T(pathTok)
  const alias = aliasTok === undefined ? undefined : v.T(aliasTok)
  const line = v.L(pathTok)
  imports.push(alias === undefined ? { path, line } : { path, alias, line })
  if (path === FEATUREGATE_PATH && alias !== undefined && alias !== '_' && alias !== '.') {
    featuregateNames.add(alias)
  }
}

/** `import "p"`, `import a "p"` or `import ( ... )` at the `import` keyword `i`. */
function readImports(
  v: View,
  i: number,
  imports: GoImport[],
  featuregateNames: FeaturegateNames
): void {
  const isAlias = (j: number): boolean =>
    (v.K(j) === IDENT || v.isOp(j, '.')) && v.K(j + 1) === STRING
  if (v.isOp(i + 1, '(')) {
    const end = v.M(i + 1)
    for (let j = i + 2; j < end; j++) {
      if (v.K(j) === STRING) {
        addImport(v, j, undefined, imports, featuregateNames)
      } else if (isAlias(j)) {
        addImport(v, j + 1, j, imports, featuregateNames)
        j++
      }
    }
  } else if (v.K(i + 1) === STRING) {
    addImport(v, i + 1, undefined, imports, featuregateNames)
  } else if (isAlias(i + 1)) {
    addImport(v, i + 2, i + 1, imports, featuregateNames)
  }
}

// --- funcs and types ---

/** A func declaration with a body at the `func` keyword `i`; undefined for a bodyless one. */
function readFunc(v: View, i: number): GoFunc | undefined {
  let j = i + 1
  if (v.isOp(j, '(')) j = v.M(j) + 1 // receiver
  if (v.K(j) !== IDENT) return undefined
  const name = v.T(j++)
  if (v.isOp(j, '[')) j = v.M(j) + 1 // type parameters
  if (!v.isOp(j, '(')) return undefined
  j = v.M(j) + 1 // parameters
  // Result types, then the body. A line break here ends a declaration without a body.
  while (j < v.n && !v.newlineBefore(j)) {
    if ((v.isIdent(j, 'struct') || v.isIdent(j, 'interface')) && v.isOp(j + 1, '{')) {
      j = v.M(j + 1) + 1
    } else if (v.isOp(j, '{')) {
      return { name, startLine: v.L(i), endLine: v.L(v.M(j)) }
    } else {
      j = v.isOpener(j) ? v.M(j) + 1 : j + 1
    }
  }
  return undefined
}

/** `[T any]`, `[K comparable, V any]`, `[S ~[]E]`: type parameters, not an array length `[4]`. */
function isTypeParams(v: View, open: number): boolean {
  const next = open + 2
  return (
    v.K(open + 1) === IDENT &&
    (v.K(next) === IDENT || v.isOp(next, '~') || v.isOp(next, ',') || v.isOp(next, '*'))
  )
}

/** One type spec starting at its name `i`. */
function readTypeSpec(v: View, i: number): GoType | undefined {
  if (v.K(i) !== IDENT) return undefined
  let j = i + 1
  if (v.isOp(j, '[') && isTypeParams(v, j)) j = v.M(j) + 1
  if (v.isOp(j, '=')) j++
  return { name: v.T(i), line: v.L(i), struct: v.isIdent(j, 'struct') }
}

/** `type X ...` or a `type ( ... )` group at the `type` keyword `i`. */
function readTypes(v: View, i: number, types: GoType[]): void {
  if (!v.isOp(i + 1, '(')) {
    const spec = readTypeSpec(v, i + 1)
    if (spec) types.push(spec)
    return
  }
  const end = v.M(i + 1)
  // Each spec starts a line (or follows a `;`) directly inside the group.
  for (let j = i + 2; j < end; j = v.isOpener(j) ? v.M(j) + 1 : j + 1) {
    if (v.newlineBefore(j) || v.isOp(j - 1, ';') || j === i + 2) {
      const spec = readTypeSpec(v, j)
      if (spec) types.push(spec)
    }
  }
}

// --- feature gate consts and spec maps ---

function readVersion(v: View, a: number, b: number): string {
  if (v.K(a) === IDENT && v.isOp(a + 1, '.') && v.K(a + 2) === IDENT && v.isOp(a + 3, '(')) {
    const fn = v.T(a + 2)
    const close = v.M(a + 3)
    if (close === b - 1) {
      if (fn.startsWith('MustParse') && v.K(a + 4) === STRING && close === a + 5) return v.T(a + 4)
      if (
        fn === 'MajorMinor' &&
        v.K(a + 4) === NUMBER &&
        v.isOp(a + 5, ',') &&
        v.K(a + 6) === NUMBER &&
        close === a + 7
      ) {
        return `${v.T(a + 4)}.${v.T(a + 6)}`
      }
    }
  }
  // Something this reader does not evaluate (a variable, say): keep its text.
  const parts: string[] = []
  for (let j = a; j < b; j++) parts.push(v.T(j))
  return parts.join('')
}

/** A `{Field: value, ...}` FeatureSpec literal opened at `open`. */
function readSpec(v: View, open: number): FeatureSpec {
  // Go's zero values: PreRelease "" is featuregate.GA.
  const spec: FeatureSpec = {
    default: false,
    lockToDefault: false,
    preRelease: 'GA',
    line: v.L(open)
  }
  const end = v.M(open)
  for (let i = open + 1; i < end;) {
    const j = v.elementEnd(i, end)
    if (v.K(i) === IDENT && v.isOp(i + 1, ':') && i + 2 < j) {
      const a = i + 2
      switch (v.T(i)) {
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
            if (v.K(p) === IDENT) {
              spec.preRelease = v.T(p)
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
function skipType(v: View, i: number, end: number): number {
  let j = i
  while (j < end && (v.K(j) === IDENT || v.isOp(j, '.') || v.isOp(j, '*'))) j++
  return j
}

function readSpecMap(v: View, open: number, layout: GateSpecs['layout'], out: GateSpecs[]): void {
  const end = v.M(open)
  for (let i = open + 1; i < end;) {
    const j = v.elementEnd(i, end)
    let value = -1
    let name = ''
    let qualifier: string | undefined
    if (v.K(i) === IDENT && v.isOp(i + 1, ':')) {
      name = v.T(i)
      value = i + 2
    } else if (
      v.K(i) === IDENT &&
      v.isOp(i + 1, '.') &&
      v.K(i + 2) === IDENT &&
      v.isOp(i + 3, ':')
    ) {
      qualifier = v.T(i)
      name = v.T(i + 2)
      value = i + 4
    }
    if (value !== -1) {
      const gate: GateSpecs =
        qualifier === undefined
          ? { name, line: v.L(i), layout, specs: [] }
          : { name, qualifier, line: v.L(i), layout, specs: [] }
      const brace = skipType(v, value, j)
      if (v.isOp(brace, '{')) {
        if (layout === 'unversioned') {
          gate.specs.push(readSpec(v, brace))
        } else {
          const listEnd = v.M(brace)
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
function specMapAt(v: View, i: number, featuregateNames: FeaturegateNames, out: GateSpecs[]): void {
  const isFeaturegate = (j: number): boolean => v.K(j) === IDENT && featuregateNames.has(v.T(j))
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
  const elem = v.T(i + 8)
  if (v.K(i + 8) !== IDENT) return
  if (elem === 'VersionedSpecs') readSpecMap(v, i + 9, 'versioned', out)
  else if (elem === 'FeatureSpec') readSpecMap(v, i + 9, 'unversioned', out)
}

function featureConstAt(
  v: View,
  i: number,
  featuregateNames: FeaturegateNames,
  out: FeatureConst[]
): void {
  const isFeaturegate = (j: number): boolean => v.K(j) === IDENT && featuregateNames.has(v.T(j))
  // Name featuregate.Feature = "Value"
  if (
    isFeaturegate(i + 1) &&
    v.isOp(i + 2, '.') &&
    v.isIdent(i + 3, 'Feature') &&
    v.isOp(i + 4, '=') &&
    v.K(i + 5) === STRING
  ) {
    out.push({ name: v.T(i), value: v.T(i + 5), line: v.L(i) })
  } else if (
    // Name = featuregate.Feature("Value")
    v.isOp(i + 1, '=') &&
    isFeaturegate(i + 2) &&
    v.isOp(i + 3, '.') &&
    v.isIdent(i + 4, 'Feature') &&
    v.isOp(i + 5, '(') &&
    v.K(i + 6) === STRING &&
    v.isOp(i + 7, ')')
  ) {
    out.push({ name: v.T(i), value: v.T(i + 6), line: v.L(i) })
  }
}

// --- the walk ---

function read(file: string, source: string): GoFacts {
  const nul = source.indexOf('\u0000')
  if (nul !== -1) {
    const at = source.slice(0, nul).split('\n').length
    throw new GoSyntaxError(file, at, 'not a text file')
  }

  const strings: GoStringLiteral[] = []
  const v = new View(tokenize(file, source, strings))
  const facts: GoFacts = {
    featureConsts: [],
    specMaps: [],
    imports: [],
    strings,
    funcs: [],
    types: [],
    selectors: []
  }
  const featuregateNames: FeaturegateNames = new Set(['featuregate'])

  let constGroupEnd = -1
  for (let i = 0; i < v.n; i++) {
    if (v.K(i) !== IDENT) continue
    const t = v.T(i)
    if (v.isOp(i + 1, '.') && v.K(i + 2) === IDENT) {
      facts.selectors.push({ qualifier: t, name: v.T(i + 2), line: v.L(i) })
    }
    switch (t) {
      case 'import':
        if (v.depth(i) === 0) readImports(v, i, facts.imports, featuregateNames)
        break
      case 'const':
        if (v.isOp(i + 1, '(')) constGroupEnd = v.M(i + 1)
        else featureConstAt(v, i + 1, featuregateNames, facts.featureConsts)
        break
      case 'func':
        if (v.depth(i) === 0 && (v.newlineBefore(i) || v.isOp(i - 1, ';'))) {
          const func = readFunc(v, i)
          if (func) facts.funcs.push(func)
        }
        break
      case 'type':
        if (v.depth(i) === 0) readTypes(v, i, facts.types)
        break
      case 'map':
        specMapAt(v, i, featuregateNames, facts.specMaps)
        break
      default:
        if (i < constGroupEnd) featureConstAt(v, i, featuregateNames, facts.featureConsts)
        break
    }
  }
  return facts
}

/**
 * Reads the facts of one Go file. Throws GoSyntaxError (and nothing else) when the source cannot be
 * read as Go: a NUL byte, an unterminated string or comment, unbalanced brackets (a file cut short).
 */
export function readGoFacts(file: string, source: string): GoFacts {
  try {
    return read(file, source)
  } catch (e) {
    if (e instanceof GoSyntaxError) throw e
    throw new GoSyntaxError(file, 0, `internal reader error: ${(e as Error)?.message ?? String(e)}`)
  }
}

function majorMinor(v: string): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(v.trim())
  return m ? [Number(m[1]), Number(m[2])] : undefined
}

/**
 * The spec in force at `target` ("1.40"): the entry with the greatest version <= target, compared as
 * major.minor numbers (1.100 > 1.99). An unversioned entry applies at every target (a versioned one
 * that applies wins over it). An entry whose version is not major.minor never applies.
 */
export function effectiveSpec(specs: FeatureSpec[], target: string): FeatureSpec | undefined {
  const at = majorMinor(target)
  if (!at) throw new Error(`effectiveSpec: target ${JSON.stringify(target)} is not major.minor`)
  let best: FeatureSpec | undefined
  let bestVersion: [number, number] | undefined
  let unversioned: FeatureSpec | undefined
  for (const spec of specs) {
    if (spec.version === undefined) {
      unversioned ??= spec
      continue
    }
    const v = majorMinor(spec.version)
    if (!v || v[0] > at[0] || (v[0] === at[0] && v[1] > at[1])) continue
    if (
      !bestVersion ||
      v[0] > bestVersion[0] ||
      (v[0] === bestVersion[0] && v[1] >= bestVersion[1])
    ) {
      best = spec
      bestVersion = v
    }
  }
  return best ?? unversioned
}
