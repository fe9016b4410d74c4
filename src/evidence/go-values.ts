// The Go value reader: given an expression at a place in a file, the string values it can have,
// each with the place it came from, and "unknown, built at file:line" wherever it cannot tell.
// It reads literals, `+`, `string(x)`, names bound in the function (with Go's scoping), constants
// of the file, its package and other packages of the checkout (through the imports), fmt's
// Sprintf and Errorf, strings.Join, []string{…} and apimachinery's sets with their gated Inserts.
// It reads only the files an expression leads to, each once.

import { GoFile, type Range, type TopDecl } from './go-file.js'
import { conditionsAt } from './go-conditions.js'
import { concat, join, known, MAX_ALTERNATIVES, sprintf, unknownValue } from './go-format.js'
import { bindingOf, changesOf, type Binding } from './go-scope.js'
import { IDENT, NUMBER, STRING } from './go-tokenizer.js'
import { GoSyntaxError } from './go-types.js'
import type { GoList, GoString, GoValue, Place } from './go-value-types.js'

/** Where the reader gets files: the checkout, read through the run's one Repo. */
export interface GoSource {
  read(path: string): Promise<string | undefined>
  /** Every file below a folder, repository-relative. */
  list(dir: string): Promise<string[]>
}

const SETS = 'k8s.io/apimachinery/pkg/util/sets'
/** Packages a file cannot use without importing: a missing import means the usual one. */
const USUAL_PATHS: Record<string, string> = {
  fmt: 'fmt',
  strings: 'strings',
  errors: 'errors',
  sets: SETS
}
const PREDECLARED = new Set(['nil', 'true', 'false', 'iota'])

type Op = { sel: string } | { call: Range; args: Range[] } | { index: Range }

/** The folders an import path may be found in, in the order Go would look. */
export function dirsOfImport(path: string): string[] {
  if (path.startsWith('k8s.io/kubernetes/')) return [path.slice('k8s.io/kubernetes/'.length)]
  if (/^k8s\.io\/[^/]+/.test(path)) return [`staging/src/${path}`, `vendor/${path}`]
  return [`vendor/${path}`]
}

/** The name a package is used by when imported without an alias (`k8s.io/klog/v2` is klog). */
export function packageNameOf(path: string): string {
  const parts = path.split('/')
  let last = parts[parts.length - 1] ?? ''
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2] ?? last
  return last
    .replace(/\.v\d+$/, '')
    .replace(/^go-/, '')
    .replace(/[-.]/g, '')
}

export class GoValueReader {
  private readonly files = new Map<string, Promise<GoFile | GoSyntaxError | undefined>>()
  private readonly packages = new Map<string, Promise<string[]>>()
  private readonly memo = new Map<string, Promise<GoValue[]>>()

  constructor(private readonly source: GoSource) {}

  /** A Go file read and tokenized once; undefined if absent. Throws GoSyntaxError if broken. */
  async file(path: string): Promise<GoFile | undefined> {
    const f = await this.load(path)
    if (f instanceof GoSyntaxError) throw f
    return f
  }

  /** The values the expression in `range` of `f` can have. */
  values(f: GoFile, range: Range): Promise<GoValue[]> {
    const key = `${f.file}#${range[0]}-${range[1]}`
    let found = this.memo.get(key)
    if (!found) {
      found = this.eval(f, range, new Set())
      this.memo.set(key, found)
    }
    return found
  }

  /** fmt.Sprintf's result for a format and its arguments (klog's …f calls format the same way). */
  async formatted(f: GoFile, format: Range, args: Range[]): Promise<GoValue[]> {
    const at = place(f, format[0])
    if (args.length === 0) {
      // Nothing to format: a text without verbs keeps the place it was defined at.
      const texts = await this.values(f, format)
      if (texts.every(t => t.kind !== 'string' || !t.text.includes('%'))) return texts
    }
    const values = await Promise.all(args.map(a => this.values(f, a)))
    return sprintf(
      await this.values(f, format),
      values,
      at,
      f.text([format[0], args[args.length - 1]?.[1] ?? format[1]])
    )
  }

