import { z } from 'zod'
import { repoPath as path, stageId, version } from './primitives.js'
import { backportsParams } from './backports-schema.js'
import { gatesParams } from './gates-schema.js'
import { websiteParams } from './website-schema.js'

// One schema for the whole policy: the built-in kep-5495 data and a user's override file are
// merged and then parsed once here, so every mistake is reported against the same rules.

export { STAGE_IDS, type StageId } from './stages.js'
export { stageId }

const paths = z.array(path).min(1)
const words = z.array(z.string().min(1)).min(1)

const window = z.strictObject({
  /** The criterion is due from this stage's release on; absent means always (schedule guards). */
  from: stageId.optional(),
  /** ...and stops being due at this stage's release (its window closes). */
  until: stageId.optional()
})

export const criterionPolicy = z.strictObject({
  stage: stageId,
  due: window,
  severity: z.enum(['error', 'warning']),
  /** Absent means enabled. No defaults anywhere in the schema: see load.ts. */
  enabled: z.boolean().optional()
})
export type CriterionPolicy = z.infer<typeof criterionPolicy>

const specExpectation = z.strictObject({
  from: stageId,
  until: stageId,
  default: z.boolean(),
  lockToDefault: z.boolean(),
  preRelease: z.array(z.enum(['Alpha', 'Beta', 'GA', 'Deprecated'])).min(1)
})

const announcement = z.strictObject({
  from: stageId,
  until: stageId,
  /** The stages whose releases the warning must name. */
  names: z.array(stageId).min(1)
})

export const kubernetesParams = z.strictObject({
  /** Files that may hold the gate's const and its spec map (layouts changed over releases). */
  featureFiles: paths,
  /** The generated feature list; the first that exists is compared with the Go. */
  featureLists: paths,
  /** Go files in these folders (and not excluded) are product code. */
  excludeGo: z.array(z.string().min(1)),
  warning: z.strictObject({
    paths,
    /** Every word must appear in one warning message (case-insensitive). */
    mustSay: words,
    /** At least one of these must appear: where users should go instead. */
    pointsAt: words,
    /** Methods that log: a message counts only as an argument of one (not of fmt.* or errors.*). */
    logCalls: words,
    /** Event recorder methods: a message counts when the event's type is Warning. */
    eventCalls: words
  }),
  gateSpec: z.array(specExpectation).min(1),
  announce: z.array(announcement).min(1),
  modeValidation: z.strictObject({
    paths,
    /** Show code handles ipvs mode: an identifier of exactly this name, or a literal holding it. */
    ipvsMode: words,
    validModes: words,
    /** Calls that build the error users see: only their message counts (field.Invalid's detail…). */
    errorCalls: words
  }),
  ipvsPackage: path,
  ipvsImport: z.string().min(1),
  flags: z.strictObject({
    file: path,
    names: words,
    configType: z.string().min(1),
    configTypeFiles: paths
  })
})
export type KubernetesParams = z.infer<typeof kubernetesParams>

export const exemption = z.strictObject({
  criterion: z.string().min(1),
  reason: z.string().min(1, 'an exemption needs a reason a release manager can read')
})

export const policySchema = z.strictObject({
  name: z.string().min(1),
  kep: z.string().min(1),
  title: z.string().min(1),
  gate: z
    .string()
    .regex(/^[A-Z][A-Za-z0-9]*$/, 'must be a Go feature gate name such as KubeProxyIPVS'),
  stages: z.strictObject({
    '1': version,
    '2': version,
    '3': version,
    '4': version,
    cleanup: version
  }),
  kubernetes: kubernetesParams,
  website: websiteParams,
  backports: backportsParams,
  gates: gatesParams,
  criteria: z.record(z.string(), criterionPolicy),
  exemptions: z.array(exemption)
})
export type Policy = z.infer<typeof policySchema>
