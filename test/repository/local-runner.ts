// Runs one job of a workflow here, step by step, as GitHub's runner would: `run:` scripts with
// bash in the workspace, `uses: ./` as the built action, `${{ steps.* }}` expressions from the
// outputs and outcomes of the steps before. It knows only what this repository's self-test job
// uses, and fails loudly on anything else rather than guessing.
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  cleanEnv,
  pushEvent,
  ROOT,
  runAction,
  type Built,
  type RunResult
} from '../e2e/run-built.js'

export interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, string | number | boolean>
  env?: Record<string, string | number | boolean>
  if?: string
  'continue-on-error'?: boolean
  'working-directory'?: string
}

export interface StepRun {
  label: string
  id?: string
  outcome: 'success' | 'failure'
  outputs: Record<string, string>
  stdout: string
  stderr: string
}

export interface JobRun {
  /** success unless a step failed without continue-on-error. */
  result: 'success' | 'failure'
  steps: StepRun[]
}

export interface LocalRunOptions {
  built: Built
  /** Changes the workspace after the checkout step, as a pushed commit would. */
  afterCheckout?: (workspace: string) => void
}

/** The job's steps in order, stopping at the first failure that continue-on-error does not cover. */
export async function runJob(steps: Step[], options: LocalRunOptions): Promise<JobRun> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'kep-gate-workspace-'))
  const done: StepRun[] = []
  const byId = new Map<string, StepRun>()
  for (const step of steps) {
    if (step.if !== undefined)
      throw new Error(`the local runner does not evaluate if: (${step.if})`)
    const label = step.name ?? step.id ?? step.uses ?? step.run?.split('\n')[0] ?? '(step)'
    const expand = (value: string | number | boolean) => expression(String(value), byId, label)
    let result: RunResult & { outputs?: Record<string, string> }
    if (step.uses?.startsWith('actions/checkout@')) {
      checkout(workspace)
      options.afterCheckout?.(workspace)
      result = { code: 0, stdout: '', stderr: '' }
    } else if (step.uses === './') {
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v)])
      )
      result = await runAction(options.built, {
        workspace,
        inputs,
        eventName: 'push',
        event: pushEvent('refs/heads/main'),
        ref: 'refs/heads/main'
      })
    } else if (step.run !== undefined && step.uses === undefined) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]))
      const cwd = path.join(workspace, step['working-directory'] ?? '.')
      result = await bash(expand(step.run), cwd, { ...env, GITHUB_WORKSPACE: workspace })
    } else {
      throw new Error(`the local runner cannot run the step ${label} (uses: ${step.uses})`)
    }
    const run: StepRun = {
      label,
      ...(step.id ? { id: step.id } : {}),
      outcome: result.code === 0 ? 'success' : 'failure',
      outputs: result.outputs ?? {},
      stdout: result.stdout,
      stderr: result.stderr
    }
    done.push(run)
    if (step.id) byId.set(step.id, run)
    if (run.outcome === 'failure' && !step['continue-on-error'])
      return { result: 'failure', steps: done }
  }
  return { result: 'success', steps: done }
}

/** What actions/checkout leaves for the self-test job: the action and its bundled examples. */
function checkout(workspace: string): void {
  for (const entry of ['action.yml', 'examples'])
    cpSync(path.join(ROOT, entry), path.join(workspace, entry), { recursive: true })
}

/** `${{ steps.<id>.outputs.<name> }}` and `${{ steps.<id>.outcome }}`; nothing else. */
function expression(text: string, steps: Map<string, StepRun>, label: string): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_all, expr: string) => {
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr)
    if (output) return steps.get(output[1]!)?.outputs[output[2]!] ?? ''
    // The outcome is before continue-on-error (a failed step's outcome stays failure).
    const outcome = /^steps\.([\w-]+)\.outcome$/.exec(expr)
    if (outcome) return steps.get(outcome[1]!)?.outcome ?? ''
    throw new Error(`the local runner cannot evaluate \${{ ${expr} }} in ${label}`)
  })
}

/** As GitHub runs `run:` on Linux: `bash --noprofile --norc -eo pipefail <script file>`. */
function bash(script: string, cwd: string, env: Record<string, string>): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-step-'))
  const file = path.join(dir, 'step.sh')
  writeFileSync(file, script)
  const runnerEnv = cleanEnv({
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    // `node` in a script is the node running these tests, as setup-node would provide one.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`
  })
  return new Promise(resolve => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', file],
      { cwd, env: runnerEnv, encoding: 'utf8', timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr
        })
    )
  })
}
