import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import { DataError, oneLine, yamlReason } from '../errors.js'
import { duplicateKeyProblem } from './yaml-keys.js'

// A Hugo page's YAML front matter, read with the line of every key, so a criterion can point at
// the key it judges.

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

/** A page's YAML front matter with the line of each key; a DataError at the line at fault. */
export function readFrontMatter(file: string, all: string[]): FrontMatter | undefined {
  const close = frontMatterClose(file, all)
  if (close === undefined) return undefined
  const yamlText = all.slice(1, close).join('\n')
  const counter = new LineCounter()
  const doc = parseDocument(yamlText, {
    lineCounter: counter,
    prettyErrors: true,
    uniqueKeys: false
  })
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
  const twice = duplicateKeyProblem(doc, counter, offset)
  if (twice)
    throw new DataError(file, twice.line, `the front matter is not valid YAML: ${twice.reason}`)
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
