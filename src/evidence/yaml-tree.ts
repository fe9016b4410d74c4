import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'
import { DataError, oneLine, yamlReason } from '../errors.js'
import { FALLBACK, readBlockSubset } from './yaml-subset.js'
import { duplicateKeyProblem } from './yaml-keys.js'

// YAML as the generated and hand-kept Kubernetes files write it (feature lists, gate pages' front
// matter, kep.yaml), read into a small tree that keeps the line of every key and item and every
// scalar as written (`1.40` stays "1.40"). The YAML library costs about half a millisecond for a
// twenty-line document, which is most of an audit of 1,500 of them; these files use a narrow
// block subset, read here line by line. Anything outside it (flow collections, anchors, block
// scalars, multi-line strings, escapes, a syntax error) goes to the library, which is the judge
// of YAML: both paths give the same tree, and a test holds them to it.

export type YamlNode = YamlMap | YamlSeq | YamlScalar

export interface YamlScalar {
  kind: 'scalar'
  line: number
  /** As YAML's core schema reads it: `true` is a boolean, `1.40` the number 1.4, `""` a string. */
  value: string | number | boolean | null
  /** As written, without quotes: `1.40` for both `1.40` and `"1.40"`; empty for a missing value. */
  source: string
}

export interface YamlEntry {
  /** The line of the key. */
  line: number
  value: YamlNode
}

export interface YamlMap {
  kind: 'map'
  line: number
  entries: Map<string, YamlEntry>
}

export interface YamlSeq {
  kind: 'seq'
  line: number
  items: YamlNode[]
}

/**
 * Reads one YAML document into a tree. `firstLine` is the file line of the text's first line (a
 * front matter starts on line 2). Invalid YAML is a DataError at its file and line; `what` names
 * the text in that message ("the front matter"); by default the message speaks of the file.
 */
export function readYamlTree(
  file: string,
  text: string,
  options: {
    firstLine?: number
    what?: string
    /**
     * Only these keys of a top-level mapping are wanted: the others' lines are skipped unread
     * (a kep.yaml is mostly authors, reviewers and comments). The library, when it is needed,
     * reads the whole text.
     */
    keys?: ReadonlySet<string>
  } = {}
): YamlNode | undefined {
  const offset = (options.firstLine ?? 1) - 1
  const fast = readBlockSubset(text, offset, options.keys)
  if (fast !== FALLBACK) return fast
  const full = readWithLibrary(file, text, offset, options.what ?? '')
  if (!options.keys || full?.kind !== 'map') return full
  // The same tree either way: only the wanted keys, the map starting at the first of them.
  const entries = new Map([...full.entries].filter(([key]) => options.keys!.has(key)))
  const first = entries.values().next().value
  return { kind: 'map', line: first?.line ?? full.line, entries }
}

/** Reads with the YAML library (the judge of YAML), into the same tree. */
export function readWithLibrary(
  file: string,
  text: string,
  offset: number,
  what: string
): YamlNode | undefined {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: false })
  const error = doc.errors[0]
  const subject = what ? `${what} is` : 'is'
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + offset
    throw new DataError(file, line, `${subject} not valid YAML: ${yamlReason(error.message)}`)
  }
  const twice = duplicateKeyProblem(doc, counter, offset)
  if (twice) throw new DataError(file, twice.line, `${subject} not valid YAML: ${twice.reason}`)
  const lineAt = (n: Node | null | undefined): number =>
    (n?.range ? counter.linePos(n.range[0]).line : 1) + offset
  let budget = 10_000
  const convert = (node: unknown, depth: number): YamlNode => {
    // An alias bomb or a cycle is the file's fault, not ours.
    if (--budget < 0 || depth > 100)
      throw new DataError(
        file,
        offset + 1,
        `${what ? `${what} ` : ''}cannot be read: too many aliases or nested levels`
      )
    if (isAlias(node)) return convert(node.resolve(doc as Document), depth + 1)
    if (isMap(node)) {
      const entries = new Map<string, YamlEntry>()
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : oneLine(String(pair.key))
        const keyNode = pair.key as Node | null
        entries.set(key, {
          line: lineAt(keyNode),
          value: pair.value
            ? convert(pair.value, depth + 1)
            : { kind: 'scalar', line: lineAt(keyNode), value: null, source: '' }
        })
      }
      return { kind: 'map', line: lineAt(node), entries }
    }
    if (isSeq(node))
      return {
        kind: 'seq',
        line: lineAt(node),
        items: node.items.map(item => convert(item, depth + 1))
      }
    if (isScalar(node)) {
      const value = node.value
      return {
        kind: 'scalar',
        line: lineAt(node),
        value:
          typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
            ? value
            : value === null || value === undefined
              ? null
              : String(value),
        source: typeof node.source === 'string' ? node.source : String(value ?? '')
      }
    }
    return { kind: 'scalar', line: offset + 1, value: null, source: '' }
  }
  return doc.contents ? convert(doc.contents, 0) : undefined
}

// ---------------------------------------------------------------------------------------------
// Questions readers ask of the tree.

/** The node at a key of a mapping, if both exist. */
export function entryOf(node: YamlNode | undefined, key: string): YamlEntry | undefined {
  return node?.kind === 'map' ? node.entries.get(key) : undefined
}

/** A scalar's text as written, or undefined when the node is absent or not a scalar. */
export function sourceOf(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' ? node.source : undefined
}
