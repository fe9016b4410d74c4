import { parse, postprocess, preprocess } from 'micromark'

// The block structure of a Markdown body as CommonMark (and Hugo's Goldmark) reads it, from
// micromark's tokens: which lines are code (fenced, or indented by four spaces where that does
// not continue a paragraph or a list item), where HTML comments are (blocks, and inline), and
// which lines are headings (`# ATX` and setext underlines). micromark is linear in its input,
// which a line-by-line guess at CommonMark's rules is not.

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

/** Reads the structure of `text` (lines joined by `\n`). */
export function blockStructure(text: string): BlockStructure {
  const lineCount = text.split('\n').length
  const structure: BlockStructure = {
    code: new Array<boolean>(lineCount + 1).fill(false),
    comments: [],
    headings: []
  }
  const events = postprocess(
    parse()
      .document()
      .write(preprocess()(text, undefined, true))
  )
  let heading: FoundHeading | undefined
  for (const [kind, token] of events) {
    if (kind !== 'enter') {
      if (heading && (token.type === 'atxHeading' || token.type === 'setextHeading')) {
        structure.headings.push(heading)
        heading = undefined
      }
      continue
    }
    switch (token.type) {
      case 'codeFenced':
      case 'codeIndented':
        for (let l = token.start.line; l <= token.end.line; l++) structure.code[l] = true
        break
      case 'htmlFlow':
      case 'htmlText':
        commentsIn(text, token.start.offset, token.end.offset, structure.comments)
        break
      case 'atxHeading':
      case 'setextHeading':
        heading = { line: token.start.line, level: 0, text: '' }
        break
      case 'atxHeadingSequence':
        // The opening sequence gives the level; a closing one comes after the text.
        if (heading && heading.level === 0) heading.level = token.end.offset - token.start.offset
        break
      case 'atxHeadingText':
      case 'setextHeadingText':
        if (heading) heading.text = text.slice(token.start.offset, token.end.offset)
        break
      case 'setextHeadingLineSequence':
        if (heading) heading.level = text[token.start.offset] === '=' ? 1 : 2
        break
      default:
        break
    }
  }
  return structure
}

/**
 * The comments inside a piece of HTML: a comment block ends on the line of its `-->`, and what
 * follows on that line, like an HTML block's other lines, is shown as written.
 */
function commentsIn(text: string, from: number, to: number, out: [number, number][]): void {
  for (let at = text.indexOf('<!--', from); at !== -1 && at < to;) {
    const close = text.indexOf('-->', at + 4)
    const end = close === -1 || close + 3 > to ? to : close + 3
    out.push([at, end])
    at = text.indexOf('<!--', end)
  }
}