  /** fmt.Sprint's result: the operands one after the other (klog's Info(args…) prints this way). */
  async concatenated(f: GoFile, args: Range[]): Promise<GoValue[]> {
    const first = args[0]
    if (!first) return []
    if (args.length === 1) return this.values(f, first)
    const values = await Promise.all(args.map(a => this.values(f, a)))
    return concat(values, place(f, first[0]), f.text([first[0], args[args.length - 1]![1]]))
  }

  /** The expressions assigned to the local name at token `use` (its declaration's and later ones). */
  assigned(f: GoFile, use: number): Range[] {
    const name = f.v.T(use)
    const b = bindingOf(f, name, use)
    if (b?.kind !== 'local') return []
    const out = b.value ? [b.value] : []
    for (const c of changesOf(f, name, b, use)) if (c.kind === 'assign') out.push(...c.values)
    return out
  }

  private load(path: string): Promise<GoFile | GoSyntaxError | undefined> {
    let found = this.files.get(path)
    if (!found) {
      found = this.source.read(path).then(source => {
        if (source === undefined) return undefined
        try {
          return new GoFile(path, source)
        } catch (e) {
          if (e instanceof GoSyntaxError) return e
          throw e
        }
      })
      this.files.set(path, found)
    }
    return found
  }

  /** The non-test .go files directly in a folder: one package. */
  private packageFiles(dir: string): Promise<string[]> {
    let found = this.packages.get(dir)
    if (!found) {
      found = this.source.list(dir).then(all =>
        all.filter(p => {
          const rest = p.slice(dir.length + 1)
          return (
            p.startsWith(`${dir}/`) &&
            !rest.includes('/') &&
            rest.endsWith('.go') &&
            !rest.endsWith('_test.go')
          )
        })
      )
      this.packages.set(dir, found)
    }
    return found
  }

  /** Package-level declarations of `name` in a folder, from the files that mention it. */
  private async declsIn(dir: string, name: string): Promise<{ f: GoFile; d: TopDecl }[]> {
    const out: { f: GoFile; d: TopDecl }[] = []
    for (const path of await this.packageFiles(dir)) {
      const source = await this.source.read(path)
      if (source === undefined || !source.includes(name)) continue
      const f = await this.load(path)
      // A sibling that cannot be read is the finding of whoever reads it, not of this value.
      if (!(f instanceof GoFile)) continue
      for (const d of f.decls.get(name) ?? []) out.push({ f, d })
    }
    return out
  }

  private async eval(f: GoFile, range: Range, seen: Set<string>): Promise<GoValue[]> {
    const [s, e] = range
    const at = place(f, s)
    const expr = f.text(range)
    if (s >= e) return [unknownValue(at, expr, 'an empty expression')]
    const parts = f.split(s, e, '+')
    if (parts.length > 1 && !f.v.isOp(s, '+')) {
      const values = await Promise.all(parts.map(p => this.eval(f, p, seen)))
      return concat(values, at, expr)
    }
    return this.operand(f, range, seen)
  }

  private async operand(f: GoFile, [s, e]: Range, seen: Set<string>): Promise<GoValue[]> {
    const v = f.v
    const at = place(f, s)
    const expr = f.text([s, e])
    if (e === s + 1 && (v.K(s) === STRING || v.K(s) === NUMBER)) return [known(v.T(s), at)]
    if (v.isOp(s, '(') && v.M(s) === e - 1) return this.eval(f, [s + 1, e - 1], seen)
    if (v.isOp(s, '[') && v.isOp(s + 1, ']') && v.isOp(e - 1, '}') && v.M(e - 1) > s + 1) {
      const open = v.M(e - 1)
      return this.list(f, f.split(open + 1, e - 1), 'slice', at, expr, seen)
    }
    if (v.K(s) !== IDENT)
      return [unknownValue(at, expr, 'an expression the reader does not evaluate')]
    const ops: Op[] = []
    for (let p = s + 1; p < e;) {
      if (v.isOp(p, '.') && v.K(p + 1) === IDENT) {
        ops.push({ sel: v.T(p + 1) })
        p += 2
      } else if (v.isOp(p, '(')) {
        ops.push({ call: [p, v.M(p)], args: f.split(p + 1, v.M(p)) })
        p = v.M(p) + 1
      } else if (v.isOp(p, '[')) {
        ops.push({ index: [p, v.M(p)] })
        p = v.M(p) + 1
      } else {
        return [unknownValue(at, expr, 'an expression the reader does not evaluate')]
      }
    }
    return this.chain(f, s, ops, at, expr, seen)
  }

