// A commit read from git objects answers every question exactly as its checked-out tree does.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CommitRepo } from '../../src/evidence/commit-repo.js'
import { WorktreeRepo, type GrepQuery } from '../../src/evidence/repo.js'
import { FEATURES_GO } from '../e2e/run-built.js'
import { commitAll, git, repoFromFixture } from './git-repo.js'

const QUERIES: GrepQuery[] = [
  { patterns: ['KubeProxyIPVS'], include: ['**/*.go'], exclude: ['vendor/**', '**/*_test.go'] },
  { patterns: ['ipvs'], ignoreCase: true, include: ['cmd/kube-proxy/', 'pkg/proxy/'] },
  { patterns: ['k8s.io/kubernetes/pkg/proxy/ipvs', 'no such text'], include: ['**/*.go'] }
]

describe('CommitRepo', () => {
  it('reads, lists, searches and describes a commit as the working tree of that commit', async () => {
    const { dir, base } = repoFromFixture('1.40')
    git(dir, ['tag', 'v1.40.0-alpha.0'])
    const worktree = await WorktreeRepo.open(dir)
    // Later commits and an uncommitted edit must not leak into the commit's view.
    writeFileSync(path.join(dir, FEATURES_GO), '// rewritten\n')
    rmSync(path.join(dir, 'pkg/proxy/ipvs'), { recursive: true })
    commitAll(dir, 'later')
    writeFileSync(path.join(dir, 'untracked.go'), 'package main // KubeProxyIPVS\n')
    const commit = await CommitRepo.open(dir, base)
    git(dir, ['stash', '-u', '-q'])
    git(dir, ['checkout', '-q', base])

    expect(await commit.read(FEATURES_GO)).toBe(await worktree.read(FEATURES_GO))
    expect(await commit.read('no/such/file.go')).toBeUndefined()
    for (const p of ['pkg/proxy/ipvs', 'pkg/proxy', 'pkg/proxy/ipvs/proxier.go', 'pkg/nothing'])
      expect([p, await commit.exists(p)]).toEqual([p, await worktree.exists(p)])
    expect(await commit.list('pkg/proxy/ipvs/')).toEqual(await worktree.list('pkg/proxy/ipvs'))
    expect(await commit.list('pkg/proxy/ipvs').then(l => l.length)).toBeGreaterThan(1)
    for (const query of QUERIES)
      expect(await commit.grep(query)).toEqual(await worktree.grep(query))
    expect(await commit.describe()).toBe(await worktree.describe())
  })

  it('refuses paths out of the repository and ignores symbolic links', async () => {
    const { dir } = repoFromFixture('1.40', tree => {
      mkdirSync(path.join(tree, 'links'))
      symlinkSync('/etc/passwd', path.join(tree, 'links/passwd'))
    })
    const commit = await CommitRepo.open(dir, git(dir, ['rev-parse', 'HEAD']))
    await expect(commit.read('../outside.go')).rejects.toThrow(/outside the repository/)
    await expect(commit.read('/etc/passwd')).rejects.toThrow(/outside the repository/)
    expect(await commit.read('links/passwd')).toBeUndefined()
    expect(await commit.list('links')).toEqual([])
  })

  it('names a commit it cannot find, and a short sha, in one line', async () => {
    const { dir } = repoFromFixture('1.40')
    await expect(CommitRepo.open(dir, 'abc123')).rejects.toThrow(/not a full commit sha/)
    await expect(CommitRepo.open(dir, 'f'.repeat(40))).rejects.toThrow(
      new RegExp(`commit ${'f'.repeat(40)} .*fetch-depth: 0`)
    )
  })
})
