import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

export function fixture(kind: string, era: string): string {
  return path.join(FIXTURES, kind, era)
}

/** A throw-away copy of a fixture tree, so a test can break it without touching the original. */
export function copyFixture(kind: string, era: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `kep-gate-${era}-`))
  cpSync(fixture(kind, era), dir, { recursive: true })
  return dir
}

/** Replaces text in a file of a tree; fails loudly if the text is not there (a stale edit). */
export function edit(
  dir: string,
  file: string,
  from: string | RegExp,
  to: string | ((match: string) => string)
): void {
  const abs = path.join(dir, file)
  const before = readFileSync(abs, 'utf8')
  const after = typeof to === 'string' ? before.replace(from, to) : before.replace(from, to)
  if (after === before)
    throw new Error(`edit of ${file} changed nothing: ${String(from)} not found`)
  writeFileSync(abs, after)
}

/** The 1-based line of the first line of a file containing text: expected lines are found, not hard-coded. */
export function lineOf(dir: string, file: string, text: string): number {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n')
  const index = lines.findIndex(l => l.includes(text))
  if (index === -1) throw new Error(`${file} has no line containing ${text}`)
  return index + 1
}

export function remove(dir: string, target: string): void {
  rmSync(path.join(dir, target), { recursive: true, force: true })
}
