import MarkdownIt from 'markdown-it'

// The block structure of a Markdown body as CommonMark (and Hugo's Goldmark) reads it: which lines
// are code (fenced, or indented by four spaces where that does not continue a paragraph or a list
// item), where HTML comments are (HTML blocks, and inline in a paragraph or heading), and which
// lines are headings (`# ATX` and setext underlines). markdown-it's block parser gives the lines
// of each block; its inline parser is not needed and not run.

export interface BlockStructure {
  /** For each 1-based line of the text: inside a code block, its fences included. */
  code: boolean[]
  /** HTML comments, `<!--` to `-->`, as [start, end) offsets into the text. */
  comments: [number, number][]
  /** Headings in order: the `#` line or a setext heading's first line, and the text as written. */
  headings: FoundHeading[]
}

export interface FoundHeading {
  line: number
  level: number
  /** Without `#`s, a closing sequence or an underline; inline markup and comments as written. */
  text: string
}

const newParser = () => new MarkdownIt('commonmark')
let parser: ReturnType<typeof newParser> | undefined

/** Reads the structure of `text` (lines joined by `\n`). */
export function blockStructure(text: string): BlockStructure {
  parser ??= newParser()
  const starts = lineStarts(text)
  const structure: BlockStructure = {
    code: new Array<boolean>(starts.length + 1).fill(false),
    comments: [],
    headings: []
  }
  const tokens: ReturnType<typeof parser.parse> = []
  // NUL is U+FFFD to CommonMark; same length, so offsets hold.
  parser.block.parse(text.replaceAll('\u0000', '\ufffd'), parser, {}, tokens)
  const offsetOf = (line: number) => starts[line] ?? text.length
  const comments = new CommentFinder(text, structure.comments)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const map = token.map
    if (!map) continue
    const [first, end] = map
    switch (token.type) {
      case 'fence':
      case 'code_block':
        for (let l = first; l < end; l++) structure.code[l + 1] = true
        break
      case 'html_block':
        // A comment block ends on the line of its `-->`; the rest of an HTML block shows as written.
        comments.within(offsetOf(first), offsetOf(end), true)
        break
      case 'paragraph_open':
        // Inline, a comment must close in its paragraph, or it is text.
        comments.within(offsetOf(first), offsetOf(end), false)
        break
      case 'heading_open':
        comments.within(offsetOf(first), offsetOf(first + 1), false)
        structure.headings.push({
          line: first + 1,
          level: Number(token.tag.slice(1)),
          text: tokens[i + 1]?.type === 'inline' ? tokens[i + 1]!.content : ''
        })
        break
      default:
        break
    }
  }
  return structure
}

/** The offset at which each 0-based line starts. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}

/**
 * Finds comments in ranges of the text visited in order. Every `<!--` and `-->` is found once, so
 * a page of many paragraphs, or of many unclosed `<!--`, stays linear.
 */
class CommentFinder {
  private readonly opens: number[]
  private readonly closes: number[]
  private open = 0
  private close = 0

  constructor(
    text: string,
    private readonly out: [number, number][]
  ) {
    this.opens = positions(text, '<!--')
    this.closes = positions(text, '-->')
  }

  /** The comments in [from, to); `unclosed` keeps an unclosed one to `to` (a comment block). */
  within(from: number, to: number, unclosed: boolean): void {
    const { opens, closes } = this
    while (this.open < opens.length && opens[this.open]! < from) this.open++
    while (this.open < opens.length && opens[this.open]! < to) {
      const at = opens[this.open]!
      while (this.close < closes.length && closes[this.close]! < at + 4) this.close++
      const close = closes[this.close]
      if (close === undefined || close + 3 > to) {
        if (unclosed) this.out.push([at, to])
        return
      }
      this.out.push([at, close + 3])
      while (this.open < opens.length && opens[this.open]! < close + 3) this.open++
    }
  }
}

function positions(text: string, what: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(what); at !== -1; at = text.indexOf(what, at + 1)) found.push(at)
  return found
}
