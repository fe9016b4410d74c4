// scripts/release.mjs on small repositories of its own: it refuses to tag, with one line saying
// why, until the tree is clean, the version, package.json and the changelog agree, dist/ is what
// the build writes and the tests pass; then it tags vX.Y.Z and moves vX.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cleanEnv, ROOT, runNode, type RunResult } from '../e2e/run-built.js'

const RELEASE = path.join(ROOT, 'scripts', 'release.mjs')
const ISOLATED = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }

function git(dir: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: cleanEnv(ISOLATED),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

interface Project {
  /** dist/index.js as the build writes it. */
  built: string
  /** dist/index.js as committed. */
  committed: string
  tests: 'pass' | 'fail'
  version: string
  changelog: string
}

const GOOD: Project = {
  built: 'export const x = 1\n',
  committed: 'export const x = 1\n',
  tests: 'pass',
  version: '0.2.0',
  changelog: '# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-11-30\n\n### Added\n\n- x\n'
}

/** A repository shaped like this one: a build writing dist/, a test script, a changelog. */
function project(options: Partial<Project> = {}): string {
  const p = { ...GOOD, ...options }
  const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-release-'))
  const files: Record<string, string> = {
    'package.json': JSON.stringify(
      {
        name: 'p',
        version: p.version,
        scripts: { build: 'node build.mjs', test: 'node test.mjs' }
      },
      null,
      2
    ),
    'build.mjs': `import { mkdirSync, writeFileSync } from 'node:fs'\nmkdirSync('dist', { recursive: true })\nwriteFileSync('dist/index.js', ${JSON.stringify(p.built)})\n`,
    'test.mjs': `process.exit(${p.tests === 'pass' ? 0 : 1})\n`,
    'CHANGELOG.md': p.changelog,
    'dist/index.js': p.committed
  }
  execFileSync('mkdir', ['-p', path.join(dir, 'dist')])
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text)
  git(dir, ['init', '-q', '-b', 'main'])
  git(dir, ['config', 'user.name', 'kep-gate test'])
  git(dir, ['config', 'user.email', 'test@example.invalid'])
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', 'initial'])
  return dir
}

function release(dir: string, ...args: string[]): Promise<RunResult> {
  return runNode(RELEASE, args, { cwd: dir, env: cleanEnv(ISOLATED) })
}

function tags(dir: string): string[] {
  return git(dir, ['tag', '--list']).split('\n').filter(Boolean)
}

function commitOf(dir: string, ref: string): string {
  return git(dir, ['rev-parse', `${ref}^{commit}`])
}

function refusal(run: RunResult): string {
  expect(run.code).toBe(1)
  const lines = run.stderr.split('\n').filter(l => l.startsWith('release refused: '))
  expect(lines).toHaveLength(1)
  expect(run.stderr).not.toMatch(/^\s+at /m)
  return lines[0]!
}

