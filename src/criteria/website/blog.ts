import { DataError } from '../../errors.js'
import type { MarkdownPage } from '../../evidence/markdown.js'
import type { WebsiteParams } from '../../policy/website-schema.js'
import type { Evidence } from '../../report/types.js'
import { filesOf } from '../../evidence/repo.js'
import { escapeRegExp } from '../words.js'
import { defineCriterion, fail, pass } from '../types.js'
import { lowerIncludes, markdownPage, preloadMarkdownReader, rendered } from './pages.js'

type BlogRules = WebsiteParams['blog']

/** Why a post about the migration does not count yet; undefined when it is published. */
function unpublished(page: MarkdownPage, rules: BlogRules): Evidence | undefined {
  const fm = page.frontMatter!
  const { file } = page
  const draft = fm.data.draft
  if (draft === true || String(draft).toLowerCase() === 'true') {
    return { file, line: fm.lineOf('draft'), note: 'draft: true' }
  }
  const date = fm.source('date')
  if (date === undefined) return { file, line: fm.start, note: 'it has no date:' }
  if (!/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(date.trim())) {
    return { file, line: fm.lineOf('date'), note: `date: ${date} is not a real date` }
  }
  const markers = rules.unfinishedMarkers.map(m => ({ m, re: wholeWord(m) }))
  // The source as written: a marker left in a comment still says the author is not done.
  for (const l of page.lines) {
    const marker = markers.find(({ re }) => re.test(l.raw))?.m
    if (marker) return { file, line: l.line, note: `${marker} left in the text` }
  }
  return undefined
}

/** A case-sensitive whole-word matcher for a marker taken from the policy (escaped: it is data). */
function wholeWord(word: string): RegExp {
  return new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w])`)
}

/** A post about migrating away from ipvs, not one that mentions it in passing. */
function isAboutMigration(page: MarkdownPage, rules: BlogRules): boolean {
  const title = String(page.frontMatter?.data.title ?? '')
  if (!rules.titleWords.every(w => title.toLowerCase().includes(w.toLowerCase()))) return false
  const text = `${title}\n${rendered(page.lines)
    .map(l => l.text)
    .join('\n')}`
  return (
    lowerIncludes(text, rules.targets) !== undefined &&
    lowerIncludes(text, rules.migrationWords) !== undefined
  )
}

function explains(page: MarkdownPage, rules: BlogRules): boolean {
  return rendered(page.lines).some(l => lowerIncludes(l.text, rules.explains) !== undefined)
}

export const migrationBlogPost = defineCriterion({
  id: 'migration-blog-post',
  meta: {
    repo: 'website',
    stage: '2',
    checks:
      'Stage 2: a published blog post explains how to migrate from ipvs to nftables (or iptables), including what replaces the IPVS schedulers.'
  },
  messages: {
    published: '{place} is a published post on migrating from ipvs ("{title}")',
    onlyDraft: 'no published post on {topic}: found a draft at {place} ({why}), not published',
    noSchedulers:
      'the post at {place} is about {topic} but does not explain the IPVS schedulers (it {why})',
    noPost: 'no post under {dir} is about {topic}',
    noPostAside:
      'no post under {dir} is about {topic} ({others} post(s) mention {words} but are about something else)'
  },
  async check(ctx) {
    const rules = ctx.policy.website.blog
    const dir = rules.dir.endsWith('/') ? rules.dir : `${rules.dir}/`
    const searching = ctx.repo.grep({
      patterns: rules.titleWords,
      ignoreCase: true,
      include: [`${dir}**/*.md`]
    })
    preloadMarkdownReader()
    const hits = await searching
    const drafts: Evidence[] = []
    const noSchedulers: Evidence[] = []
    const passing: Evidence[] = []
    const broken: DataError[] = []
    let other = 0
    for (const file of filesOf(hits)) {
      let page: MarkdownPage | undefined
      try {
        page = await markdownPage(ctx, file)
      } catch (error) {
        // One broken post must not hide a good one; it only matters if nothing else qualifies.
        if (error instanceof DataError) {
          broken.push(error)
          continue
        }
        throw error
      }
      if (!page?.frontMatter || !isAboutMigration(page, rules)) {
        other++
        continue
      }
      const titleLine = page.frontMatter.lineOf('title')
      const why = unpublished(page, rules)
      if (why) drafts.push(why)
      else if (!explains(page, rules)) {
        noSchedulers.push({
          file,
          line: titleLine,
          note: `never says ${rules.explains.join(' or ')}`
        })
      } else passing.push({ file, line: titleLine, note: String(page.frontMatter.data.title) })
    }
    if (passing.length > 0) {
      const first = passing[0]!
      const place = `${first.file}:${first.line}`
      return pass(ctx.say('published', { place, title: first.note! }), passing)
    }
    if (broken.length > 0) throw broken[0]
    const topic = `migrating from ${rules.titleWords.join(' ')} to ${rules.targets.join(' or ')}`
    if (drafts.length > 0) {
      const d = drafts[0]!
      const place = `${d.file}:${d.line}`
      return fail(ctx.say('onlyDraft', { topic, place, why: d.note! }), [
        ...drafts,
        ...noSchedulers
      ])
    }
    if (noSchedulers.length > 0) {
      const n = noSchedulers[0]!
      const place = `${n.file}:${n.line}`
      return fail(ctx.say('noSchedulers', { place, topic, why: n.note! }), noSchedulers)
    }
    const words = rules.titleWords.join(' ')
    const message = other > 0 ? 'noPostAside' : 'noPost'
    return fail(ctx.say(message, { dir, topic, others: other, words }), [{ file: dir }])
  }
})
