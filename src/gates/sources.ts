import { DataError, oneLine } from '../errors.js'
import { readFeatureList, type FeatureList } from '../evidence/feature-list.js'
import { readGatePage, type GatePage } from '../evidence/gate-page.js'
import { readGoFacts } from '../evidence/go.js'
import type { GateSpecs } from '../evidence/go-types.js'
import { readKep, type Kep } from '../evidence/kep-yaml.js'
import type { Repo } from '../evidence/repo.js'
import type { Policy } from '../policy/schema.js'
import type { GateFinding } from '../report/gates-types.js'
import { listFiles, readAll, subfolders } from './files.js'
import { globMatcher } from './glob.js'

// The three sources, each read once: the code (Go spec maps and the generated list), the
// website's gate pages, and the KEPs. A file that cannot be read is a finding at its place (or,
// for the list itself, an error of the run); everything else is still read.

export interface CodeInput {
  /** A kubernetes/kubernetes checkout (sparse is fine: pkg/features and the list's folder). */
  repo?: Repo
  /** The list alone, when there is no checkout (`--feature-list`, the contents API). */
  list?: { file: string; text: string }
  /** Where the code came from, for the report. */
  origin: string
}

export interface CheckoutInput {
  repo: Repo
  origin: string
}

export interface CodeFacts {
  origin: string
  /** The Go files that were read. */
  goFiles: string[]
  /** Every gate of the Go spec maps, by the gate's name. */
  go: Map<string, { file: string; entry: GateSpecs }>
  list?: FeatureList
  findings: GateFinding[]
  errors: string[]
}

export async function readCode(input: CodeInput, policy: Policy): Promise<CodeFacts> {
  const facts: CodeFacts = {
    origin: input.origin,
    goFiles: [],
    go: new Map(),
    findings: [],
    errors: []
  }
  const { repo } = input
  if (repo) {
    const consts = new Map<string, string>()
    const maps: { file: string; entry: GateSpecs }[] = []
    for (const file of policy.kubernetes.featureFiles) {
      const text = await repo.read(file).catch((error: unknown) => error as Error)
      if (text === undefined) continue
      facts.goFiles.push(file)
      try {
        if (text instanceof Error) throw text
        const go = readGoFacts(file, text)
        for (const c of go.featureConsts) if (!consts.has(c.name)) consts.set(c.name, c.value)
        for (const entry of go.specMaps) maps.push({ file, entry })
      } catch (error) {
        facts.findings.push(unreadable('code-list', 'go-unreadable', 'kubernetes', error, file))
      }
    }
    // Keys are consts (`features.X` or bare `X`); the list names gates by the const's value.
    for (const m of maps) {
      const name = m.entry.qualifier ? m.entry.name : (consts.get(m.entry.name) ?? m.entry.name)
      if (!facts.go.has(name)) facts.go.set(name, m)
    }
  }
  try {
    const list = input.list ?? (repo ? await firstList(repo, policy) : undefined)
    if (list) {
      facts.list = readFeatureList(list.file, list.text)
      for (const [gate, error] of facts.list.broken) {
        facts.findings.push({
          ...unreadable('code-list', 'list-unreadable', 'kubernetes', error, list.file),
          gate
        })
      }
    }
  } catch (error) {
    // No list, no audit of pages or KEPs: the run's error, not one gate's finding.
    facts.errors.push(oneLine(error))
  }
  return facts
}

async function firstList(
  repo: Repo,
  policy: Policy
): Promise<{ file: string; text: string } | undefined> {
  for (const file of policy.kubernetes.featureLists) {
    const text = await repo.read(file)
    if (text !== undefined) return { file, text }
  }
  return undefined
}

export interface PageFacts {
  gate: string
  lang: string
  file: string
  page?: GatePage
}

export interface WebsiteFacts {
  origin: string
  /** The reference pages' folder. */
  englishDir: string
  /** The reference pages, by gate. */
  english: Map<string, PageFacts>
  localized: PageFacts[]
  findings: GateFinding[]
}

export async function readWebsite(input: CheckoutInput, policy: Policy): Promise<WebsiteFacts> {
  const { content, english, pages } = policy.gates.website
  const facts: WebsiteFacts = {
    origin: input.origin,
    englishDir: `${content}/${english}/${pages}`,
    english: new Map(),
    localized: [],
    findings: []
  }
  const langs = await subfolders(input.repo.root, content)
  const page = (name: string) => name.endsWith('.md') && name !== '_index.md' && name !== 'index.md'
  const listed = await Promise.all(
    langs.map(async lang => ({
      lang,
      files: await listFiles(input.repo, `${content}/${lang}/${pages}`, page)
    }))
  )
  const all = listed.flatMap(({ lang, files }) => files.map(f => ({ lang, ...f })))
  const texts = await readAll(input.repo, all)
  all.forEach(({ lang, file }, i) => {
    const text = texts[i]
    if (text === undefined) return
    const gate = file.slice(file.lastIndexOf('/') + 1, -'.md'.length)
    const read: PageFacts = { gate, lang, file }
    try {
      if (text instanceof Error) throw text
      read.page = readGatePage(file, text)
    } catch (error) {
      facts.findings.push({
        ...unreadable('list-page', 'page-unreadable', 'website', error, file),
        gate,
        severity: lang === english ? 'error' : 'warning'
      })
    }
    if (lang === english) facts.english.set(gate, read)
    else facts.localized.push(read)
  })
  return facts
}

export interface KepFacts {
  file: string
  /** Undefined for a kep.yaml that cannot be read, or that names no gates at all. */
  kep?: Kep
}

const FEATURE_GATES = /^feature-gates:/m

export interface EnhancementsFacts {
  origin: string
  keps: KepFacts[]
  findings: GateFinding[]
}

export async function readEnhancements(
  input: CheckoutInput,
  policy: Policy
): Promise<EnhancementsFacts> {
  const { keps, exclude } = policy.gates.enhancements
  const excluded = exclude.map(globMatcher)
  const files = (await listFiles(input.repo, keps, name => name === 'kep.yaml')).filter(
    f => !excluded.some(re => re.test(f.file))
  )
  const texts = await readAll(input.repo, files)
  const facts: EnhancementsFacts = { origin: input.origin, keps: [], findings: [] }
  files.forEach(({ file }, i) => {
    const text = texts[i]
    if (text === undefined) return
    try {
      if (text instanceof Error) throw text
      // A KEP without feature-gates (a third of them) has nothing for this audit to read.
      if (!FEATURE_GATES.test(text)) {
        facts.keps.push({ file })
        return
      }
      facts.keps.push({ file, kep: readKep(file, text) })
    } catch (error) {
      facts.keps.push({ file })
      facts.findings.push(unreadable('kep-list', 'kep-unreadable', 'enhancements', error, file))
    }
  })
  return facts
}

/** A file that cannot be read as what it should be: one finding at its place, never a crash. */
function unreadable(
  rule: GateFinding['rule'],
  kind: string,
  source: GateFinding['evidence'][number]['source'],
  error: unknown,
  file: string
): GateFinding {
  if (!(error instanceof DataError)) throw error
  const line = error.line
  return {
    rule,
    kind,
    severity: 'error',
    message: oneLine(error),
    evidence: [{ source, file, ...(line ? { line } : {}) }]
  }
}
