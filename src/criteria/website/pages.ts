import {
  findSection,
  type MarkdownLine,
  type MarkdownPage,
  type Section
} from '../../evidence/markdown.js'
import { escapeRegExp } from '../words.js'
import { formatMinor, type MinorVersion } from '../../release/version.js'
import { fail, type CheckContext, type Finding } from '../types.js'

// Questions several kubernetes/website criteria ask, each answered once per run.

type MarkdownReader = typeof import('../../evidence/markdown-read.js')
let reader: Promise<MarkdownReader> | undefined

// Loaded by the runs that read pages only (markdown-read.ts says why).
function markdownReader(): Promise<MarkdownReader> {
  return (reader ??= import('../../evidence/markdown-read.js'))
}

/**
 * Starts loading the page reader: a criterion that reads the pages a search finds calls this once
 * the search has started, so the reader compiles while git searches instead of after.
 */
export function preloadMarkdownReader(): void {
  // A failure to load is reported where the reader is used.
  markdownReader().catch(() => undefined)
}

/** A page parsed once per run; undefined if the file does not exist. */
export function markdownPage(ctx: CheckContext, file: string): Promise<MarkdownPage | undefined> {
  return ctx.memo(`md:${file}`, async () => {
    const text = await ctx.repo.read(file)
    if (text === undefined) return undefined
    const { readMarkdown } = await markdownReader()
    return readMarkdown(file, text)
  })
}

export interface IpvsSection {
  page: MarkdownPage
  section: Section
}

/** The messages of ipvsSection, which each criterion that asks for the section declares. */
export const IPVS_SECTION_MESSAGES = {
  noModesPage: '{page} does not exist',
  noIpvsSection:
    '{page} has no IPVS proxy mode section (a heading with {#{anchor}} or titled "{heading}")'
} as const

/** The IPVS proxy mode section of the modes page, or the failure that explains why there is none. */
export async function ipvsSection(
  ctx: CheckContext<keyof typeof IPVS_SECTION_MESSAGES>
): Promise<IpvsSection | Finding> {
  const { modesPage, section: where } = ctx.policy.website
  const page = await markdownPage(ctx, modesPage)
  if (!page) return fail(ctx.say('noModesPage', { page: modesPage }), [{ file: modesPage }])
  const section = findSection(page, where)
  if (!section) {
    const data = { page: modesPage, anchor: where.anchors[0]!, heading: where.headings[0]! }
    return fail(ctx.say('noIpvsSection', data), [{ file: modesPage }])
  }
  return { page, section }
}

export function isFinding(value: IpvsSection | Finding): value is Finding {
  return !('section' in value)
}

/** Lines a reader sees: not inside comments or code blocks. */
export function rendered(lines: readonly MarkdownLine[]): MarkdownLine[] {
  return lines.filter(l => !l.comment && !l.code)
}

/** `v1.40` as the site writes releases. */
export function vRelease(version: MinorVersion): string {
  return `v${formatMinor(version)}`
}

export function containsWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w])`, 'i').test(text)
}

export function lowerIncludes(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase()
  return words.find(w => lower.includes(w.toLowerCase()))
}
