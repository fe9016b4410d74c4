import type { GateEvidence, GateFinding } from '../report/gates-types.js'
import type { MinorVersion } from '../release/version.js'
import type { CodeFacts } from './sources.js'
import { specDisagreements } from './spec-agreement.js'

// Code ↔ list: every gate's Go spec list equals its entry in the generated list. The rule of
// KEP-5495's gate-declared, for every gate of the Go files read. Gates the list has and the Go
// files lack are declared in other packages (the generic apiserver, component-base): not read,
// not judged.

export interface RuleOutcome {
  checked: boolean
  why?: string
  findings: GateFinding[]
}

export function codeListRule(code: CodeFacts, target: MinorVersion): RuleOutcome {
  if (code.goFiles.length === 0)
    return { checked: false, why: 'no Go feature files (only the generated list)', findings: [] }
  const list = code.list
  if (!list) return { checked: false, why: 'no generated feature list', findings: [] }
  const findings: GateFinding[] = []
  for (const [gate, go] of code.go) {
    if (list.broken.has(gate)) continue
    const entry = list.gates.get(gate)
    const differences = specDisagreements(go, { file: list.file, entry }, gate, target)
    if (differences.length === 0) continue
    const sides: GateEvidence[] = [
      { source: 'kubernetes', file: go.file, line: go.entry.line, note: `${gate} in the Go` },
      ...(entry
        ? [
            {
              source: 'kubernetes' as const,
              file: list.file,
              line: entry.line,
              note: `${gate} in the list`
            }
          ]
        : [])
    ]
    findings.push({
      rule: 'code-list',
      kind: entry ? 'spec-mismatch' : 'list-missing',
      severity: 'error',
      gate,
      message: entry
        ? `${list.file} disagrees with ${go.file} about ${gate}: regenerate the list (hack/update-featuregates.sh) or fix the Go`
        : `${gate} is in ${go.file} but not in ${list.file}: regenerate the list (hack/update-featuregates.sh)`,
      evidence: [
        ...sides,
        ...differences
          .filter(d => d.line !== undefined)
          .map(d => ({ source: 'kubernetes' as const, ...d }))
      ]
    })
  }
  return { checked: true, findings }
}