  private async chain(
    f: GoFile,
    s: number,
    ops: Op[],
    at: Place,
    expr: string,
    seen: Set<string>
  ): Promise<GoValue[]> {
    const name = f.v.T(s)
    const first = ops[0]
    if (!first) return this.name(f, name, s, seen)
    const local = bindingOf(f, name, s)
    if (!local && 'call' in first && ops.length === 1) {
      if (name === 'string')
        return first.args.length === 1 ? this.eval(f, first.args[0]!, seen) : []
      if (name === 'append') return this.append(f, first.args, at, expr, seen)
      if (await this.isStringType(f, name, undefined)) return this.eval(f, first.args[0]!, seen)
    }
    const path = !local && !f.decls.has(name) ? this.importPath(f, name) : undefined
    if (path !== undefined && 'sel' in first) {
      let rest = ops.slice(1)
      if (rest.length === 0) return this.qualified(f, path, first.sel, s, expr, seen)
      if ('index' in rest[0]! && rest[1] && 'call' in rest[1]) rest = rest.slice(1) // F[T](…)
      const call = rest[0]!
      if (!('call' in call))
        return [unknownValue(at, expr, 'a field or element of a package value')]
      const values = await this.callFunction(f, path, first.sel, call.args, at, expr, seen)
      return this.methods(values, rest.slice(1), at, expr)
    }
    if ('sel' in first && ops[1] && 'call' in ops[1]) {
      return this.methods(await this.name(f, name, s, seen), ops, at, expr)
    }
    const why =
      'call' in first
        ? `the result of a call to ${name}`
        : 'sel' in first
          ? `a field of ${name}`
          : `an element of ${name}`
    return [unknownValue(at, expr, why)]
  }

  /** `.List()` and `.UnsortedList()` of a set; anything else on a value is unknown. */
  private methods(values: GoValue[], ops: Op[], at: Place, expr: string): GoValue[] {
    let out = values
    for (let k = 0; k < ops.length; k += 2) {
      const sel = ops[k]
      const call = ops[k + 1]
      if (!sel || !('sel' in sel) || !call || !('call' in call)) {
        return [unknownValue(at, expr, 'an expression the reader does not evaluate')]
      }
      out = out.map(value => {
        if (value.kind === 'unknown') return value
        if (value.kind === 'list' && sel.sel === 'List') return sorted(value)
        if (value.kind === 'list' && sel.sel === 'UnsortedList') return { ...value, shape: 'slice' }
        return unknownValue(at, expr, `the result of ${sel.sel}()`)
      })
    }
    return out
  }

  private async callFunction(
    f: GoFile,
    path: string,
    name: string,
    args: Range[],
    at: Place,
    expr: string,
    seen: Set<string>
  ): Promise<GoValue[]> {
    const arg = (k: number): Promise<GoValue[]> =>
      args[k]
        ? this.eval(f, args[k], seen)
        : Promise.resolve([unknownValue(at, expr, 'a missing argument')])
    switch (`${path}.${name}`) {
      case 'fmt.Sprintf':
      case 'fmt.Errorf':
        return sprintf(
          await arg(0),
          await Promise.all(args.slice(1).map(a => this.eval(f, a, seen))),
          at,
          expr
        )
      case 'fmt.Sprint':
        return concat(await Promise.all(args.map(a => this.eval(f, a, seen))), at, expr)
      case 'errors.New':
        return arg(0)
      case 'strings.Join':
        return join(await arg(0), await arg(1), at, expr)
      case `${SETS}.New`:
      case `${SETS}.NewString`:
        return this.list(f, args, 'set', at, expr, seen)
      case `${SETS}.List`:
        return (await arg(0)).map(value => (value.kind === 'list' ? sorted(value) : value))
    }
    if (args.length === 1 && (await this.isStringType(f, name, path))) return arg(0)
    return [unknownValue(at, expr, `the result of a call to ${packageNameOf(path)}.${name}`)]
  }

