import { DataError } from '../errors.js'
import { parseMinor, type MinorVersion } from '../release/version.js'
import { entryOf, readYamlTree, sourceOf, type YamlEntry } from './yaml-tree.js'

// A KEP's kep.yaml in kubernetes/enhancements (keps/sig-*/NNNN-*/kep.yaml): its stage, its
// milestones and the feature gates it names, each with its line. Hand-kept files: milestones
// come as "v1.33", "1.33", v1.33, "" or "TBD", the stage sometimes with the template's comment.

/** A milestone as written, and as a release when it names one (`0.0`, `TBD`, `x.y` do not). */
export interface KepMilestone {
  /** alpha, beta, stable, deprecated, … or latest-milestone. */
  key: string
  text: string
  version?: MinorVersion
  line: number
}

export interface KepFeatureGate {
  name: string
  line: number
}

export interface Kep {
  file: string
  /** The KEP's number (`kep-number`, else the folder's `NNNN-` prefix). */
  number?: string
  title?: string
  status?: string
  /** `stage` as written (a trailing comment is not part of it), lower-cased. */
  stage?: string
  stageLine?: number
  latestMilestone?: KepMilestone
  /** The `milestone:` entries in the order written. */
  milestones: KepMilestone[]
  featureGates: KepFeatureGate[]
}

/** The keys of kep.yaml the audit reads; the rest (authors, reviewers, PRR answers) is skipped. */
const KEYS = new Set([
  'kep-number',
  'title',
  'status',
  'stage',
  'latest-milestone',
  'milestone',
  'feature-gates'
])

export function readKep(file: string, text: string): Kep {
  if (text.includes('\u0000'))
    throw new DataError(file, undefined, 'is not a text file (binary data where YAML was expected)')
  const root = readYamlTree(file, text, { keys: KEYS })
  if (root && root.kind !== 'map')
    throw new DataError(
      file,
      root.line,
      'is not a KEP: expected keys such as title, stage and milestone'
    )
  const text_ = (key: string) => sourceOf(entryOf(root, key)?.value)?.trim()
  const stage = entryOf(root, 'stage')
  const latest = entryOf(root, 'latest-milestone')
  const milestones = entryOf(root, 'milestone')?.value
  const gates = entryOf(root, 'feature-gates')?.value
  return {
    file,
    number: text_('kep-number') || /\/(\d+)-[^/]*\/kep\.yaml$/.exec(file)?.[1],
    title: text_('title'),
    status: text_('status')?.toLowerCase(),
    stage: stage ? (sourceOf(stage.value) ?? '').trim().toLowerCase() : undefined,
    stageLine: stage?.line,
    latestMilestone: latest ? milestone('latest-milestone', latest) : undefined,
    milestones:
      milestones?.kind === 'map'
        ? [...milestones.entries].map(([key, entry]) => milestone(key, entry))
        : [],
    featureGates:
      gates?.kind === 'seq'
        ? gates.items.flatMap(item => {
            const name = entryOf(item, 'name')
            const value = sourceOf(name?.value)?.trim()
            return name && value ? [{ name: value, line: name.line }] : []
          })
        : []
  }
}

function milestone(key: string, entry: YamlEntry): KepMilestone {
  const text = sourceOf(entry.value)?.trim() ?? ''
  return { key, text, version: milestoneVersion(text), line: entry.line }
}

/** `v1.33`, `1.33` or `v1.33.0` as a release; nothing for `""`, `0.0`, `TBD` or `x.y`. */
export function milestoneVersion(text: string): MinorVersion | undefined {
  // Most milestones that are no release are "" or TBD: no need to ask the version grammar.
  if (!/^v?\d/.test(text)) return undefined
  const version = parseMinor(text)
  return version && version.major >= 1 ? version : undefined
}
