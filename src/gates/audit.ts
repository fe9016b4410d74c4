import type { Kep } from '../evidence/kep-yaml.js'
import type { Policy } from '../policy/schema.js'
import {
  GATE_RULES,
  type GateFinding,
  type GateRow,
  type GateRuleId,
  type GatesReport,
  type RuleSummary,
  type SourceCell
} from '../report/gates-types.js'
import { compareMinor, formatMinor, type MinorVersion } from '../release/version.js'
import { codeListRule, type RuleOutcome } from './code-list.js'
import { applyDeviations } from './deviations.js'
import { kepListRule } from './kep-list.js'
import { listPageRule } from './list-page.js'
import {
  readCode,
  readEnhancements,
  readWebsite,
  type CheckoutInput,
  type CodeInput,
  type PageFacts
} from './sources.js'
import { firstVersion, specAt, summariseSpec, type SpecList } from './specs.js'

export interface GatesInput {
  policy: Policy
  target: MinorVersion
  targetSource: string
  /** The repository the run is for (the action's checkout). */
  kind?: string
  code: CodeInput
  website?: CheckoutInput
  enhancements?: CheckoutInput
}

/**
 * Every feature gate, checked three ways at the target: code ↔ list, list ↔ website page and
 * KEP ↔ list. Pure apart from reading the checkouts; never throws for a file it cannot read.
 */
export async function auditGates(input: GatesInput): Promise<GatesReport> {
  const { policy, target } = input
  const [code, website, enhancements] = await Promise.all([
    readCode(input.code, policy),
    input.website ? readWebsite(input.website, policy) : undefined,
    input.enhancements ? readEnhancements(input.enhancements, policy) : undefined
  ])
  // The spec list the pages and KEPs are held to: the generated list, else the Go itself.
  const specs = new Map<string, SpecList>()
  if (code.list)
    for (const [gate, entry] of code.list.gates) specs.set(gate, { file: code.list.file, entry })
  else for (const [gate, go] of code.go) specs.set(gate, go)
  const unreadable = new Set(code.list?.broken.keys() ?? [])
  const noSpecs = code.errors.length > 0 || specs.size + unreadable.size === 0

  const outcomes = new Map<GateRuleId, RuleOutcome>()
  outcomes.set('code-list', codeListRule(code, target))
  const keps = enhancements
    ? noSpecs
      ? { checked: false, why: 'no spec list to hold the KEPs to', findings: [], naming: new Map() }
      : kepListRule(enhancements.keps, specs, unreadable, target, policy)
    : {
        checked: false,
        why: 'no enhancements source',
        findings: [],
        naming: new Map<string, Kep[]>()
      }
  outcomes.set(
    'list-page',
    !website
      ? { checked: false, why: 'no website source', findings: [] }
      : noSpecs
        ? { checked: false, why: 'no spec list to hold the pages to', findings: [] }
        : listPageRule(specs, website, target, new Set(keps.naming.keys()), unreadable)
  )
  outcomes.set('kep-list', keps)

  const all = applyDeviations(
    [
      ...code.findings,
      ...(website?.findings ?? []),
      ...(enhancements?.findings ?? []),
      ...[...outcomes.values()].flatMap(o => o.findings)
    ],
    policy.gates.deviations
  )
  const rows = rowsOf(all, specs, code, website?.english, keps.naming, target)
  const errors = [...code.errors]
  return {
    target: formatMinor(target),
    targetSource: input.targetSource,
    ...(input.kind ? { kind: input.kind } : {}),
    result: errors.length > 0 || all.some(f => f.severity === 'error') ? 'fail' : 'pass',
    sources: {
      code: {
        origin: code.origin,
        goFiles: code.goFiles,
        ...(code.list ? { list: code.list.file } : {}),
        gates: specs.size
      },
      ...(website
        ? {
            website: {
              origin: website.origin,
              pages: website.english.size,
              localizedPages: website.localized.length
            }
          }
        : {}),
      ...(enhancements
        ? {
            enhancements: {
              origin: enhancements.origin,
              keps: enhancements.keps.length,
              naming: enhancements.keps.filter(k => (k.kep?.featureGates.length ?? 0) > 0).length
            }
          }
        : {})
    },
    rules: GATE_RULES.map(id => summary(id, outcomes.get(id)!, all)),
    rows,
    findings: all.filter(f => f.gate === undefined),
    errors
  }
}

