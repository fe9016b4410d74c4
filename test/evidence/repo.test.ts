import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { check } from '../../src/check.js'
import { WorktreeRepo, parseGrepOutput } from '../../src/evidence/repo.js'
import { detectKind } from '../../src/evidence/repo-kind.js'

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-repo-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

function gitInit(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' })
  git('init', '-q')
  git('add', '-A')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'tree')
}

const FILES = {
  'pkg/proxy/a.go': 'package proxy\nimport "k8s.io/kubernetes/pkg/proxy/ipvs"\n',
  'pkg/proxy/a_test.go': 'package proxy\nimport "k8s.io/kubernetes/pkg/proxy/ipvs"\n',
  'vendor/x/b.go': 'package x\nimport "k8s.io/kubernetes/pkg/proxy/ipvs"\n',
  'cmd/c.go': 'package main\n// no import here\n'
}
const QUERY = {
  patterns: ['"k8s.io/kubernetes/pkg/proxy/ipvs'],
  include: ['**/*.go'],
  exclude: ['vendor/**', '**/*_test.go']
}

describe('WorktreeRepo.grep', () => {
  it('finds fixed strings with file and line, honouring includes and excludes, in a plain folder', async () => {
    const repo = await WorktreeRepo.open(tree(FILES))
    expect(await repo.grep(QUERY)).toEqual([
      { file: 'pkg/proxy/a.go', line: 2, text: 'import "k8s.io/kubernetes/pkg/proxy/ipvs"' }
    ])
  })

  it('judges a git checkout as git tracks it, untracked files only when asked', async () => {
    const dir = tree(FILES)
    gitInit(dir)
    const added = 'package main\nimport _ "k8s.io/kubernetes/pkg/proxy/ipvs/util"\n'
    writeFileSync(path.join(dir, 'cmd/new.go'), added)
    // A tracked file edited in the working tree is judged as edited.
    writeFileSync(
      path.join(dir, 'cmd/c.go'),
      'package main\nimport "k8s.io/kubernetes/pkg/proxy/ipvs"\n'
    )
    const tracked = await WorktreeRepo.open(dir)
    expect((await tracked.grep(QUERY)).map(h => h.file).sort()).toEqual([
      'cmd/c.go',
      'pkg/proxy/a.go'
    ])
    expect(await tracked.read('cmd/new.go')).toBeUndefined()
    expect(await tracked.exists('cmd/new.go')).toBe(false)
    expect(await tracked.list('cmd')).toEqual(['cmd/c.go'])

    const all = await WorktreeRepo.open(dir, { untracked: true })
    expect((await all.grep(QUERY)).map(h => h.file).sort()).toEqual([
      'cmd/c.go',
      'cmd/new.go',
      'pkg/proxy/a.go'
    ])
    expect(await all.read('cmd/new.go')).toBe(added)
    expect(await all.list('cmd')).toEqual(['cmd/c.go', 'cmd/new.go'])
  })

  it('leaves out a tracked file deleted from the working tree', async () => {
    const dir = tree(FILES)
    gitInit(dir)
    rmSync(path.join(dir, 'pkg/proxy/a.go'))
    const repo = await WorktreeRepo.open(dir)
    expect(await repo.grep(QUERY)).toEqual([])
    expect(await repo.list('pkg/proxy')).toEqual(['pkg/proxy/a_test.go'])
    expect(await repo.exists('pkg/proxy/a.go')).toBe(false)
    expect(await repo.read('pkg/proxy/a.go')).toBeUndefined()
  })

  it("reads its own output whatever the checkout's grep settings", async () => {
    const dir = tree(FILES)
    gitInit(dir)
    execFileSync('git', ['config', 'grep.column', 'true'], { cwd: dir })
    execFileSync('git', ['config', 'grep.fullName', 'false'], { cwd: dir })
    const repo = await WorktreeRepo.open(dir)
    expect(await repo.grep(QUERY)).toEqual([
      { file: 'pkg/proxy/a.go', line: 2, text: 'import "k8s.io/kubernetes/pkg/proxy/ipvs"' }
    ])
  })

  it('treats patterns as text, not as regular expressions or options', async () => {
    const repo = await WorktreeRepo.open(tree({ 'a.go': 'x.*y\n-e\n' }))
    expect((await repo.grep({ patterns: ['.*'], include: ['*.go'] })).map(h => h.line)).toEqual([1])
    expect((await repo.grep({ patterns: ['-e'], include: ['*.go'] })).map(h => h.line)).toEqual([2])
  })

  it('returns nothing, not an error, when nothing matches', async () => {
    const repo = await WorktreeRepo.open(tree(FILES))
    expect(await repo.grep({ patterns: ['absent'], include: ['**/*.go'] })).toEqual([])
  })
})

