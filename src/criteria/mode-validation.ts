import type { FuncBody, GoFile } from '../evidence/go-file.js'
import { describeCondition, type GoValue, type Unknown } from '../evidence/go-value-types.js'
import type { GoValueReader } from '../evidence/go-values.js'
import type { Evidence } from '../report/types.js'
import { goValues, unreadable, UNREADABLE_MESSAGES } from './kubernetes-facts.js'
import {
  explicitGuards,
  modeSets,
  rejectionsIn,
  type ModeWords,
  type Rejection
} from './mode-rejection.js'
import { defineCriterion, fail, pass, warn, type CheckContext, type Finding } from './types.js'

/** What the rejection says when the gate is off: every text, and what could not be read. */
function judgeText(
  rejections: Rejection[],
  gate: string,
  modes: string[]
): { names: Rejection | undefined; missing: string[]; unknown?: Unknown } {
  let missing = modes
  let unknown: Unknown | undefined
  for (const r of rejections) {
    // With the gate on, the set holds ipvs too; the text that matters is the one users get without it.
    const texts = r.message.filter(
      (m: GoValue) => m.kind !== 'string' || !m.when.some(c => c.gate === gate && c.enabled)
    )
    for (const m of texts) {
      if (m.kind === 'unknown') {
        unknown ??= m.unknown
        continue
      }
      if (m.kind !== 'string') continue
      const lacking = modes.filter(mode => !m.text.toLowerCase().includes(mode.toLowerCase()))
      if (lacking.length === 0) return { names: r, missing: [] }
      if (lacking.length < missing.length) missing = lacking
      unknown ??= m.unknown[0]
    }
  }
  return unknown ? { names: undefined, missing, unknown } : { names: undefined, missing }
}

/** Across functions (and files): pass over warning over failure, the first of equals. */
function best(outcomes: Finding[]): Finding | undefined {
  const rank = (o: Finding): number => ('skipped' in o ? 0 : o.pass ? (o.warning ? 2 : 3) : 1)
  return outcomes.reduce<Finding | undefined>(
    (a, o) => (!a || rank(o) > rank(a) ? o : a),
    undefined
  )
}

const MESSAGES = {
  ...UNREADABLE_MESSAGES,
  guardNames: '{name} rejects ipvs mode unless {gate} is on, naming {modes}',
  guardMissesModes:
    '{name} checks {gate} for ipvs mode, but its error does not name the valid mode(s) {modes}',
  ungated:
    '{name} accepts ipvs mode whether or not {gate} is enabled: ipvs is in the set of valid modes checked at :{line} (from {from}) and {why}',
  otherGated: '{gate} guards {other} ({place}) instead',
  addedWhen: 'it is added only when {conditions}',
  unguarded: 'nothing guards it',
  setNames:
    '{name} accepts ipvs mode only when {gate} is enabled (the set of valid modes checked at :{line}), and its error names {modes}',
  setMissesModes:
    '{name} accepts ipvs mode only when {gate} is enabled, but its error does not name the valid mode(s) {modes}',
  noCheck: 'no code in {paths} checks {gate} when ipvs mode is chosen'
} as const

type Context = CheckContext<keyof typeof MESSAGES>

interface Judged {
  /** `validateProxyModeLinux (file:line)` */
  name: string
  file: string
  gate: string
  modes: string[]
}

/** What each explicit guard of the function shows. */
async function guardOutcomes(
  ctx: Context,
  reader: GoValueReader,
  f: GoFile,
  body: FuncBody,
  words: ModeWords,
  j: Judged
): Promise<Finding[]> {
  const out: Finding[] = []
  for (const guard of await explicitGuards(reader, f, body, j.gate, words)) {
    const text = judgeText(guard.rejections, j.gate, j.modes)
    const at: Evidence = { file: j.file, line: guard.gateLine }
    const data = { name: j.name, gate: j.gate }
    if (text.names) {
      out.push(
        pass(ctx.say('guardNames', { ...data, modes: j.modes.join(' and ') }), [
          { ...at, note: `checks ${j.gate}` },
          { file: j.file, line: text.names.line, note: 'the error' }
        ])
      )
    } else if (text.unknown) out.push(warn(unreadable(ctx, text.unknown, 'the error'), [at]))
    else
      out.push(
        fail(ctx.say('guardMissesModes', { ...data, modes: text.missing.join(' and ') }), [at])
      )
  }
  return out
}

