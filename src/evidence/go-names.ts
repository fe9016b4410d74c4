// What a name in Go code holds: a local (go-scope.ts finds its declaration and later changes),
// a constant or variable of the package, or a qualified constant of another package of the
// checkout. Expressions found on the way are evaluated by the reader (go-values.ts).

import type { GoFile, Range } from './go-file.js'
import { conditionsAt } from './go-conditions.js'
import { concat, known, unknownValue } from './go-format.js'
import { dirOf, dirsOfImport, type Declared, type GoPackages } from './go-packages.js'
import { changesOf } from './go-changes.js'
import { bindingOf, type Binding } from './go-scope.js'
import type { GoList, GoValue, Place } from './go-value-types.js'

/** What name resolution needs of the reader. */
export interface Evaluator {
  readonly packages: GoPackages
  eval(f: GoFile, range: Range, seen: Set<string>): Promise<GoValue[]>
  list(
    f: GoFile,
    elements: Range[],
    shape: GoList['shape'],
    at: Place,
    expr: string,
    seen: Set<string>
  ): Promise<GoValue[]>
}

const PREDECLARED = new Set(['nil', 'true', 'false', 'iota'])
/** Go's own functions and types: a call of one is never a conversion to a package's string type. */
const BUILTIN_FUNCS_AND_TYPES = new Set(
  'bool byte rune int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr float32 float64 complex64 complex128 error any len cap make new panic print println copy delete min max clear close'.split(
    ' '
  )
)

/** Whether `name` (in `path`, or in f's own package) is declared as `type name string`. */
export async function isStringType(
  packages: GoPackages,
  f: GoFile,
  name: string,
  path: string | undefined
): Promise<boolean> {
  if (path === undefined && BUILTIN_FUNCS_AND_TYPES.has(name)) return false
  const dirs = path === undefined ? [dirOf(f.file)] : dirsOfImport(path)
  for (const dir of dirs) {
    for (const { f: g, d } of await packages.declsIn(dir, name)) {
      if (d.kind === 'type' && d.type && g.text(d.type) === 'string') return true
    }
  }
  return false
}

export async function nameValues(
  ev: Evaluator,
  f: GoFile,
  name: string,
  use: number,
  seen: Set<string>
): Promise<GoValue[]> {
  const at = f.place(use)
  if (PREDECLARED.has(name)) return [unknownValue(at, name, `the predeclared ${name}`)]
  const b = bindingOf(f, name, use)
  if (b) return bound(ev, f, name, b, use, seen)
  return declared(ev, await ev.packages.declsIn(dirOf(f.file), name), name, at, name, seen)
}

export async function qualifiedValues(
  ev: Evaluator,
  f: GoFile,
  path: string,
  name: string,
  use: number,
  expr: string,
  seen: Set<string>
): Promise<GoValue[]> {
  const at = f.place(use)
  for (const dir of dirsOfImport(path)) {
    if ((await ev.packages.packageFiles(dir)).length === 0) continue
    return declared(ev, await ev.packages.declsIn(dir, name), name, at, expr, seen)
  }
  return [unknownValue(at, expr, `${expr}, from ${path}, which is not in the checkout`)]
}

/** The values of package-level declarations (one per file that declares the name). */
async function declared(
  ev: Evaluator,
  decls: Declared[],
  name: string,
  at: Place,
  expr: string,
  seen: Set<string>
): Promise<GoValue[]> {
  if (decls.length === 0)
    return [unknownValue(at, expr, `${expr}, which is not declared in the package`)]
  const out: GoValue[] = []
  for (const { f, d } of decls) {
    const key = `${f.file}#${d.at}`
    const where = f.place(d.at)
    if (seen.has(key)) out.push(unknownValue(where, expr, `${expr}, defined in terms of itself`))
    else if (d.kind === 'type' || d.kind === 'func')
      out.push(unknownValue(at, expr, `the ${d.kind} ${name}`))
    else if (!d.value)
      out.push(unknownValue(where, expr, `${expr}, a ${d.kind} without a value of its own`))
    else {
      out.push(...(await ev.eval(f, d.value, new Set(seen).add(key))))
      if (d.kind === 'var') out.push(...packageVarChanges(f, d, expr))
    }
  }
  return out
}