describe('WorktreeRepo reads', () => {
  it('reads a file once and answers undefined for a missing one', async () => {
    const dir = tree({ 'a.txt': 'one' })
    const repo = await WorktreeRepo.open(dir)
    expect(await repo.read('a.txt')).toBe('one')
    writeFileSync(path.join(dir, 'a.txt'), 'two')
    expect(await repo.read('a.txt')).toBe('one') // cached: one read per run
    expect(await repo.read('b.txt')).toBeUndefined()
  })

  it('lists the files below a folder, and nothing for a missing one', async () => {
    const repo = await WorktreeRepo.open(tree(FILES))
    expect(await repo.list('pkg/proxy')).toEqual(['pkg/proxy/a.go', 'pkg/proxy/a_test.go'])
    expect(await repo.list('pkg/proxy/ipvs')).toEqual([])
  })

  it('in a git checkout, finds the first name git lists and the last, and no untracked file', async () => {
    // git lists names sorted: a file first in one tree, a folder first in the other.
    const fileFirst = tree({ '0.go': 'first', 'pkg/b.go': 'b', 'z/last.go': 'last' })
    const folderFirst = tree({ 'a/first.go': 'first', 'b.go': 'b' })
    for (const dir of [fileFirst, folderFirst]) {
      gitInit(dir)
      writeFileSync(path.join(dir, 'untracked.go'), 'u')
    }
    const files = await WorktreeRepo.open(fileFirst)
    expect(await files.read('0.go')).toBe('first')
    expect(await files.read('z/last.go')).toBe('last')
    expect(await files.read('untracked.go')).toBeUndefined()
    expect(await files.exists('0.go')).toBe(true)
    expect(await files.list('')).toEqual(['0.go', 'pkg/b.go', 'z/last.go'])
    const folders = await WorktreeRepo.open(folderFirst)
    expect(await folders.exists('a')).toBe(true)
    expect(await folders.list('a')).toEqual(['a/first.go'])
    expect(await folders.read('a/first.go')).toBe('first')
  })

  it('refuses paths and symbolic links that leave the repository', async () => {
    const outside = tree({ 'secret.txt': 'do not read' })
    const dir = tree({ 'a.txt': 'x' })
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'))
    const repo = await WorktreeRepo.open(dir)
    await expect(repo.read('link.txt')).rejects.toThrow(
      /link\.txt: is a symbolic link that leads out of the repository/
    )
    await expect(repo.read('../secret.txt')).rejects.toThrow(/outside the repository/)
    await expect(repo.read('/etc/passwd')).rejects.toThrow(/outside the repository/)
  })

  it('says a folder stands where a file should', async () => {
    const dir = tree({ 'pkg/features/kube_features.go/x': '' })
    const repo = await WorktreeRepo.open(dir)
    await expect(repo.read('pkg/features/kube_features.go')).rejects.toThrow(
      'pkg/features/kube_features.go: is a folder where a file was expected'
    )
  })

  it('refuses a repository folder that does not exist', async () => {
    await expect(WorktreeRepo.open('/no/such/folder')).rejects.toThrow(/does not exist/)
  })
})

describe('parseGrepOutput', () => {
  it('keeps colons in text and paths apart with NUL separators', () => {
    expect(parseGrepOutput('a:b.go\u00003\u0000x: y\n')).toEqual([
      { file: 'a:b.go', line: 3, text: 'x: y' }
    ])
  })
})

describe('detectKind', () => {
  it('tells kubernetes, website and neither apart, and honours an override', async () => {
    const kube = await WorktreeRepo.open(tree({ 'cmd/kube-proxy/app/server.go': '' }))
    const site = await WorktreeRepo.open(tree({ 'content/en/docs/_index.md': '' }))
    const other = await WorktreeRepo.open(tree({ 'README.md': '' }))
    expect(await detectKind(kube)).toBe('kubernetes')
    expect(await detectKind(site)).toBe('website')
    expect(await detectKind(site, 'kubernetes')).toBe('kubernetes')
    await expect(detectKind(other)).rejects.toThrow(
      /cannot tell what this checkout is.*set repo-kind/
    )
    await expect(detectKind(kube, 'docs')).rejects.toThrow(
      /repo-kind "docs" is not known: use kubernetes, website or auto/
    )
  })
})

describe('the kind of a git checkout', () => {
  it('is what git tracks says, even where untracked files on disk say otherwise', async () => {
    const dir = tree({
      'content/en/docs/_index.md': '---\ntitle: Docs\n---\n',
      'hugo.toml': '[params]\nlatest = "v1.40"\n'
    })
    gitInit(dir)
    // Never added: on disk it looks like kubernetes/kubernetes.
    mkdirSync(path.join(dir, 'cmd/kube-proxy/app'), { recursive: true })
    writeFileSync(path.join(dir, 'cmd/kube-proxy/app/server.go'), 'package app\n')
    const settings = { repoDir: dir, target: '1.40', policyBase: dir }
    expect((await check(settings)).kind).toBe('website')
    expect((await check({ ...settings, untracked: true })).kind).toBe('kubernetes')
  })
})

describe('WorktreeRepo.describe', () => {
  it("reads master's alpha tag the way release branching leaves it", async () => {
    const dir = tree({ 'cmd/kube-proxy/app/server.go': 'package app\n' })
    gitInit(dir)
    execFileSync('git', ['tag', 'v1.40.0-alpha.0'], { cwd: dir })
    writeFileSync(path.join(dir, 'later.go'), 'package x\n')
    execFileSync('git', ['add', '-A'], { cwd: dir })
    execFileSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'later'],
      { cwd: dir }
    )
    const described = await (await WorktreeRepo.open(dir)).describe()
    expect(described?.trim()).toMatch(/^v1\.40\.0-alpha\.0-1-g[0-9a-f]+$/)
  })

  it('answers undefined where there is no tag or no git', async () => {
    expect(await (await WorktreeRepo.open(tree({ 'a.txt': '' }))).describe()).toBeUndefined()
  })
})
