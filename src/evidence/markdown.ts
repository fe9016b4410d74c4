import { blockStructure, type FoundHeading } from './markdown-blocks.js'
import { readFrontMatter, type FrontMatter } from './front-matter.js'

// A reader of Hugo Markdown pages: YAML front matter with line numbers, shortcodes, headings and
// the sections they open. It knows nothing of any KEP; criteria ask it questions.

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

const PARAM = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|(\S+)/g

/**
 * Reads a page; a front matter that is not a YAML mapping is a DataError at its line. The body's
 * block structure (code, HTML comments, headings) is CommonMark's (markdown-blocks.ts).
 */
export function readMarkdown(file: string, text: string): MarkdownPage {
  const all = text.split(/\r?\n/)
  const frontMatter = readFrontMatter(file, all)
  const first = frontMatter ? frontMatter.end : 0
  const body = all.slice(first)
  const blocks = blockStructure(body.join('\n'))
  const lines: MarkdownLine[] = []
  const shortcodes: Shortcode[] = []
  const { comments } = blocks
  let c = 0
  let offset = 0
  for (let i = 0; i < body.length; i++) {
    const raw = body[i]!
    const line = first + i + 1
    const start = offset
    const end = start + raw.length
    offset = end + 1
    if (blocks.code[i + 1]) {
      lines.push({ line, text: raw, raw, comment: false, code: true })
      continue
    }
    // The line without the parts of it that are HTML comments.
    while (c < comments.length && comments[c]![1] <= start) c++
    let visible = ''
    let at = start
    let commented = false
    for (let k = c; k < comments.length && comments[k]![0] < end; k++) {
      const [from, to] = comments[k]!
      if (from > at) visible += raw.slice(at - start, from - start)
      at = Math.max(at, to)
      commented = true
    }
    if (at < end) visible += raw.slice(at - start)
    const isComment = commented && visible.trim() === ''
    lines.push({ line, text: isComment ? '' : visible, raw, comment: isComment, code: false })
    if (!isComment) shortcodes.push(...shortcodesIn(visible, line))
  }
  const headings = blocks.headings.map(h => headingOf({ ...h, line: h.line + first }, all.length))
  closeSections(headings, all.length)
  return { file, frontMatter, lines, headings, shortcodes }
}

/** A heading's text without comments and a trailing `{#anchor}`, spaces collapsed. */
function headingOf(found: FoundHeading, fileLines: number): Heading {
  let text = withoutComments(found.text).replace(/\s+/g, ' ').trim()
  const anchor = /\{#([\w-]+)\}$/.exec(text)
  if (anchor) text = text.slice(0, anchor.index).trim()
  return { level: found.level, text, anchor: anchor?.[1], line: found.line, end: fileLines }
}

function withoutComments(text: string): string {
  let out = ''
  let at = 0
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', at)) {
    out += text.slice(at, open)
    const close = text.indexOf('-->', open + 4)
    at = close === -1 ? text.length : close + 3
  }
  return out + text.slice(at)
}

/** Each heading's section ends before the next heading of the same or a higher level. */
function closeSections(headings: Heading[], fileLines: number): void {
  const open: Heading[] = []
  for (const h of headings) {
    while (open.length > 0 && open[open.length - 1]!.level >= h.level) open.pop()!.end = h.line - 1
    open.push(h)
  }
  for (const h of open) h.end = fileLines
}

/**
 * `{{< name key="value" >}}` and `{{% … %}}` in a line: each `{{` is matched with the next
 * `}}` by search, not by a backtracking expression, so a line of unclosed `{{<` stays linear.
 */
function shortcodesIn(text: string, line: number): Shortcode[] {
  const found: Shortcode[] = []
  for (let open = text.indexOf('{{'); open !== -1;) {
    const close = text.indexOf('}}', open + 2)
    if (close === -1) break
    const inner = text.slice(open + 2, close)
    const delimiter = inner[0]
    const last = inner[inner.length - 1]
    if ((delimiter === '<' && last === '>') || (delimiter === '%' && last === '%')) {
      const body = inner.slice(1, -1).trim()
      const closing = body.startsWith('/')
      const rest = (closing ? body.slice(1) : body).trimStart()
      const name = /^[\w-]+/.exec(rest)?.[0]
      if (name && inner.length >= 2)
        found.push(shortcodeOf(name, rest.slice(name.length), closing, line))
    }
    open = text.indexOf('{{', close + 2)
  }
  return found
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

function shortcodeOf(name: string, paramText: string, closing: boolean, line: number): Shortcode {
  const params: Record<string, string> = {}
  const positional: string[] = []
  for (const p of paramText.matchAll(PARAM)) {
    if (p[1] !== undefined) params[p[1]] = p[2] ?? p[3] ?? p[4] ?? ''
    else positional.push(p[5] ?? p[6] ?? '')
  }
  return { name, params, positional, closing, line }
}
