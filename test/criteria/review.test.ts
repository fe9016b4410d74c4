import { afterEach, describe, expect, it } from '@jest/globals'
import { appendFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { check } from '../../src/check.js'
import type { CriterionResult } from '../../src/report/types.js'
import { copyFixture, edit, lineOf } from '../support/tree.js'

// Inputs that fooled the kubernetes criteria: each tree is an era's fixture changed the way a
// careless or unlucky change would, and the criterion must see through it.

const SERVER = 'cmd/kube-proxy/app/server_linux.go'
const VALIDATION = 'pkg/proxy/apis/config/validation/validation.go'
const TYPES = 'pkg/proxy/apis/config/types.go'

const copies: string[] = []
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function tree(era: string, change: (dir: string) => void): string {
  const dir = copyFixture('kubernetes', era)
  copies.push(dir)
  change(dir)
  return dir
}

async function result(dir: string, target: string, id: string): Promise<CriterionResult> {
  const policy = path.join(dir, 'kep-gate.yaml')
  const report = await check({
    repoDir: dir,
    target,
    policyBase: dir,
    ...(policyWritten.has(policy) ? { policy: 'kep-gate.yaml' } : {})
  })
  const found = report.criteria.find(c => c.id === id)
  if (!found) throw new Error(`${id} is not in the report`)
  return found
}

const policyWritten = new Set<string>()
function writePolicy(dir: string, yaml: string): void {
  const file = path.join(dir, 'kep-gate.yaml')
  writeFileSync(file, yaml)
  policyWritten.add(file)
}

/** The 1.40 check in validateProxyModeLinux, removed. */
const removeModeCheck = (dir: string): void =>
  edit(
    dir,
    VALIDATION,
    /\tif mode == kubeproxyconfig\.ProxyModeIPVS && !utilfeature[^\n]*\n[^\n]*\n\t\}\n/,
    ''
  )

