// Every `uses:` of an action anywhere in the repository (workflows, Markdown examples) is pinned
// as Kubernetes repositories require: a third-party action to a full commit SHA with its version
// in a comment, and each action and version to one commit everywhere.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../e2e/run-built.js'
import { inconsistentPins, pinProblem, readUses, type UsesAt } from './pinning.js'

/** Folders that are not this repository's own text: installed, generated or stand-in trees. */
const SKIP = new Set(['node_modules', '.git', 'dist', 'coverage', 'examples', 'fixtures', '.work'])

function textFiles(dir: string, rel = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const name = `${rel}${entry.name}`
    if (entry.isDirectory())
      return SKIP.has(entry.name) ? [] : textFiles(path.join(dir, entry.name), `${name}/`)
    return /\.(ya?ml|md)$/.test(entry.name) ? [name] : []
  })
}

function usesLines(): UsesAt[] {
  const found: UsesAt[] = []
  for (const file of textFiles(ROOT)) {
    readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!/^\s*(-\s+)?uses:/.test(line)) return
        const uses = readUses(line)
        found.push({
          ...(uses ?? { action: '', ref: '' }),
          where: `${file}:${i + 1}`,
          line
        })
      })
  }
  return found
}

describe('every uses: in the repository', () => {
  const all = usesLines()

  it('is found in the workflows and the README', () => {
    const files = new Set(all.map(u => u.where.split(':')[0]))
    for (const file of ['.github/workflows/ci.yml', '.github/workflows/codeql.yml', 'README.md'])
      expect([...files]).toContain(file)
    expect(all.filter(u => u.action === 'actions/checkout').length).toBeGreaterThanOrEqual(8)
  })

  it('pins third-party actions to a commit SHA with its version in a comment', () => {
    const unpinned = all
      .map(u => [u.where, pinProblem(u.line)] as const)
      .filter(([, problem]) => problem !== undefined)
      .map(([where, problem]) => `${where}: ${problem}`)
    expect(unpinned).toEqual([])
  })

  it('pins each action and version to one commit everywhere', () => {
    expect(inconsistentPins(all)).toEqual([])
  })
})

describe('the pin consistency check', () => {
  const sha = (c: string) => c.repeat(40)
  const at = (where: string, ref: string, version: string): UsesAt => ({
    action: 'actions/checkout',
    ref,
    version,
    where,
    line: `- uses: actions/checkout@${ref} # ${version}`
  })

  it('catches one version pinned to two commits, and one commit called two versions', () => {
    expect(
      inconsistentPins([at('a.yml:1', sha('a'), 'v7.0.1'), at('README.md:9', sha('b'), 'v7.0.1')])
    ).toEqual([
      `README.md:9: actions/checkout@v7.0.1 is pinned to ${sha('b')}, but to ${sha('a')} at a.yml:1`
    ])
    expect(
      inconsistentPins([at('a.yml:1', sha('a'), 'v7.0.1'), at('b.yml:2', sha('a'), 'v7.0.0')])
    ).toEqual([`b.yml:2: actions/checkout@${sha('a')} is called v7.0.0, but v7.0.1 at a.yml:1`])
    expect(
      inconsistentPins([at('a.yml:1', sha('a'), 'v7.0.1'), at('b.yml:2', sha('a'), 'v7.0.1')])
    ).toEqual([])
  })
})
