// action.yml against GitHub's action-metadata schema (SchemaStore's github-action.json, vendored),
// and against the README's tables of its inputs and outputs.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../e2e/run-built.js'
import {
  parseWorkflow,
  schemaProblems,
  schemaValidator,
  type WorkflowSource
} from './workflow-checks.js'

const ACTION_YML = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')

function problemsOf(text: string): string[] {
  const source: WorkflowSource = { file: 'action.yml', lineOffset: 0, text }
  const { parsed, problems } = parseWorkflow(source)
  return parsed ? schemaProblems(source, parsed, 'github-action') : problems
}

/** The first column of the README table under a heading (`### Inputs`), without backticks. */
function readmeTable(heading: string): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const section = readme.split(`\n${heading}\n`)[1]!.split('\n#')[0]!
  return section
    .split('\n')
    .filter(l => l.startsWith('| `'))
    .map(l => /^\| `([^`]+)`/.exec(l)![1]!)
}

describe('action.yml', () => {
  it('matches the action-metadata schema, which knows the node24 runtime it uses', () => {
    expect(problemsOf(ACTION_YML)).toEqual([])
    expect(ACTION_YML).toMatch(/^ {2}using: node24$/m)
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'test', 'schemas', 'github-action.json'), 'utf8')
    ) as object
    expect(JSON.stringify(schema)).toContain('"node24"')
  })

  it.each([
    ['an unknown runtime', (t: string) => t.replace('using: node24', 'using: node99'), /\/runs/],
    ['no entry point', (t: string) => t.replace(/^ {2}main: .*\n/m, ''), /\/runs/],
    [
      'no description',
      (t: string) => t.replace(/^description: >-\n( {2}.*\n)+/m, ''),
      /description/
    ],
    [
      'an input with a misspelt key',
      (t: string) =>
        t.replace(
          '    required: false\n    default: auto',
          '    requird: false\n    default: auto'
        ),
      /\/inputs\/repo-kind/
    ]
  ])('fails the schema with %s', (_what, mutate, where) => {
    const mutated = mutate(ACTION_YML)
    expect(mutated).not.toBe(ACTION_YML)
    const problems = problemsOf(mutated)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.join('\n')).toMatch(where)
  })

  it('declares the inputs and outputs the README documents', () => {
    const action = parseWorkflow({ file: 'action.yml', lineOffset: 0, text: ACTION_YML }).parsed!
      .data as { inputs: object; outputs: object }
    expect(readmeTable('### Inputs').sort()).toEqual(Object.keys(action.inputs).sort())
    expect(readmeTable('### Outputs').sort()).toEqual(Object.keys(action.outputs).sort())
  })
})

describe('the vendored schemas', () => {
  it('are the files test/schemas/README.md records, unedited, and compile', () => {
    const readme = readFileSync(path.join(ROOT, 'test', 'schemas', 'README.md'), 'utf8')
    const rows = [...readme.matchAll(/^\| `([\w.-]+\.json)` .*\| `([0-9a-f]{64})` \|$/gm)]
    expect(rows.map(r => r[1]).sort()).toEqual([
      'dependabot-2.0.json',
      'github-action.json',
      'github-workflow.json'
    ])
    for (const [, file, sha256] of rows) {
      const bytes = readFileSync(path.join(ROOT, 'test', 'schemas', file!))
      expect(`${file} ${createHash('sha256').update(bytes).digest('hex')}`).toBe(
        `${file} ${sha256}`
      )
      expect(typeof schemaValidator(file!.replace(/\.json$/, ''))).toBe('function')
    }
  })
})
