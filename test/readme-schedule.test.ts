import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CRITERIA } from '../src/criteria/registry.js'
import { schedule } from '../src/plan.js'
import { renderSchedule } from '../src/report/plan.js'
import { KEP_5495 } from '../src/policy/kep-5495.js'
import { windowAt } from '../src/policy/window.js'
import { parseMinor } from '../src/release/version.js'

// The README's schedule tables come from the built-in policy, so they cannot drift from it (and a
// slipped stage, tested in slip.test.ts, renders with its new release).

const README = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md')
const START = /<!-- schedule:start[^>]*-->\n/
const END = '<!-- schedule:end -->'

describe('the README schedule', () => {
  it('is the built-in policy rendered (UPDATE_README=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8')
    const start = START.exec(readme)
    expect(start).not.toBeNull()
    const from = start!.index + start![0].length
    const to = readme.indexOf(END, from)
    expect(to).toBeGreaterThan(0)
    const expected = `\n${renderSchedule(schedule(KEP_5495, CRITERIA))}\n`
    if (process.env.UPDATE_README) {
      writeFileSync(README, readme.slice(0, from) + expected + readme.slice(to))
      return
    }
    expect(readme.slice(from, to)).toBe(expected)
  })

  it('gives each kubernetes/website criterion the window the policy gives it', () => {
    const readme = readFileSync(README, 'utf8')
    const website = new Set(CRITERIA.filter(c => c.meta.repo === 'website').map(c => c.id))
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` +\| ([^|]+?) +\|/gm)].filter(r =>
      website.has(r[1]!)
    )
    expect(rows.map(r => r[1]).sort()).toEqual([...website].sort())
    for (const [, id, due] of rows) {
      const w = windowAt(KEP_5495, KEP_5495.criteria[id!]!, parseMinor('1.0')!).due
      const expected = w.until ? `${w.from} <= T < ${w.until}` : `T >= ${w.from}`
      expect({ id, due }).toEqual({ id, due: expected })
    }
  })
})
