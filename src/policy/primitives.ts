import { z } from 'zod'
import { MINOR_RELEASE } from '../release/version.js'
import { STAGE_IDS } from './stages.js'

// The zod primitives every policy schema shares, so a path or version means the same thing (and is
// refused for the same reasons) wherever it appears. Kept apart from schema.ts, which imports the
// per-repository schemas that use these.

export const stageId = z.enum(STAGE_IDS)

// The grammar every release is read with (release/version.ts): a version the schema accepts is
// one the checks can use, never an internal error later.
export const version = z
  .string()
  .regex(
    MINOR_RELEASE,
    'must be a minor release written like "1.40" (quote it in YAML; no leading zeros, at most four digits a part)'
  )

/** Git and the gates audit match globs; a glob of many `**` makes that explode. */
export const MAX_GLOB_LENGTH = 256
export const MAX_GLOBSTARS = 3
export const MAX_WILDCARDS = 8

/** What is wrong with a glob's size, or undefined. */
export function globProblem(glob: string): string | undefined {
  if ((glob.match(/\*\*/g) ?? []).length > MAX_GLOBSTARS)
    return `has more than ${MAX_GLOBSTARS} "**"`
  if ((glob.match(/\*+/g) ?? []).length > MAX_WILDCARDS)
    return `has more than ${MAX_WILDCARDS} wildcards`
  if (glob.length > MAX_GLOB_LENGTH) return `is longer than ${MAX_GLOB_LENGTH} characters`
  return undefined
}

/** A glob over names or paths, held to sizes matching stays fast on. */
export const glob = z
  .string()
  .min(1)
  .superRefine((g, ctx) => {
    const problem = globProblem(g)
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: `${problem}: a glob may be ${MAX_GLOB_LENGTH} characters with ${MAX_GLOBSTARS} "**" and ${MAX_WILDCARDS} wildcards`
      })
  })

// Paths reach git as arguments, so a leading "-" (an option) is refused along with anything that
// could leave the checkout.
export const repoPath = glob.refine(
  p => !p.startsWith('/') && !p.startsWith('-') && !p.split('/').includes('..'),
  {
    message: 'must be a path inside the repository (relative, without "..", not starting with "-")'
  }
)