function summary(id: GateRuleId, outcome: RuleOutcome, all: GateFinding[]): RuleSummary {
  const mine = all.filter(f => f.rule === id)
  const count = (severity: GateFinding['severity']) =>
    mine.filter(f => f.severity === severity).length
  return {
    id,
    checked: outcome.checked,
    ...(outcome.why ? { why: outcome.why } : {}),
    errors: count('error'),
    warnings: count('warning'),
    accepted: count('accepted'),
    info: count('info')
  }
}

function rowsOf(
  findings: GateFinding[],
  specs: ReadonlyMap<string, SpecList>,
  code: { go: ReadonlyMap<string, SpecList> },
  pages: ReadonlyMap<string, PageFacts> | undefined,
  naming: ReadonlyMap<string, Kep[]>,
  target: MinorVersion
): GateRow[] {
  const byGate = new Map<string, GateFinding[]>()
  for (const f of findings) {
    if (f.gate === undefined) continue
    const list = byGate.get(f.gate) ?? []
    list.push(f)
    byGate.set(f.gate, list)
  }
  // As the generated list sorts: case-insensitively (and without the cost of localeCompare).
  const lower = new Map([...byGate.keys()].map(g => [g, g.toLowerCase()]))
  return [...byGate.keys()]
    .sort((a, b) => (lower.get(a)! < lower.get(b)! ? -1 : lower.get(a)! > lower.get(b)! ? 1 : 0))
    .map(gate => {
      const page = pages?.get(gate)
      const codeCell = codeCellOf(specs.get(gate) ?? code.go.get(gate), target)
      const pageCell = page ? pageCellOf(page, target) : undefined
      return {
        gate,
        ...(codeCell ? { code: codeCell } : {}),
        ...(pageCell ? { page: pageCell } : {}),
        keps: (naming.get(gate) ?? []).map(kep => kepCellOf(kep, gate)),
        findings: byGate.get(gate)!
      }
    })
}

function codeCellOf(list: SpecList | undefined, target: MinorVersion): SourceCell | undefined {
  if (!list) return undefined
  const spec = specAt(list.entry, target)
  const first = firstVersion(list.entry)
  return {
    summary: spec
      ? summariseSpec(spec)
      : `not yet at ${formatMinor(target)}${first ? ` (from ${formatMinor(first)})` : ''}`,
    source: 'kubernetes',
    file: list.file,
    line: spec?.line ?? list.entry.line
  }
}

function pageCellOf(facts: PageFacts, target: MinorVersion): SourceCell {
  const cell = (summary: string, line?: number): SourceCell => ({
    summary,
    source: 'website',
    file: facts.file,
    ...(line ? { line } : {})
  })
  const page = facts.page
  if (!page) return cell('cannot be read')
  if (!page.frontMatter) return cell('no front matter', 1)
  if (page.removed) return cell('removed: true', page.removedLine)
  const current = (page.stages ?? [])
    .filter(s => s.from && compareMinor(s.from, target) <= 0)
    .sort((a, b) => compareMinor(a.from!, b.from!))
    .pop()
  if (!current)
    return cell(page.stages ? `no stage at ${formatMinor(target)}` : 'no stages', page.stagesLine)
  return cell(
    `${current.stage ?? '?'}, default ${String(current.defaultValue)}, from ${current.fromText}`,
    current.line
  )
}

function kepCellOf(kep: Kep, gate: string): SourceCell {
  const milestones = kep.milestones
    .filter(m => m.text !== '')
    .map(m => `${m.key} ${m.text}`)
    .join(', ')
  const latest = kep.latestMilestone?.text ? `, latest ${kep.latestMilestone.text}` : ''
  return {
    summary: `KEP-${kep.number ?? '?'}: ${kep.stage || 'no stage'}${latest}${milestones ? ` (${milestones})` : ''}`,
    source: 'enhancements',
    file: kep.file,
    line: kep.featureGates.find(g => g.name === gate)?.line ?? 1
  }
}
