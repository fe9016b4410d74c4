/** The KEP's stages, in order; the policy maps each to a release. Kept free of zod (see load.ts). */
export const STAGE_IDS = ['1', '2', '3', '4', 'cleanup'] as const
export type StageId = (typeof STAGE_IDS)[number]
