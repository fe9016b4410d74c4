import type { GoFacts, GoFunc } from '../evidence/go-types.js'
import { goFacts } from './kubernetes-facts.js'
import { fail, pass, type Criterion } from './types.js'

interface Candidate {
  file: string
  func: GoFunc
  gateLine: number
  missingModes: string[]
}

/** What shows a function handles ipvs mode, and what builds its error. */
interface Words {
  ipvsMode: string[]
  validModes: string[]
  errorCalls: string[]
}

/** Functions that read the gate while handling ipvs mode, and which valid modes they leave out. */
function candidates(file: string, go: GoFacts, gate: string, words: Words): Candidate[] {
  const out: Candidate[] = []
  for (const func of go.funcs) {
    const within = (line: number): boolean => line >= func.startLine && line <= func.endLine
    const selectors = go.selectors.filter(s => within(s.line))
    const strings = go.strings.filter(s => within(s.line))
    const gateUse = selectors.find(s => s.name === gate)
    if (!gateUse) continue
    // The gate's own name (KubeProxyIPVS) contains "ipvs": reading it is not handling ipvs mode.
    // An identifier counts by its exact name (ProxyModeIPVS), a literal by containing a word.
    const identifiers = selectors.filter(s => s.name !== gate).map(s => s.name)
    const literals = strings.map(s => s.value.toLowerCase())
    const handlesIpvs = words.ipvsMode.some(
      w => identifiers.includes(w) || literals.some(x => x.includes(w.toLowerCase()))
    )
    if (!handlesIpvs) continue
    // Only the error's own text counts: constants such as ProxyModeNFTables in a set of valid
    // modes, or any other string in the function, tell the user nothing unless the error says them.
    const messages = strings
      .filter(s => s.calls?.some(c => words.errorCalls.includes(c.name)))
      .map(s => s.value.toLowerCase())
    const names = (mode: string): boolean => messages.some(m => m.includes(mode.toLowerCase()))
    out.push({
      file,
      func,
      gateLine: gateUse.line,
      missingModes: words.validModes.filter(m => !names(m))
    })
  }
  return out
}

export const ipvsModeRequiresGate: Criterion = {
  id: 'ipvs-mode-requires-gate',
  repo: 'kubernetes',
  explain:
    'Stage 3: running kube-proxy in ipvs mode without overriding the gate exits with an error listing the valid modes (iptables and nftables).',
  async check(ctx) {
    const { gate, kubernetes } = ctx.policy
    const { paths, validModes } = kubernetes.modeValidation
    const found: Candidate[] = []
    for (const file of paths) {
      const go = await goFacts(ctx, file)
      if (go) found.push(...candidates(file, go, gate, kubernetes.modeValidation))
    }
    const good = found.find(c => c.missingModes.length === 0)
    if (good) {
      return pass(
        `${good.func.name} (${good.file}:${good.func.startLine}) rejects ipvs mode unless ${gate} is on, naming ${validModes.join(' and ')}`,
        [{ file: good.file, line: good.gateLine, note: `checks ${gate}` }]
      )
    }
    const partial = found[0]
    if (partial) {
      return fail(
        `${partial.func.name} (${partial.file}:${partial.func.startLine}) checks ${gate} for ipvs mode, but its error does not name the valid mode(s) ${partial.missingModes.join(' and ')}`,
        [{ file: partial.file, line: partial.gateLine }]
      )
    }
    return fail(`no code in ${paths.join(', ')} checks ${gate} when ipvs mode is chosen`, [
      { file: paths[0]! }
    ])
  }
}
