// Every workflow this repository ships or shows: .github/workflows/* and the README's examples.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { actionYml, ROOT } from '../e2e/run-built.js'
import {
  markdownWorkflows,
  parseWorkflow,
  schemaProblems,
  workflowFiles,
  workflowProblems,
  type WorkflowSource
} from './workflow-checks.js'

const action = actionYml()
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1'

/** The 1-based line of a workflow's first line containing text: expected lines are found, not hard-coded. */
function lineIn(workflow: WorkflowSource, text: string): number {
  const index = workflow.text.split('\n').findIndex(l => l.includes(text))
  if (index === -1) throw new Error(`the workflow has no line containing ${text}`)
  return index + 1
}

function source(text: string): WorkflowSource {
  return { file: 'test.yml', lineOffset: 0, text }
}

/** A valid workflow with one step replaced, to show what each check catches. */
function withSteps(steps: string, header = 'permissions:\n  contents: read\n'): WorkflowSource {
  return source(
    `name: t\non:\n  push:\n${header}jobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${CHECKOUT}\n${steps}`
  )
}

describe('the repository workflows and the README examples', () => {
  const files = workflowFiles()
  const readme = markdownWorkflows()

  it('are found: CI and CodeQL, and every workflow-shaped block of the README', () => {
    expect(files.map(f => f.file)).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/codeql.yml'])
    )
    // The website gate, the smallest kubernetes gate, the regression check, release-branch
    // enforcement, the scheduled checklist and the pull_request_target pattern.
    expect(readme.length).toBeGreaterThanOrEqual(6)
    const text = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    for (const block of readme) {
      // Line numbers point into the README: the block's first line is the line after the fence.
      expect(text.split('\n')[block.lineOffset - 1]).toMatch(/^\s*```ya?ml$/)
    }
    // The pull_request_target example is indented under a list item; read as a reader copies it.
    expect(readme.some(b => b.text.startsWith('on:\n  pull_request_target:'))).toBe(true)
  })

  it.each([...files, ...markdownWorkflows()].map(s => [`${s.file}:${s.lineOffset + 1}`, s]))(
    '%s parses, matches the workflow schema, lints clean and follows our rules',
    async (_label, workflow) => {
      expect(await workflowProblems(workflow as WorkflowSource, action)).toEqual([])
    }
  )

  it('the Dependabot configuration matches its schema and updates npm and the actions', () => {
    const dependabot: WorkflowSource = {
      file: '.github/dependabot.yml',
      lineOffset: 0,
      text: readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8')
    }
    const { parsed, problems } = parseWorkflow(dependabot)
    expect(problems).toEqual([])
    expect(schemaProblems(dependabot, parsed!, 'dependabot-2.0')).toEqual([])
    const updates = (parsed!.data as { updates: { 'package-ecosystem': string }[] }).updates
    expect(updates.map(u => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
  })
})

describe('the workflow checks catch', () => {
  it('a run: line that is a plain scalar containing ": " (not valid YAML), at its line', async () => {
    const workflow = withSteps(
      '      - if: always()\n        run: echo "KEP-5495 at ${{ steps.gate.outputs.target-release }}: ${{ steps.gate.outputs.result }}"\n'
    )
    const problems = await workflowProblems(workflow, action)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      new RegExp(`^test\\.yml:${lineIn(workflow, 'run: echo')}: not valid YAML: `)
    )
  })

  it('a workflow the schema refuses: a step with both uses and run, a job with no runs-on', async () => {
    const both = withSteps(`      - uses: ${CHECKOUT}\n        run: echo hi\n`)
    expect((await workflowProblems(both, action)).join('\n')).toMatch(/schema: /)
    const noRunner = source(
      'on: push\npermissions: {}\njobs:\n  gate:\n    steps:\n      - run: echo hi\n'
    )
    expect((await workflowProblems(noRunner, action)).join('\n')).toMatch(/test\.yml:\d+: schema: /)
  })

  it('what actionlint finds: a step output of a step that does not exist', async () => {
    const workflow = withSteps(
      '      - env:\n          R: ${{ steps.nothing.outputs.result }}\n        run: echo "$R"\n'
    )
    expect(await workflowProblems(workflow, action)).toEqual([
      expect.stringMatching(/^test\.yml:\d+: actionlint expression: .*"nothing"/)
    ])
  })

  it('a context that does not exist, while the configuration variables context vars is known', async () => {
    const workflow = withSteps(
      '      - env:\n          A: ${{ vars.KEP_GATE_RELEASE }}\n          B: ${{ varz.KEP_GATE_RELEASE }}\n        run: echo "$A $B"\n'
    )
    expect(await workflowProblems(workflow, action)).toEqual([
      expect.stringMatching(/^test\.yml:\d+: actionlint expression: undefined variable "varz"/)
    ])
  })

  it.each([
    ['github.event.pull_request.title'],
    ['github.event.comment.body'],
    ['inputs.version'],
    ['github.head_ref']
  ])('${{ %s }} straight inside run:, and not when it goes through env:', async expr => {
    const inline = withSteps(`      - run: echo "\${{ ${expr} }}"\n`)
    expect((await workflowProblems(inline, action)).join('\n')).toMatch(
      new RegExp(`test\\.yml:\\d+: \\$\\{\\{ ${expr.replace(/\./g, '\\.')} \\}\\} inside run:`)
    )
    const viaEnv = withSteps(
      `      - env:\n          TEXT: \${{ ${expr} }}\n        run: echo "$TEXT"\n`
    )
    const problems = await workflowProblems(viaEnv, action)
    expect(problems.filter(p => p.includes('inside run:'))).toEqual([])
  })

  it('a job without permissions, unless the workflow sets them', async () => {
    const none = withSteps('      - run: echo hi\n', '')
    expect(await workflowProblems(none, action)).toEqual([
      `test.yml:${lineIn(none, 'gate:')}: job gate has no permissions, and the workflow sets none: grant the least it needs (contents: read)`
    ])
    const perJob = source(
      `on: push\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - run: echo hi\n`
    )
    expect(await workflowProblems(perJob, action)).toEqual([])
  })

  it('third-party actions not pinned to a commit with its version, and kep-gate given what it does not declare', async () => {
    const workflow = withSteps(
      [
        '      - uses: actions/setup-node@v7',
        '      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020',
        '      - uses: docker://alpine:3',
        '      - id: gate',
        '        uses: kubernetes-sigs/kep-gate@main',
        '        with:',
        '          target: "1.40"',
        '      - env:',
        '          R: ${{ steps.gate.outputs.verdict }}',
        '        run: echo "$R"',
        ''
      ].join('\n')
    )
    const line = (text: string) => `test.yml:${lineIn(workflow, text)}: `
    const problems = await workflowProblems(workflow, action)
    expect(problems).toEqual([
      expect.stringContaining(`${line('@v7')}actions/setup-node@v7 is not pinned to a commit`),
      expect.stringContaining(`${line('@8207')}actions/setup-node@8207`),
      expect.stringContaining(`${line('alpine')}docker://alpine:3 is not pinned to a digest`),
      expect.stringContaining(`${line('@main')}kubernetes-sigs/kep-gate@main: use a release`),
      expect.stringContaining(`${line('target:')}kep-gate has no input target (`),
      expect.stringContaining(
        `${line('R: ')}steps.gate.outputs.verdict: kep-gate has no output verdict`
      )
    ])
    expect(problems[1]).toMatch(/has no version comment/)
  })

  it('accepts kep-gate at its major tag, a release or a SHA, and local actions unpinned', async () => {
    const workflow = withSteps(
      [
        '      - uses: kubernetes-sigs/kep-gate@v0',
        '      - uses: kubernetes-sigs/kep-gate@v0.1.0',
        `      - uses: kubernetes-sigs/kep-gate@${'a'.repeat(40)} # v0.1.0`,
        '      - id: gate',
        '        uses: ./',
        '        with:',
        "          target-release: '1.40'",
        '      - env:',
        '          R: ${{ steps.gate.outputs.target-release }}',
        '        run: echo "$R"',
        ''
      ].join('\n')
    )
    expect(await workflowProblems(workflow, action)).toEqual([])
  })
})
