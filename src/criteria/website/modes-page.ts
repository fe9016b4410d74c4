import {
  paragraphs,
  type Paragraph,
  shortcodeBody,
  type MarkdownLine,
  type Shortcode
} from '../../evidence/markdown.js'
import type { WebsiteParams } from '../../policy/website-schema.js'
import type { Evidence } from '../../report/types.js'
import { escapeRegExp } from '../words.js'
import { compareMinor, formatMinor, namesRelease, parseMinor } from '../../release/version.js'
import { defineCriterion, fail, pass } from '../types.js'
import {
  containsWord,
  IPVS_SECTION_MESSAGES,
  ipvsSection,
  isFinding,
  lowerIncludes,
  rendered,
  vRelease
} from './pages.js'

// Criteria on the IPVS proxy mode section of the page that documents kube-proxy's modes.

export const docsDeprecationNotice = defineCriterion({
  id: 'docs-deprecation-notice',
  meta: {
    repo: 'website',
    stage: '1',
    checks:
      'Stage 1: the IPVS proxy mode section of the Service proxies reference is marked deprecated (a feature-state shortcode or a deprecation note).'
  },
  messages: {
    ...IPVS_SECTION_MESSAGES,
    marked: '{place} marks IPVS proxy mode {state} since {since}',
    wrongVersion:
      'the {shortcode} shortcode at {place} names {named}; ipvs mode was deprecated in {since}',
    noted: 'the {{< {shortcode} >}} at {place} says IPVS proxy mode is {word}',
    unmarked:
      'the IPVS proxy mode section at {place} has no {{< {shortcode} for_k8s_version="{since}" state="{state}" >}} and no {notes} saying it is {words}'
  },
  async check(ctx) {
    const found = await ipvsSection(ctx)
    if (isFinding(found)) return found
    const { page, section } = found
    const rules = ctx.policy.website.deprecation
    const since = ctx.stageVersion(rules.since)
    const file = page.file
    const wrongVersion: Evidence[] = []
    let note: { shortcode: Shortcode; said: MarkdownLine } | undefined
    for (const code of section.shortcodes) {
      if (code.closing) continue
      if (code.name === rules.shortcode && code.params.state?.toLowerCase() === rules.state) {
        const version = parseMinor(code.params.for_k8s_version ?? '')
        if (version && compareMinor(version, since) === 0) {
          const data = { place: `${file}:${code.line}`, state: rules.state, since: vRelease(since) }
          return pass(ctx.say('marked', data), [
            { file, line: code.line, note: `{{< ${code.name} state="${code.params.state}" >}}` }
          ])
        }
        wrongVersion.push({
          file,
          line: code.line,
          note: `for_k8s_version="${code.params.for_k8s_version ?? ''}"`
        })
      }
      if (!note && rules.noteShortcodes.includes(code.name)) {
        const said = rendered(shortcodeBody(page, code)).find(l =>
          lowerIncludes(l.text, rules.words)
        )
        if (said) note = { shortcode: code, said }
      }
    }
    // A note stands in for a missing feature-state, not for one that names the wrong release:
    // that shortcode renders the wrong version on the page whatever the note says.
    if (wrongVersion.length > 0) {
      const [first] = wrongVersion
      const data = {
        shortcode: rules.shortcode,
        place: `${file}:${first!.line}`,
        since: vRelease(since)
      }
      return fail(ctx.say('wrongVersion', { ...data, named: first!.note! }), wrongVersion)
    }
    if (note) {
      const { shortcode, said } = note
      const data = { shortcode: shortcode.name, place: `${file}:${shortcode.line}` }
      return pass(ctx.say('noted', { ...data, word: rules.words[0]! }), [
        { file, line: said.line, note: said.text.trim() }
      ])
    }
    return fail(
      ctx.say('unmarked', {
        place: `${file}:${section.heading.line}`,
        shortcode: rules.shortcode,
        since: vRelease(since),
        state: rules.state,
        notes: rules.noteShortcodes.join('/'),
        words: rules.words.join(' or ')
      }),
      [{ file, line: section.heading.line }]
    )
  }
})

export const docsAnnounceSchedule = defineCriterion({
  id: 'docs-announce-schedule',
  meta: {
    repo: 'website',
    stage: '2',
    checks:
      'Stage 2: the IPVS section names the release that disables ipvs mode by default, the release that removes it, and the {gate} feature gate.'
  },
  messages: {
    ...IPVS_SECTION_MESSAGES,
    missing:
      'the IPVS proxy mode section at {place} does not name {missing}; it must name {wanted}',
    named: 'the IPVS proxy mode section of {file} names {wanted}'
  },
  async check(ctx) {
    const found = await ipvsSection(ctx)
    if (isFinding(found)) return found
    const { page, section } = found
    const lines = rendered(section.lines)
    const wanted = [
      ...ctx.policy.website.announce.map(stage => {
        const release = ctx.stageVersion(stage)
        return { what: vRelease(release), test: (t: string) => namesRelease(t, release) }
      }),
      { what: `the ${ctx.policy.gate} gate`, test: (t: string) => containsWord(t, ctx.policy.gate) }
    ]
    const evidence: Evidence[] = []
    const missing: string[] = []
    for (const w of wanted) {
      const at = lines.find(l => w.test(l.text))
      if (at) evidence.push({ file: page.file, line: at.line, note: `names ${w.what}` })
      else missing.push(w.what)
    }
    const all = wanted.map(w => w.what).join(', ')
    if (missing.length > 0) {
      const place = `${page.file}:${section.heading.line}`
      return fail(ctx.say('missing', { place, missing: missing.join(' or '), wanted: all }), [
        { file: page.file, line: section.heading.line },
        ...evidence
      ])
    }
    return pass(ctx.say('named', { file: page.file, wanted: all }), evidence)
  }
})

