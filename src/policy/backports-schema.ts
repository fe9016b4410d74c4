import { z } from 'zod'

/** Parameters of the nftables-backports audit (CRITERIA.md section 6). */
export const backportsParams = z.strictObject({})
