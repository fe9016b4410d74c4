import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import { DataError, yamlReason } from '../errors.js'
import type { FeatureSpec, GateSpecs } from './go-types.js'

/**
 * Reads one gate's entry from the generated `versioned_feature_list.yaml` (`- name: X` /
 * `versionedSpecs: [...]`) into the same shape as the Go spec map, so the two can be compared
 * entry by entry. Returns undefined when the list has no such gate.
 *
 * The list is generated, one `- name:` per gate at the start of a line, and real ones hold
 * hundreds of gates: only the gate's own block goes through the YAML parser, which keeps a
 * 6,000-line list from costing more than the rest of the check.
 */
export function readFeatureListEntry(
  file: string,
  text: string,
  name: string
): GateSpecs | undefined {
  if (text.includes('\u0000'))
    throw new DataError(file, undefined, 'is not a text file (binary data where YAML was expected)')
  const entries = /^- name: *["']?([A-Za-z0-9_.-]+)["']? *$/gm
  let start: { index: number; line: number } | undefined
  let end = text.length
  let sawEntry = false
  for (let m = entries.exec(text); m; m = entries.exec(text)) {
    sawEntry = true
    if (start) {
      end = m.index
      break
    }
    if (m[1] === name) start = { index: m.index, line: lineAt(text, m.index) }
  }
  if (!sawEntry && text.trim() !== '' && text.trim() !== '[]') {
    throw new DataError(
      file,
      1,
      'is not a feature list: expected entries like "- name: SomeGate" with versionedSpecs'
    )
  }
  if (!start) return undefined
  return parseEntry(file, text.slice(start.index, end), start.line - 1)
}

function parseEntry(file: string, block: string, lineOffset: number): GateSpecs {
  const lines = new LineCounter()
  const doc = parseDocument(block, { lineCounter: lines, prettyErrors: true })
  const syntax = doc.errors[0]
  const lineOf = (node: Node | null | undefined): number =>
    lineOffset + (node?.range ? lines.linePos(node.range[0]).line : 1)
  if (syntax) {
    const line = lineOffset + (syntax.linePos?.[0].line ?? 1)
    throw new DataError(file, line, `is not valid YAML: ${yamlReason(syntax.message)}`)
  }
  const root = doc.contents
  const item = isSeq(root) ? root.items[0] : undefined
  if (!isMap(item))
    throw new DataError(
      file,
      lineOf(root),
      'each gate should be a mapping with name and versionedSpecs'
    )
  const name = String(item.get('name'))
  const specsNode = item.get('versionedSpecs', true)
  if (!isSeq(specsNode))
    throw new DataError(file, lineOf(item), `gate ${name} has no versionedSpecs list`)
  const specs: FeatureSpec[] = specsNode.items.map(specNode => {
    if (!isMap(specNode))
      throw new DataError(
        file,
        lineOf(specNode as Node),
        `gate ${name}: each spec should be a mapping`
      )
    const version = specNode.get('version', true)
    // As written: an unquoted `version: 1.40` is the number 1.4 to YAML, but 1.40 to everyone.
    const versionText = isScalar(version) ? (version.source ?? String(version.value ?? '')) : ''
    // Older trees list unversioned gates with `version: ""`; those specs apply at every release.
    if (versionText !== '' && !/^\d+\.\d+$/.test(versionText)) {
      throw new DataError(
        file,
        lineOf(specNode),
        `gate ${name}: version "${versionText}" should be written like "1.37"`
      )
    }
    return {
      version: versionText || undefined,
      default: specNode.get('default') === true,
      lockToDefault: specNode.get('lockToDefault') === true,
      preRelease: String(specNode.get('preRelease') ?? ''),
      line: lineOf(specNode)
    }
  })
  return { name, line: lineOf(item), layout: 'versioned', specs }
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}
