import { afterEach } from '@jest/globals'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { check } from '../../src/check.js'
import type { CriterionResult } from '../../src/report/types.js'
import { byId } from './report.js'
import { copyFixture } from './tree.js'

/**
 * A maker of throw-away copies of a kind's fixture trees, each changed by the test and removed
 * after it, so a test can break a tree without touching the original.
 */
export function scratchTrees(
  kind = 'kubernetes'
): (era: string, change: (dir: string) => void) => string {
  const copies: string[] = []
  afterEach(() => {
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return (era, change) => {
    const dir = copyFixture(kind, era)
    copies.push(dir)
    change(dir)
    return dir
  }
}

/** One criterion's result on a tree at a target, under the tree's kep-gate.yaml when it has one. */
export async function criterionResult(
  dir: string,
  target: string,
  id: string
): Promise<CriterionResult> {
  const policy = existsSync(path.join(dir, 'kep-gate.yaml')) ? { policy: 'kep-gate.yaml' } : {}
  const report = await check({ repoDir: dir, target, policyBase: dir, ...policy })
  return byId(report, id)
}
