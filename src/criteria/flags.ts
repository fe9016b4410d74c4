import type { GoFacts } from '../evidence/go-types.js'
import type { Evidence } from '../report/types.js'
import { goFacts } from './kubernetes-facts.js'
import { fail, pass, type Criterion } from './types.js'

const DEPRECATION_WORDS = ['deprecated', 'no effect', 'ignored', 'no-op', 'removed']

interface FlagState {
  name: string
  registered?: number
  deprecated?: number
}

/** Where each flag is registered, and where it is marked deprecated or its help warns. */
function flagStates(go: GoFacts, names: string[]): FlagState[] {
  const markLines = new Set(go.selectors.filter(s => s.name === 'MarkDeprecated').map(s => s.line))
  const warns = (text: string): boolean =>
    DEPRECATION_WORDS.some(w => text.toLowerCase().includes(w))
  return names.map(name => {
    const uses = go.strings.filter(s => s.value === name)
    const mark = uses.find(u => markLines.has(u.line))
    const registrations = uses.filter(u => !markLines.has(u.line))
    const warnedInHelp = registrations.find(r =>
      go.strings.some(s => s.statement === r.statement && s !== r && warns(s.value))
    )
    return { name, registered: registrations[0]?.line, deprecated: (mark ?? warnedInHelp)?.line }
  })
}

export const ipvsFlagsNoop: Criterion = {
  id: 'ipvs-flags-noop',
  repo: 'kubernetes',
  explain:
    'Stage 4: the --ipvs-* flags and KubeProxyIPVSConfiguration stay as no-ops with warnings, so a forgotten flag does not break kube-proxy (the KEP says "probably", hence a warning).',
  async check(ctx) {
    const { file, names, configType, configTypeFiles } = ctx.policy.kubernetes.flags
    const go = await goFacts(ctx, file)
    if (!go) return fail(`${file} does not exist, so the --ipvs-* flags are gone`, [{ file }])
    const states = flagStates(go, names)
    const problems: string[] = []
    const evidence: Evidence[] = []
    const missing = states.filter(s => s.registered === undefined)
    const unmarked = states.filter(s => s.registered !== undefined && s.deprecated === undefined)
    if (missing.length)
      problems.push(`no longer registered: ${missing.map(s => `--${s.name}`).join(', ')}`)
    for (const s of unmarked)
      evidence.push({ file, line: s.registered, note: `--${s.name} is not marked deprecated` })
    if (unmarked.length)
      problems.push(
        `not marked deprecated or warned: ${unmarked.map(s => `--${s.name}`).join(', ')}`
      )

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
        `${configType} is no longer declared in ${configTypeFiles.join(' or ')}, so old configs stop parsing`
      )

    if (problems.length > 0)
      return fail(problems.join('; '), evidence.length ? evidence : [{ file }])
    return pass(
      `all ${names.length} --ipvs-* flags are still registered and marked deprecated; ${configType} still parses`,
      [...states.map(s => ({ file, line: s.deprecated, note: `--${s.name}` })), typeFound!]
    )
  }
}
