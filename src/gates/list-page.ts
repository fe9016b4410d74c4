import type { FeatureSpec } from '../evidence/go-types.js'
import type { GateEvidence, GateFinding, GateSeverity } from '../report/gates-types.js'
import { compareMinor, formatMinor, type MinorVersion } from '../release/version.js'
import type { RuleOutcome } from './code-list.js'
import { compareStages, type ExpectedStage } from './page-stages.js'
import type { PageFacts, WebsiteFacts } from './sources.js'
import { expectedStages, isLive, type SpecList } from './specs.js'

// List ↔ website page: each gate in the code at the target has a page whose stages tell its
// spec list up to the target; a page for a gate the code no longer has says `removed: true`.
// Localized pages are held to the same rules as warnings; a missing translation is no finding.

export function listPageRule(
  specs: ReadonlyMap<string, SpecList>,
  website: WebsiteFacts,
  target: MinorVersion,
  /** Gates some KEP names: a page for one of them that the code lacks was a real gate. */
  named: ReadonlySet<string>,
  /** Gates whose list entry cannot be read: their pages cannot be judged. */
  unreadable: ReadonlySet<string>
): RuleOutcome {
  const findings: GateFinding[] = []
  const at = formatMinor(target)
  for (const [gate, list] of specs) {
    if (!isLive(list.entry, target) || website.english.has(gate)) continue
    findings.push({
      rule: 'list-page',
      kind: 'page-missing',
      severity: 'error',
      gate,
      message: `${gate} is in the code at ${at} but has no page: add ${website.englishDir}/${gate}.md`,
      evidence: [listSide(list, `${gate} in the list`)]
    })
  }
  const pages = [...website.english.values(), ...website.localized]
  for (const page of pages) {
    if (!page.page || unreadable.has(page.gate)) continue
    const severity: GateSeverity = website.english.get(page.gate) === page ? 'error' : 'warning'
    const list = specs.get(page.gate)
    const found =
      list && isLive(list.entry, target)
        ? livePage(page, list, target)
        : goneGatePage(page, target, named.has(page.gate), list !== undefined)
    for (const f of found) findings.push({ ...f, severity, gate: page.gate })
  }
  return { checked: true, findings }
}

type Draft = Omit<GateFinding, 'severity' | 'gate'>

function livePage(facts: PageFacts, list: SpecList, target: MinorVersion): Draft[] {
  const page = facts.page!
  const at = formatMinor(target)
  const pageSide = (line: number | undefined, note?: string): GateEvidence => ({
    source: 'website',
    file: facts.file,
    line: line ?? 1,
    ...(note ? { note } : {})
  })
  if (!page.frontMatter)
    return [
      {
        rule: 'list-page',
        kind: 'page-no-front-matter',
        message: `${facts.file} has no front matter (--- stages: … ---)`,
        evidence: [pageSide(1), listSide(list)]
      }
    ]
  const out: Draft[] = []
  if (page.removed)
    out.push({
      rule: 'list-page',
      kind: 'page-removed-early',
      message: `${facts.file} marks ${facts.gate} removed: true, but the code has it at ${at}`,
      evidence: [pageSide(page.removedLine, 'removed: true'), listSide(list)]
    })
  if (!page.stages) {
    out.push({
      rule: 'list-page',
      kind: 'page-no-stages',
      message: `${facts.file} has no stages: list in its front matter`,
      evidence: [pageSide(page.stagesLine), listSide(list)]
    })
    return out
  }
  const expected = expectedStages(list.entry, target)
  const specOf = new Map<ExpectedStage, FeatureSpec>(expected.map(e => [e.stage, e.spec]))
  const problems = compareStages(
    page,
    page.stages,
    expected.map(e => e.stage),
    target,
    { lastStage: 'open', reportExtra: true }
  )
  for (const p of problems) {
    const spec = p.expected ? specOf.get(p.expected) : undefined
    out.push({
      rule: 'list-page',
      kind: p.kind,
      message: p.message,
      evidence: [
        pageSide(p.line),
        spec
          ? {
              source: 'kubernetes',
              file: list.file,
              line: spec.line,
              note: `${spec.preRelease}, Default: ${spec.default}, LockToDefault: ${spec.lockToDefault}, Version ${spec.version}`
            }
          : listSide(list)
      ],
      ...(p.version ? { version: formatMinor(p.version) } : {})
    })
  }
  return out
}

/**
 * A page for a gate the code does not have at the target: it must say `removed: true`, unless
 * the gate comes in a later release (the list is master's), when its stages are the future.
 */
function goneGatePage(
  facts: PageFacts,
  target: MinorVersion,
  named: boolean,
  later: boolean
): Draft[] {
  const page = facts.page!
  const at = formatMinor(target)
  const out: Draft[] = []
  for (const s of page.stages ?? []) {
    if (s.from && compareMinor(s.from, target) > 0)
      out.push({
        rule: 'list-page',
        kind: 'stage-future',
        message: `a stage starts at "${formatMinor(s.from)}", after ${at}`,
        evidence: [{ source: 'website', file: facts.file, line: s.fromLine ?? s.line }],
        version: formatMinor(s.from)
      })
  }
  if (!page.removed && page.frontMatter && !later)
    out.push({
      rule: 'list-page',
      kind: named ? 'page-not-removed' : 'page-stale',
      message: named
        ? `${facts.gate} is no longer in the code at ${at}: mark ${facts.file} removed: true`
        : `${facts.gate} is not a gate of the code at ${at} (removed or renamed?), and ${facts.file} is not marked removed: true`,
      evidence: [{ source: 'website', file: facts.file, line: page.stagesLine }]
    })
  return out
}

function listSide(list: SpecList, note?: string): GateEvidence {
  return {
    source: 'kubernetes',
    file: list.file,
    line: list.entry.line,
    ...(note ? { note } : {})
  }
}
