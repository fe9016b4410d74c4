import { DataError } from '../errors.js'
import type { FeatureSpec, GateSpecs } from './go-types.js'
import { entryOf, readYamlTree, sourceOf, type YamlNode, type YamlSeq } from './yaml-tree.js'

// The generated `versioned_feature_list.yaml` (`- name: X` / `versionedSpecs: [...]`), read into
// the same shape as the Go spec map so the two can be compared entry by entry. The one reader of
// the list: KEP-5495's gate-declared asks it for one gate, the audit of every gate for all.

export interface FeatureList {
  file: string
  /** Every gate the list holds, in the list's order. */
  gates: Map<string, GateSpecs>
  /** Entries that cannot be read, by gate name; the rest of the list is still read. */
  broken: Map<string, DataError>
  /** Gates the list holds more than once, with the line of each entry. */
  duplicates: Map<string, number[]>
}

/** One `- name:` item of the list, read when asked. */
interface Item {
  name: string
  line: number
  read: () => GateSpecs
}

/**
 * Reads the list. The list is generated, one `- name:` per gate at the start of a line, so each
 * gate's block is read on its own: a broken entry is that entry's problem, not the list's. A list
 * in any other shape (indented, `name:` not first) is read as one YAML document. Text that is no
 * feature list at all (binary, another YAML file) is a DataError.
 *
 * With `only`, the entries of that gate alone are read (gates and broken hold it alone, duplicates
 * are still every gate's): KEP-5495's check asks for one gate of several hundred, and reading one
 * block instead of all is most of its time on the list. The answer for that gate is the same.
 */
export function readFeatureList(file: string, text: string, only?: string): FeatureList {
  if (text.includes('\u0000'))
    throw new DataError(file, undefined, 'is not a text file (binary data where YAML was expected)')
  const list: FeatureList = { file, gates: new Map(), broken: new Map(), duplicates: new Map() }
  const items = generatedItems(file, text, only !== undefined) ?? documentItems(file, text)
  // The line of each gate's first entry: a duplicate names the entries, broken or not.
  const firstLine = new Map<string, number>()
  for (const item of items) {
    const first = firstLine.get(item.name)
    if (first !== undefined) {
      const all = [...(list.duplicates.get(item.name) ?? [first]), item.line]
      list.duplicates.set(item.name, all)
      list.broken.set(
        item.name,
        new DataError(
          file,
          item.line,
          `gate ${item.name} is listed ${all.length === 2 ? 'twice' : `${all.length} times`} (lines ${all.join(', ')}): regenerate the list`
        )
      )
      list.gates.delete(item.name)
      continue
    }
    firstLine.set(item.name, item.line)
    if (only !== undefined && item.name !== only) continue
    try {
      list.gates.set(item.name, item.read())
    } catch (error) {
      if (!(error instanceof DataError)) throw error
      list.broken.set(item.name, error)
    }
  }
  return list
}

/**
 * One gate's entry, or undefined when the list has no such gate; a broken entry of that gate (or
 * a file that is no feature list) is a DataError at its line.
 */
export function readFeatureListEntry(
  file: string,
  text: string,
  name: string
): GateSpecs | undefined {
  return entryIn(readFeatureList(file, text, name), name)
}

/** A gate's entry in a list already read; its own breakage is thrown, others' are not. */
export function entryIn(list: FeatureList, name: string): GateSpecs | undefined {
  const broken = list.broken.get(name)
  if (broken) throw broken
  return list.gates.get(name)
}

