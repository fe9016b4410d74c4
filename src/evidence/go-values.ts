// The Go value reader: given an expression at a place in a file, the string values it can have,
// each with the place it came from, and "unknown, built at file:line" wherever it cannot tell.
// It reads literals, `+`, `string(x)`, names bound in the function (with Go's scoping), constants
// of the file, its package and other packages of the checkout (through the imports), fmt's
// Sprintf and Errorf, strings.Join, []string{…} and apimachinery's sets with their gated Inserts.
// It reads only the files an expression leads to, each once.

import type { GoFile, Range } from './go-file.js'
import { concat, join, known, MAX_ALTERNATIVES, sprintf, unknownValue } from './go-format.js'
import { isStringType, nameValues, qualifiedValues, type Evaluator } from './go-names.js'
import { GoPackages, packageNameOf, SETS, type GoSource } from './go-packages.js'
import { changesOf } from './go-changes.js'
import { bindingOf } from './go-scope.js'
import { IDENT, NUMBER, STRING } from './go-token-view.js'
import { GoSyntaxError } from './go-types.js'
import type { GoList, GoString, GoValue, Place } from './go-value-types.js'

export { dirsOfImport, packageNameOf, type GoSource } from './go-packages.js'

type Op = { sel: string } | { call: Range; args: Range[] } | { index: Range }

export class GoValueReader implements Evaluator {
  readonly packages: GoPackages
  private readonly memo = new Map<string, Promise<GoValue[]>>()

  constructor(source: GoSource) {
    this.packages = new GoPackages(source)
  }

  /** A Go file read and tokenized once; undefined if absent. Throws GoSyntaxError if broken. */
  async file(path: string): Promise<GoFile | undefined> {
    const f = await this.packages.load(path)
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
    const at = f.place(format[0])
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
    return concat(values, f.place(first[0]), f.text([first[0], args[args.length - 1]![1]]))
  }

  /** The expressions assigned to the local name at token `use` (its declaration's and later ones). */
  assigned(f: GoFile, use: number): Range[] {
    const name = f.v.text(use)
    const b = bindingOf(f, name, use)
    if (b?.kind !== 'local') return []
    const out = b.value ? [b.value] : []
    for (const c of changesOf(f, name, b, use)) if (c.kind === 'assign') out.push(...c.values)
    return out
  }

  /** The values of an expression, `seen` holding the declarations on the way (cycles). */
  async eval(f: GoFile, range: Range, seen: Set<string>): Promise<GoValue[]> {
    const [s, e] = range
    const at = f.place(s)
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
    const at = f.place(s)
    const expr = f.text([s, e])
    if (e === s + 1 && (v.kind(s) === STRING || v.kind(s) === NUMBER)) return [known(v.text(s), at)]
    if (v.isOp(s, '(') && v.partner(s) === e - 1) return this.eval(f, [s + 1, e - 1], seen)
    if (v.isOp(s, '[') && v.isOp(s + 1, ']') && v.isOp(e - 1, '}') && v.partner(e - 1) > s + 1) {
      const open = v.partner(e - 1)
      return this.list(f, f.split(open + 1, e - 1), 'slice', at, expr, seen)
    }
    if (v.kind(s) !== IDENT)
      return [unknownValue(at, expr, 'an expression the reader does not evaluate')]
    const ops: Op[] = []
    for (let p = s + 1; p < e;) {
      if (v.isOp(p, '.') && v.kind(p + 1) === IDENT) {
        ops.push({ sel: v.text(p + 1) })
        p += 2
      } else if (v.isOp(p, '(')) {
        ops.push({ call: [p, v.partner(p)], args: f.split(p + 1, v.partner(p)) })
        p = v.partner(p) + 1
      } else if (v.isOp(p, '[')) {
        ops.push({ index: [p, v.partner(p)] })
        p = v.partner(p) + 1
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
    const name = f.v.text(s)
    const first = ops[0]
    if (!first) return nameValues(this, f, name, s, seen)
    const local = bindingOf(f, name, s)
    if (!local && 'call' in first && ops.length === 1) {
      if (name === 'string')
        return first.args.length === 1 ? this.eval(f, first.args[0]!, seen) : []
      if (name === 'append') return this.append(f, first.args, at, expr, seen)
      if (await isStringType(this.packages, f, name, undefined))
        return this.eval(f, first.args[0]!, seen)
    }
    const path = !local && !f.decls.has(name) ? this.packages.importPath(f, name) : undefined
    if (path !== undefined && 'sel' in first) {
      let rest = ops.slice(1)
      if (rest.length === 0) return qualifiedValues(this, f, path, first.sel, s, expr, seen)
      if ('index' in rest[0]! && rest[1] && 'call' in rest[1]) rest = rest.slice(1) // F[T](…)
      const call = rest[0]!
      if (!('call' in call))
        return [unknownValue(at, expr, 'a field or element of a package value')]
      const values = await this.callFunction(f, path, first.sel, call.args, at, expr, seen)
      return this.methods(values, rest.slice(1), at, expr)
    }
    if ('sel' in first && ops[1] && 'call' in ops[1]) {
      return this.methods(await nameValues(this, f, name, s, seen), ops, at, expr)
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
    if (args.length === 1 && (await isStringType(this.packages, f, name, path))) return arg(0)
    return [unknownValue(at, expr, `the result of a call to ${packageNameOf(path)}.${name}`)]
  }

  /** `[]string{…}`, `sets.New[string](…)`: one list per combination of element values. */
  async list(
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
}

function sorted(list: GoList): GoList {
  const items: GoString[] = [...list.items].sort((a, b) =>
    a.text < b.text ? -1 : a.text > b.text ? 1 : 0
  )
  return { ...list, shape: 'slice', items }
}
