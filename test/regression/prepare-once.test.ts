// Regression mode prepares once: the base commit and the head are judged with one policy, one
// repository kind and one target, worked out from what the user gave and the head, never again
// from the base.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CommitRepo } from '../../src/evidence/commit-repo.js'
import { WorktreeRepo } from '../../src/evidence/repo.js'
import { prepare } from '../../src/prepare.js'
import { checkRegression } from '../../src/regression.js'
import { byId } from '../support/report.js'
import { commitAll, git, repoFromFixture } from './git-repo.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('regression mode', () => {
  it("judges the base with the head's preparation: a target only the head can tell, the base's policy file", async () => {
    // The base disables ipvs-flags-noop; the pull request would rather disable the removal check.
    const { dir, base } = repoFromFixture('1.43', tree =>
      writeFileSync(
        path.join(tree, 'kep-gate.yaml'),
        'criteria:\n  ipvs-flags-noop:\n    enabled: false\n'
      )
    )
    dirs.push(dir)
    mkdirSync(path.join(dir, 'pkg/proxy/ipvs'), { recursive: true })
    writeFileSync(path.join(dir, 'pkg/proxy/ipvs/proxier.go'), 'package ipvs\n')
    writeFileSync(
      path.join(dir, 'kep-gate.yaml'),
      'criteria:\n  ipvs-package-removed:\n    enabled: false\n'
    )
    const headSha = commitAll(dir, 'bring ipvs back and switch its check off')
    // Only the head is tagged: the base, prepared on its own, could not tell its target.
    git(dir, ['tag', 'v1.43.0', headSha])

    const head = await WorktreeRepo.open(dir)
    const baseRepo = await CommitRepo.open(dir, base)
    const origin = `the base commit ${base.slice(0, 7)}`
    const prepared = await prepare({ policy: { file: 'kep-gate.yaml', base: dir } }, head, {
      policyFrom: { repo: baseRepo, origin }
    })
    expect(prepared).toMatchObject({
      kind: 'kubernetes',
      target: { major: 1, minor: 43 },
      targetSource: 'git describe v1.43.0',
      policySource: `kep-gate.yaml from ${origin}`
    })

    const compared = await checkRegression(prepared, baseRepo, head, { headSha })
    for (const report of [compared.base, compared.head]) {
      expect(report).toMatchObject({
        target: '1.43',
        targetSource: 'git describe v1.43.0',
        targetVia: 'tag',
        kind: 'kubernetes',
        policySource: `kep-gate.yaml from ${origin}`
      })
      // The base's policy file judges both sides.
      expect(byId(report, 'ipvs-flags-noop')).toMatchObject({
        status: 'skipped',
        message: 'disabled by the policy'
      })
    }
    expect(byId(compared.base, 'ipvs-package-removed').status).toBe('pass')
    expect(byId(compared.head, 'ipvs-package-removed').status).toBe('fail')
    expect(compared.regressions).toEqual(['ipvs-package-removed'])
    expect(compared.result).toBe('fail')
    // Preparing the base on its own would have found no target at all.
    await expect(prepare({}, baseRepo)).rejects.toThrow('cannot tell which release')
  })
})
