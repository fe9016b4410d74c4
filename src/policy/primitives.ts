import { z } from 'zod'
import { STAGE_IDS } from './stages.js'

// The zod primitives every policy schema shares, so a path or version means the same thing (and is
// refused for the same reasons) wherever it appears. Kept apart from schema.ts, which imports the
// per-repository schemas that use these.

export const stageId = z.enum(STAGE_IDS)

export const version = z
  .string()
  .regex(/^\d+\.\d+$/, 'must be a minor release written like "1.40" (quote it in YAML)')

// Paths reach git as arguments, so a leading "-" (an option) is refused along with anything that
// could leave the checkout.
export const repoPath = z
  .string()
  .min(1)
  .refine(p => !p.startsWith('/') && !p.startsWith('-') && !p.split('/').includes('..'), {
    message: 'must be a path inside the repository (relative, without "..", not starting with "-")'
  })
