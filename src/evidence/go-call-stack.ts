// The calls around each open bracket while the scanner (go-scanner.ts) runs, so that every
// string literal can name the calls whose arguments hold it: `logger.Info(fmt.Sprintf("…"))`.

import { KEYWORDS } from './go-lexemes.js'
import { IDENT, NL, OP } from './go-token-view.js'
import type { GoStringLiteral } from './go-types.js'

export class CallStack {
  // Per open bracket: the position in the stack of the call whose argument list holds it (-1 for
  // none: a func body starts afresh), the callee of a call's own `(`, and the commas seen
  // directly inside it, which number a call's arguments.
  private readonly callAt: number[] = []
  // For a call's own `(`: the call around it (-1 for none), so a literal can name every call.
  private readonly outerCall: number[] = []
  private readonly callee: (string | undefined)[] = []
  private readonly commas: number[] = []

  /**
   * A bracket opens as the `depth`-th open one: a call's own `(` when `call` names it; `fresh`
   * for a func body, which is outside any call it is passed to.
   */
  enter(call: string | undefined, depth: number, fresh: boolean): void {
    const { callAt } = this
    const inCall = fresh ? -1 : (callAt[callAt.length - 1] ?? -1)
    callAt.push(call === undefined ? inCall : depth)
    this.outerCall.push(inCall)
    this.callee.push(call)
    this.commas.push(0)
  }

  leave(): void {
    this.callAt.pop()
    this.outerCall.pop()
    this.callee.pop()
    this.commas.pop()
  }

  comma(): void {
    const { commas } = this
    if (commas.length > 0) commas[commas.length - 1]!++
  }

  /** Sets the literal's call, argument and calls from the brackets open around it. */
  place(s: GoStringLiteral): GoStringLiteral {
    const { callAt, callee, commas, outerCall } = this
    const at = callAt[callAt.length - 1] ?? -1
    const call = callee[at]
    if (call !== undefined) {
      s.call = call
      s.argument = commas[at] ?? 0
      const calls: { name: string; argument: number }[] = []
      for (let c = at; c >= 0; c = outerCall[c] ?? -1) {
        const name = callee[c]
        if (name !== undefined) calls.push({ name, argument: commas[c] ?? 0 })
      }
      s.calls = calls
    }
    return s
  }
}

/**
 * `pkg.Name` or `Name` when a `(` pushed after the first `count` tokens opens a call's
 * arguments (the arrays as the scanner is filling them).
 */
export function calleeBefore(
  count: number,
  kind: Uint8Array,
  text: string[],
  match: Int32Array
): string | undefined {
  const kindAt = (p: number): number => (kind[p] ?? 0) & ~NL
  let p = count - 1
  // F[T](x): an instantiated generic.
  if (p >= 0 && kindAt(p) === OP && text[p] === ']') p = (match[p] ?? 0) - 1
  const name = text[p]
  if (p < 0 || kindAt(p) !== IDENT || name === undefined || KEYWORDS.has(name)) return undefined
  if (p >= 2 && kindAt(p - 1) === OP && text[p - 1] === '.' && kindAt(p - 2) === IDENT)
    return `${text[p - 2]}.${name}`
  return name
}