  /** `[]string{…}`, `sets.New[string](…)`: one list per combination of element values. */
  private async list(
    f: GoFile,
    elements: Range[],
    shape: GoList['shape'],
    at: Place,
    expr: string,
    seen: Set<string>
  ): Promise<GoValue[]> {
    let lists: GoList[] = [{ kind: 'list', shape, items: [], from: at, unknown: [] }]
    for (const element of elements) {
      const spread = f.v.isOp(element[1] - 1, '...')
      const values = await this.eval(f, spread ? [element[0], element[1] - 1] : element, seen)
      const next: GoList[] = []
      for (const list of lists) {
        for (const value of values) {
          const copy = { ...list, items: [...list.items], unknown: [...list.unknown] }
          if (value.kind === 'unknown') copy.unknown.push(value.unknown)
          else if (value.kind === 'list') {
            if (spread) copy.items.push(...value.items)
            else copy.unknown.push({ at, expr, why: 'a list inside a list' })
            copy.unknown.push(...value.unknown)
          } else copy.items.push(value)
          next.push(copy)
        }
      }
      if (next.length > MAX_ALTERNATIVES)
        return [unknownValue(at, expr, `more than ${MAX_ALTERNATIVES} possible values`)]
      lists = next
    }
    return lists
  }

  private async append(
    f: GoFile,
    args: Range[],
    at: Place,
    expr: string,
    seen: Set<string>
  ): Promise<GoValue[]> {
    const [base, ...items] = args
    if (!base) return [unknownValue(at, expr, 'append of nothing')]
    const added = await this.list(f, items, 'slice', at, expr, seen)
    const out: GoValue[] = []
    for (const b of await this.eval(f, base, seen)) {
      for (const a of added) {
        if (b.kind !== 'list' || a.kind !== 'list') out.push(b.kind === 'list' ? a : b)
        else
          out.push({ ...b, items: [...b.items, ...a.items], unknown: [...b.unknown, ...a.unknown] })
      }
    }
    return out
  }

  private importPath(f: GoFile, qualifier: string): string | undefined {
    for (const imp of f.imports) {
      if (
        imp.alias === qualifier ||
        (imp.alias === undefined && packageNameOf(imp.path) === qualifier)
      ) {
        return imp.path
      }
    }
    return USUAL_PATHS[qualifier]
  }

  /** Whether `name` (in `path`, or in f's own package) is declared as `type name string`. */
  private async isStringType(f: GoFile, name: string, path: string | undefined): Promise<boolean> {
    const dirs = path === undefined ? [dirOf(f.file)] : dirsOfImport(path)
    for (const dir of dirs) {
      for (const { f: g, d } of await this.declsIn(dir, name)) {
        if (d.kind === 'type' && d.type && g.text(d.type) === 'string') return true
      }
    }
    return false
  }

  private async name(f: GoFile, name: string, use: number, seen: Set<string>): Promise<GoValue[]> {
    const at = place(f, use)
    if (PREDECLARED.has(name)) return [unknownValue(at, name, `the predeclared ${name}`)]
    const b = bindingOf(f, name, use)
    if (b) return this.bound(f, name, b, use, seen)
    return this.declared(await this.declsIn(dirOf(f.file), name), name, at, name, seen)
  }

  private async qualified(
    f: GoFile,
    path: string,
    name: string,
    use: number,
    expr: string,
    seen: Set<string>
  ): Promise<GoValue[]> {
    const at = place(f, use)
    for (const dir of dirsOfImport(path)) {
      if ((await this.packageFiles(dir)).length === 0) continue
      return this.declared(await this.declsIn(dir, name), name, at, expr, seen)
    }
    return [unknownValue(at, expr, `${expr}, from ${path}, which is not in the checkout`)]
  }

