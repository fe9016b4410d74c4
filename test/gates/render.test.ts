import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  gatesJson,
  renderGatesJson,
  renderGatesMarkdown,
  renderGatesText
} from '../../src/report/gates-render.js'
import type { GatesReport } from '../../src/report/gates-types.js'
import { audit, FIXTURE } from './support.js'

const golden = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden')

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites them after a deliberate change. */
function expectGolden(name: string, actual: string): void {
  const file = path.join(golden, name)
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('the renderers of the fixture’s audit', () => {
  it('render text, Markdown and JSON', async () => {
    const report = await audit(FIXTURE)
    expectGolden('gates.txt', renderGatesText(report))
    expectGolden('gates.md', renderGatesMarkdown(report))
    expectGolden('gates.json', renderGatesJson(report))
  })

  it('keep the JSON fields the README documents', async () => {
    const json = gatesJson(await audit(FIXTURE)) as Record<string, unknown>
    expect(Object.keys(json)).toEqual([
      'scope',
      'target',
      'targetSource',
      'kind',
      'result',
      'errors',
      'sources',
      'rules',
      'gates',
      'findings'
    ])
    const gate = (json.gates as Record<string, unknown>[])[0]!
    expect(Object.keys(gate)).toEqual(['name', 'code', 'page', 'keps', 'findings'])
    const finding = (gate.findings as Record<string, unknown>[])[0]!
    expect(Object.keys(finding)).toEqual(
      expect.arrayContaining(['rule', 'kind', 'severity', 'gate', 'message', 'evidence'])
    )
  })
})

describe('text from the checkouts', () => {
  const hostile: GatesReport = {
    target: '1.37',
    targetSource: '--target 1.37',
    result: 'fail',
    sources: { code: { origin: 'x', goFiles: [], gates: 1 } },
    rules: [
      { id: 'code-list', checked: false, why: 'w', errors: 0, warnings: 0, accepted: 0, info: 0 },
      { id: 'list-page', checked: true, errors: 1, warnings: 0, accepted: 0, info: 0 },
      { id: 'kep-list', checked: false, why: 'w', errors: 0, warnings: 0, accepted: 0, info: 0 }
    ],
    rows: [
      {
        gate: 'Evil|Gate',
        page: { summary: 'beta @admins <!-- x', source: 'website', file: 'a|b.md', line: 3 },
        keps: [],
        findings: [
          {
            rule: 'list-page',
            kind: 'stage-wrong',
            severity: 'error',
            gate: 'Evil|Gate',
            message: 'says @everyone\nand | more \u001b[31m',
            evidence: [{ source: 'website', file: 'a|b.md', line: 3 }]
          }
        ]
      }
    ],
    findings: [],
    errors: []
  }

  it('cannot break the table, mention anyone or open a comment in Markdown', () => {
    const md = renderGatesMarkdown(hostile)
    const row = md.split('\n').find(l => l.includes('Evil'))!
    // Five columns: every | inside a cell is escaped.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7)
    expect(md).not.toMatch(/@(everyone|admins)/)
    expect(md).not.toMatch(/(?<!\\)<!--/)
    expect(md).not.toContain('\u001b')
  })

  it('cannot send terminal escapes through the text report', () => {
    expect(renderGatesText(hostile)).not.toContain('\u001b')
  })
})