const GENERATED_ENTRY = /^- name: *["']?([A-Za-z0-9_.-]+)["']? *\r?$/gm

/**
 * The items of a list in the generator's shape, each block from its `- name:` to the next; or
 * undefined when the text is in another shape (something before the first entry, an item that
 * does not start with its name), for the whole document to be read instead.
 *
 * With `lazy`, blocks are read when asked for, where that cannot change the answer: only a line
 * at column 0 can start a second item in a block, so a block whose other lines are all indented,
 * blank or comments is one item or broken. A block with anything else at column 0 is read at
 * once, to tell which.
 */
function generatedItems(file: string, text: string, lazy: boolean): Item[] | undefined {
  const starts = [...text.matchAll(GENERATED_ENTRY)]
  const preamble = text.slice(0, starts[0]?.index ?? text.length)
  if (!/^(\s*(#.*)?\r?\n)*\s*(#.*)?$/.test(preamble)) return undefined
  const items: Item[] = []
  let line = 1
  let counted = 0
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!.index
    line += newlines(text, counted, at)
    counted = at
    const end = starts[i + 1]?.index ?? text.length
    const name = starts[i]![1]!
    const entryLine = line
    const tree = () => readYamlTree(file, text.slice(at, end), { firstLine: entryLine })
    if (lazy && onlyIndentedAfterFirstLine(text, at, end)) {
      items.push({
        name,
        line,
        read: () => parseEntry(file, oneItem(file, tree(), name, entryLine), name, entryLine)
      })
      continue
    }
    let root: YamlNode | undefined
    try {
      root = tree()
    } catch (error) {
      // A broken entry is that gate's problem only.
      if (!(error instanceof DataError)) throw error
      items.push({
        name,
        line,
        read: () => {
          throw error
        }
      })
      continue
    }
    // Another item inside the block: the list is not in the generator's shape after all.
    if (!isOneItem(root)) return undefined
    const node = root.items[0]!
    items.push({ name, line, read: () => parseEntry(file, node, name, entryLine) })
  }
  return items
}

/**
 * Whether every line of text[from, to) after the first is indented, blank or a comment: such a
 * block holds one `- name:` item and nothing at its level.
 */
function onlyIndentedAfterFirstLine(text: string, from: number, to: number): boolean {
  for (
    let nl = text.indexOf('\n', from);
    nl !== -1 && nl + 1 < to;
    nl = text.indexOf('\n', nl + 1)
  ) {
    const c = text.charCodeAt(nl + 1)
    if (c === 32 /* space */ || c === 10 /* \n */ || c === 35 /* # */) continue
    if (c === 13 /* \r */ && text.charCodeAt(nl + 2) === 10) continue
    return false
  }
  return true
}

function isOneItem(root: YamlNode | undefined): root is YamlSeq {
  return root?.kind === 'seq' && root.items.length === 1
}

/** The one item of a block checked to hold one; anything else is that entry's problem. */
function oneItem(file: string, root: YamlNode | undefined, name: string, line: number): YamlNode {
  if (!isOneItem(root)) throw new DataError(file, line, `gate ${name} is not one list item`)
  return root.items[0]!
}

/** The number of line breaks in text[from, to). */
function newlines(text: string, from: number, to: number): number {
  let count = 0
  for (let nl = text.indexOf('\n', from); nl !== -1 && nl < to; nl = text.indexOf('\n', nl + 1))
    count++
  return count
}

/** The items of a list read as one YAML document. */
function documentItems(file: string, text: string): Item[] {
  const root = readYamlTree(file, text)
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) return []
  if (root.kind !== 'seq')
    throw new DataError(
      file,
      root.line,
      'is not a feature list: expected entries like "- name: SomeGate" with versionedSpecs'
    )
  return root.items.map(node => {
    const name = sourceOf(entryOf(node, 'name')?.value)
    if (!name)
      throw new DataError(
        file,
        node.line,
        'each gate should be a mapping with name and versionedSpecs'
      )
    return { name, line: node.line, read: () => parseEntry(file, node, name, node.line) }
  })
}

/** A `- name:` entry, a mapping in both shapes (its name read by the caller). */
function parseEntry(file: string, item: YamlNode, name: string, line: number): GateSpecs {
  const specsNode = entryOf(item, 'versionedSpecs')?.value
  if (specsNode?.kind !== 'seq')
    throw new DataError(file, line, `gate ${name} has no versionedSpecs list`)
  const specs = specsNode.items.map(node => readSpec(file, name, node))
  return { name, line, layout: 'versioned', specs }
}

function readSpec(file: string, gate: string, node: YamlNode): FeatureSpec {
  if (node.kind !== 'map')
    throw new DataError(file, node.line, `gate ${gate}: each spec should be a mapping`)
  /** A field of the type the generator writes; another type is the list's mistake, not false. */
  const typed = <T extends 'boolean' | 'string'>(key: string, type: T) => {
    const entry = entryOf(node, key)
    if (!entry) return undefined
    const v = entry.value
    const value = v.kind === 'scalar' ? v.value : undefined
    // An empty preRelease is no pre-release; a boolean is never '' (typeof rules it out first).
    if (typeof value !== type || value === '') {
      const written =
        v.kind === 'scalar' ? JSON.stringify(v.source) : v.kind === 'seq' ? 'a list' : 'a mapping'
      const what =
        v.kind === 'scalar' ? ` (${value === null ? 'nothing' : `a ${typeof value}`})` : ''
      throw new DataError(
        file,
        entry.line,
        `gate ${gate}: ${key} is ${written}${what}, not ${type === 'boolean' ? 'true or false' : 'a pre-release such as Beta'}`
      )
    }
    return value as T extends 'boolean' ? boolean : string
  }
  // As written: an unquoted `version: 1.40` is the number 1.4 to YAML, but 1.40 to everyone.
  const versionText = sourceOf(entryOf(node, 'version')?.value) ?? ''
  // Older trees list unversioned gates with `version: ""`; those specs apply at every release.
  if (versionText !== '' && !/^\d+\.\d+$/.test(versionText)) {
    throw new DataError(
      file,
      node.line,
      `gate ${gate}: version "${versionText}" should be written like "1.37"`
    )
  }
  return {
    version: versionText || undefined,
    default: typed('default', 'boolean') === true,
    lockToDefault: typed('lockToDefault', 'boolean') === true,
    preRelease: typed('preRelease', 'string') ?? '',
    line: node.line
  }
}
