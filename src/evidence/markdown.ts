import type { FrontMatter } from './front-matter.js'

// The model of a Hugo Markdown page (front matter with line numbers, shortcodes, headings and the
// sections they open) and the questions criteria ask of it; markdown-read.ts reads a page into
// it. It knows nothing of any KEP.

export interface MarkdownLine {
  /** 1-based line number in the file. */
  line: number
  /**
   * What a reader sees: the line without any HTML comment in it (empty for a line wholly inside
   * one); code lines as written.
   */
  text: string
  /** The line as written, comments included. */
  raw: string
  /** Inside an HTML comment (`<!-- … -->`): not rendered, e.g. the English original of a translation. */
  comment: boolean
  /** Inside a code block: fenced (its fences included) or indented. */
  code: boolean
}

export interface Heading {
  level: number
  /** The heading text without `#`s and without a trailing `{#anchor}`. */
  text: string
  anchor?: string
  line: number
  /** The last line of its section: the line before the next heading of the same or a higher level. */
  end: number
}

/** `{{< name key="value" >}}`, `{{% name %}}` or a closing `{{< /name >}}`. */
export interface Shortcode {
  name: string
  params: Record<string, string>
  positional: string[]
  closing: boolean
  line: number
}

export interface MarkdownPage {
  file: string
  frontMatter?: FrontMatter
  /** The body, after the front matter. */
  lines: MarkdownLine[]
  headings: Heading[]
  /** Shortcodes outside comments and code blocks, in order. */
  shortcodes: Shortcode[]
}

export interface Section {
  heading: Heading
  lines: MarkdownLine[]
  shortcodes: Shortcode[]
}

/** The first section whose heading has this anchor, or whose text matches (case-insensitive). */
export function findSection(
  page: MarkdownPage,
  by: { anchors: readonly string[]; headings: readonly string[] }
): Section | undefined {
  const plain = (t: string) => t.replaceAll('`', '').toLowerCase()
  const heading =
    page.headings.find(h => h.anchor !== undefined && by.anchors.includes(h.anchor)) ??
    page.headings.find(h => by.headings.some(t => plain(h.text) === plain(t)))
  if (!heading) return undefined
  const inside = <T extends { line: number }>(x: T) =>
    x.line >= heading.line && x.line <= heading.end
  return {
    heading,
    lines: page.lines.filter(inside),
    shortcodes: page.shortcodes.filter(inside)
  }
}

/** The text between an opening shortcode and its closing one (`{{< note >}}…{{< /note >}}`). */
export function shortcodeBody(page: MarkdownPage, open: Shortcode): MarkdownLine[] {
  const close = page.shortcodes.find(s => s.closing && s.name === open.name && s.line >= open.line)
  const last = close ? close.line : open.line
  return page.lines.filter(l => l.line >= open.line && l.line <= last)
}

/**
 * Rendered paragraphs: runs of non-blank lines outside comments and code, each with the line it
 * starts on, so a sentence broken over lines reads as one.
 */
export function paragraphs(lines: readonly MarkdownLine[]): Paragraph[] {
  const out: Paragraph[] = []
  let current: Paragraph | undefined
  for (const l of lines) {
    if (l.comment || l.code || l.text.trim() === '') {
      current = undefined
      continue
    }
    if (current) {
      current.text += ` ${l.text.trim()}`
      current.lines.push(l)
    } else {
      current = { line: l.line, text: l.text.trim(), lines: [l] }
      out.push(current)
    }
  }
  return out
}

export interface Paragraph {
  /** The line it starts on. */
  line: number
  /** Its lines joined by single spaces. */
  text: string
  lines: MarkdownLine[]
}
