import { readFrontMatter } from './front-matter.js'
import type { Heading, MarkdownLine, MarkdownPage, Shortcode } from './markdown.js'
import { blockStructure, type FoundHeading } from './markdown-blocks.js'

// Reading a Hugo Markdown page into the model of markdown.ts. Kept apart from it, and loaded
// only by the runs that read pages: CommonMark's block parser (markdown-it) is a fifth of the
// bundle, and the Kubernetes checks and the feature-gate audit never need it.

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

function shortcodeOf(name: string, paramText: string, closing: boolean, line: number): Shortcode {
  const params: Record<string, string> = {}
  const positional: string[] = []
  for (const p of paramText.matchAll(PARAM)) {
    if (p[1] !== undefined) params[p[1]] = p[2] ?? p[3] ?? p[4] ?? ''
    else positional.push(p[5] ?? p[6] ?? '')
  }
  return { name, params, positional, closing, line }
}
