// CI's self-test job (.github/workflows/ci.yml), run here step by step with the built action: the
// same scripts and the same `uses: ./` inputs GitHub runs, so a job that passes here passes there.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { edit } from '../support/tree.js'
import { buildOnce, cleanUp, FEATURES_GO, ROOT, type Built } from '../e2e/run-built.js'
import { runJob, type JobRun, type Step } from './local-runner.js'

interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>
}

const ci = parseYaml(
  readFileSync(path.join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')
) as Workflow
const selfTest = ci.jobs['self-test']!.steps

let built: Built

beforeAll(() => {
  built = buildOnce()
}, 60_000)

afterAll(() => cleanUp(built))

function step(job: JobRun, id: string) {
  const found = job.steps.find(s => s.id === id)
  if (!found)
    throw new Error(`the job did not run ${id} (it ran ${job.steps.map(s => s.label).join(', ')})`)
  return found
}

/** The job's steps with more inputs given to one `uses: ./` step. */
function withInputs(steps: Step[], id: string, inputs: Record<string, string>): Step[] {
  return steps.map(s => (s.id === id ? { ...s, with: { ...s.with, ...inputs } } : s))
}

/** The last step that ran, with what it printed, for a failure message worth reading. */
function lastStep(job: JobRun): string {
  const last = job.steps[job.steps.length - 1]!
  return `${last.label}: ${last.outcome}\n${last.stdout}${last.stderr}`
}

describe("CI's workflow", () => {
  it('runs npm ci and npm test, checks dist/, and runs the action from the checkout, each job with read-only contents', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push'])
    expect(ci.permissions).toEqual({})
    expect(Object.keys(ci.jobs).sort()).toEqual(['check-dist', 'self-test', 'test'])
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toEqual({ contents: 'read' })
    const runs = (job: string) => ci.jobs[job]!.steps.map(s => s.run).filter(Boolean)
    expect(runs('test')).toEqual(['npm ci', 'npm test'])
    expect(runs('check-dist')).toEqual(['npm ci', 'npm run check-dist'])
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(pkg.scripts['check-dist']).toBe('node scripts/check-dist.mjs')
    const local = selfTest.filter(s => s.uses === './')
    expect(local.map(s => s.with?.path)).toEqual([
      'examples/kubernetes',
      'self-test/flipped-early',
      'examples/website'
    ])
    expect(local.find(s => s.id === 'flipped-early')?.['continue-on-error']).toBe(true)
  })
})

describe("CI's self-test job, run here", () => {
  it('passes: the example at 1.40 passes, the copy flipped early fails on the schedule guard, the website example passes', async () => {
    const job = await runJob(selfTest, { built })
    expect({ result: job.result, last: lastStep(job) }).toEqual({
      result: 'success',
      last: expect.any(String)
    })
    // Every step ran: the assertions are not skipped.
    expect(job.steps).toHaveLength(selfTest.length)
    expect(step(job, 'kubernetes').outputs).toEqual(
      expect.objectContaining({ result: 'pass', 'target-release': '1.40', stage: '3', failed: '' })
    )
    const broken = step(job, 'flipped-early')
    expect(broken.outcome).toBe('failure')
    expect(broken.outputs.result).toBe('fail')
    expect(broken.outputs.failed?.split(',')).toContain('no-early-default-off')
    expect(step(job, 'website').outputs).toEqual(
      expect.objectContaining({ result: 'pass', 'target-release': '1.40' })
    )
  }, 60_000)

  it('fails when the example no longer passes at 1.40: at the action step, and in report mode at the check of its outputs', async () => {
    // The 1.40 spec flipped back to Default true: gate-spec fails, so must the job.
    const flipBack = (ws: string) =>
      edit(
        path.join(ws, 'examples', 'kubernetes'),
        FEATURES_GO,
        'version.MustParse("1.40"), Default: false',
        'version.MustParse("1.40"), Default: true'
      )
    const enforced = await runJob(selfTest, { built, afterCheckout: flipBack })
    expect(enforced.result).toBe('failure')
    expect(lastStep(enforced)).toMatch(/^examples\/kubernetes at 1\.40: failure\n/)
    // A step that does not fail (mode: report) still fails the job, at the check of its outputs.
    const reported = await runJob(withInputs(selfTest, 'kubernetes', { mode: 'report' }), {
      built,
      afterCheckout: flipBack
    })
    expect(reported.result).toBe('failure')
    expect(lastStep(reported)).toMatch(
      /^passes, with its outputs set: failure\n::error::result is 'fail', expected pass/
    )
  }, 60_000)

  it('fails at the break step when its edit no longer applies, instead of testing an unbroken copy', async () => {
    const job = await runJob(selfTest, {
      built,
      afterCheckout: ws =>
        edit(
          path.join(ws, 'examples', 'kubernetes'),
          FEATURES_GO,
          'version.MustParse("1.40"), Default: false, PreRelease',
          'version.MustParse("1.40"),  Default: false, PreRelease'
        )
    })
    expect(job.result).toBe('failure')
    const last = job.steps[job.steps.length - 1]!
    expect(last.label).toMatch(/^break a copy of the example/)
    expect(last.stdout).toContain('::error::the edit of kube_features.go changed nothing')
  }, 60_000)

  it('fails when the website example does not pass', async () => {
    const noBlog = (ws: string) =>
      rmSync(path.join(ws, 'examples', 'website', 'content', 'en', 'blog'), {
        recursive: true,
        force: true
      })
    const enforced = await runJob(selfTest, { built, afterCheckout: noBlog })
    expect(enforced.result).toBe('failure')
    expect(lastStep(enforced)).toMatch(/^examples\/website .*: failure\n/)
    const reported = await runJob(withInputs(selfTest, 'website', { mode: 'report' }), {
      built,
      afterCheckout: noBlog
    })
    expect(reported.result).toBe('failure')
    expect(lastStep(reported)).toMatch(
      /^passes at 1\.40: failure\n::error::result is 'fail', expected pass/
    )
  }, 60_000)
})
