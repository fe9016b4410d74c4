import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { check } from '../../src/check.js'
import { pipeGit } from '../../src/evidence/git.js'
import type { CriterionResult } from '../../src/report/types.js'
import { byId, detailLines } from '../support/report.js'
import { buildScenario, History, type Scenario } from './history.js'

// Completing a shallow checkout with the tags the policy names, and a git pipe whose consumer
// stops early: both used to hang or crawl through the whole history before failing.

let scenario: Scenario
let dir: string
const made: string[] = []

beforeAll(() => {
  scenario = buildScenario()
  dir = scenario.history.dir
  made.push(dir)
  // The 1.35 cutoff is a release tag on master, after #102 and before #103.
  scenario.history.git('tag', '-a', '-m', 'Kubernetes v1.35.0', 'v1.35.0', scenario.merges[102]!)
})
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

async function audit(repoDir: string, cutoff: string): Promise<CriterionResult> {
  writeFileSync(
    path.join(repoDir, 'kep-gate.yaml'),
    `backports:\n  cutoffs:\n    '1.35': ${cutoff}\n`
  )
  const report = await check({
    repoDir,
    target: '1.35',
    repoKind: 'kubernetes',
    policyBase: repoDir,
    policy: 'kep-gate.yaml',
    // As the action runs: its checkout is a throw-away copy that may be completed.
    fetch: true
  })
  return byId(report, 'nftables-backports')
}

function shallowClone(): { clone: string; git: (...args: string[]) => string } {
  const clone = mkdtempSync(path.join(tmpdir(), 'kep-gate-shallow-tag-'))
  made.push(clone)
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone])
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim()
  return { clone, git }
}

describe('a shallow checkout with a tag as the cutoff', () => {
  it('fetches the tag with the branches, in the first fetch, and reaches the same table', async () => {
    const full = await audit(dir, 'v1.35.0')
    expect(detailLines(full)[1]).toContain('up to v1.35.0')
    const { clone, git } = shallowClone()
    expect(git('tag', '--list')).toBe('')

    const result = await audit(clone, 'v1.35.0')
    const table = (r: CriterionResult) => detailLines(r).filter(l => l.startsWith('|'))
    expect(result.status).toBe(full.status)
    expect(table(result)).toEqual(table(full))
    const fetches =
      detailLines(result)
        .join('\n')
        .match(/fetched: [^\n]*/g) ?? []
    // One fetch, a first deepening: not 1000, then 10000, then the whole history.
    expect(fetches).toHaveLength(1)
    expect(fetches[0]).toMatch(
      /^fetched: master, release-1\.34, release-1\.33, tag v1\.35\.0 from origin \(deepen \d+, blob:none\)/
    )
    // Fetched beside the clone's own tags, never among them.
    expect(git('rev-parse', 'refs/kep-gate/tags/v1.35.0^{commit}')).toBe(scenario.merges[102])
    expect(git('tag', '--list')).toBe('')
  })

  it('fetches a cutoff that names a branch as a branch, not as a tag', async () => {
    scenario.history.git('branch', '-f', 'cut-1.35', scenario.merges[102]!)
    const full = await audit(dir, 'cut-1.35')
    const { clone } = shallowClone()
    const result = await audit(clone, 'cut-1.35')
    const table = (r: CriterionResult) => detailLines(r).filter(l => l.startsWith('|'))
    expect(result.status).toBe(full.status)
    expect(table(result)).toEqual(table(full))
    expect(detailLines(result).join('\n')).toMatch(
      /fetched: master, release-1\.34, release-1\.33, cut-1\.35 from origin/
    )
  })

  it('fails in one line naming a tag the remote does not have, without deepening', async () => {
    const { clone, git } = shallowClone()
    const result = await audit(clone, 'v9.9.9')
    expect(result.status).toBe('fail')
    expect(result.message).not.toContain('\n')
    expect(result.message).toMatch(
      /^[^\n]*v9\.9\.9 not in the checkout, and origin has no refs\/tags\/v9\.9\.9: check out with history \(actions\/checkout with fetch-depth: 0\)$/
    )
    expect(git('rev-parse', '--is-shallow-repository')).toBe('true')
    expect(git('rev-list', '--count', 'HEAD')).toBe('1')
  })
})

describe('pipeGit', () => {
  let big: History
  beforeAll(() => {
    big = History.init('kep-gate-pipe-')
    made.push(big.dir)
    // Far more `git log -p` output than a pipe holds (64 KiB on Linux).
    const lines = Array.from({ length: 40000 }, (_, i) => `line ${i} of a large file`).join('\n')
    big.commit('A large file', { 'big.txt': `${lines}\n` })
  })

  it('resolves with a non-zero code when the consumer fails at once', async () => {
    const result = await pipeGit(big.dir, ['log', '-p'], ['rev-parse', '--verify', 'no-such-ref'])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('Needed a single revision')
  }, 15000)

  it('resolves when the consumer exits without reading, draining the producer', async () => {
    const result = await pipeGit(big.dir, ['log', '-p'], ['rev-parse', 'HEAD'])
    expect(result.code).toBe(0)
    expect(result.stdout.toString('utf8').trim()).toBe(big.head())
  }, 15000)

  it('still streams the whole output through a consumer that reads it', async () => {
    const result = await pipeGit(big.dir, ['log', '-p'], ['patch-id', '--stable'])
    expect(result.code).toBe(0)
    expect(result.stdout.toString('utf8').split(' ')[1]?.trim()).toBe(big.head())
  })
})
