import type { GoFile, Range } from '../evidence/go-file.js'
import { IDENT, STRING } from '../evidence/go-token-view.js'
import { unknownsOf, type Unknown } from '../evidence/go-value-types.js'
import type { GoValueReader } from '../evidence/go-values.js'
import type { Evidence } from '../report/types.js'
import { goFacts, goValues, unreadable, UNREADABLE_MESSAGES } from './kubernetes-facts.js'
import { defineCriterion, fail, pass, warn } from './types.js'

const DEPRECATION_WORDS = ['deprecated', 'no effect', 'ignored', 'no-op', 'removed']
/** pflag's FlagSet methods that mark a flag rather than register it. */
const MARKS = new Set(['MarkDeprecated', 'MarkHidden', 'MarkShorthandDeprecated'])
const PREDECLARED = new Set(['nil', 'true', 'false'])

interface FlagState {
  name: string
  registered?: number
  deprecated?: number
}

/**
 * Where each flag is registered (a FlagSet call with its name as an argument: a literal or a
 * constant), and where it
 * is marked deprecated: `fs.MarkDeprecated(name, msg)` with the name a literal, a constant or a
 * loop variable over a list of names, as the value reader reads it; or help text that warns.
 */
async function flagStates(
  reader: GoValueReader,
  f: GoFile,
  names: string[]
): Promise<{ states: FlagState[]; unread: Unknown[] }> {
  const v = f.v
  const marked = new Map<string, number>()
  const registered = new Map<string, number>()
  const warned = new Map<string, number>()
  const unread: Unknown[] = []
  for (const call of f.calls()) {
    const method = call.chain[call.chain.length - 1] ?? ''
    const line = f.line(call.start)
    if (method === 'MarkDeprecated' && call.args[0]) {
      for (const value of await reader.values(f, call.args[0])) {
        if (value.kind === 'string' && value.unknown.length === 0) {
          if (!marked.has(value.text)) marked.set(value.text, line)
        } else unread.push(...unknownsOf(value))
      }
      continue
    }
    if (MARKS.has(method)) continue
    // The name as a literal, or a constant (`fs.StringVar(&o.x, schedulerFlag, …)`).
    let literal: Range | undefined
    let name = ''
    for (const arg of call.args) {
      if (arg[1] !== arg[0] + 1) continue
      if (v.kind(arg[0]) === STRING && names.includes(v.text(arg[0]))) {
        ;[literal, name] = [arg, v.text(arg[0])]
      } else if (v.kind(arg[0]) === IDENT && !PREDECLARED.has(v.text(arg[0]))) {
        const value = (await reader.values(f, arg)).find(
          x => x.kind === 'string' && x.unknown.length === 0 && names.includes(x.text)
        )
        if (value?.kind === 'string') [literal, name] = [arg, value.text]
      }
      if (literal) break
    }
    if (!literal) continue
    if (!registered.has(name)) registered.set(name, line)
    for (let j = call.open + 1; j < call.close; j++) {
      if (j === literal[0] || v.kind(j) !== STRING) continue
      if (DEPRECATION_WORDS.some(w => v.text(j).toLowerCase().includes(w))) warned.set(name, line)
    }
  }
  const states = names.map(name => ({
    name,
    registered: registered.get(name),
    deprecated: marked.get(name) ?? warned.get(name)
  }))
  return { states, unread }
}

export const ipvsFlagsNoop = defineCriterion({
  id: 'ipvs-flags-noop',
  meta: {
    repo: 'kubernetes',
    stage: '4',
    checks:
      'Stage 4: the --ipvs-* flags and KubeProxyIPVSConfiguration stay as no-ops with warnings, so a forgotten flag does not break kube-proxy (the KEP says "probably", hence a warning).'
  },
  messages: {
    ...UNREADABLE_MESSAGES,
    noFile: '{file} does not exist, so the --ipvs-* flags are gone',
    unregistered: 'no longer registered: {flags}',
    unmarked: 'not marked deprecated or warned: {flags}',
    noConfigType: '{type} is no longer declared in {files}, so old configs stop parsing',
    kept: 'all {count} --ipvs-* flags are still registered and marked deprecated; {type} still parses'
  },
  async check(ctx) {
    const { file, names, configType, configTypeFiles } = ctx.policy.kubernetes.flags
    const reader = await goValues(ctx)
    const f = await reader.file(file)
    if (!f) return fail(ctx.say('noFile', { file }), [{ file }])
    const { states, unread } = await flagStates(reader, f, names)
    const problems: string[] = []
    const evidence: Evidence[] = []
    const missing = states.filter(s => s.registered === undefined)
    const unmarked = states.filter(s => s.registered !== undefined && s.deprecated === undefined)
    const flags = (list: FlagState[]) => list.map(s => `--${s.name}`).join(', ')
    if (missing.length) problems.push(ctx.say('unregistered', { flags: flags(missing) }))
    for (const s of unmarked)
      evidence.push({ file, line: s.registered, note: `--${s.name} is not marked deprecated` })
    if (unmarked.length) problems.push(ctx.say('unmarked', { flags: flags(unmarked) }))

    let typeFound: Evidence | undefined
    for (const typeFile of configTypeFiles) {
      // A declaration the reader saw, so one inside a comment or a string does not count.
      const decl = (await goFacts(ctx, typeFile))?.types.find(
        t => t.struct && t.name === configType
      )
      if (decl) {
        typeFound = { file: typeFile, line: decl.line }
        break
      }
    }
    if (!typeFound)
      problems.push(
        ctx.say('noConfigType', { type: configType, files: configTypeFiles.join(' or ') })
      )

    // A MarkDeprecated whose flag name is built at run time may be the one that marks them.
    if (unmarked.length > 0 && unread[0] && problems.length === 1) {
      return warn(unreadable(ctx, unread[0], 'a flag name passed to MarkDeprecated'), evidence)
    }
    if (problems.length > 0)
      return fail(problems.join('; '), evidence.length ? evidence : [{ file }])
    return pass(ctx.say('kept', { count: names.length, type: configType }), [
      ...states.map(s => ({ file, line: s.deprecated, note: `--${s.name}` })),
      typeFound!
    ])
  }
})
