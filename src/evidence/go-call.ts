// A call in a Go file (go-file.ts), its callee and arguments read from the tokens when first
// asked for.

import type { GoFile, Range } from './go-file.js'
import { IDENT } from './go-token-view.js'

/**
 * A call `a.b(…)`, `x.V(2).Info(…)` or `sets.New[string](…)`. Its parts are worked out when
 * asked for (a walk over a few tokens): a file has thousands of calls, and a criterion looks
 * closely at a few.
 */
export class GoCall {
  private argRanges: Range[] | undefined

  constructor(
    private readonly f: GoFile,
    /** The callee's last identifier. */
    private readonly callee: number,
    readonly open: number
  ) {}

  /** The method or function called: `InfoS` in `klog.V(2).InfoS(…)`. */
  get method(): string {
    return this.f.v.text(this.callee)
  }

  /** The identifiers of the callee, outermost first: ['klog', 'V', 'InfoS']. */
  get chain(): string[] {
    return this.walk().chain
  }

  /** The first token of the callee. */
  get start(): number {
    return this.walk().start
  }

  /** `pkg.Name` when the callee is `pkg.Name(`, else the method alone, as policies name calls. */
  get name(): string {
    const v = this.f.v
    const p = this.callee
    return v.kind(p - 2) === IDENT && v.isOp(p - 1, '.')
      ? `${v.text(p - 2)}.${v.text(p)}`
      : v.text(p)
  }

  get close(): number {
    return this.f.v.partner(this.open)
  }

  get args(): Range[] {
    this.argRanges ??= this.f.split(this.open + 1, this.close)
    return this.argRanges
  }

  private walk(): { chain: string[]; start: number } {
    const v = this.f.v
    const chain = [v.text(this.callee)]
    let start = this.callee
    while (v.isOp(start - 1, '.')) {
      let q = start - 2
      if (v.isOp(q, ')')) {
        q = v.partner(q) - 1
        if (v.isOp(q, ']')) q = v.partner(q) - 1
      }
      if (v.kind(q) !== IDENT) break
      chain.unshift(v.text(q))
      start = q
    }
    return { chain, start }
  }
}
