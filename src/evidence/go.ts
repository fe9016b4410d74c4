// A small reader of Go source: one pass of the tokenizer (go-tokenizer.ts), then a walk over the
// tokens that picks out the facts the criteria ask about (feature gate consts, spec maps, imports,
// string literals, funcs, selectors). It is not a Go parser: it understands just enough structure
// (balanced brackets, keyed composite literals) to attach each spec to the key it belongs to.

import { GoSyntaxError } from './go-types.js'
import type {
  FeatureConst,
  FeatureSpec,
  GateSpecs,
  GoFacts,
  GoFunc,
  GoImport,
  GoStringLiteral
} from './go-types.js'
import { EOF, IDENT, NL, NUMBER, OP, STRING, tokenize } from './go-tokenizer.js'

const FEATUREGATE_PATH = 'k8s.io/component-base/featuregate'

function read(file: string, source: string): GoFacts {
  const nul = source.indexOf('\u0000')
  if (nul !== -1) {
    const at = source.slice(0, nul).split('\n').length
    throw new GoSyntaxError(file, at, 'not a text file')
  }

  const strings: GoStringLiteral[] = []
  const tokens = tokenize(file, source, strings)
  const { n } = tokens
  const K = (i: number): number => (tokens.kind[i] ?? EOF) & ~NL
  const newlineBefore = (i: number): boolean => ((tokens.kind[i] ?? 0) & NL) !== 0
  const T = (i: number): string => tokens.text[i] ?? ''
  const L = (i: number): number => tokens.line[i] ?? 0
  const M = (i: number): number => tokens.match[i] ?? -1
  const isOp = (i: number, t: string): boolean => K(i) === OP && T(i) === t
  const isIdent = (i: number, t: string): boolean => K(i) === IDENT && T(i) === t
  const isOpener = (i: number): boolean => K(i) === OP && M(i) > i

  /** Index of the next `,` (or `end`) at this bracket level, starting at `i`. */
  const elementEnd = (i: number, end: number): number => {
    let j = i
    while (j < end && !isOp(j, ',')) j = isOpener(j) ? M(j) + 1 : j + 1
    return Math.min(j, end)
  }

  const featureConsts: FeatureConst[] = []
  const specMaps: GateSpecs[] = []
  const imports: GoImport[] = []
  const funcs: GoFunc[] = []
  const selectors: GoFacts['selectors'] = []
  // The featuregate package's name in this file (it may be imported under an alias).
  const featuregateNames = new Set(['featuregate'])
  const isFeaturegate = (i: number): boolean => K(i) === IDENT && featuregateNames.has(T(i))

  const addImport = (pathTok: number, aliasTok: number | undefined): void => {
    const path = T(pathTok)
    const alias = aliasTok === undefined ? undefined : T(aliasTok)
    imports.push(
      alias === undefined ? { path, line: L(pathTok) } : { path, alias, line: L(pathTok) }
    )
    if (path === FEATUREGATE_PATH && alias !== undefined && alias !== '_' && alias !== '.') {
      featuregateNames.add(alias)
    }
  }
  const isAlias = (i: number): boolean => (K(i) === IDENT || isOp(i, '.')) && K(i + 1) === STRING
  const readImports = (i: number): void => {
    if (isOp(i + 1, '(')) {
      const end = M(i + 1)
      for (let j = i + 2; j < end; j++) {
        if (K(j) === STRING) {
          addImport(j, undefined)
        } else if (isAlias(j)) {
          addImport(j + 1, j)
          j++
        }
      }
    } else if (K(i + 1) === STRING) {
      addImport(i + 1, undefined)
    } else if (isAlias(i + 1)) {
      addImport(i + 2, i + 1)
    }
  }

  const readFunc = (i: number): void => {
    let j = i + 1
    if (isOp(j, '(')) j = M(j) + 1 // receiver
    if (K(j) !== IDENT) return
    const name = T(j++)
    if (isOp(j, '[')) j = M(j) + 1 // type parameters
    if (!isOp(j, '(')) return
    j = M(j) + 1 // parameters
    // Result types, then the body. A line break here ends a declaration without a body.
    while (j < n && !newlineBefore(j)) {
      if ((isIdent(j, 'struct') || isIdent(j, 'interface')) && isOp(j + 1, '{')) {
        j = M(j + 1) + 1
      } else if (isOp(j, '{')) {
        funcs.push({ name, startLine: L(i), endLine: L(M(j)) })
        return
      } else {
        j = isOpener(j) ? M(j) + 1 : j + 1
      }
    }
  }

  const readVersion = (a: number, b: number): string => {
    if (K(a) === IDENT && isOp(a + 1, '.') && K(a + 2) === IDENT && isOp(a + 3, '(')) {
      const fn = T(a + 2)
      const close = M(a + 3)
      if (close === b - 1) {
        if (fn.startsWith('MustParse') && K(a + 4) === STRING && close === a + 5) return T(a + 4)
        if (
          fn === 'MajorMinor' &&
          K(a + 4) === NUMBER &&
          isOp(a + 5, ',') &&
          K(a + 6) === NUMBER &&
          close === a + 7
        ) {
          return `${T(a + 4)}.${T(a + 6)}`
        }
      }
    }
    // Something this reader does not evaluate (a variable, say): keep its text.
    const parts: string[] = []
    for (let j = a; j < b; j++) parts.push(T(j))
    return parts.join('')
  }

  /** A `{Field: value, ...}` FeatureSpec literal opened at `open`. */
  const readSpec = (open: number): FeatureSpec => {
    // Go's zero values: PreRelease "" is featuregate.GA.
    const spec: FeatureSpec = {
      default: false,
      lockToDefault: false,
      preRelease: 'GA',
      line: L(open)
    }
    const end = M(open)
    for (let i = open + 1; i < end;) {
      const j = elementEnd(i, end)
      if (K(i) === IDENT && isOp(i + 1, ':') && i + 2 < j) {
        const a = i + 2
        switch (T(i)) {
          case 'Version':
            spec.version = readVersion(a, j)
            break
          case 'Default':
            spec.default = j === a + 1 && isIdent(a, 'true')
            break
          case 'LockToDefault':
            spec.lockToDefault = j === a + 1 && isIdent(a, 'true')
            break
          case 'PreRelease':
            // featuregate.Beta -> Beta: the last identifier.
            for (let p = j - 1; p >= a; p--) {
              if (K(p) === IDENT) {
                spec.preRelease = T(p)
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
  const skipType = (i: number, end: number): number => {
    let j = i
    while (j < end && (K(j) === IDENT || isOp(j, '.') || isOp(j, '*'))) j++
    return j
  }

  const readSpecMap = (open: number, layout: GateSpecs['layout']): void => {
    const end = M(open)
    for (let i = open + 1; i < end;) {
      const j = elementEnd(i, end)
      let v = -1
      let name = ''
      let qualifier: string | undefined
      if (K(i) === IDENT && isOp(i + 1, ':')) {
        name = T(i)
        v = i + 2
      } else if (K(i) === IDENT && isOp(i + 1, '.') && K(i + 2) === IDENT && isOp(i + 3, ':')) {
        qualifier = T(i)
        name = T(i + 2)
        v = i + 4
      }
      if (v !== -1) {
        const gate: GateSpecs =
          qualifier === undefined
            ? { name, line: L(i), layout, specs: [] }
            : { name, qualifier, line: L(i), layout, specs: [] }
        const brace = skipType(v, j)
        if (isOp(brace, '{')) {
          if (layout === 'unversioned') {
            gate.specs.push(readSpec(brace))
          } else {
            const listEnd = M(brace)
            for (let e = brace + 1; e < listEnd;) {
              const f = elementEnd(e, listEnd)
              const b = skipType(e, f)
              if (isOp(b, '{')) gate.specs.push(readSpec(b))
              e = f + 1
            }
          }
        }
        specMaps.push(gate)
      }
      i = j + 1
    }
  }

  /** `map[featuregate.Feature]featuregate.VersionedSpecs{` starting at `i` (the `map`). */
  const specMapAt = (i: number): void => {
    if (
      !isOp(i + 1, '[') ||
      !isFeaturegate(i + 2) ||
      !isOp(i + 3, '.') ||
      !isIdent(i + 4, 'Feature') ||
      !isOp(i + 5, ']') ||
      !isFeaturegate(i + 6) ||
      !isOp(i + 7, '.') ||
      !isOp(i + 9, '{') ||
      // `func f() map[...]... {` is a result type followed by a body, not a literal.
      isOp(i - 1, ')')
    ) {
      return
    }
    const elem = T(i + 8)
    if (K(i + 8) !== IDENT) return
    if (elem === 'VersionedSpecs') readSpecMap(i + 9, 'versioned')
    else if (elem === 'FeatureSpec') readSpecMap(i + 9, 'unversioned')
  }

  const featureConstAt = (i: number): void => {
    // Name featuregate.Feature = "Value"
    if (
      isFeaturegate(i + 1) &&
      isOp(i + 2, '.') &&
      isIdent(i + 3, 'Feature') &&
      isOp(i + 4, '=') &&
      K(i + 5) === STRING
    ) {
      featureConsts.push({ name: T(i), value: T(i + 5), line: L(i) })
    } else if (
      // Name = featuregate.Feature("Value")
      isOp(i + 1, '=') &&
      isFeaturegate(i + 2) &&
      isOp(i + 3, '.') &&
      isIdent(i + 4, 'Feature') &&
      isOp(i + 5, '(') &&
      K(i + 6) === STRING &&
      isOp(i + 7, ')')
    ) {
      featureConsts.push({ name: T(i), value: T(i + 6), line: L(i) })
    }
  }

  let constGroupEnd = -1
  for (let i = 0; i < n; i++) {
    if (K(i) !== IDENT) continue
    const t = T(i)
    if (isOp(i + 1, '.') && K(i + 2) === IDENT) {
      selectors.push({ qualifier: t, name: T(i + 2), line: L(i) })
    }
    switch (t) {
      case 'import':
        if (tokens.depth[i] === 0) readImports(i)
        break
      case 'const':
        if (isOp(i + 1, '(')) constGroupEnd = M(i + 1)
        else featureConstAt(i + 1)
        break
      case 'func':
        if (tokens.depth[i] === 0 && (newlineBefore(i) || isOp(i - 1, ';'))) readFunc(i)
        break
      case 'map':
        specMapAt(i)
        break
      default:
        if (i < constGroupEnd) featureConstAt(i)
        break
    }
  }

  return { featureConsts, specMaps, imports, strings, funcs, selectors }
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