  /** The values of package-level declarations (one per file that declares the name). */
  private async declared(
    decls: { f: GoFile; d: TopDecl }[],
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
      const where = place(f, d.at)
      if (seen.has(key)) out.push(unknownValue(where, expr, `${expr}, defined in terms of itself`))
      else if (d.kind === 'type' || d.kind === 'func')
        out.push(unknownValue(at, expr, `the ${d.kind} ${name}`))
      else if (!d.value)
        out.push(unknownValue(where, expr, `${expr}, a ${d.kind} without a value of its own`))
      else {
        out.push(...(await this.eval(f, d.value, new Set(seen).add(key))))
        if (d.kind === 'var') out.push(...this.packageVarChanges(f, d, expr))
      }
    }
    return out
  }

  /** A package-level variable assigned in a function of its file is no longer its initializer. */
  private packageVarChanges(f: GoFile, d: TopDecl, expr: string): GoValue[] {
    const v = f.v
    for (let j = 0; j < v.n; j++) {
      if (j === d.at || !v.isIdent(j, d.name) || v.isOp(j - 1, '.') || v.depth(j) === 0) continue
      const op = v.T(j + 1)
      if (v.isOp(j - 1, '&') || ((op === '=' || op === '+=') && !bindingOf(f, d.name, j))) {
        return [
          unknownValue(
            place(f, j),
            expr,
            `${expr}, a package variable changed at ${f.file}:${f.line(j)}`
          )
        ]
      }
    }
    return []
  }

  private async bound(
    f: GoFile,
    name: string,
    b: Binding,
    use: number,
    seen: Set<string>
  ): Promise<GoValue[]> {
    const at = place(f, use)
    const key = `${f.file}#${b.at}`
    if (seen.has(key)) return [unknownValue(at, name, `${name}, defined in terms of itself`)]
    const inner = new Set(seen).add(key)
    if (b.kind === 'param') return [unknownValue(at, name, `a parameter of ${b.func}`)]
    if (b.kind === 'range') {
      if (b.key) return [unknownValue(at, name, 'a loop index')]
      const out: GoValue[] = []
      for (const over of await this.eval(f, b.over, inner)) {
        if (over.kind === 'list' && b.single && over.shape === 'slice') {
          out.push(unknownValue(at, name, 'a loop index'))
        } else if (over.kind === 'list')
          out.push(
            ...over.items,
            ...over.unknown.map(u => ({ kind: 'unknown' as const, unknown: u }))
          )
        else
          out.push(over.kind === 'unknown' ? over : unknownValue(at, name, 'a loop over a string'))
      }
      return out
    }
    let values: GoValue[] = b.value
      ? await this.eval(f, b.value, inner)
      : b.multi
        ? [unknownValue(place(f, b.at), name, 'one of several results of a call')]
        : b.type && f.text(b.type) === 'string'
          ? [known('', place(f, b.at))]
          : [unknownValue(place(f, b.at), name, 'a zero value')]
    const block = f.enclosingBlock(b.at)
    for (const c of changesOf(f, name, b, use)) {
      const where = place(f, c.at)
      if (c.kind === 'assign') values.push(...(await this.eval(f, c.values[0]!, inner)))
      else if (c.kind === 'unknown-assign')
        values.push(unknownValue(where, name, 'one of several results of a call'))
      else if (c.kind === 'append-text')
        values = [
          ...values,
          ...concat([values, await this.eval(f, c.values[0]!, inner)], where, name)
        ]
      else if (c.kind === 'insert') {
        const when = conditionsAt(f, c.at, block, b.at)
        const added = await this.list(f, c.values, 'slice', where, name, inner)
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
}

function place(f: GoFile, i: number): Place {
  return { file: f.file, line: f.line(i) }
}

function dirOf(file: string): string {
  const slash = file.lastIndexOf('/')
  return slash < 0 ? '.' : file.slice(0, slash)
}

function sorted(list: GoList): GoList {
  const items: GoString[] = [...list.items].sort((a, b) =>
    a.text < b.text ? -1 : a.text > b.text ? 1 : 0
  )
  return { ...list, shape: 'slice', items }
}
