// The action bundle (dist/index.js) run as GitHub runs it: inputs as INPUT_* variables, the
// event as a JSON file, outputs and the job summary through the runner's files.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { copyFixture, fixture, lineOf } from '../support/tree.js'
import {
  actionYml,
  buildOnce,
  cleanUp,
  criterion,
  expectNoStackTrace,
  expectStableReport,
  FEATURES_GO,
  pullRequestEvent,
  pushEvent,
  revertFlip,
  ROOT,
  runAction,
  type ActionRun,
  type Built,
  type WorkflowCommand
} from './run-built.js'

let built: Built

beforeAll(() => {
  built = buildOnce()
}, 60_000)

afterAll(() => cleanUp(built))

const FLIPPED_BACK = 'version.MustParse("1.40"), Default: true'

function errors(run: ActionRun): WorkflowCommand[] {
  return run.commands.filter(c => c.command === 'error')
}

function gateSpecAnnotation(run: ActionRun): WorkflowCommand | undefined {
  return errors(run).find(c => c.properties.title?.includes('gate-spec'))
}

/** A pull request against master in a workspace, milestone v1.40, no target-release input. */
function pullRequest(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(built, {
    workspace,
    inputs,
    eventName: 'pull_request',
    event: pullRequestEvent('v1.40'),
    ref: 'refs/pull/1/merge',
    baseRef: 'master',
    headRef: 'flip-ipvs'
  })
}

describe('action.yml', () => {
  it('runs the built bundle and declares the inputs the action reads', () => {
    const yml = actionYml()
    expect(yml.runs.main).toBe('dist/index.js')
    // Every input the code reads is declared, and every declared input is read.
    const read = new Set<string>()
    for (const file of ['src/action/inputs.ts', 'src/main.ts']) {
      const text = readFileSync(path.join(ROOT, file), 'utf8')
      for (const m of text.matchAll(/getInput\('([^']+)'\)/g)) read.add(m[1]!)
    }
    expect(read.size).toBeGreaterThan(4)
    expect(Object.keys(yml.inputs).sort()).toEqual([...read].sort())
    expect(Object.keys(yml.outputs).sort()).toEqual([
      'failed',
      'report-json',
      'result',
      'stage',
      'target-release'
    ])
  })
})

describe('the action on a pull request', () => {
  it('takes the target from the milestone and passes the 1.40 tree, with outputs and a checklist', async () => {
    const run = await pullRequest(fixture('kubernetes', '1.40'))

    expect(run.stderr).toBe('')
    expect(errors(run)).toEqual([])
    expect(run.code).toBe(0)
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(actionYml().outputs).sort())
    expect(run.outputs['target-release']).toBe('1.40')
    expect(run.outputs.stage).toBe('3')
    expect(run.outputs.result).toBe('pass')
    expect(run.outputs.failed).toBe('')

    const report: unknown = JSON.parse(run.outputs['report-json']!)
    expectStableReport(report)
    expect(report).toMatchObject({
      target: '1.40',
      kind: 'kubernetes',
      stage: '3',
      result: 'pass',
      errors: []
    })
    expect(report.targetSource).toContain('v1.40')
    const spec = criterion(report, 'gate-spec')
    expect(spec.status).toBe('pass')
    const flip = lineOf(
      fixture('kubernetes', '1.40'),
      FEATURES_GO,
      'version.MustParse("1.40"), Default: false'
    )
    expect(spec.evidence).toContainEqual(expect.objectContaining({ file: FEATURES_GO, line: flip }))

    // The job summary is the Markdown checklist: a ticked line per passing criterion.
    for (const id of [
      'kube-proxy-warns',
      'gate-declared',
      'gate-spec',
      'ipvs-mode-requires-gate'
    ]) {
      expect(run.summary).toMatch(new RegExp(`^- \\[x\\] .*\`${id}\``, 'm'))
    }
    expect(run.summary).toMatch(/^- \[ \] .*`ipvs-package-removed`/m)
    expect(run.summary).toContain('1.40')
  })

  it('fails the step in enforce mode and annotates the Go line that is wrong', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    revertFlip(tree)
    const run = await pullRequest(tree, { mode: 'enforce' })

    expect(run.code).toBe(1)
    const line = lineOf(tree, FEATURES_GO, FLIPPED_BACK)
    // `::error file=...,line=N,title=...::message` (the runner does not care about property order).
    const annotation = gateSpecAnnotation(run)
    expect(annotation?.raw).toMatch(/^::error [^:]+::/)
    expect(annotation?.properties).toEqual({
      file: 'pkg/features/kube_features.go',
      line: String(line),
      title: expect.stringContaining('gate-spec')
    })
    expect(annotation?.message).toMatch(/Default should be false/)
    // ...and the step itself fails with a line naming the failed criterion.
    expect(
      errors(run)
        .filter(c => !c.properties.file)
        .map(c => c.message)
    ).toEqual([expect.stringContaining('gate-spec')])
    expect(run.outputs.result).toBe('fail')
    expect((run.outputs.failed ?? '').split(',')).toContain('gate-spec')
    expect(run.outputs['target-release']).toBe('1.40')
    const report: unknown = JSON.parse(run.outputs['report-json']!)
    expectStableReport(report)
    expect(criterion(report, 'gate-spec').status).toBe('fail')
    expect(run.summary).toMatch(/^- \[ \] .*`gate-spec`/m)
    expectNoStackTrace(run.stdout, run.stderr)
  })

  it('keeps the step green in report mode, with the same annotation and outputs', async () => {
    const tree = copyFixture('kubernetes', '1.40')
    revertFlip(tree)
    const run = await pullRequest(tree, { mode: 'report' })

    expect(run.code).toBe(0)
    const annotation = gateSpecAnnotation(run)
    expect(annotation?.properties).toMatchObject({
      file: 'pkg/features/kube_features.go',
      line: String(lineOf(tree, FEATURES_GO, FLIPPED_BACK))
    })
    expect(run.outputs.result).toBe('fail')
    expect((run.outputs.failed ?? '').split(',')).toContain('gate-spec')
    // Nothing fails the step: the only error lines are the criteria's annotations.
    expect(errors(run).filter(c => !c.properties.file)).toEqual([])
  })

  it('prefixes annotation paths with the path input when the checkout is a subfolder of the workspace', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'kep-gate-workspace-'))
    const tree = copyFixture('kubernetes', '1.40')
    revertFlip(tree)
    cpSync(tree, path.join(workspace, 'k8s'), { recursive: true })
    const run = await pullRequest(workspace, { path: 'k8s' })

    expect(run.code).toBe(1)
    expect(gateSpecAnnotation(run)?.properties).toMatchObject({
      file: 'k8s/pkg/features/kube_features.go',
      line: String(lineOf(tree, FEATURES_GO, FLIPPED_BACK))
    })
    // The report itself stays repository-relative.
    const report: unknown = JSON.parse(run.outputs['report-json']!)
    expectStableReport(report)
    expect(criterion(report, 'gate-spec').evidence[0]?.file).toBe(FEATURES_GO)
  })
})

