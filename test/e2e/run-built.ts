// Runs the BUILT bundles (dist/index.js, dist/cli.js) the way GitHub and a user's shell do:
// a separate `node` process, an argument array (no shell), and a clean environment.
import { expect } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { edit } from '../support/tree.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface Built {
  /** The snapshot folder; remove it with `cleanUp` in afterAll. */
  dir: string
  /** dist/index.js and dist/cli.js in a copy of dist/ as this build wrote it. */
  index: string
  cli: string
}

const LOCK = path.join(
  tmpdir(),
  `kep-gate-e2e-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`
)

/**
 * Runs `node scripts/build.mjs` and snapshots what it wrote. Jest runs test files in parallel
 * workers: builds are serialised by a lock folder, and each file runs its own snapshot, so no
 * test ever executes a dist/ file that another worker's build is halfway through writing.
 */
export function buildOnce(): Built {
  acquireLock()
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: cleanEnv(),
      stdio: 'pipe'
    })
    const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-dist-'))
    // The bundles are ESM; outside the repository, this tells node so (as the repo's package.json does).
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n')
    // The whole folder: the entries import their shared chunks from dist/chunks/.
    cpSync(path.join(ROOT, 'dist'), dir, { recursive: true })
    return { dir, index: path.join(dir, 'index.js'), cli: path.join(dir, 'cli.js') }
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

export function cleanUp(built: Built | undefined): void {
  if (built) rmSync(built.dir, { recursive: true, force: true })
}

