import { DataError } from '../errors.js'
import { readYamlTree, type YamlNode } from './yaml-tree.js'

// A Hugo page's YAML front matter, read with the line of every key, so a criterion can point at
// the key it judges. The same reader as the feature-gate pages' (yaml-tree.ts): plain front
// matter is read line by line, anything else by the YAML library.

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
    lineOf: path => at(root, path)?.line,
    source: path => {
      const node = at(root, path)?.node
      return node?.kind === 'scalar' ? node.source : undefined
    }
  }
}

/** The node at a path of keys and indexes, with its line: a key's own line in a mapping. */
function at(
  root: YamlNode | undefined,
  path: readonly (string | number)[]
): { node: YamlNode; line: number } | undefined {
  if (!root || path.length === 0) return undefined
  let found: { node: YamlNode; line: number } = { node: root, line: root.line }
  for (const step of path) {
    const { node } = found
    if (node.kind === 'map') {
      const entry = node.entries.get(String(step))
      if (!entry) return undefined
      found = { node: entry.value, line: entry.line }
    } else if (node.kind === 'seq' && typeof step === 'number' && node.items[step]) {
      const item = node.items[step]
      found = { node: item, line: item.line }
    } else return undefined
  }
  return found
}

/** The tree as plain data, as YAML's core schema reads it. */
function dataOf(node: YamlNode): unknown {
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(dataOf)
  // fromEntries defines own properties: a `__proto__` key is only a key.
  return Object.fromEntries([...node.entries].map(([key, entry]) => [key, dataOf(entry.value)]))
}
