import { DataError } from '../errors.js'
import { entryOf, readYamlTree, sourceOf, type YamlNode } from './yaml-tree.js'

// A Hugo page's YAML front matter, read with the line of every key, so a criterion can point at
// the key it judges. The same reader as the feature-gate pages' (yaml-tree.ts): plain front
// matter is read line by line, anything else by the YAML library.

export interface FrontMatter {
  data: Record<string, unknown>
  /** The lines of the opening and closing `---`. */
  start: number
  end: number
  /** The line of a top-level key, if present. */
  lineOf(key: string): number | undefined
  /** A top-level key's scalar as written (`1.40` stays "1.40", where YAML reads the number 1.4). */
  source(key: string): string | undefined
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
  // The YAML starts on the file's second line.
  const root = readYamlTree(file, all.slice(1, close).join('\n'), {
    firstLine: 2,
    what: 'the front matter'
  })
  if (root && root.kind !== 'map') {
    throw new DataError(file, 2, 'the front matter must be a mapping of keys (title: …)')
  }
  return {
    data: root ? (dataOf(root) as Record<string, unknown>) : {},
    start: 1,
    end: close + 1,
    lineOf: key => entryOf(root, key)?.line,
    source: key => sourceOf(entryOf(root, key)?.value)
  }
}

/** The tree as plain data, as YAML's core schema reads it. */
function dataOf(node: YamlNode): unknown {
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(dataOf)
  // fromEntries defines own properties: a `__proto__` key is only a key.
  return Object.fromEntries([...node.entries].map(([key, entry]) => [key, dataOf(entry.value)]))
}
