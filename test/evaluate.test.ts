import { describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { check } from '../src/check.js'
import { gateSpec } from '../src/criteria/gate.js'
import { defineCriterion, pass } from '../src/criteria/types.js'
import { evaluate } from '../src/evaluate.js'
import { WorktreeRepo } from '../src/evidence/repo.js'
import { prepare } from '../src/prepare.js'
import { byId } from './support/report.js'
import { copyFixture, fixture } from './support/tree.js'

describe('evaluate', () => {
  it('lists a criterion a policy file turned off as skipped, never dropping it', async () => {
    const dir = copyFixture('kubernetes', '1.40')
    writeFileSync(path.join(dir, 'kep-gate.yaml'), 'criteria:\n  gate-spec:\n    enabled: false\n')
    const report = await check({
      repoDir: dir,
      target: '1.40',
      policy: 'kep-gate.yaml',
      policyBase: dir
    })
    expect(byId(report, 'gate-spec')).toMatchObject({
      status: 'skipped',
      message: 'disabled by the policy'
    })
  })

  it('keeps the severity of a warning criterion whose file cannot be read, and fails the run', async () => {
    const dir = copyFixture('kubernetes', '1.43')
    const options = path.join(dir, 'cmd/kube-proxy/app/options.go')
    rmSync(options)
    mkdirSync(options)
    const report = await check({ repoDir: dir, target: '1.43', policyBase: dir })
    expect(byId(report, 'ipvs-flags-noop')).toMatchObject({
      status: 'warning',
      message:
        'could not be checked: cmd/kube-proxy/app/options.go: is a folder where a file was expected'
    })
    expect(report.errors).toEqual([
      'cmd/kube-proxy/app/options.go: is a folder where a file was expected'
    ])
    expect(report.result).toBe('fail')
  })

  describe('says only what a criterion declares, as ESLint refuses an unknown message id', () => {
    /** gate-spec's window and policy, with a check that says `say` does. */
    async function judged(check: Parameters<typeof defineCriterion>[0]['check']) {
      const dir = fixture('kubernetes', '1.40')
      const repo = await WorktreeRepo.open(dir)
      const prepared = await prepare({ target: '1.40' }, repo)
      const criterion = defineCriterion({
        id: 'gate-spec',
        meta: gateSpec.meta,
        messages: { found: '{gate} found at {target}' } as Record<string, string>,
        check
      })
      return byId(await evaluate(prepared, repo, { criteria: [criterion] }), 'gate-spec')
    }

    it('fills a template with what the check found', async () => {
      const result = await judged(async ctx =>
        pass(ctx.say('found', { gate: ctx.policy.gate, target: '1.40' }))
      )
      expect(result).toMatchObject({ status: 'pass', message: 'KubeProxyIPVS found at 1.40' })
    })

    it.each([
      [
        'an unknown message id',
        'gate-spec has no message "lost"',
        () => ({ id: 'lost', data: {} })
      ],
      [
        'a placeholder without a value',
        `gate-spec's message "found" has no value for {target}`,
        () => ({ id: 'found', data: { gate: 'G' } })
      ]
    ])('makes %s an internal error of that criterion', async (_what, error, message) => {
      const result = await judged(async ctx => {
        const { id, data } = message()
        return pass(ctx.say(id, data))
      })
      expect(result.status).toBe('fail')
      expect(result.message).toBe(
        `could not be checked: internal error in kep-gate (please report it): ${error}`
      )
    })
  })
})