describe('ipvs-mode-requires-gate: reading the gate is not handling ipvs mode', () => {
  it('fails when the only gate reader is a hint that never looks at the mode', async () => {
    const dir = tree('1.40', d => {
      removeModeCheck(d)
      appendFileSync(
        path.join(d, VALIDATION),
        '\nfunc defaultModeHint() string {\n\tif utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS) {\n\t\treturn "gate on"\n\t}\n\treturn "prefer nftables over iptables"\n}\n'
      )
    })
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('fail')
    expect(r.message).toContain('checks KubeProxyIPVS when ipvs mode is chosen')
  })

  it('fails when the valid modes appear only outside the error (a log line)', async () => {
    const dir = tree('1.40', d =>
      edit(
        d,
        VALIDATION,
        'return field.ErrorList{field.Invalid(fldPath, string(mode), "ipvs mode requires the KubeProxyIPVS feature gate; valid modes are \\"iptables\\" and \\"nftables\\"")}',
        'klog.InfoS("valid modes are iptables and nftables")\n\t\treturn field.ErrorList{field.Invalid(fldPath, string(mode), "ipvs mode requires the KubeProxyIPVS feature gate")}'
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('fail')
    expect(r.message).toContain('does not name the valid mode(s) iptables and nftables')
    expect(r.evidence).toEqual([
      { file: VALIDATION, line: lineOf(dir, VALIDATION, 'features.KubeProxyIPVS') }
    ])
  })

  it('passes a check that compares with an "ipvs" literal and names the modes in fmt.Errorf', async () => {
    const dir = tree('1.40', d => {
      removeModeCheck(d)
      appendFileSync(
        path.join(d, VALIDATION),
        '\nfunc checkMode(mode string) error {\n\tif mode == "ipvs" && !utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS) {\n\t\treturn fmt.Errorf("%q needs the gate; use %q or %q", mode, "iptables", "nftables")\n\t}\n\treturn nil\n}\n'
      )
    })
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('pass')
    expect(r.message).toContain(
      `checkMode (${VALIDATION}:${lineOf(dir, VALIDATION, 'func checkMode')})`
    )
  })

  it('passes an error whose message is built with fmt.Sprintf inside field.Invalid', async () => {
    const dir = tree('1.40', d =>
      edit(
        d,
        VALIDATION,
        '"ipvs mode requires the KubeProxyIPVS feature gate; valid modes are \\"iptables\\" and \\"nftables\\""',
        'fmt.Sprintf("ipvs mode requires the KubeProxyIPVS feature gate; valid modes are %q and %q", "iptables", "nftables")'
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('pass')
  })

  it('takes the error constructors from the policy', async () => {
    const dir = tree('1.40', d =>
      writePolicy(d, 'kubernetes:\n  modeValidation:\n    errorCalls: [errors.New]\n')
    )
    expect((await result(dir, '1.40', 'ipvs-mode-requires-gate')).status).toBe('fail')
  })
})

const WARNING_135 =
  'logger.Info("The ipvs proxier is now deprecated and may be removed in a future release. Please use \'nftables\' instead.")'
const asCall = (call: string) => (dir: string) =>
  edit(dir, SERVER, WARNING_135, WARNING_135.replace('logger.Info', call))

describe('kube-proxy-warns: only a message handed to a logger is a warning', () => {
  it('an error value with the words is not a logged warning', async () => {
    const dir = tree('1.35', d => {
      asCall('err = fmt.Errorf')(d)
    })
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    expect(r.status).toBe('fail')
  })

  it.each(['klog.V(2).InfoS', 'klog.FromContext(ctx).Info', 'logger.V(2).Info', 'klog.Warningf'])(
    'a chained or plain log call %s counts, at its line',
    async call => {
      const dir = tree('1.35', asCall(call))
      const r = await result(dir, '1.35', 'kube-proxy-warns')
      expect(r.status).toBe('pass')
      expect(r.evidence[0]).toMatchObject({
        file: SERVER,
        line: lineOf(dir, SERVER, 'The ipvs proxier is now deprecated')
      })
    }
  )

  it('takes the log methods from the policy', async () => {
    const dir = tree('1.35', d =>
      writePolicy(d, 'kubernetes:\n  warning:\n    logCalls: [Warning]\n')
    )
    expect((await result(dir, '1.35', 'kube-proxy-warns')).status).toBe('fail')
  })

  it('shows the message only, not the structured-logging keys after it', async () => {
    const dir = tree('1.40', () => undefined)
    const r = await result(dir, '1.40', 'warning-announces-schedule')
    expect(r.status).toBe('pass')
    expect(r.evidence).toEqual([
      {
        file: SERVER,
        line: lineOf(dir, SERVER, 'The ipvs proxier is deprecated'),
        note: "The ipvs proxier is deprecated and will be removed in 1.43; the KubeProxyIPVS feature gate is off by default since 1.40. Please migrate to 'nftables'."
      }
    ])
  })

  it('reads a message built with fmt.Sprintf inside the log call, its values included', async () => {
    const dir = tree('1.35', d =>
      edit(
        d,
        SERVER,
        WARNING_135,
        'logger.Info(fmt.Sprintf("The ipvs proxier is deprecated and is removed in %s. Please use %q instead.", "1.43", "nftables"), "proxyMode", "ipvs")'
      )
    )
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    expect(r.status).toBe('pass')
    expect(r.evidence[0]).toEqual({
      file: SERVER,
      line: lineOf(dir, SERVER, 'fmt.Sprintf("The ipvs proxier'),
      note: 'The ipvs proxier is deprecated and is removed in %s. Please use %q instead. 1.43 nftables'
    })
  })

  it('reads the message of logger.Error from its second argument', async () => {
    const dir = tree('1.35', d =>
      edit(d, SERVER, WARNING_135, WARNING_135.replace('logger.Info(', 'logger.Error(nil, '))
    )
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    expect(r.status).toBe('pass')
    expect(r.evidence[0]?.note).toBe(
      "The ipvs proxier is now deprecated and may be removed in a future release. Please use 'nftables' instead."
    )
  })
})

describe('ipvs-flags-noop: the config type must be declared in Go, not in a comment', () => {
  it('warns when the declaration sits inside a /* */ comment', async () => {
    const dir = tree('1.43', d =>
      edit(d, TYPES, /(type KubeProxyIPVSConfiguration struct \{\n(?:.*\n)*?\}\n)/, '/*\n$1*/\n')
    )
    const r = await result(dir, '1.43', 'ipvs-flags-noop')
    expect(r.status).toBe('warning')
    expect(r.message).toContain('KubeProxyIPVSConfiguration is no longer declared')
  })

  it('finds the declaration in a type ( ... ) group, at its line', async () => {
    const dir = tree('1.43', d =>
      edit(
        d,
        TYPES,
        /type KubeProxyIPVSConfiguration struct \{\n((?:.*\n)*?)\}\n/,
        'type (\n\tunused int\n\tKubeProxyIPVSConfiguration struct {\n$1\t}\n)\n'
      )
    )
    const r = await result(dir, '1.43', 'ipvs-flags-noop')
    expect(r.status).toBe('pass')
    expect(r.evidence).toContainEqual({
      file: TYPES,
      line: lineOf(dir, TYPES, '\tKubeProxyIPVSConfiguration struct {')
    })
  })

  it('takes the config type name literally, not as a pattern', async () => {
    const dir = tree('1.43', d =>
      writePolicy(d, 'kubernetes:\n  flags:\n    configType: "Kube.*Configuration"\n')
    )
    const r = await result(dir, '1.43', 'ipvs-flags-noop')
    expect(r.status).toBe('warning')
    expect(r.message).toContain('Kube.*Configuration is no longer declared')
  })
})
