// What each criterion says it checks, in the KEP's terms, pinned: the plan, the checklist and
// the README show these words. Regenerate with UPDATE_GOLDEN=1 after changing one on purpose.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { explainOf } from '../../src/criteria/explain.js'
import { CRITERIA } from '../../src/criteria/registry.js'
import { KEP_5495 } from '../../src/policy/kep-5495.js'

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden', 'explain.txt')

describe('explanations', () => {
  it('every criterion explains itself with the policy’s releases', () => {
    const slipped = structuredClone(KEP_5495)
    slipped.stages = { '1': '1.36', '2': '1.38', '3': '1.41', '4': '1.44', cleanup: '1.47' }
    const text = [KEP_5495, slipped]
      .flatMap(policy =>
        CRITERIA.map(c => `${policy.stages['3']} ${c.id}: ${explainOf(c, policy)}`)
      )
      .join('\n')
      .concat('\n')
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text)
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'))
  })
})
