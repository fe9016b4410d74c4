import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import { DataError, oneLine, yamlReason } from '../errors.js'

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
  /** Inside a fenced code block. */
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

export interface FrontMatter {
  data: Record<string, unknown>
  /** The lines of the opening and closing `---`. */
  start: number
  end: number
  /** The line of a key or list item (`['stages', 1, 'defaultValue']`), if present. */
  lineOf(path: readonly (string | number)[]): number | undefined
  /** A scalar as written (`1.40` stays "1.40", where YAML would read the number 1.4). */
  source(path: readonly (string | number)[]): string | undefined
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

const FENCE = /^\s*(```|~~~)/
const HEADING = /^(#{1,6})\s+(.*?)\s*(?:\{#([\w-]+)\})?\s*#*\s*$/
const SHORTCODE = /\{\{([<%])\s*(\/?)\s*([\w-]+)((?:[^}]|\}(?!\}))*?)\s*[>%]\}\}/g
const PARAM = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|(\S+)/g

/** Reads a page; a front matter that is not a YAML mapping is a DataError at its line. */
export function readMarkdown(file: string, text: string): MarkdownPage {
  const all = text.split(/\r?\n/)
  const frontMatter = readFrontMatter(file, all)
  const first = frontMatter ? frontMatter.end : 0
  const lines: MarkdownLine[] = []
  const headings: Heading[] = []
  const shortcodes: Shortcode[] = []
  let comment = false
  let fence: string | undefined
  for (let i = first; i < all.length; i++) {
    const raw = all[i]!
    const line = i + 1
    const fenceMark = FENCE.exec(raw)?.[1]
    const inCodeBefore = fence !== undefined
    if (!comment && fenceMark && (!fence || fence === fenceMark)) {
      fence = fence ? undefined : fenceMark
      lines.push({ line, text: raw, raw, comment: false, code: true })
      continue
    }
    if (inCodeBefore) {
      lines.push({ line, text: raw, raw, comment: false, code: true })
      continue
    }
    const { visible, commentAtStart, commentAfter } = splitComments(raw, comment)
    comment = commentAfter
    const isComment = commentAtStart && visible.trim() === ''
    lines.push({ line, text: isComment ? '' : visible, raw, comment: isComment, code: false })
    if (isComment) continue
    const heading = HEADING.exec(visible.trim())
    if (heading && /^#/.test(visible)) {
      headings.push({
        level: heading[1]!.length,
        text: heading[2]!.trim(),
        anchor: heading[3],
        line,
        end: all.length
      })
    }
    for (const match of visible.matchAll(SHORTCODE)) shortcodes.push(shortcodeOf(match, line))
  }
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!
    const next = headings.slice(i + 1).find(n => n.level <= h.level)
    h.end = next ? next.line - 1 : all.length
  }
  return { file, frontMatter, lines, headings, shortcodes }
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

/**
 * The index of the line closing a page's front matter (`---` on the first line, then `---` or
 * `...`), or undefined when the page has none; a front matter never closed is a DataError.
 */
export function frontMatterClose(file: string, all: readonly string[]): number | undefined {
  if (all[0]?.trim() !== '---') return undefined
  const close = all.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l))
  if (close === -1) {
    throw new DataError(file, 1, 'the front matter opened by --- is never closed with ---')
  }
  return close
}

function readFrontMatter(file: string, all: string[]): FrontMatter | undefined {
  const close = frontMatterClose(file, all)
  if (close === undefined) return undefined
  const yamlText = all.slice(1, close).join('\n')
  const counter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: true })
  const offset = 1 // the YAML starts on the file's second line
  const error = doc.errors[0]
  if (error) {
    const line = (error.linePos?.[0].line ?? 0) + offset
    throw new DataError(
      file,
      line,
      `the front matter is not valid YAML: ${yamlReason(error.message)}`
    )
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    // YAML that parses but cannot become data (an alias bomb) is the page's fault, not ours.
    throw new DataError(file, 2, `the front matter cannot be read: ${yamlReason(oneLine(error))}`)
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new DataError(file, 2, 'the front matter must be a mapping of keys (title: …)')
  }
  const nodeAt = (path: readonly (string | number)[]) => doc.getIn(path as unknown[], true)
  return {
    data: (data ?? {}) as Record<string, unknown>,
    start: 1,
    end: close + 1,
    lineOf(path) {
      const offsetOf = keyRange(doc, path) ?? (nodeAt(path) as { range?: [number] })?.range?.[0]
      return offsetOf === undefined ? undefined : counter.linePos(offsetOf).line + offset
    },
    source(path) {
      const node = nodeAt(path)
      if (!isScalar(node)) return undefined
      return typeof node.source === 'string' ? node.source : String(node.value)
    }
  }
}

function keyRange(doc: Document, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return undefined
  const parent = doc.getIn(path.slice(0, -1) as unknown[], true)
  if (!isMap(parent)) return undefined
  const last = String(path[path.length - 1])
  const pair = parent.items.find(p => isScalar(p.key) && String(p.key.value) === last)
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined
}

/** The part of a line outside HTML comments, given whether a comment was open before it. */
function splitComments(
  raw: string,
  openBefore: boolean
): { visible: string; commentAtStart: boolean; commentAfter: boolean } {
  let visible = ''
  let open = openBefore
  let rest = raw
  while (rest.length > 0) {
    if (open) {
      const end = rest.indexOf('-->')
      if (end === -1)
        return { visible, commentAtStart: openBefore || visible === '', commentAfter: true }
      rest = rest.slice(end + 3)
      open = false
    } else {
      const start = rest.indexOf('<!--')
      if (start === -1) {
        visible += rest
        break
      }
      visible += rest.slice(0, start)
      rest = rest.slice(start + 4)
      open = true
    }
  }
  return {
    visible,
    commentAtStart: openBefore || raw.trimStart().startsWith('<!--'),
    commentAfter: open
  }
}

function shortcodeOf(match: RegExpMatchArray, line: number): Shortcode {
  const params: Record<string, string> = {}
  const positional: string[] = []
  for (const p of (match[4] ?? '').matchAll(PARAM)) {
    if (p[1] !== undefined) params[p[1]] = p[2] ?? p[3] ?? p[4] ?? ''
    else positional.push(p[5] ?? p[6] ?? '')
  }
  return { name: match[3]!, params, positional, closing: match[2] === '/', line }
}
