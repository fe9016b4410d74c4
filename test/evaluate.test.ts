import { describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { check } from '../src/check.js'
import { byId } from './support/report.js'
import { copyFixture } from './support/tree.js'

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
})
