import { DataError } from '../errors.js'
import type { FeatureSpec, GateSpecs } from './go-types.js'
import { entryOf, readYamlTree, sourceOf, type YamlNode } from './yaml-tree.js'

// The generated `versioned_feature_list.yaml` (`- name: X` / `versionedSpecs: [...]`), read into
// the same shape as the Go spec map so the two can be compared entry by entry. The one reader of
// the list: KEP-5495's gate-declared asks it for one gate, the audit of every gate for all.

export interface FeatureList {
  file: string
  /** Every gate the list holds, in the list's order. */
  gates: Map<string, GateSpecs>
  /** Entries that cannot be read, by gate name; the rest of the list is still read. */
  broken: Map<string, DataError>
}

/**
 * Reads the whole list. The list is generated, one `- name:` per gate at the start of a line, so
 * each gate's block is read on its own: a broken entry is that entry's problem, not the list's.
 * Text that is no feature list at all (binary, another YAML file) is a DataError.
 */
export function readFeatureList(file: string, text: string): FeatureList {
  if (text.includes('\u0000'))
    throw new DataError(file, undefined, 'is not a text file (binary data where YAML was expected)')
  const list: FeatureList = { file, gates: new Map(), broken: new Map() }
  const blocks = entryBlocks(text)
  if (blocks.length === 0 && text.trim() !== '' && text.trim() !== '[]') {
    throw new DataError(
      file,
      1,
      'is not a feature list: expected entries like "- name: SomeGate" with versionedSpecs'
    )
  }
  for (const block of blocks) {
    if (list.gates.has(block.name) || list.broken.has(block.name)) {
      list.broken.set(
        block.name,
        new DataError(file, block.line, `gate ${block.name} is listed twice`)
      )
      list.gates.delete(block.name)
      continue
    }
    try {
      list.gates.set(block.name, parseEntry(file, text.slice(block.start, block.end), block.line))
    } catch (error) {
      if (!(error instanceof DataError)) throw error
      list.broken.set(block.name, error)
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
  return entryIn(readFeatureList(file, text), name)
}

/** A gate's entry in a list already read; its own breakage is thrown, others' are not. */
export function entryIn(list: FeatureList, name: string): GateSpecs | undefined {
  const broken = list.broken.get(name)
  if (broken) throw broken
  return list.gates.get(name)
}

interface Block {
  name: string
  start: number
  end: number
  /** The file line of `- name:`. */
  line: number
}

function entryBlocks(text: string): Block[] {
  const entries = /^- name: *["']?([A-Za-z0-9_.-]+)["']? *\r?$/gm
  const blocks: Block[] = []
  let line = 1
  let counted = 0
  for (let m = entries.exec(text); m; m = entries.exec(text)) {
    for (
      let i = text.indexOf('\n', counted);
      i !== -1 && i < m.index;
      i = text.indexOf('\n', i + 1)
    )
      line++
    counted = m.index
    const previous = blocks[blocks.length - 1]
    if (previous) previous.end = m.index
    blocks.push({ name: m[1]!, start: m.index, end: text.length, line })
  }
  return blocks
}

function parseEntry(file: string, block: string, line: number): GateSpecs {
  const root = readYamlTree(file, block, { firstLine: line })
  const item = root?.kind === 'seq' ? root.items[0] : undefined
  if (item?.kind !== 'map')
    throw new DataError(file, line, 'each gate should be a mapping with name and versionedSpecs')
  const name = sourceOf(entryOf(item, 'name')?.value) ?? ''
  const specsNode = entryOf(item, 'versionedSpecs')?.value
  if (specsNode?.kind !== 'seq')
    throw new DataError(file, item.line, `gate ${name} has no versionedSpecs list`)
  const specs = specsNode.items.map(node => readSpec(file, name, node))
  return { name, line: item.line, layout: 'versioned', specs }
}

function readSpec(file: string, gate: string, node: YamlNode): FeatureSpec {
  if (node.kind !== 'map')
    throw new DataError(file, node.line, `gate ${gate}: each spec should be a mapping`)
  const value = (key: string) => {
    const v = entryOf(node, key)?.value
    return v?.kind === 'scalar' ? v.value : undefined
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
    default: value('default') === true,
    lockToDefault: value('lockToDefault') === true,
    preRelease: String(value('preRelease') ?? ''),
    line: node.line
  }
}
