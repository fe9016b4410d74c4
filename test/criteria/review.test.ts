import { describe, expect, it } from '@jest/globals'
import { appendFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { criterionResult, scratchTrees } from '../support/criterion.js'
import { edit, lineOf } from '../support/tree.js'

// Inputs that fooled the kubernetes criteria: each tree is an era's fixture changed the way a
// careless or unlucky change would, and the criterion must see through it.

const SERVER = 'cmd/kube-proxy/app/server_linux.go'
const VALIDATION = 'pkg/proxy/apis/config/validation/validation.go'
const TYPES = 'pkg/proxy/apis/config/types.go'

const tree = scratchTrees()
const result = criterionResult
const writePolicy = (dir: string, yaml: string): void =>
  writeFileSync(path.join(dir, 'kep-gate.yaml'), yaml)

/** The 1.40 gated Insert in validateProxyModeLinux, removed: nothing there reads the gate. */
const removeModeCheck = (dir: string): void =>
  edit(
    dir,
    VALIDATION,
    /\tif utilfeature\.DefaultFeatureGate\.Enabled\(features\.KubeProxyIPVS\) \{\n[^\n]*\n\t\}\n/,
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
        '\terrMsg := fmt.Sprintf(',
        '\tklog.InfoS("valid modes are iptables and nftables")\n\terrMsg := "unsupported proxy mode"\n\t_ = fmt.Sprintf('
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('fail')
    expect(r.message).toContain('does not name the valid mode(s) iptables and nftables')
    expect(r.evidence).toEqual([
      {
        file: VALIDATION,
        line: lineOf(dir, VALIDATION, 'features.KubeProxyIPVS'),
        note: 'ipvs is a valid mode only when KubeProxyIPVS is enabled'
      }
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

  it('passes an explicit guard whose message is built ahead in a variable, then given to field.Invalid', async () => {
    const dir = tree('1.40', d => {
      removeModeCheck(d)
      appendFileSync(
        path.join(d, VALIDATION),
        '\nfunc validateIPVSGate(mode kubeproxyconfig.ProxyMode, fldPath *field.Path) field.ErrorList {\n\tif mode == kubeproxyconfig.ProxyModeIPVS && !utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS) {\n\t\tmsg := fmt.Sprintf("ipvs mode requires the %s feature gate; valid modes are %q and %q", "KubeProxyIPVS", kubeproxyconfig.ProxyModeIPTables, kubeproxyconfig.ProxyModeNFTables)\n\t\treturn field.ErrorList{field.Invalid(fldPath, string(mode), msg)}\n\t}\n\treturn nil\n}\n'
      )
    })
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('pass')
    expect(r.evidence).toContainEqual({
      file: VALIDATION,
      line: lineOf(
        dir,
        VALIDATION,
        'return field.ErrorList{field.Invalid(fldPath, string(mode), msg)}'
      ),
      note: 'the error'
    })
  })

  it('takes the error constructors from the policy', async () => {
    const dir = tree('1.40', d =>
      writePolicy(d, 'kubernetes:\n  modeValidation:\n    errorCalls: [errors.New]\n')
    )
    expect((await result(dir, '1.40', 'ipvs-mode-requires-gate')).status).toBe('fail')
  })
})

/** The 1.35 warning as upstream writes it: a message variable, logged, recorded as an event. */
const IDIOM_135 =
  /\t\tmessage := ("The ipvs proxier is now deprecated[^\n]*")\n\t\tlogger\.Error\(nil, message\)\n\t\ts\.Recorder\.Eventf\([^\n]*\n/
/** The warning sent by one call holding its literal instead. */
const asCall = (call: string) => (dir: string) =>
  edit(dir, SERVER, IDIOM_135, m => `\t\t${call}(${IDIOM_135.exec(m)![1]})\n`)

describe('kube-proxy-warns: only a message handed to a logger is a warning', () => {
  it('an error value with the words is not a logged warning', async () => {
    const dir = tree('1.35', asCall('err = fmt.Errorf'))
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

  it('takes the log and event methods from the policy', async () => {
    const noError = tree('1.35', d =>
      writePolicy(d, 'kubernetes:\n  warning:\n    logCalls: [Warning]\n')
    )
    const eventOnly = await result(noError, '1.35', 'kube-proxy-warns')
    expect(eventOnly.status).toBe('pass')
    expect(eventOnly.message).toContain(
      `recorded as event IPVSDeprecation at :${lineOf(noError, SERVER, '"IPVSDeprecation"')}`
    )
    expect(eventOnly.message).not.toContain('logged')
    const neither = tree('1.35', d =>
      writePolicy(d, 'kubernetes:\n  warning:\n    logCalls: [Warning]\n    eventCalls: [Event]\n')
    )
    expect((await result(neither, '1.35', 'kube-proxy-warns')).status).toBe('fail')
  })

  it('names where the message is defined and where it is logged and recorded, without the structured-logging keys', async () => {
    const dir = tree('1.40', () => undefined)
    const r = await result(dir, '1.40', 'warning-announces-schedule')
    expect(r.status).toBe('pass')
    const defined = lineOf(dir, SERVER, 'message :=')
    const logged = lineOf(dir, SERVER, 'logger.Error(nil, message')
    const recorded = lineOf(dir, SERVER, '"IPVSDeprecation"')
    expect(r.message).toBe(
      `the ipvs warning names 1.43: message defined at ${SERVER}:${defined}, logged at :${logged}, recorded as event IPVSDeprecation at :${recorded}`
    )
    expect(r.evidence).toEqual([
      {
        file: SERVER,
        line: defined,
        note: "The ipvs proxier is deprecated and will be removed in 1.43; the KubeProxyIPVS feature gate is off by default since 1.40. Please migrate to 'nftables'."
      },
      { file: SERVER, line: logged, note: 'logged' },
      { file: SERVER, line: recorded, note: 'recorded as event IPVSDeprecation' }
    ])
  })

  it('reads a message built with fmt.Sprintf inside the log call, its values formatted in', async () => {
    const dir = tree('1.35', d =>
      edit(
        d,
        SERVER,
        IDIOM_135,
        '\t\tlogger.Info(fmt.Sprintf("The ipvs proxier is deprecated and is removed in %s. Please use %q instead.", "1.43", "nftables"), "proxyMode", "ipvs")\n'
      )
    )
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    expect(r.status).toBe('pass')
    expect(r.evidence[0]).toEqual({
      file: SERVER,
      line: lineOf(dir, SERVER, 'fmt.Sprintf("The ipvs proxier'),
      note: 'The ipvs proxier is deprecated and is removed in 1.43. Please use "nftables" instead.'
    })
  })

  it('reads the message of logger.Error from its second argument', async () => {
    const fixed = tree('1.35', d =>
      edit(d, SERVER, IDIOM_135, m => `\t\tlogger.Error(nil, ${IDIOM_135.exec(m)![1]})\n`)
    )
    const ok = await result(fixed, '1.35', 'kube-proxy-warns')
    expect(ok.status).toBe('pass')
    expect(ok.evidence[0]?.note).toBe(
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
