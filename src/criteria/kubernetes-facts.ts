import { entryIn, readFeatureList, type FeatureList } from '../evidence/feature-list.js'
import { effectiveSpec, readGoFacts } from '../evidence/go.js'
import type { FeatureSpec, GateSpecs, GoFacts } from '../evidence/go-types.js'
import type { Unknown } from '../evidence/go-value-types.js'
import { GoValueReader } from '../evidence/go-values.js'
import { filesOf } from '../evidence/repo.js'
import type { Evidence } from '../report/types.js'
import type { CheckContext } from './types.js'

export { describeSpec } from '../gates/spec-agreement.js'

// Questions several kubernetes/kubernetes criteria ask, each answered once per run.

/** A Go file's facts, parsed once per run; undefined if the file does not exist. */
export function goFacts(ctx: CheckContext, file: string): Promise<GoFacts | undefined> {
  return ctx.memo(`go:${file}`, async () => {
    const source = await ctx.repo.read(file)
    return source === undefined ? undefined : readGoFacts(file, source)
  })
}

/** The run's one Go value reader: files it reads are read through the run's Repo, once. */
export function goValues(ctx: CheckContext): Promise<GoValueReader> {
  return ctx.memo('go-values', async () => {
    const { repo } = ctx
    return new GoValueReader({ read: path => repo.read(path), list: dir => repo.list(dir) })
  })
}

/** What a criterion says where the text it needs is built at run time: check it by hand. */
/** The message of a value built at run time, which criteria that read Go values declare. */
export const UNREADABLE_MESSAGES = {
  unreadable: 'could not read {what} statically: it is built at {place} ({why}); check it by hand'
} as const

/** "could not read the message statically: it is built at …", said by the criterion. */
export function unreadable(
  ctx: CheckContext<keyof typeof UNREADABLE_MESSAGES>,
  u: Unknown,
  what = 'the message'
): string {
  return ctx.say('unreadable', { what, place: `${u.at.file}:${u.at.line}`, why: u.why })
}

export interface GateFacts {
  /** Where the gate's const is declared. */
  declaration?: Evidence
  /** The const's value when it is not the gate's name: a gate users cannot name. */
  misnamed?: string
  /** Its spec list in Go (the source of truth) and where. */
  specs?: { file: string; entry: GateSpecs; duplicates?: Evidence[] }
  /** The generated feature list holding the gate (or the first list, if none does). */
  list?: { file: string; entry?: GateSpecs; duplicates?: Evidence[] }
}

export function gateFacts(ctx: CheckContext): Promise<GateFacts> {
  return ctx.memo('gate', async () => {
    const { gate, kubernetes } = ctx.policy
    const facts: GateFacts = {}
    let constName = gate
    // The gate is its value (what users write in --feature-gates); a const of that name with
    // another value is found too, to say so.
    for (const byValue of [true, false]) {
      for (const file of kubernetes.featureFiles) {
        const go = await goFacts(ctx, file)
        const decl = go?.featureConsts.find(c => (byValue ? c.value : c.name) === gate)
        if (!decl || facts.declaration) continue
        facts.declaration = {
          file,
          line: decl.line,
          note: `${decl.name} featuregate.Feature = "${decl.value}"`
        }
        if (decl.value !== gate) facts.misnamed = decl.value
        constName = decl.name
      }
    }
    for (const file of kubernetes.featureFiles) {
      const go = await goFacts(ctx, file)
      const entries = go?.specMaps.filter(s => s.name === constName || s.name === gate) ?? []
      const entry = entries[0]
      if (!entry || facts.specs) continue
      // Go refuses a map literal with a key twice; a tree that has one is no release.
      const same = entries.filter(e => e.layout === entry.layout)
      facts.specs = {
        file,
        entry,
        ...(same.length > 1
          ? { duplicates: same.map(e => ({ file, line: e.line, note: `${e.name}: {…}` })) }
          : {})
      }
    }
    // Trees have kept the gate in one of several lists (versioned and unversioned until ~1.31).
    for (const file of kubernetes.featureLists) {
      const list = await featureList(ctx, file)
      if (!list) continue
      const twice = list.duplicates.get(gate)
      if (twice) {
        facts.list = {
          file,
          duplicates: twice.map(line => ({ file, line, note: `- name: ${gate}` }))
        }
        break
      }
      const entry = entryIn(list, gate)
      if (entry) {
        facts.list = { file, entry }
        break
      }
      facts.list ??= { file }
    }
    return facts
  })
}

/**
 * A generated feature list, read once per run by the one reader of lists, for the policy's gate
 * (the others' entries are left unread); undefined if missing.
 */
export function featureList(ctx: CheckContext, file: string): Promise<FeatureList | undefined> {
  return ctx.memo(`feature-list:${file}`, async () => {
    const text = await ctx.repo.read(file)
    return text === undefined ? undefined : readFeatureList(file, text, ctx.policy.gate)
  })
}

/** The entry that rules at the target: the greatest version at or before it. */
export function effectiveAtTarget(ctx: CheckContext, facts: GateFacts): FeatureSpec | undefined {
  return facts.specs ? effectiveSpec(facts.specs.entry.specs, ctx.target) : undefined
}

/** Uses of the gate in product Go code (`features.KubeProxyIPVS`), comments and strings excluded. */
export function gateUses(ctx: CheckContext): Promise<Evidence[]> {
  return ctx.memo('gate-uses', async () => {
    const { gate, kubernetes } = ctx.policy
    const hits = await ctx.repo.grep({
      patterns: [gate],
      include: ['**/*.go'],
      exclude: kubernetes.excludeGo
    })
    const uses: Evidence[] = []
    for (const file of filesOf(hits)) {
      const go = await goFacts(ctx, file)
      for (const s of go?.selectors ?? []) {
        if (s.name === gate) uses.push({ file, line: s.line, note: `${s.qualifier}.${s.name}` })
      }
    }
    return uses
  })
}

/** Non-vendored Go files that import the ipvs package or one below it, checked against the import block. */
export function ipvsImports(ctx: CheckContext): Promise<Evidence[]> {
  return ctx.memo('ipvs-imports', async () => {
    const { ipvsImport } = ctx.policy.kubernetes
    const hits = await ctx.repo.grep({
      patterns: [`"${ipvsImport}`],
      include: ['**/*.go'],
      exclude: ['vendor/**']
    })
    const found: Evidence[] = []
    for (const file of filesOf(hits)) {
      const go = await goFacts(ctx, file)
      for (const imp of go?.imports ?? []) {
        if (imp.path === ipvsImport || imp.path.startsWith(`${ipvsImport}/`)) {
          found.push({ file, line: imp.line, note: `imports "${imp.path}"` })
        }
      }
    }
    return found
  })
}
