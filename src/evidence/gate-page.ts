import { DataError } from '../errors.js'
import { parseMinor, type MinorVersion } from '../release/version.js'
import { frontMatterClose } from './front-matter.js'
import { entryOf, readYamlTree, sourceOf, type YamlNode } from './yaml-tree.js'

// A kubernetes/website feature gate page
// (content/<lang>/docs/reference/command-line-tools-reference/feature-gates/<Gate>.md): its front
// matter's `stages:` list and `removed:` mark, with the line of every field. The one reader of
// these pages, for KEP-5495's docs-feature-gate-page and for the audit of every gate.

/** One item of `stages:`, each field with its line; a field the page lacks is undefined. */
export interface PageStage {
  /** 0-based position in the list. */
  index: number
  /** The line of the item (`- stage: beta`). */
  line: number
  stage?: string
  stageLine?: number
  /** As YAML reads it: a boolean when the page is right, anything when it is not. */
  defaultValue?: unknown
  defaultLine?: number
  /** fromVersion as written (`1.40` stays "1.40") and as a release, if it is one. */
  fromText?: string
  from?: MinorVersion
  fromLine?: number
  toText?: string
  to?: MinorVersion
  toLine?: number
  locked?: unknown
  lockedLine?: number
}

export interface GatePage {
  file: string
  /** False for a page without front matter: then nothing else is known. */
  frontMatter: boolean
  title?: string
  removed: boolean
  removedLine?: number
  /** The `stages:` list; undefined when the front matter has none (or it is not a list). */
  stages?: PageStage[]
  /** The line of `stages:`, else the front matter's first line. */
  stagesLine: number
}

const KEYS = new Set(['title', 'removed', 'stages'])

/** Reads a page's front matter; YAML that is not YAML is a DataError at its line. */
export function readGatePage(file: string, text: string): GatePage {
  // Only the front matter is cut out: a page's body can be long, and 700 pages add up.
  const head = /^---[ \t]*\r?\n/.exec(text)
  const end = head ? /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(head[0].length)) : null
  let yaml: string
  if (head && end) yaml = text.slice(head[0].length, head[0].length + end.index)
  else {
    // Anything less plain goes the Markdown reader's way, in its words.
    const all = text.split(/\r?\n/)
    const close = frontMatterClose(file, all)
    if (close === undefined) return { file, frontMatter: false, removed: false, stagesLine: 1 }
    yaml = all.slice(1, close).join('\n')
  }
  const root = readYamlTree(file, yaml, {
    firstLine: 2,
    what: 'the front matter',
    keys: KEYS
  })
  if (root && root.kind !== 'map')
    throw new DataError(file, 2, 'the front matter must be a mapping of keys (title: …)')
  const removed = entryOf(root, 'removed')
  const stages = entryOf(root, 'stages')
  return {
    file,
    frontMatter: true,
    title: sourceOf(entryOf(root, 'title')?.value),
    removed: removed?.value.kind === 'scalar' && removed.value.value === true,
    removedLine: removed?.line,
    stages: stages?.value.kind === 'seq' ? stages.value.items.map(readStage) : undefined,
    stagesLine: stages?.line ?? 1
  }
}

function readStage(node: YamlNode, index: number): PageStage {
  const field = (key: string) => entryOf(node, key)
  const stage = field('stage')
  const defaultValue = field('defaultValue')
  const from = field('fromVersion')
  const to = field('toVersion')
  const locked = field('locked')
  const fromText = sourceOf(from?.value)
  const toText = sourceOf(to?.value)
  return {
    index,
    line: node.line,
    stage: stage ? String(sourceOf(stage.value) ?? '') : undefined,
    stageLine: stage?.line,
    defaultValue: defaultValue ? scalarValue(defaultValue.value) : undefined,
    defaultLine: defaultValue?.line,
    fromText,
    from: release(fromText),
    fromLine: from?.line,
    toText,
    to: release(toText),
    toLine: to?.line,
    locked: locked ? scalarValue(locked.value) : undefined,
    lockedLine: locked?.line
  }
}

/** A release as written (`"1.40"`, `1.31.0`); nothing for an empty or wordy value. */
function release(text: string | undefined): MinorVersion | undefined {
  return text !== undefined && /^v?\d/.test(text) ? parseMinor(text) : undefined
}

function scalarValue(node: YamlNode): unknown {
  return node.kind === 'scalar' ? node.value : node.kind === 'seq' ? '[…]' : '{…}'
}

/** The gate a page is about: its file name without `.md`. */
export function gateOfPage(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, '')
}
