import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { readBranchHistory } from '../../src/evidence/git-history.js'
import { readCheckout } from '../../src/evidence/git-checkout.js'
import { BACKPORTS } from '../../src/policy/kep-5495-backports.js'
import { History, NFT } from './history.js'

// Work that follows the history read (compiling the policy's fix pattern) starts while git walks
// the range, but only when the range has commits to walk: a checkout whose branches all sit on
// the branch point gets nothing to classify and pays nothing for it.

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** master and both release branches; with `after`, master has commits past the branch point. */
function repo(after: boolean): string {
  const h = History.init()
  made.push(h.dir)
  h.commit('Initial import', { [NFT]: '// rules\n' })
  for (const branch of BACKPORTS.branches) h.git('branch', branch)
  if (after) h.commit('nftables: fix a rule', { [NFT]: '// rules, fixed\n' })
  return h.dir
}

async function walks(dir: string): Promise<number> {
  const checkout = (await readCheckout(dir, false))!
  let calls = 0
  const history = await readBranchHistory(checkout, { ...BACKPORTS, whileWalking: () => calls++ })
  expect('error' in history).toBe(false)
  return calls
}

describe('the history read', () => {
  it('says when git starts walking a range with commits in it, once', async () => {
    expect(await walks(repo(true))).toBe(1)
  })

  it('says nothing when every branch sits on the branch point', async () => {
    expect(await walks(repo(false))).toBe(0)
  })
})