type FutureRules = WebsiteParams['disabledByDefault']['future']

/** How far before a phrase its auxiliary can be: "will" + a word + "be" + emphasis marks. */
const AUXILIARY_WINDOW = 200

/**
 * The first phrase the sentence uses in the present, else the first it uses only in the future
 * ("will be disabled by default", "in a future release ... off by default"); undefined if none.
 * `at` is where the phrase starts in the sentence. Linear in the sentence: each use looks back a
 * bounded window for its auxiliary, and a lead-in is found once.
 */
function phraseUse(
  sentence: string,
  phrases: readonly string[],
  future: FutureRules
): { phrase: string; future: boolean; at: number } | undefined {
  const lower = sentence.toLowerCase()
  const auxiliary = new RegExp(
    `(?<![\\w])(?:${future.auxiliaries.map(escapeRegExp).join('|')})\\s+(?:[\\w-]+\\s+)?(?:be\\s+)?[*_\\s]*$`,
    'i'
  )
  // A lead-in makes every phrase after its end future.
  let leadInEnd = Infinity
  for (const leadIn of future.leadIns) {
    const found = lower.indexOf(leadIn.toLowerCase())
    if (found !== -1) leadInEnd = Math.min(leadInEnd, found + leadIn.length)
  }
  const isFuture = (at: number) =>
    leadInEnd <= at || auxiliary.test(lower.slice(Math.max(0, at - AUXILIARY_WINDOW - 1), at))
  let futureOnly: { phrase: string; future: boolean; at: number } | undefined
  for (const phrase of phrases) {
    const wanted = phrase.toLowerCase()
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
      if (!isFuture(at)) return { phrase, future: false, at }
      futureOnly ??= { phrase, future: true, at }
    }
  }
  return futureOnly
}

/** The line of a paragraph that holds the character at `offset` of its joined text. */
function lineAt(paragraph: Paragraph, offset: number): number {
  let start = 0
  for (const l of paragraph.lines) {
    const end = start + l.text.trim().length
    if (offset <= end) return l.line
    start = end + 1
  }
  return paragraph.line
}

export const docsDisabledByDefault = defineCriterion({
  id: 'docs-disabled-by-default',
  meta: {
    repo: 'website',
    stage: '3',
    checks:
      'Stage 3: the IPVS section says ipvs mode is now disabled by default and that using it needs the {gate} feature gate.'
  },
  messages: {
    ...IPVS_SECTION_MESSAGES,
    says: '{place} says ipvs mode is {phrase} and needs the {gate} gate',
    withoutGate:
      '{place} says ipvs mode is disabled by default but not that it needs the {gate} feature gate',
    futureOnly:
      '{place} still says ipvs mode will be disabled by default; at {target} it is, and needs the {gate} gate',
    unsaid:
      'the IPVS proxy mode section at {place} does not say ipvs mode is disabled by default ({phrases}) and needs the {gate} gate'
  },
  async check(ctx) {
    const found = await ipvsSection(ctx)
    if (isFinding(found)) return found
    const { page, section } = found
    const { phrases, future } = ctx.policy.website.disabledByDefault
    const gate = ctx.policy.gate
    let futureOnly: Evidence | undefined
    let withoutGate: Evidence | undefined
    for (const paragraph of paragraphs(section.lines)) {
      let cursor = 0
      const namesGate = containsWord(paragraph.text, gate)
      for (const sentence of paragraph.text.split(/(?<=[.!?;])\s+/)) {
        const start = paragraph.text.indexOf(sentence, cursor)
        cursor = start + sentence.length
        const use = phraseUse(sentence, phrases, future)
        if (!use) continue
        const { phrase } = use
        const line = lineAt(paragraph, start + use.at)
        const place = { file: page.file, line, note: sentence }
        if (use.future) {
          futureOnly ??= place
          continue
        }
        if (!namesGate) {
          withoutGate ??= place
          continue
        }
        return pass(ctx.say('says', { place: `${page.file}:${line}`, phrase, gate }), [place])
      }
    }
    const target = formatMinor(ctx.target)
    if (withoutGate) {
      const place = `${page.file}:${withoutGate.line}`
      return fail(ctx.say('withoutGate', { place, gate }), [withoutGate])
    }
    if (futureOnly) {
      const place = `${page.file}:${futureOnly.line}`
      return fail(ctx.say('futureOnly', { place, target, gate }), [futureOnly])
    }
    return fail(
      ctx.say('unsaid', {
        place: `${page.file}:${section.heading.line}`,
        phrases: phrases.map(p => `"${p}"`).join(', '),
        gate
      }),
      [{ file: page.file, line: section.heading.line }]
    )
  }
})
