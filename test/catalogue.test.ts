import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { explainOf, policyValues } from '../src/criteria/explain.js'
import { CRITERIA, CRITERION_IDS } from '../src/criteria/registry.js'
import { placeholders } from '../src/criteria/template.js'
import { KEP_5495 } from '../src/policy/kep-5495.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
// Only the test modules count: a golden file naming a criterion is not a test of it.
const testsText = readdirSync(path.join(root, 'test/criteria'))
  .filter(f => f.endsWith('.ts'))
  .map(f => readFileSync(path.join(root, 'test/criteria', f), 'utf8'))
  .join('\n')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const criteriaSource = readdirSync(path.join(root, 'src/criteria'), { recursive: true })
  .map(String)
  .filter(f => f.endsWith('.ts'))
  .map(f => readFileSync(path.join(root, 'src/criteria', f), 'utf8'))
  .join('\n')

// The registry, the policy data, the README and the tests must name the same criteria, so a new
// criterion cannot ship without its schedule, its documentation and a test.
describe('the criteria catalogue', () => {
  it('has unique ids', () => {
    expect(new Set(CRITERION_IDS).size).toBe(CRITERION_IDS.length)
  })

  it('matches the built-in policy one to one', () => {
    expect(Object.keys(KEP_5495.criteria).sort()).toEqual([...CRITERION_IDS].sort())
  })

  it.each(CRITERIA.map(c => [c.id, c] as const))('%s is documented, explained and tested', id => {
    const criterion = CRITERIA.find(c => c.id === id)!
    expect(readme).toContain(`\`${id}\``)
    expect(explainOf(criterion, KEP_5495).length).toBeGreaterThan(20)
    expect(testsText).toContain(`'${id}'`)
  })

  it.each(CRITERIA.map(c => [c.id, c] as const))(
    '%s reads like an ESLint rule: meta, messages, one check',
    (_id, criterion) => {
      // Its meta's stage is the one the built-in policy gives it.
      expect(criterion.meta.stage).toBe(KEP_5495.criteria[criterion.id]!.stage)
      // What it checks names the policy's values only through placeholders the policy fills.
      const known = Object.keys(policyValues(KEP_5495))
      for (const name of placeholders(criterion.meta.checks)) expect(known).toContain(name)
      expect(criterion.meta.checks).not.toMatch(/\b1\.\d\d\b/)
      // Every message is a template that some check says.
      const ids = Object.keys(criterion.messages)
      expect(ids.length).toBeGreaterThan(0)
      for (const id of ids)
        expect({ id, said: criteriaSource.includes(`'${id}'`) }).toEqual({ id, said: true })
    }
  )
})