describe('npm run release refuses to tag', () => {
  it('a version that is not X.Y.Z', async () => {
    const dir = project()
    expect(refusal(await release(dir, 'v0.2.0'))).toMatch(/"v0\.2\.0" is not a version/)
    expect(refusal(await release(dir, '0.2'))).toMatch(/"0\.2" is not a version/)
    expect(tags(dir)).toEqual([])
  })

  it('a working tree with changes', async () => {
    const dir = project()
    writeFileSync(path.join(dir, 'notes.txt'), 'wip\n')
    expect(refusal(await release(dir, '0.2.0'))).toMatch(/working tree has changes/)
    expect(tags(dir)).toEqual([])
  })

  it('a version package.json does not name', async () => {
    const dir = project({ version: '0.1.9' })
    expect(refusal(await release(dir, '0.2.0'))).toMatch(
      /package\.json says 0\.1\.9: run npm version 0\.2\.0/
    )
    expect(tags(dir)).toEqual([])
  })

  it('a version the changelog has no dated section for (Unreleased is not enough)', async () => {
    const dir = project({ changelog: '# Changelog\n\n## [Unreleased]\n\n- x\n' })
    expect(refusal(await release(dir, '0.2.0'))).toMatch(
      /CHANGELOG\.md has no "## \[0\.2\.0\] - YYYY-MM-DD" section/
    )
    expect(tags(dir)).toEqual([])
  })

  it('a tag that exists, and a release older than one already cut (the major tag would move back)', async () => {
    const dir = project()
    git(dir, ['tag', 'v0.2.0'])
    expect(refusal(await release(dir, '0.2.0'))).toMatch(/v0\.2\.0 already exists/)
    git(dir, ['tag', '-d', 'v0.2.0'])
    git(dir, ['tag', 'v0.10.0'])
    expect(refusal(await release(dir, '0.2.0'))).toMatch(/v0\.10\.0 is newer: v0 would move back/)
    expect(tags(dir)).toEqual(['v0.10.0'])
  })

  it('a stale dist/: the build writes something other than what is committed', async () => {
    const dir = project({ committed: 'export const x = 0\n' })
    expect(refusal(await release(dir, '0.2.0'))).toMatch(
      /dist\/ is stale: npm run build changes dist\/index\.js: commit the rebuilt dist\//
    )
    expect(tags(dir)).toEqual([])
  })

  it('a dist/ missing a file the build writes', async () => {
    const dir = project()
    writeFileSync(
      path.join(dir, 'build.mjs'),
      `import { mkdirSync, writeFileSync } from 'node:fs'\nmkdirSync('dist/chunks', { recursive: true })\nwriteFileSync('dist/index.js', ${JSON.stringify(GOOD.built)})\nwriteFileSync('dist/chunks/new.js', '')\n`
    )
    git(dir, ['commit', '-qam', 'a new chunk'])
    expect(refusal(await release(dir, '0.2.0'))).toMatch(/dist\/ is stale: .*dist\/chunks\/new\.js/)
    expect(tags(dir)).toEqual([])
  })

  it('failing tests', async () => {
    const dir = project({ tests: 'fail' })
    expect(refusal(await release(dir, '0.2.0'))).toMatch(/npm test failed/)
    expect(tags(dir)).toEqual([])
  })
})

describe('npm run release', () => {
  it('tags vX.Y.Z and moves vX to it, leaving older releases where they are', async () => {
    const dir = project({
      version: '0.1.0',
      changelog: GOOD.changelog + '\n## [0.1.0] - 2026-11-01\n'
    })
    expect((await release(dir, '0.1.0')).code).toBe(0)
    const first = commitOf(dir, 'HEAD')
    expect(commitOf(dir, 'v0')).toBe(first)

    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify(
        {
          name: 'p',
          version: '0.2.0',
          scripts: { build: 'node build.mjs', test: 'node test.mjs' }
        },
        null,
        2
      )
    )
    git(dir, ['commit', '-qam', 'release 0.2.0'])
    const run = await release(dir, '0.2.0')
    expect(run.stderr).not.toMatch(/refused/)
    expect(run.code).toBe(0)
    const second = commitOf(dir, 'HEAD')
    expect(tags(dir)).toEqual(['v0', 'v0.1.0', 'v0.2.0'])
    expect(commitOf(dir, 'v0.2.0')).toBe(second)
    expect(commitOf(dir, 'v0')).toBe(second)
    expect(commitOf(dir, 'v0.1.0')).toBe(first)
    // Nothing is pushed unless asked: the commands are printed.
    expect(run.stdout).toContain('git push origin refs/tags/v0.2.0')
    expect(run.stdout).toContain('git push --force origin refs/tags/v0')
  })

  it('with --push, publishes the release tag and force-moves the major tag on origin', async () => {
    const origin = mkdtempSync(path.join(tmpdir(), 'kep-gate-origin-'))
    git(origin, ['init', '-q', '--bare'])
    const dir = project()
    git(dir, ['remote', 'add', 'origin', origin])
    // origin's v0 points at an older release.
    git(dir, ['commit', '-q', '--allow-empty', '-m', 'older'])
    git(dir, ['tag', 'v0'])
    git(dir, ['push', '-q', 'origin', 'refs/tags/v0'])
    git(dir, ['reset', '-q', '--hard', 'HEAD~1'])
    const run = await release(dir, '0.2.0', '--push')
    expect(run.stderr).not.toMatch(/refused/)
    expect(run.code).toBe(0)
    const head = commitOf(dir, 'HEAD')
    expect(commitOf(origin, 'v0.2.0')).toBe(head)
    expect(commitOf(origin, 'v0')).toBe(head)
  })
})
