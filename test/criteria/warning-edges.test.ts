// kube-proxy-warns and warning-announces-schedule: every message, pinned, and the releases the
// warning must name at each target.
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { criterionResult, scratchTrees } from '../support/criterion.js'
import { edit } from '../support/tree.js'

const tree = scratchTrees()
const SERVER = 'cmd/kube-proxy/app/server_linux.go'
const SENT = [
  { file: SERVER, line: 70, note: 'logged' },
  { file: SERVER, line: 71, note: 'recorded as event IPVSDeprecation' }
]

const TEXT_140 =
  "The ipvs proxier is deprecated and will be removed in 1.43; the KubeProxyIPVS feature gate is off by default since 1.40. Please migrate to 'nftables'."

describe('kube-proxy-warns', () => {
  it('says what no warning said, and where it looked', async () => {
    const r = await criterionResult(
      tree('1.40', d => edit(d, SERVER, 'is deprecated', 'is old')),
      '1.40',
      'kube-proxy-warns'
    )
    expect(r).toMatchObject({
      status: 'fail',
      message:
        'no warning in cmd/kube-proxy/ or pkg/proxy/ says ipvs is deprecated and points to nftables',
      evidence: [{ file: 'cmd/kube-proxy/' }]
    })
  })

  it('names where the warning is defined and sent', async () => {
    const r = await criterionResult(
      tree('1.40', () => undefined),
      '1.40',
      'kube-proxy-warns'
    )
    expect(r.message).toBe(
      'kube-proxy warns that ipvs is deprecated: message defined at cmd/kube-proxy/app/server_linux.go:69, logged at :70, recorded as event IPVSDeprecation at :71'
    )
    expect(r.evidence).toEqual([{ file: SERVER, line: 69, note: TEXT_140 }, ...SENT])
  })
})

describe('warning-announces-schedule', () => {
  it('at 1.37 asks for 1.40 and 1.43', async () => {
    const r = await criterionResult(
      tree('1.37', () => undefined),
      '1.37',
      'warning-announces-schedule'
    )
    expect(r.message).toMatch(/^the ipvs warning names 1\.40 and 1\.43: message defined at /)
  })

  it('at 1.40 asks for 1.43 only, and says which is missing', async () => {
    const ok = await criterionResult(
      tree('1.40', () => undefined),
      '1.40',
      'warning-announces-schedule'
    )
    expect(ok.message).toBe(
      'the ipvs warning names 1.43: message defined at cmd/kube-proxy/app/server_linux.go:69, logged at :70, recorded as event IPVSDeprecation at :71'
    )
    const missing = await criterionResult(
      tree('1.40', d => edit(d, SERVER, 'removed in 1.43', 'removed later')),
      '1.40',
      'warning-announces-schedule'
    )
    expect(missing.status).toBe('fail')
    expect(missing.message).toBe(
      'the ipvs warning at cmd/kube-proxy/app/server_linux.go:69 does not name 1.43; at 1.40 it must name 1.43'
    )
    expect(missing.evidence.slice(1)).toEqual(SENT)
    expect(missing.evidence[0]).toMatchObject({ file: SERVER, line: 69 })
    expect(ok.evidence).toEqual([{ file: SERVER, line: 69, note: TEXT_140 }, ...SENT])
  })

  it('without a warning, says there is none to name the releases', async () => {
    const r = await criterionResult(
      tree('1.40', d => edit(d, SERVER, 'is deprecated', 'is old')),
      '1.40',
      'warning-announces-schedule'
    )
    expect(r).toMatchObject({
      status: 'fail',
      message: 'there is no ipvs deprecation warning to name 1.43',
      evidence: [{ file: 'cmd/kube-proxy/' }]
    })
  })

  it('a 1.430 is not 1.43', async () => {
    const r = await criterionResult(
      tree('1.40', d => edit(d, SERVER, 'removed in 1.43;', 'removed in 1.430;')),
      '1.40',
      'warning-announces-schedule'
    )
    expect(r.status).toBe('fail')
  })
})

describe('a warning whose text is built at run time', () => {
  const LITERAL =
    '"The ipvs proxier is deprecated and will be removed in 1.43; the KubeProxyIPVS feature gate is off by default since 1.40. Please migrate to \'nftables\'."'

  it('is a warning naming where it is built and sent, for both criteria', async () => {
    const dir = tree('1.40', d => edit(d, SERVER, LITERAL, 'ipvsDeprecationMessage(config)'))
    for (const id of ['kube-proxy-warns', 'warning-announces-schedule']) {
      const r = await criterionResult(dir, '1.40', id)
      expect(r.status).toBe('warning')
      expect(r.message).toMatch(
        /^could not read the message statically: it is built at cmd\/kube-proxy\/app\/server_linux\.go:69 \(.+\); check it by hand \(sent at cmd\/kube-proxy\/app\/server_linux\.go:70\)$/
      )
      expect(r.evidence).toHaveLength(2)
      expect(r.evidence[0]).toMatchObject({ file: SERVER, line: 70 })
      expect(r.evidence[1]).toMatchObject({ file: SERVER, line: 69 })
    }
  })

  it('in part: known words without the release, the rest unknown, is a warning too', async () => {
    const dir = tree('1.40', d =>
      edit(
        d,
        SERVER,
        LITERAL,
        'fmt.Sprintf("The ipvs proxier is deprecated and will be removed %s. Please migrate to \'nftables\'.", removalRelease())'
      )
    )
    const r = await criterionResult(dir, '1.40', 'warning-announces-schedule')
    expect(r.status).toBe('warning')
    expect(r.message).toMatch(/^could not read the message statically: /)
  })
})

describe('the warning criteria with two releases to name, and with other policies', () => {
  it('at 1.37 a warning without 1.43 says that one is missing, and both are asked for', async () => {
    const dir = tree('1.37', d => edit(d, SERVER, 'locked in 1.43,', 'locked later,'))
    const r = await criterionResult(dir, '1.37', 'warning-announces-schedule')
    expect(r.message).toBe(
      'the ipvs warning at cmd/kube-proxy/app/server_linux.go:70 does not name 1.43; at 1.37 it must name 1.40 and 1.43'
    )
  })

  it('at 1.37 without a warning, says there is none to name both releases', async () => {
    const dir = tree('1.37', d => edit(d, SERVER, 'is deprecated:', 'is old:'))
    const r = await criterionResult(dir, '1.37', 'warning-announces-schedule')
    expect(r.message).toBe('there is no ipvs deprecation warning to name 1.40 and 1.43')
  })

  it('is skipped where no announcement rule of the policy covers the target', async () => {
    const dir = tree('1.40', d =>
      writeFileSync(
        path.join(d, 'kep-gate.yaml'),
        "kubernetes:\n  announce:\n    - from: '2'\n      until: '3'\n      names: ['3', '4']\n"
      )
    )
    const r = await criterionResult(dir, '1.40', 'warning-announces-schedule')
    expect(r).toMatchObject({
      status: 'skipped',
      message: 'no announcement is required at this release'
    })
  })

  it('names every word and every replacement the policy asks for', async () => {
    const dir = tree('1.40', d =>
      writeFileSync(
        path.join(d, 'kep-gate.yaml'),
        'kubernetes:\n  warning:\n    mustSay: [ipvs, deprecated, unsupported]\n    pointsAt: [nftables, iptables]\n'
      )
    )
    const r = await criterionResult(dir, '1.40', 'kube-proxy-warns')
    expect(r.message).toBe(
      'no warning in cmd/kube-proxy/ or pkg/proxy/ says ipvs is deprecated and unsupported and points to nftables or iptables'
    )
  })
})