function acquireLock(): void {
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      mkdirSync(LOCK)
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // A lock left by a killed run is stale after 30 s (a build takes well under a second).
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 30_000)
          rmSync(LOCK, { recursive: true, force: true })
      } catch {
        // it was released meanwhile
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${LOCK}`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
    }
  }
}

/** The inherited environment without anything the runner, the action or jest would set. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key) || key === 'NODE_OPTIONS') continue
    env[key] = value
  }
  return { ...env, NODE_NO_WARNINGS: '1', ...extra }
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** `node script ...args` with an argument array (no shell); never rejects on a non-zero exit. */
export function runNode(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script, ...args],
      {
        cwd: options.cwd,
        env: options.env ?? cleanEnv(),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 20_000
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(
            new Error(
              `node ${script} ${args.join(' ')} did not exit normally: ${error.message}\n${stderr}`
            )
          )
          return
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
      }
    )
  })
}

/** The CLI bundle from a given working folder. */
export function runCli(built: Built, args: string[], cwd: string): Promise<RunResult> {
  return runNode(built.cli, args, { cwd })
}

// ---------------------------------------------------------------------------------------------
// The action as GitHub runs it.

interface ActionYml {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

export function actionYml(): ActionYml {
  return parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml
}

/** GitHub's name for an input's variable: `INPUT_` + the name uppercased, spaces to `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export interface ActionRunOptions {
  /** Inputs the workflow sets; every other declared input gets its action.yml default, as on GitHub. */
  inputs?: Record<string, string>
  workspace: string
  eventName: string
  event: object
  ref: string
  baseRef?: string
  headRef?: string
  /** The API the action talks to (a fake GitHub); api.github.com, unreachable here, when absent. */
  apiUrl?: string
  /** What `${{ github.token }}` expands to; none unless a test gives one. */
  token?: string
  sha?: string
  /** GITHUB_SERVER_URL: github.com unless a test stands in a GitHub Enterprise Server. */
  serverUrl?: string
}

export interface ActionRun extends RunResult {
  outputs: Record<string, string>
  summary: string
  commands: WorkflowCommand[]
}

export async function runAction(built: Built, options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-runner-'))
  const eventPath = path.join(dir, 'event.json')
  const outputPath = path.join(dir, 'github_output')
  const summaryPath = path.join(dir, 'step_summary')
  writeFileSync(eventPath, JSON.stringify(options.event, null, 2))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs: Record<string, string> = {}
  // GitHub would expand `${{ github.token }}`; these runs have no token unless a test gives one,
  // so nothing here reaches the real API.
  for (const [name, spec] of Object.entries(actionYml().inputs))
    inputs[inputEnvName(name)] = spec.default?.includes('${{') ? '' : (spec.default ?? '')
  if (options.token !== undefined) inputs[inputEnvName('token')] = options.token
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    inputs[inputEnvName(name)] = value
  const env = cleanEnv({
    ...inputs,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_REF: options.ref,
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'kubernetes/kubernetes',
    GITHUB_REPOSITORY_OWNER: 'kubernetes',
    GITHUB_ACTION: 'kep-gate',
    GITHUB_WORKFLOW: 'release gate',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'https://api.github.com',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: dir,
    ...(options.baseRef !== undefined ? { GITHUB_BASE_REF: options.baseRef } : {}),
    ...(options.headRef !== undefined ? { GITHUB_HEAD_REF: options.headRef } : {})
  })
  // GitHub starts the action in the workspace.
  const result = await runNode(built.index, [], { cwd: options.workspace, env })
  const run = {
    ...result,
    outputs: parseGithubOutput(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: workflowCommands(result.stdout)
  }
  rmSync(dir, { recursive: true, force: true })
  return run
}

export function pullRequestEvent(milestone: string | null, baseRef = 'master'): object {
  const repository = {
    id: 20580498,
    name: 'kubernetes',
    full_name: 'kubernetes/kubernetes',
    owner: { login: 'kubernetes', type: 'Organization' },
    default_branch: 'master'
  }
  return {
    action: 'opened',
    number: 1,
    pull_request: {
      number: 1,
      state: 'open',
      title: 'kube-proxy: flip KubeProxyIPVS',
      user: { login: 'someone' },
      milestone: milestone === null ? null : { number: 7, title: milestone, state: 'open' },
      base: { ref: baseRef, sha: 'a'.repeat(40), repo: repository },
      head: { ref: 'flip-ipvs', sha: 'b'.repeat(40), repo: repository }
    },
    repository,
    sender: { login: 'someone' }
  }
}

export function pushEvent(ref: string): object {
  return {
    ref,
    before: 'a'.repeat(40),
    after: 'b'.repeat(40),
    created: false,
    deleted: false,
    forced: false,
    repository: {
      name: 'kubernetes',
      full_name: 'kubernetes/kubernetes',
      owner: { login: 'kubernetes', name: 'kubernetes' },
      default_branch: 'master'
    },
    pusher: { name: 'someone' },
    head_commit: { id: 'b'.repeat(40), message: 'release' }
  }
}

/**
 * Reads $GITHUB_OUTPUT as the runner does: `name<<DELIMITER` heredocs (what @actions/core
 * writes) and plain `name=value` lines.
 */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  let i = 0
  while (i < lines.length) {
    const line = lines[i++]!
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!)
      if (i >= lines.length)
        throw new Error(`GITHUB_OUTPUT: ${name} is not closed by its delimiter ${delimiter}`)
      i++
      outputs[name!] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot read the line ${JSON.stringify(line)}`)
    outputs[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return outputs
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
  raw: string
}

/** The `::command k=v,k=v::message` lines of a step's stdout, unescaped. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: (.*?))?::(.*)$/.exec(raw)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: m[1]!, properties, message: unescapeData(m[3]!), raw })
  }
  return commands
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))
}

// ---------------------------------------------------------------------------------------------
// Shared expectations.

/** No `    at fn (file:line)` frames anywhere: errors are one line for the user, never a trace. */
export function expectNoStackTrace(...texts: string[]): void {
  for (const text of texts) {
    expect(text.split('\n').filter(l => /^\s+at /.test(l))).toEqual([])
  }
}

/** The non-empty lines of a stream. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter(l => l.trim() !== '')
}

/**
 * The report's public JSON contract (src/report/json.ts): these fields and types, whatever else
 * is added later.
 */
export function expectStableReport(report: unknown): asserts report is StableReport {
  expect(report).toEqual(
    expect.objectContaining({
      kep: '5495',
      policy: expect.any(String),
      target: expect.stringMatching(/^\d+\.\d+$/),
      targetSource: expect.any(String),
      kind: expect.stringMatching(/^(kubernetes|website)$/),
      stage: expect.stringMatching(/^(0|1|2|3|4|cleanup)$/),
      result: expect.stringMatching(/^(pass|fail)$/),
      errors: expect.any(Array),
      criteria: expect.any(Array)
    })
  )
  const { criteria } = report as StableReport
  expect(criteria.length).toBeGreaterThan(0)
  for (const c of criteria) {
    expect(c).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^[a-z][a-z0-9-]*$/),
        stage: expect.stringMatching(/^(1|2|3|4|cleanup)$/),
        status: expect.stringMatching(/^(pass|fail|warning|exempt|skipped|next)$/),
        severity: expect.stringMatching(/^(error|warning)$/),
        message: expect.any(String),
        evidence: expect.any(Array)
      })
    )
    for (const e of c.evidence) {
      expect(typeof e.file).toBe('string')
      expect(path.isAbsolute(e.file)).toBe(false)
      if ('line' in e) expect(Number.isInteger(e.line) && e.line! > 0).toBe(true)
    }
  }
}

export interface StableReport {
  kep: string
  policy: string
  target: string
  targetSource: string
  kind: string
  stage: string
  result: 'pass' | 'fail'
  errors: string[]
  criteria: {
    id: string
    stage: string
    status: string
    severity: string
    message: string
    evidence: { file: string; line?: number; note?: string }[]
  }[]
}

export function criterion(report: StableReport, id: string): StableReport['criteria'][number] {
  const found = report.criteria.find(c => c.id === id)
  if (!found)
    throw new Error(
      `the report has no criterion ${id} (it has ${report.criteria.map(c => c.id).join(', ')})`
    )
  return found
}

// ---------------------------------------------------------------------------------------------
// Trees.

export const FEATURES_GO = 'pkg/features/kube_features.go'
export const FEATURE_LIST = 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'
export const FLIP_GO = '{Version: version.MustParse("1.40"), Default: false,'

/**
 * Breaks a copy of the 1.40 tree the way a bad PR would: the 1.40 spec flips back to Default
 * true, in the Go map and (consistently) in the generated list, so only gate-spec fails.
 */
export function revertFlip(dir: string): void {
  edit(dir, FEATURES_GO, FLIP_GO, '{Version: version.MustParse("1.40"), Default: true,')
  edit(
    dir,
    FEATURE_LIST,
    /- default: false(\n\s+lockToDefault: false\n\s+preRelease: Deprecated\n\s+version: "1\.40")/,
    '- default: true$1'
  )
}
