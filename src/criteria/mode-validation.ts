import type { GoFacts, GoFunc } from '../evidence/go-types.js'
import { goFacts } from './kubernetes-facts.js'
import { fail, pass, type Criterion } from './types.js'

interface Candidate {
  file: string
  func: GoFunc
  gateLine: number
  missingModes: string[]
}

/** Functions that read the gate while handling ipvs mode, and which valid modes they leave out. */
function candidates(
  file: string,
  go: GoFacts,
  gate: string,
  ipvsWords: string[],
  validModes: string[]
): Candidate[] {
  const out: Candidate[] = []
  for (const func of go.funcs) {
    const within = (line: number): boolean => line >= func.startLine && line <= func.endLine
    const selectors = go.selectors.filter(s => within(s.line))
    const strings = go.strings.filter(s => within(s.line))
    const gateUse = selectors.find(s => s.name === gate)
    if (!gateUse) continue
    const words = [
      ...selectors.map(s => s.name.toLowerCase()),
      ...strings.map(s => s.value.toLowerCase())
    ]
    const handlesIpvs = ipvsWords.some(w => words.some(x => x.includes(w.toLowerCase())))
    if (!handlesIpvs) continue
    // Only the function's own text counts: constants such as ProxyModeNFTables in a set of valid
    // modes tell the user nothing unless the message names them.
    const messages = strings.map(s => s.value.toLowerCase())
    const names = (mode: string): boolean => messages.some(m => m.includes(mode.toLowerCase()))
    out.push({
      file,
      func,
      gateLine: gateUse.line,
      missingModes: validModes.filter(m => !names(m))
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
    const { paths, ipvsMode, validModes } = kubernetes.modeValidation
    const found: Candidate[] = []
    for (const file of paths) {
      const go = await goFacts(ctx, file)
      if (go) found.push(...candidates(file, go, gate, ipvsMode, validModes))
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
