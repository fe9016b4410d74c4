import { parseRepositoryName } from '../github/repository-name.js'
import { z } from 'zod'
import { glob, repoPath as path, version } from './primitives.js'

// The audit of every feature gate (`kep-gate gates`, action scope feature-gates): where the pages
// and KEPs live, where the generated list can be fetched from, and the deviations from the rules
// that the project accepts, each with its reason. The Go files and the list's paths are those of
// the kubernetes section.

const deviation = z.strictObject({
  /** A gate name, or a glob over names (`CSIMigration*`); absent: every gate. */
  gate: glob.optional(),
  rule: z.enum(['code-list', 'list-page', 'kep-list']).optional(),
  /** The finding's kind (`stage-missing`, `to-wrong`, …); absent: every kind of the rule. */
  finding: z.string().min(1).optional(),
  /** The release the finding is about (a stage's fromVersion, a milestone). */
  version: version.optional(),
  reason: z.string().min(1, 'a deviation needs a reason a release manager can read')
})
export type Deviation = z.infer<typeof deviation>

export const gatesParams = z.strictObject({
  /** Where the generated list is fetched from when no kubernetes checkout is given (the action). */
  listRepository: z
    .string()
    .refine(
      text => parseRepositoryName(text) !== undefined,
      'must be owner/name, like kubernetes/kubernetes'
    ),
  website: z.strictObject({
    /** The folder of one language's sites: `content`, holding `en/`, `zh-cn/`, … */
    content: path,
    /** The language whose pages are the reference; the others' findings are warnings. */
    english: z.string().min(1),
    /** The gate pages' folder inside a language. */
    pages: path
  }),
  enhancements: z.strictObject({
    /** The folder holding the KEPs (`sig-network/5495-…/kep.yaml` below it). */
    keps: path,
    /** Globs of kep.yaml files that are no KEP (the template). */
    exclude: z.array(glob)
  }),
  deviations: z.array(deviation)
})
export type GatesParams = z.infer<typeof gatesParams>