/** A package-level variable assigned in a function of its file is no longer its initializer. */
function packageVarChanges(f: GoFile, d: Declared['d'], expr: string): GoValue[] {
  const v = f.v
  for (let j = 0; j < v.length; j++) {
    if (j === d.at || !v.isIdent(j, d.name) || v.isOp(j - 1, '.') || v.depth(j) === 0) continue
    const op = v.text(j + 1)
    if (v.isOp(j - 1, '&') || ((op === '=' || op === '+=') && !bindingOf(f, d.name, j))) {
      return [
        unknownValue(
          f.place(j),
          expr,
          `${expr}, a package variable changed at ${f.file}:${f.line(j)}`
        )
      ]
    }
  }
  return []
}

async function bound(
  ev: Evaluator,
  f: GoFile,
  name: string,
  b: Binding,
  use: number,
  seen: Set<string>
): Promise<GoValue[]> {
  const at = f.place(use)
  const key = `${f.file}#${b.at}`
  if (seen.has(key)) return [unknownValue(at, name, `${name}, defined in terms of itself`)]
  const inner = new Set(seen).add(key)
  if (b.kind === 'param') return [unknownValue(at, name, `a parameter of ${b.func}`)]
  if (b.kind === 'range') {
    if (b.key) return [unknownValue(at, name, 'a loop index')]
    const out: GoValue[] = []
    for (const over of await ev.eval(f, b.over, inner)) {
      if (over.kind === 'list' && b.single && over.shape === 'slice') {
        out.push(unknownValue(at, name, 'a loop index'))
      } else if (over.kind === 'list')
        out.push(
          ...over.items,
          ...over.unknown.map(u => ({ kind: 'unknown' as const, unknown: u }))
        )
      else out.push(over.kind === 'unknown' ? over : unknownValue(at, name, 'a loop over a string'))
    }
    return out
  }
  let values: GoValue[] = b.value
    ? await ev.eval(f, b.value, inner)
    : b.multi
      ? [unknownValue(f.place(b.at), name, 'one of several results of a call')]
      : b.type && f.text(b.type) === 'string'
        ? [known('', f.place(b.at))]
        : [unknownValue(f.place(b.at), name, 'a zero value')]
  const block = f.enclosingBlock(b.at)
  for (const c of changesOf(f, name, b, use)) {
    const where = f.place(c.at)
    if (c.kind === 'assign') values.push(...(await ev.eval(f, c.values[0]!, inner)))
    else if (c.kind === 'unknown-assign')
      values.push(unknownValue(where, name, 'one of several results of a call'))
    else if (c.kind === 'append-text')
      values = [...values, ...concat([values, await ev.eval(f, c.values[0]!, inner)], where, name)]
    else if (c.kind === 'insert') {
      const when = conditionsAt(f, c.at, block, b.at)
      const added = await ev.list(f, c.values, 'slice', where, name, inner)
      values = values.map(value => {
        if (value.kind !== 'list') return value
        const items = added.flatMap(a => (a.kind === 'list' ? a.items : []))
        const unknown = added.flatMap(a =>
          a.kind === 'list' ? a.unknown : a.kind === 'unknown' ? [a.unknown] : []
        )
        return {
          ...value,
          items: [...value.items, ...items.map(i => ({ ...i, when: [...i.when, ...when] }))],
          unknown: [...value.unknown, ...unknown]
        }
      })
    } else {
      const why = c.kind === 'remove' ? 'items removed' : 'a value that may be changed elsewhere'
      const u = { at: where, expr: name, why: `${why} at ${f.file}:${where.line}` }
      values = values.map(value =>
        value.kind === 'list' ? { ...value, unknown: [...value.unknown, u] } : value
      )
      if (c.kind === 'escape') values.push({ kind: 'unknown', unknown: u })
    }
  }
  return values
}
