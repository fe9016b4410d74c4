// The README's section on the gates audit is held to the code: its workflows are valid YAML in
// the house style, its JSON example has the report's fields, every kind of finding is named.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { gatesJson } from '../../src/report/gates-render.js'
import { ROOT } from '../e2e/run-built.js'
import { audit, copyGates, findingsOf, FIXTURE } from './support.js'
import { edit } from '../support/tree.js'

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const section = readme.slice(
  readme.indexOf('## Every feature gate: code ↔ website ↔ KEP'),
  readme.indexOf('## Use as an action')
)
const blocks = (lang: string) =>
  [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map(m => m[1]!)

describe('the README on the gates audit', () => {
  const workflows = blocks('yaml')
    .map(text => ({ text, doc: parse(text) as Record<string, unknown> }))
    .filter(w => w.doc && 'jobs' in w.doc)

  it('gives a workflow for kubernetes/website and one for kubernetes/enhancements', () => {
    expect(workflows).toHaveLength(2)
    const [website, enhancements] = workflows.map(w => w.doc)
    const on = (doc: Record<string, unknown>) =>
      (doc.on as { pull_request: { branches: string[]; paths: string[] } }).pull_request
    expect(on(website!).branches).toEqual(['main', 'dev-*'])
    expect(on(enhancements!).paths).toEqual(['keps/**/kep.yaml'])
  })

  it.each([0, 1])(
    'workflow %i sets permissions, pins actions by commit and keeps expressions out of run',
    i => {
      const { text, doc } = workflows[i]!
      expect(doc.permissions).toMatchObject({ contents: 'read' })
      for (const line of text.split('\n').filter(l => /uses:/.test(l))) {
        const ref = /uses: ([^\s@]+)@(\S+)/.exec(line)!
        if (ref[1] === 'kubernetes-sigs/kep-gate') continue
        expect(ref[2]).toMatch(/^[0-9a-f]{40}$/)
        expect(line).toMatch(/ # v\d+\.\d+\.\d+$/)
      }
      const steps = Object.values(
        doc.jobs as Record<string, { steps: { run?: string }[] }>
      ).flatMap(j => j.steps)
      for (const step of steps)
        expect(step.run ?? '').not.toMatch(/\$\{\{\s*(github\.event|inputs)\./)
      const gate = steps.find(s =>
        (s as { uses?: string }).uses?.startsWith('kubernetes-sigs/kep-gate')
      )
      expect((gate as { with: Record<string, string> }).with.scope).toBe('feature-gates')
    }
  )

  it('documents the JSON report with the fields the report has', async () => {
    const example = JSON.parse(blocks('json')[0]!) as Record<string, unknown>
    const actual = gatesJson(await audit(FIXTURE)) as Record<string, unknown>
    const keys = (o: unknown) => Object.keys(o as object).sort()
    expect(keys(example)).toEqual(keys(actual))
    expect(keys(example.sources)).toEqual(keys(actual.sources))
    const gate = (o: Record<string, unknown>) => (o.gates as Record<string, unknown>[])[0]!
    expect(keys(gate(example))).toEqual(keys(gate(actual)))
    const finding = (o: Record<string, unknown>) =>
      (o.gates as { findings: Record<string, unknown>[] }[])
        .flatMap(g => g.findings)
        .find(f => f.kind === 'default-wrong')
    expect(keys(finding(example))).toEqual(keys(finding(actual)))
  })

  it('names every kind of finding the audit gives', async () => {
    const trees = copyGates()
    // Broken files and the rarer kinds, beside the fixture's own.
    edit(
      trees.enhancements,
      'keps/sig-apps/4102-pod-readiness-hints/kep.yaml',
      'beta: "v1.37"',
      'beta: ""'
    )
    const kinds = new Set(
      [...findingsOf(await audit(FIXTURE)), ...findingsOf(await audit(trees))].map(f => f.kind)
    )
    for (const kind of kinds) expect(section).toContain(`\`${kind}\``)
  })
})
