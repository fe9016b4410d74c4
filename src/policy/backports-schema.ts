import { z } from 'zod'
import { patternProblem } from './pattern.js'
import { repoPath as path, version } from './primitives.js'

// Names here end up as git arguments (refspecs, revisions), so they are held to a safe alphabet:
// no leading dash (an option), no "..", "^", "~", ":" or spaces (revision syntax, refspecs).
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/
const branch = z
  .string()
  .regex(SAFE_NAME, 'must be a branch name such as release-1.34 (letters, digits, "._/-")')
  .refine(b => !b.includes('..') && !b.endsWith('/') && !b.endsWith('.lock'), {
    message: 'must be a branch name such as release-1.34 (no "..", no trailing "/" or ".lock")'
  })
const revision = z
  .string()
  .regex(SAFE_NAME, 'must be a branch, tag or commit id such as v1.35.0 or master')
  .refine(r => !r.includes('..'), { message: 'must be one revision, not a range ("..")' })
const pr = z.number().int().positive('must be a pull request number such as 134024')
// Run by RE2 (pattern.ts): linear in the text, so no look-around and no back-references.
const pattern = z
  .string()
  .min(1)
  .max(500)
  .superRefine((p, ctx) => {
    const problem = patternProblem(p)
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: `must be a regular expression RE2 can run in linear time, such as "\\\\bfix(es|ed)?\\\\b" (no look-around, no back-references): ${problem}`
      })
  })

const exemption = z.strictObject({
  pr,
  /** The branches the exemption covers; all required branches when absent. */
  branches: z.array(branch).min(1).optional(),
  reason: z.string().min(1, 'a backport exemption needs a reason a release manager can read')
})

/** Parameters of the nftables-backports audit (CRITERIA.md section 6). */
export const backportsParams = z.strictObject({
  /** The remote a shallow or partial checkout is completed from. */
  remote: branch,
  /** The development branch the fixes merge into. */
  mainBranch: branch,
  /** Every fix must reach each of these. */
  branches: z.array(branch).min(1),
  /** A commit changing one of these is a change to the audited code. */
  paths: z.array(path).min(1),
  /** Fixes count from this branch's branch point (merge-base with the main branch)... */
  sinceBranchPoint: branch,
  /** ...unless a revision is given here. */
  since: revision.optional(),
  /** Per target release, the last main-branch revision whose fixes count; else the branch tip. */
  cutoffs: z.record(version, revision),
  /** Pull requests that are bug fixes whatever their label or title. */
  fixes: z.array(pr),
  /** The GitHub label of a bug fix (read with a token). */
  bugLabel: z.string().min(1),
  /** Without a token: a title or commit subject matching this (case-insensitive) is a fix. */
  fixPattern: pattern,
  exemptions: z.array(exemption)
})
export type BackportsParams = z.infer<typeof backportsParams>
