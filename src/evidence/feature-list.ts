import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import { DataError } from '../errors.js'
import type { FeatureSpec, GateSpecs } from './go-types.js'

/**
 * Reads the generated `versioned_feature_list.yaml` (`- name: X` / `versionedSpecs: [...]`) into
 * the same shape as the Go spec map, so the two can be compared entry by entry.
 */
export function readFeatureList(file: string, text: string): GateSpecs[] {
  if (text.includes('\u0000')) throw new DataError(file, undefined, 'is not a text file (binary data where YAML was expected)')
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const syntax = doc.errors[0]
  if (syntax) {
    throw new DataError(file, syntax.linePos?.[0].line, `is not valid YAML: ${syntax.message.split('\n')[0]}`)
  }
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 1
  const root = doc.contents
  if (root === null || root === undefined) return []
  if (!isSeq(root)) throw new DataError(file, lineOf(root), 'should be a list of gates (- name: X)')

  return root.items.map(item => {
    if (!isMap(item)) throw new DataError(file, lineOf(item as Node), 'each gate should be a mapping with name and versionedSpecs')
    const name = item.get('name')
    if (typeof name !== 'string') throw new DataError(file, lineOf(item), 'a gate has no name')
    const specsNode = item.get('versionedSpecs', true)
    if (!isSeq(specsNode)) throw new DataError(file, lineOf(item), `gate ${name} has no versionedSpecs list`)
    const specs: FeatureSpec[] = specsNode.items.map(specNode => {
      if (!isMap(specNode)) throw new DataError(file, lineOf(specNode as Node), `gate ${name}: each spec should be a mapping`)
      const version = specNode.get('version', true)
      const versionText = isScalar(version) ? String(version.value ?? '') : ''
      // Older trees list unversioned gates with `version: ""`; those specs apply at every release.
      if (versionText !== '' && !/^\d+\.\d+$/.test(versionText)) {
        throw new DataError(file, lineOf(specNode), `gate ${name}: version "${versionText}" should be written like "1.37"`)
      }
      return {
        version: versionText || undefined,
        default: specNode.get('default') === true,
        lockToDefault: specNode.get('lockToDefault') === true,
        preRelease: String(specNode.get('preRelease') ?? ''),
        line: lineOf(specNode)
      }
    })
    return { name, line: lineOf(item), layout: 'versioned' as const, specs }
  })
}
