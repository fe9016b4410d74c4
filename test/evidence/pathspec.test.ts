import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { WorktreeRepo, type GrepQuery } from '../../src/evidence/repo.js'
import { pathspecMatches, provablyDisjoint } from '../../src/evidence/pathspec.js'

// One git grep answers several questions only if each hit goes back to exactly the questions git
// would have given it to: the glob matcher is checked against git itself, path by path.

const PATHS = [
  'a.go',
  'README.md',
  'x.md/inner.txt',
  'a/b',
  'a/b.go',
  'a/x/b',
  'a/x/y/b',
  'a/xb/c.go',
  'abc/d.go',
  'axc/d.go',
  'cmd/kube-proxy/app/server.go',
  'cmd/kube-proxy/app/server_test.go',
  'cmd/kube-proxy/main.go',
  'pkg/proxy/ipvs/proxier.go',
  'pkg/proxy/ipvs/testdata/x.go',
  'pkg/proxy/nftables/proxier.go',
  'pkg/proxyutil/x.go',
  'vendor/k8s.io/x/y.go',
  'third_party/forked/z.go',
  'staging/src/k8s.io/kube-proxy/config/types.go',
  'content/en/docs/concepts/_index.md',
  'content/en/docs/setup/release/notes.md',
  'content/zh-cn/docs/reference/config-api/kube-proxy-config.v1alpha1.md',
  'content/en/docs/reference/config-api/kube-proxy-config.v1alpha1.md',
  'content/en/blog/_posts/2025/2025-01-01-x/index.md',
  'content/en/blog/_posts/2025-02-02-y.md',
  'content/ja/blog/_posts/2025-02-02-y.md',
  'content/en/docsx/a.md',
  'a*b/c.txt',
  'deep/a/b/c/d/e/f.txt'
]

const GLOBS = [
  '**/*.go',
  '*.go',
  '*.md',
  '**',
  '**/*',
  'a/**/b',
  'a/*/b',
  'a/**',
  'a/*',
  'a?c/*.go',
  '**/b',
  '*/x/**',
  'a/**/*.go',
  'vendor/**',
  '**/*_test.go',
  '**/testdata/**',
  'third_party/**',
  'cmd/kube-proxy/**/*.go',
  'pkg/proxy/**/*.go',
  'pkg/proxy',
  'pkg/proxy/',
  'pkg/prox*',
  'content/*/docs/**',
  'content/*/docs/reference/config-api/kube-proxy-config.*.md',
  'content/*/docs/setup/release/**',
  'content/*/blog/**',
  'content/en/blog/_posts/**/*.md',
  'a*b/**',
  'a*b',
  'deep/**/f.txt',
  'deep/*/*/c/**',
  '**/d/**',
  'x.md'
]

function repoOf(paths: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-pathspec-'))
  for (const file of paths) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), 'needle\n')
  }
  execFileSync('git', ['init', '-q'], { cwd: dir })
  execFileSync('git', ['add', '-A'], { cwd: dir })
  return dir
}

function gitMatches(dir: string, pathspecs: string[]): string[] {
  return execFileSync('git', ['ls-files', '-z', '--', ...pathspecs], { cwd: dir, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
    .sort()
}

describe('pathspecMatches', () => {
  it('matches exactly the paths git matches, for every glob', () => {
    const dir = repoOf(PATHS)
    for (const glob of GLOBS) {
      const ours = PATHS.filter(p => pathspecMatches(glob, p)).sort()
      expect([glob, ours]).toEqual([glob, gitMatches(dir, [`:(glob)${glob}`])])
    }
    rmSync(dir, { recursive: true })
  })
})

describe('provablyDisjoint', () => {
  it('calls two globs disjoint only when git finds no path matching both', () => {
    const dir = repoOf(PATHS)
    const matched = new Map(GLOBS.map(g => [g, gitMatches(dir, [`:(glob)${g}`])]))
    let disjoint = 0
    for (const a of GLOBS)
      for (const b of GLOBS) {
        if (!provablyDisjoint(a, b)) continue
        disjoint++
        const both = matched.get(a)!.filter(p => matched.get(b)!.includes(p))
        expect([a, b, both]).toEqual([a, b, []])
      }
    // Not vacuous: the docs allow-list and the blog are told apart.
    expect(
      provablyDisjoint('content/*/docs/setup/release/**', 'content/en/blog/_posts/**/*.md')
    ).toBe(true)
    expect(disjoint).toBeGreaterThan(100)
    rmSync(dir, { recursive: true })
  })
})

describe('searches asked together', () => {
  const QUERIES: GrepQuery[] = [
    { patterns: ['needle'], include: ['**/*.go'], exclude: ['vendor/**'] },
    {
      patterns: ['NEEDLE'],
      ignoreCase: true,
      include: ['**/*.go'],
      exclude: ['vendor/**', '**/*_test.go', '**/testdata/**', 'third_party/**']
    },
    {
      patterns: ['needle'],
      include: ['content/*/docs/**'],
      exclude: ['content/*/docs/setup/release/**', 'content/*/blog/**']
    },
    { patterns: ['NEEDLE'], ignoreCase: true, include: ['content/en/blog/_posts/**/*.md'] },
    { patterns: ['Needle'], include: ['**/*.go'] },
    { patterns: ['needle'], include: ['cmd/kube-proxy/', 'pkg/proxy/'] }
  ]

  it('answer each question as asked alone, in one git grep', async () => {
    const dir = repoOf(PATHS)
    const trace = path.join(dir, '.git', 'trace.json')
    const alone: string[][] = []
    for (const query of QUERIES) {
      const repo = await WorktreeRepo.open(dir)
      alone.push((await repo.grep(query)).map(h => `${h.file}:${h.line}:${h.text}`))
    }
    // Case matters where the question says so: `Needle` is in no file.
    expect(alone.map(a => a.length > 0)).toEqual([true, true, true, true, false, true])
    process.env.GIT_TRACE2_EVENT = trace
    try {
      const repo = await WorktreeRepo.open(dir)
      const together = await Promise.all(QUERIES.map(q => repo.grep(q)))
      expect(together.map(hits => hits.map(h => `${h.file}:${h.line}:${h.text}`))).toEqual(alone)
    } finally {
      delete process.env.GIT_TRACE2_EVENT
    }
    const greps = readFileSync(trace, 'utf8')
      .split('\n')
      .filter(line => line.includes('"event":"start"') && line.includes('"grep"'))
    expect(greps).toHaveLength(1)
    rmSync(dir, { recursive: true })
  })
})
