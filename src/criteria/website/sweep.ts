import { filesOf, type GrepHit } from '../../evidence/repo.js'
import { isBefore } from '../../release/version.js'
import type { Evidence } from '../../report/types.js'
import { fail, pass, warn, type CheckContext, defineCriterion } from '../types.js'
import { markdownPage, preloadMarkdownReader } from './pages.js'

const MAX_LISTED = 100
const MAX_NOTE = 160
const REMOVED_MARK = 'removed: true'

/**
 * Whether the file is the gate's page or a translation of it: the same path under another
 * language's folder (`content/zh-cn/` for `content/en/`).
 */
function isGatePage(file: string, gatePage: string, englishPrefix: string): boolean {
  if (file === gatePage) return true
  if (!gatePage.startsWith(englishPrefix)) return false
  const tail = gatePage.slice(englishPrefix.length)
  const languages = englishPrefix.replace(/[^/]+\/$/, '')
  if (!file.startsWith(languages) || !file.endsWith(`/${tail}`)) return false
  const language = file.slice(languages.length, file.length - tail.length - 1)
  return language !== '' && !language.includes('/')
}

/**
 * Lines of the docs that still mention IPVS mode, allow-listed paths and removed pages left out.
 * The heaviest text work on the website: one git search of the index finds both the mentions and
 * the `removed: true` marks (one pass over the files, not two), and only the few pages that have
 * both are read.
 */
function remainingMentions(ctx: CheckContext): Promise<GrepHit[]> {
  return ctx.memo('website-ipvs-mentions', async () => {
    const { sweep, gatePage } = ctx.policy.website
    const patterns = sweep.patterns.map(p => p.toLowerCase())
    // The gate outlives the mode until cleanup, and so does its page, which says what the gate
    // turns on (upstream: "Enable the `ipvs` proxy mode in kube-proxy"): until then that page is
    // docs-feature-gate-page's business; from cleanup it must be marked removed like any other.
    const gateLives = isBefore(ctx.target, ctx.stageVersion(gatePage.removedFrom))
    const searching = ctx.repo.grep({
      patterns: sweep.allowRemovedPages ? [...patterns, REMOVED_MARK] : patterns,
      ignoreCase: true,
      include: sweep.include,
      exclude: sweep.allow.map(a => a.path)
    })
    preloadMarkdownReader()
    const found = await searching
    // The gate's own name is not a mention of the mode: the gate outlives the mode by a stage and
    // its references are docs-feature-gate-page's business.
    const gate = new RegExp(ctx.policy.gate, 'gi')
    const hits = found.filter(h => {
      if (gateLives && isGatePage(h.file, gatePage.file, sweep.englishPrefix)) return false
      const rest = h.text.replace(gate, '').toLowerCase()
      return patterns.some(p => rest.includes(p))
    })
    const mentioning = new Set(filesOf(hits))
    const marked = filesOf(found.filter(h => h.text.includes(REMOVED_MARK)))
    const removed = new Set<string>()
    await Promise.all(
      marked
        .filter(file => mentioning.has(file))
        .map(async file => {
          const page = await markdownPage(ctx, file)
          if (page?.frontMatter?.data.removed === true) removed.add(file)
        })
    )
    return hits.filter(h => !removed.has(h.file))
  })
}

function at(hit: GrepHit): Evidence {
  const text = hit.text.trim()
  return {
    file: hit.file,
    line: hit.line,
    note: text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE)}…` : text
  }
}

function summary(hits: GrepHit[]): string {
  const files = filesOf(hits)
  const shown = files.slice(0, 3).join(', ')
  return `${hits.length} line(s) in ${files.length} file(s): ${shown}${files.length > 3 ? ', …' : ''}`
}

export const docsIpvsRemoved = defineCriterion({
  id: 'docs-ipvs-removed',
  meta: {
    repo: 'website',
    stage: '4',
    checks:
      'Stage 4: with ipvs mode gone, the docs no longer describe it; every remaining mention outside the allow-list is listed (localized trees as warnings by default).'
  },
  messages: {
    inEnglish: 'IPVS mode is still mentioned in the English docs: {english}',
    inEnglishAndLocalized:
      'IPVS mode is still mentioned in the English docs: {english}; localized: {localized}',
    inLocalized: 'IPVS mode is still mentioned in localized docs: {localized}',
    onlyLocalized:
      'no English docs mention IPVS mode, but localized docs still do: {localized} (left to their translators)',
    none: 'no docs under {include} mention IPVS mode outside the allow-list'
  },
  async check(ctx) {
    const { sweep } = ctx.policy.website
    const hits = await remainingMentions(ctx)
    const english = hits.filter(h => h.file.startsWith(sweep.englishPrefix))
    const localized = hits.filter(h => !h.file.startsWith(sweep.englishPrefix))
    const evidence = [...english, ...localized].slice(0, MAX_LISTED).map(at)
    const localizedFails = sweep.localizedSeverity === 'error'
    const found = { english: summary(english), localized: summary(localized) }
    if (english.length > 0)
      return fail(
        ctx.say(localized.length > 0 ? 'inEnglishAndLocalized' : 'inEnglish', found),
        evidence
      )
    if (localized.length > 0 && localizedFails) return fail(ctx.say('inLocalized', found), evidence)
    if (localized.length > 0) return warn(ctx.say('onlyLocalized', found), evidence)
    return pass(ctx.say('none', { include: sweep.include.join(', ') }))
  }
})
