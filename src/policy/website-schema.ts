import { z } from 'zod'

/** Parameters of the kubernetes/website criteria. */
export const websiteParams = z.strictObject({})
