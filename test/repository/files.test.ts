// The files a kubernetes-sigs repository carries, and the commands its documents tell people to run.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../e2e/run-built.js'

function read(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8')
}

const KEEP_A_CHANGELOG_KINDS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']

describe('LICENSE', () => {
  it('is the whole Apache License 2.0, as package.json says', () => {
    const text = read('LICENSE')
    expect(
      text
        .trim()
        .split('\n')
        .slice(0, 3)
        .map(l => l.trim())
    ).toEqual(['Apache License', 'Version 2.0, January 2004', 'http://www.apache.org/licenses/'])
    for (let section = 1; section <= 9; section++)
      expect(text).toMatch(new RegExp(`^ {3}${section}\\. [A-Z]`, 'm'))
    expect(text).toContain('END OF TERMS AND CONDITIONS')
    expect(text).toContain('APPENDIX: How to apply the Apache License to your work.')
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('Apache-2.0')
  })
})

describe('CHANGELOG.md', () => {
  const text = read('CHANGELOG.md')
  const releases = [...text.matchAll(/^## \[([^\]]+)\](.*)$/gm)]

  it('keeps a changelog: Unreleased first, then dated X.Y.Z releases, newest first, each linked', () => {
    expect(text.startsWith('# Changelog\n')).toBe(true)
    expect(text).toContain('https://keepachangelog.com/')
    expect(releases[0]?.[1]).toBe('Unreleased')
    const versions = releases.slice(1).map(([, version, rest]) => {
      expect(`${version}${rest}`).toMatch(/^\d+\.\d+\.\d+ - \d{4}-\d{2}-\d{2}$/)
      return version!.split('.').map(Number)
    })
    for (let i = 1; i < versions.length; i++) {
      const [a, b] = [versions[i - 1]!, versions[i]!]
      expect(a[0]! * 1e6 + a[1]! * 1e3 + a[2]!).toBeGreaterThan(b[0]! * 1e6 + b[1]! * 1e3 + b[2]!)
    }
    for (const [, name] of releases)
      expect(text).toMatch(new RegExp(`^\\[${name!.replace(/\./g, '\\.')}\\]: https://`, 'm'))
  })

  it('sorts changes under the kinds Keep a Changelog names', () => {
    const kinds = [...text.matchAll(/^### (.+)$/gm)].map(m => m[1])
    expect(kinds.length).toBeGreaterThan(0)
    for (const kind of kinds) expect(KEEP_A_CHANGELOG_KINDS).toContain(kind)
  })
})

describe('the community files', () => {
  it('CONTRIBUTING.md covers building, testing, benchmarking and cutting a release', () => {
    const text = read('CONTRIBUTING.md')
    for (const heading of ['## Build', '## Test', '## Benchmark', '## Cutting a release'])
      expect(text).toContain(`\n${heading}\n`)
    expect(text).toContain('npm run release -- X.Y.Z')
  })

  it('SECURITY.md says where to report, and code-of-conduct.md points to the CNCF code', () => {
    expect(read('SECURITY.md')).toMatch(/^## Reporting a vulnerability$/m)
    expect(read('SECURITY.md')).toContain('mailto:security@kubernetes.io')
    expect(read('SECURITY.md')).toMatch(/^## What the action guarantees$/m)
    expect(read('code-of-conduct.md')).toContain(
      'https://github.com/cncf/foundation/blob/main/code-of-conduct.md'
    )
  })

  it('name only npm scripts that exist', () => {
    const scripts = Object.keys(
      (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
    )
    const missing = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'SECURITY.md'].flatMap(file =>
      [...read(file).matchAll(/\bnpm run ([\w:-]+)/g)]
        .map(m => m[1]!)
        .filter(name => !scripts.includes(name))
        .map(name => `${file}: npm run ${name}`)
    )
    expect(missing).toEqual([])
  })
})
