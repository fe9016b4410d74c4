import type { Criterion } from '../types.js'

/** The kubernetes/website criteria, in report order. */
export const WEBSITE_CRITERIA: readonly Criterion[] = []