describe('the action on a push', () => {
  it('takes the target from a release-1.43 branch', async () => {
    const run = await runAction(built, {
      workspace: fixture('kubernetes', '1.43'),
      eventName: 'push',
      event: pushEvent('refs/heads/release-1.43'),
      ref: 'refs/heads/release-1.43'
    })

    expect(errors(run)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs['target-release']).toBe('1.43')
    expect(run.outputs.stage).toBe('4')
    expect(run.outputs.result).toBe('pass')
    const report: unknown = JSON.parse(run.outputs['report-json']!)
    expectStableReport(report)
    expect(report.targetSource).toContain('release-1.43')
    expect(criterion(report, 'ipvs-package-removed').status).toBe('pass')
  })
})

describe('bad inputs', () => {
  it('rejects a target-release that is not a release in one line, naming it and the accepted forms', async () => {
    const run = await pullRequest(fixture('kubernetes', '1.40'), { 'target-release': 'banana' })

    expect(run.code).toBe(1)
    const failures = errors(run)
    expect(failures).toHaveLength(1)
    expect(failures[0]!.raw).toMatch(/^::error::/)
    expect(failures[0]!.message).toContain('banana')
    for (const form of ['1.40', 'v1.40', 'release-1.40'])
      expect(failures[0]!.message).toContain(form)
    expect(failures[0]!.message).not.toContain('\n')
    expect(run.outputs.result).toBeUndefined()
    expectNoStackTrace(run.stdout, run.stderr)
  })

  it('rejects an unknown mode in one line, naming it and the valid modes', async () => {
    const run = await pullRequest(fixture('kubernetes', '1.40'), { mode: 'strict' })

    expect(run.code).toBe(1)
    const failures = errors(run)
    expect(failures).toHaveLength(1)
    expect(failures[0]!.raw).toMatch(/^::error::/)
    expect(failures[0]!.message).toContain('strict')
    expect(failures[0]!.message).toContain('enforce')
    expect(failures[0]!.message).toContain('report')
    expect(failures[0]!.message).not.toContain('\n')
    expectNoStackTrace(run.stdout, run.stderr)
  })
})
