// A small reader of Go source: one pass of the tokenizer (go-scanner.ts), then a walk over the
// tokens that picks out the facts the criteria ask about (feature gate consts, spec maps, imports,
// string literals, funcs, types, selectors). It is not a Go parser: it understands just enough structure
// (balanced brackets, keyed composite literals) to attach each spec to the key it belongs to.
// Each kind of fact has its own reader below; `read` walks the tokens once and hands over.

import { GoSyntaxError } from './go-types.js'
import type { GoFacts, GoFunc, GoImport, GoStringLiteral, GoType } from './go-types.js'
import { featureConstAt, specMapAt, type FeaturegateNames } from './go-featuregate.js'
import { tokenize } from './go-scanner.js'
import { IDENT, STRING, TokenView } from './go-token-view.js'

export { effectiveSpec } from './go-featuregate.js'

const FEATUREGATE_PATH = 'k8s.io/component-base/featuregate'

// --- imports ---

function addImport(
  v: TokenView,
  pathTok: number,
  aliasTok: number | undefined,
  imports: GoImport[],
  featuregateNames: FeaturegateNames
): void {
  const path = v.text(pathTok)
  const alias = aliasTok === undefined ? undefined : v.text(aliasTok)
  const line = v.line(pathTok)
  imports.push(alias === undefined ? { path, line } : { path, alias, line })
  if (path === FEATUREGATE_PATH && alias !== undefined && alias !== '_' && alias !== '.') {
    featuregateNames.add(alias)
  }
}

/** `import "p"`, `import a "p"` or `import ( ... )` at the `import` keyword `i`. */
function readImports(
  v: TokenView,
  i: number,
  imports: GoImport[],
  featuregateNames: FeaturegateNames
): void {
  const isAlias = (j: number): boolean =>
    (v.kind(j) === IDENT || v.isOp(j, '.')) && v.kind(j + 1) === STRING
  if (v.isOp(i + 1, '(')) {
    const end = v.partner(i + 1)
    for (let j = i + 2; j < end; j++) {
      if (v.kind(j) === STRING) {
        addImport(v, j, undefined, imports, featuregateNames)
      } else if (isAlias(j)) {
        addImport(v, j + 1, j, imports, featuregateNames)
        j++
      }
    }
  } else if (v.kind(i + 1) === STRING) {
    addImport(v, i + 1, undefined, imports, featuregateNames)
  } else if (isAlias(i + 1)) {
    addImport(v, i + 2, i + 1, imports, featuregateNames)
  }
}

// --- funcs and types ---

/** A func declaration with a body at the `func` keyword `i`; undefined for a bodyless one. */
function readFunc(v: TokenView, i: number): GoFunc | undefined {
  let j = i + 1
  if (v.isOp(j, '(')) j = v.partner(j) + 1 // receiver
  if (v.kind(j) !== IDENT) return undefined
  const name = v.text(j++)
  if (v.isOp(j, '[')) j = v.partner(j) + 1 // type parameters
  if (!v.isOp(j, '(')) return undefined
  j = v.partner(j) + 1 // parameters
  // Result types, then the body. A line break here ends a declaration without a body.
  while (j < v.length && !v.newlineBefore(j)) {
    if ((v.isIdent(j, 'struct') || v.isIdent(j, 'interface')) && v.isOp(j + 1, '{')) {
      j = v.partner(j + 1) + 1
    } else if (v.isOp(j, '{')) {
      return { name, startLine: v.line(i), endLine: v.line(v.partner(j)) }
    } else {
      j = v.isOpener(j) ? v.partner(j) + 1 : j + 1
    }
  }
  return undefined
}

/** `[T any]`, `[K comparable, V any]`, `[S ~[]E]`: type parameters, not an array length `[4]`. */
function isTypeParams(v: TokenView, open: number): boolean {
  const next = open + 2
  return (
    v.kind(open + 1) === IDENT &&
    (v.kind(next) === IDENT || v.isOp(next, '~') || v.isOp(next, ',') || v.isOp(next, '*'))
  )
}

/** One type spec starting at its name `i`. */
function readTypeSpec(v: TokenView, i: number): GoType | undefined {
  if (v.kind(i) !== IDENT) return undefined
  let j = i + 1
  if (v.isOp(j, '[') && isTypeParams(v, j)) j = v.partner(j) + 1
  if (v.isOp(j, '=')) j++
  return { name: v.text(i), line: v.line(i), struct: v.isIdent(j, 'struct') }
}

/** `type X ...` or a `type ( ... )` group at the `type` keyword `i`. */
function readTypes(v: TokenView, i: number, types: GoType[]): void {
  if (!v.isOp(i + 1, '(')) {
    const spec = readTypeSpec(v, i + 1)
    if (spec) types.push(spec)
    return
  }
  const end = v.partner(i + 1)
  // Each spec starts a line (or follows a `;`) directly inside the group.
  for (let j = i + 2; j < end; j = v.isOpener(j) ? v.partner(j) + 1 : j + 1) {
    if (v.newlineBefore(j) || v.isOp(j - 1, ';') || j === i + 2) {
      const spec = readTypeSpec(v, j)
      if (spec) types.push(spec)
    }
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
  const v = new TokenView(tokenize(file, source, strings))
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
  for (let i = 0; i < v.length; i++) {
    if (v.kind(i) !== IDENT) continue
    const t = v.text(i)
    if (v.isOp(i + 1, '.') && v.kind(i + 2) === IDENT) {
      facts.selectors.push({ qualifier: t, name: v.text(i + 2), line: v.line(i) })
    }
    switch (t) {
      case 'import':
        if (v.depth(i) === 0) readImports(v, i, facts.imports, featuregateNames)
        break
      case 'const':
        if (v.isOp(i + 1, '(')) constGroupEnd = v.partner(i + 1)
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