/** What each set of valid modes of the function shows (Kubernetes' set idiom). */
async function setOutcomes(
  ctx: Context,
  reader: GoValueReader,
  f: GoFile,
  body: FuncBody,
  words: ModeWords,
  j: Judged
): Promise<Finding[]> {
  const out: Finding[] = []
  const { gate } = j
  for (const set of await modeSets(reader, f, body, gate, words)) {
    if (set.modeItems.length === 0) continue
    const ungated = set.modeItems.find(i => !i.when.some(c => c.gate === gate && c.enabled))
    if (ungated) {
      const other = set.otherGated[0]
      const why = other
        ? ctx.say('otherGated', {
            gate,
            other: other.text,
            place: `${other.from.file}:${other.from.line}`
          })
        : ungated.when.length > 0
          ? ctx.say('addedWhen', { conditions: ungated.when.map(describeCondition).join(' and ') })
          : ctx.say('unguarded')
      const from = `${ungated.from.file}:${ungated.from.line}`
      out.push(
        fail(ctx.say('ungated', { name: j.name, gate, line: set.line, from, why }), [
          { file: j.file, line: set.line, note: 'the set of valid modes' }
        ])
      )
      continue
    }
    const condition = set.modeItems[0]!.when.find(c => c.gate === gate)!
    const rejections = await rejectionsIn(reader, f, [body.open, body.close], words.errorCalls)
    const text = judgeText(rejections, gate, j.modes)
    const at: Evidence = {
      file: condition.at.file,
      line: condition.at.line,
      note: `ipvs is a valid mode only when ${gate} is enabled`
    }
    const data = { name: j.name, gate, line: set.line }
    if (text.names) {
      out.push(
        pass(ctx.say('setNames', { ...data, modes: j.modes.join(' and ') }), [
          at,
          { file: j.file, line: text.names.line, note: 'the error' }
        ])
      )
    } else if (text.unknown) out.push(warn(unreadable(ctx, text.unknown, 'the error'), [at]))
    else
      out.push(
        fail(ctx.say('setMissesModes', { ...data, modes: text.missing.join(' and ') }), [at])
      )
  }
  return out
}

export const ipvsModeRequiresGate = defineCriterion({
  id: 'ipvs-mode-requires-gate',
  meta: {
    repo: 'kubernetes',
    stage: '3',
    checks:
      'Stage 3: running kube-proxy in ipvs mode without overriding the gate exits with an error listing the valid modes ({validModes}).'
  },
  messages: MESSAGES,
  async check(ctx) {
    const { gate, kubernetes } = ctx.policy
    const { paths, validModes } = kubernetes.modeValidation
    const reader = await goValues(ctx)
    const outcomes: Finding[] = []
    for (const file of paths) {
      const f = await reader.file(file)
      if (!f) continue
      // Functions that read the gate are where the mode can be made to depend on it.
      for (const body of f.bodies) {
        if (body.name === undefined || f.v.depth(body.at) !== 0) continue
        let readsGate = false
        for (let j = body.open; j < body.close && !readsGate; j++) readsGate = f.v.isIdent(j, gate)
        if (!readsGate) continue
        const judged = {
          name: `${body.name} (${file}:${f.line(body.at)})`,
          file,
          gate,
          modes: validModes
        }
        const words = kubernetes.modeValidation
        // In one function the first guard decides: ipvs with the gate off never gets further.
        const guards = await guardOutcomes(ctx, reader, f, body, words, judged)
        const decided = guards[0] ?? (await setOutcomes(ctx, reader, f, body, words, judged))[0]
        if (decided) outcomes.push(decided)
      }
    }
    return (
      best(outcomes) ??
      fail(ctx.say('noCheck', { paths: paths.join(', '), gate }), [{ file: paths[0]! }])
    )
  }
})
