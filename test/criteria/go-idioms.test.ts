import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { criterionResult, scratchTrees } from '../support/criterion.js'
import { edit, lineOf } from '../support/tree.js'

// The kubernetes criteria on trees written in Kubernetes' own idioms (messages in variables and
// constants, mode sets built from the ProxyMode constants, flags marked in loops), each beside a
// near miss that must fail, or warn where the text cannot be read, for the right reason.

const SERVER = 'cmd/kube-proxy/app/server_linux.go'
const VALIDATION = 'pkg/proxy/apis/config/validation/validation.go'
const OPTIONS = 'cmd/kube-proxy/app/options.go'

const tree = scratchTrees()
const result = criterionResult

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), text)
}

/** The three lines of the 1.35 warning: message variable, log call, Warning event. */
const IDIOM =
  /\t\tmessage := "(The ipvs proxier is now deprecated[^\n]*)"\n\t\tlogger\.Error\(nil, message\)\n\t\ts\.Recorder\.Eventf\([^\n]*\n/
const TEXT_135 =
  "The ipvs proxier is now deprecated and may be removed in a future release. Please use 'nftables' instead."
const sendWith = (lines: string) => (dir: string) => edit(dir, SERVER, IDIOM, lines)

describe('kube-proxy-warns in Kubernetes idioms', () => {
  it('passes a message constant declared in another file of the package, naming both files', async () => {
    const dir = tree('1.35', d => {
      write(
        d,
        'cmd/kube-proxy/app/deprecation.go',
        `package app\n\n// ipvsDeprecationMessage is logged and recorded when kube-proxy starts in ipvs mode.\nconst ipvsDeprecationMessage = "${TEXT_135}"\n`
      )
      sendWith('\t\tlogger.Error(nil, ipvsDeprecationMessage)\n')(d)
    })
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    expect(r.status).toBe('pass')
    expect(r.message).toBe(
      `kube-proxy warns that ipvs is deprecated: message defined at cmd/kube-proxy/app/deprecation.go:4, logged at ${SERVER}:${lineOf(dir, SERVER, 'logger.Error(nil, ipvsDeprecationMessage)')}`
    )
  })

  it('passes a message constant of another package, through the import', async () => {
    const dir = tree('1.35', d => {
      write(
        d,
        'pkg/proxy/util/deprecation.go',
        `package util\n\nconst (\n\t// IPVSDeprecationWarning tells users of ipvs mode where to go.\n\tIPVSDeprecationWarning = "${TEXT_135}"\n)\n`
      )
      edit(d, SERVER, 'import (\n', 'import (\n\tproxyutil "k8s.io/kubernetes/pkg/proxy/util"\n')
      sendWith('\t\tlogger.Error(nil, proxyutil.IPVSDeprecationWarning)\n')(d)
    })
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    expect(r.status).toBe('pass')
    expect(r.evidence[0]).toEqual({
      file: 'pkg/proxy/util/deprecation.go',
      line: 5,
      note: TEXT_135
    })
  })

  it('passes a Warning event alone (tools/record Event with the "Warning" literal)', async () => {
    const dir = tree(
      '1.35',
      sendWith(`\t\ts.Recorder.Event(s.NodeRef, "Warning", "IPVSDeprecation", "${TEXT_135}")\n`)
    )
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    expect(r.status).toBe('pass')
    expect(r.message).toContain('recorded as event IPVSDeprecation')
  })

  it('fails a Normal event: it is news, not a warning', async () => {
    const dir = tree(
      '1.35',
      sendWith(
        `\t\ts.Recorder.Eventf(s.NodeRef, nil, v1.EventTypeNormal, "IPVSDeprecation", "StartKubeProxy", "${TEXT_135}")\n`
      )
    )
    expect((await result(dir, '1.35', 'kube-proxy-warns')).status).toBe('fail')
  })

  it('fails a warning that only a test file logs', async () => {
    const dir = tree('1.35', d => {
      sendWith('')(d)
      edit(
        d,
        'cmd/kube-proxy/app/server_linux_test.go',
        /\n$/,
        `\n\nfunc TestIPVSWarning(t *testing.T) {\n\tklog.Warning("${TEXT_135}")\n}\n`
      )
    })
    expect((await result(dir, '1.35', 'kube-proxy-warns')).status).toBe('fail')
  })

  it('fails words that only the help text of a flag says', async () => {
    const dir = tree('1.35', d => {
      sendWith('')(d)
      edit(d, OPTIONS, '"The path to the configuration file."', `"${TEXT_135}"`)
    })
    expect((await result(dir, '1.35', 'kube-proxy-warns')).status).toBe('fail')
  })

  it('warns, naming the place, when the message comes from a function', async () => {
    const dir = tree('1.35', d => {
      sendWith('\t\tlogger.Error(nil, ipvsDeprecationMessage(config))\n')(d)
      edit(
        d,
        SERVER,
        /\n$/,
        `\n\nfunc ipvsDeprecationMessage(config *proxyconfigapi.KubeProxyConfiguration) string {\n\treturn "${TEXT_135}"\n}\n`
      )
    })
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    const line = lineOf(dir, SERVER, 'logger.Error(nil, ipvsDeprecationMessage(config))')
    expect(r.status).toBe('warning')
    expect(r.message).toBe(
      `could not read the message statically: it is built at ${SERVER}:${line} (the result of a call to ipvsDeprecationMessage); check it by hand (sent at ${SERVER}:${line})`
    )
  })

  it('warns when the replacement it points to is built at run time', async () => {
    const dir = tree(
      '1.35',
      sendWith(
        '\t\tmessage := fmt.Sprintf("The ipvs proxier is now deprecated. Please use %s instead.", preferredMode())\n\t\tlogger.Error(nil, message)\n'
      )
    )
    const r = await result(dir, '1.35', 'kube-proxy-warns')
    expect(r.status).toBe('warning')
    expect(r.message).toContain('could not read the message statically')
    expect(r.evidence[0]?.note).toBe('The ipvs proxier is now deprecated. Please use … instead.')
  })
})

describe('warning-announces-schedule in Kubernetes idioms', () => {
  const releases = (first: string, second: string) => (dir: string) => {
    edit(dir, SERVER, 'in 1.40 "+', 'in %s "+')
    edit(dir, SERVER, 'locked in 1.43,', 'locked in %s,')
    edit(dir, SERVER, 'features.KubeProxyIPVS)', `features.KubeProxyIPVS, ${first}, ${second})`)
  }

  it('passes releases that come from constants of the package', async () => {
    const dir = tree('1.37', d => {
      releases('ipvsOffByDefault', 'ipvsRemoved')(d)
      write(
        d,
        'cmd/kube-proxy/app/releases.go',
        'package app\n\nconst (\n\tipvsOffByDefault = "1.40"\n\tipvsRemoved      = "1.43"\n)\n'
      )
    })
    const r = await result(dir, '1.37', 'warning-announces-schedule')
    expect(r.status).toBe('pass')
    expect(r.evidence[0]?.note).toContain('will default to false in 1.40 and be locked in 1.43')
  })

  it('warns when a release is computed at run time', async () => {
    const dir = tree('1.37', releases('nextRelease(1)', '"1.43"'))
    const r = await result(dir, '1.37', 'warning-announces-schedule')
    expect(r.status).toBe('warning')
    expect(r.message).toMatch(
      /^could not read the message statically: it is built at cmd\/kube-proxy\/app\/server_linux\.go:\d+ \(the result of a call to nextRelease\)/
    )
  })

  it('fails releases that are read and wrong', async () => {
    const dir = tree('1.37', releases('"1.41"', '"1.43"'))
    const r = await result(dir, '1.37', 'warning-announces-schedule')
    expect(r.status).toBe('fail')
    expect(r.message).toContain('does not name 1.40')
  })
})

/** Replaces the body of validateProxyModeLinux. */
const modeCheck = (body: string) => (dir: string) =>
  edit(
    dir,
    VALIDATION,
    /(func validateProxyModeLinux\([^\n]*\{\n)(?:.*\n)*?\}\n/,
    (m: string) => `${m.slice(0, m.indexOf('{\n') + 2)}${body}}\n`
  )
const GATE = 'utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS)'
const SET = `\tvalidModes := sets.New[string](\n\t\tstring(kubeproxyconfig.ProxyModeIPTables),\n\t\tstring(kubeproxyconfig.ProxyModeNFTables),\n\t)\n`
const REJECT = `\tif mode == "" || validModes.Has(string(mode)) {\n\t\treturn nil\n\t}\n\terrMsg := fmt.Sprintf("must be %s or blank", strings.Join(sets.List(validModes), ", "))\n\treturn field.ErrorList{field.Invalid(fldPath.Child("ProxyMode"), string(mode), errMsg)}\n`

describe('ipvs-mode-requires-gate in Kubernetes idioms', () => {
  it('passes an explicit guard in a switch on the mode', async () => {
    const dir = tree(
      '1.40',
      modeCheck(
        `\tswitch mode {\n\tcase kubeproxyconfig.ProxyModeIPVS:\n\t\tif !${GATE} {\n\t\t\treturn field.ErrorList{field.Invalid(fldPath, string(mode), "ipvs mode needs the KubeProxyIPVS feature gate; use iptables or nftables")}\n\t\t}\n\t}\n\treturn nil\n`
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('pass')
    expect(r.message).toContain(
      'rejects ipvs mode unless KubeProxyIPVS is on, naming iptables and nftables'
    )
  })

  it('passes an explicit guard in a switch with an init statement', async () => {
    const dir = tree(
      '1.40',
      modeCheck(
        `\tswitch m := kubeproxyconfig.ProxyMode(strings.ToLower(string(mode))); m {\n\tcase kubeproxyconfig.ProxyModeIPVS:\n\t\tif !${GATE} {\n\t\t\treturn field.ErrorList{field.Invalid(fldPath, string(mode), "ipvs mode needs the KubeProxyIPVS feature gate; use iptables or nftables")}\n\t\t}\n\t}\n\treturn nil\n`
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('pass')
    expect(r.message).toContain(
      'rejects ipvs mode unless KubeProxyIPVS is on, naming iptables and nftables'
    )
  })

  it('fails a guard whose error lacks the modes, even when a set after it would name them', async () => {
    const dir = tree(
      '1.40',
      modeCheck(
        `\tif mode == kubeproxyconfig.ProxyModeIPVS && !${GATE} {\n\t\treturn field.ErrorList{field.Forbidden(fldPath, "ipvs mode needs the KubeProxyIPVS feature gate")}\n\t}\n${SET}\tif ${GATE} {\n\t\tvalidModes.Insert(string(kubeproxyconfig.ProxyModeIPVS))\n\t}\n${REJECT}`
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('fail')
    expect(r.message).toContain(
      'checks KubeProxyIPVS for ipvs mode, but its error does not name the valid mode(s) iptables and nftables'
    )
  })

  it('passes the set idiom rejected with field.NotSupported and the sorted set', async () => {
    const dir = tree(
      '1.40',
      modeCheck(
        `${SET}\tif ${GATE} {\n\t\tvalidModes.Insert(string(kubeproxyconfig.ProxyModeIPVS))\n\t}\n\tif !validModes.Has(string(mode)) {\n\t\treturn field.ErrorList{field.NotSupported(fldPath, mode, sets.List(validModes))}\n\t}\n\treturn nil\n`
      )
    )
    expect((await result(dir, '1.40', 'ipvs-mode-requires-gate')).status).toBe('pass')
  })

  it('fails a set where ipvs is always valid and the gate guards nftables instead', async () => {
    const dir = tree(
      '1.40',
      modeCheck(
        `\tvalidModes := sets.New[string](\n\t\tstring(kubeproxyconfig.ProxyModeIPTables),\n\t\tstring(kubeproxyconfig.ProxyModeIPVS),\n\t)\n\tif ${GATE} {\n\t\tvalidModes.Insert(string(kubeproxyconfig.ProxyModeNFTables))\n\t}\n${REJECT}`
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('fail')
    expect(r.message).toContain('accepts ipvs mode whether or not KubeProxyIPVS is enabled')
    expect(r.message).toContain(`KubeProxyIPVS guards nftables (pkg/proxy/apis/config/types.go:`)
  })

  it('fails ipvs inserted under another gate, naming it', async () => {
    const dir = tree(
      '1.40',
      modeCheck(
        `${SET}\tif utilfeature.DefaultFeatureGate.Enabled(features.NFTablesProxyMode) {\n\t\tvalidModes.Insert(string(kubeproxyconfig.ProxyModeIPVS))\n\t}\n\t_ = ${GATE}\n${REJECT}`
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('fail')
    expect(r.message).toContain('it is added only when NFTablesProxyMode is enabled')
  })

  it('fails ipvs inserted when the gate is off', async () => {
    const dir = tree(
      '1.40',
      modeCheck(
        `${SET}\tif !${GATE} {\n\t\tvalidModes.Insert(string(kubeproxyconfig.ProxyModeIPVS))\n\t}\n${REJECT}`
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('fail')
    expect(r.message).toContain('it is added only when KubeProxyIPVS is disabled')
  })

  it('warns when the error text is built by a helper the reader cannot follow', async () => {
    const dir = tree(
      '1.40',
      modeCheck(
        `${SET}\tif ${GATE} {\n\t\tvalidModes.Insert(string(kubeproxyconfig.ProxyModeIPVS))\n\t}\n${REJECT.replace(/errMsg := [^\n]*/, 'errMsg := unsupportedMode(validModes)')}`
      )
    )
    const r = await result(dir, '1.40', 'ipvs-mode-requires-gate')
    expect(r.status).toBe('warning')
    expect(r.message).toBe(
      `could not read the error statically: it is built at ${VALIDATION}:${lineOf(dir, VALIDATION, 'errMsg := unsupportedMode')} (the result of a call to unsupportedMode); check it by hand`
    )
  })
})

describe('ipvs-flags-noop in Kubernetes idioms', () => {
  const unmarkAll = (dir: string) => edit(dir, OPTIONS, /\tfs\.MarkDeprecated\("ipvs-[^\n]*\n/g, '')
  /** Go added at the end of AddFlags, the last function of options.go. */
  const endOfAddFlags = (dir: string, code: string) => edit(dir, OPTIONS, /\n\}\n$/, `\n${code}}\n`)

  it('passes flag names that are constants (registered and marked), and a loop over a local slice', async () => {
    const dir = tree('1.43', d => {
      unmarkAll(d)
      edit(d, OPTIONS, '"ipvs-scheduler", o.config', 'ipvsSchedulerFlag, o.config')
      edit(
        d,
        OPTIONS,
        '// Options contains',
        'const ipvsSchedulerFlag = "ipvs-scheduler"\n\n// Options contains'
      )
      endOfAddFlags(
        d,
        '\tdeprecated := []string{"ipvs-sync-period", "ipvs-min-sync-period", "ipvs-exclude-cidrs", "ipvs-strict-arp",\n\t\t"ipvs-tcp-timeout", "ipvs-tcpfin-timeout", "ipvs-udp-timeout"}\n\tfor _, flag := range deprecated {\n\t\tfs.MarkDeprecated(flag, ipvsFlagDeprecation)\n\t}\n\tfs.MarkDeprecated(ipvsSchedulerFlag, ipvsFlagDeprecation)\n'
      )
    })
    const r = await result(dir, '1.43', 'ipvs-flags-noop')
    expect(r.status).toBe('pass')
    expect(r.evidence).toContainEqual({
      file: OPTIONS,
      line: lineOf(dir, OPTIONS, 'fs.MarkDeprecated(flag,'),
      note: '--ipvs-udp-timeout'
    })
    expect(r.evidence).toContainEqual({
      file: OPTIONS,
      line: lineOf(dir, OPTIONS, 'fs.MarkDeprecated(ipvsSchedulerFlag'),
      note: '--ipvs-scheduler'
    })
  })

  it('warns about the flags a loop leaves out', async () => {
    const dir = tree('1.43', d => {
      unmarkAll(d)
      endOfAddFlags(
        d,
        '\tfor _, name := range []string{"ipvs-sync-period", "ipvs-min-sync-period", "ipvs-scheduler", "ipvs-exclude-cidrs", "ipvs-strict-arp", "ipvs-tcp-timeout", "ipvs-tcpfin-timeout"} {\n\t\t_ = fs.MarkDeprecated(name, ipvsFlagDeprecation)\n\t}\n'
      )
    })
    const r = await result(dir, '1.43', 'ipvs-flags-noop')
    expect(r.status).toBe('warning')
    expect(r.message).toBe('not marked deprecated or warned: --ipvs-udp-timeout')
  })

  it('warns that it cannot read a flag name built at run time', async () => {
    const dir = tree('1.43', d => {
      unmarkAll(d)
      endOfAddFlags(
        d,
        '\tfs.VisitAll(func(f *pflag.Flag) {\n\t\tif strings.HasPrefix(f.Name, "ipvs-") {\n\t\t\t_ = fs.MarkDeprecated(f.Name, ipvsFlagDeprecation)\n\t\t}\n\t})\n'
      )
    })
    const r = await result(dir, '1.43', 'ipvs-flags-noop')
    expect(r.status).toBe('warning')
    expect(r.message).toBe(
      `could not read a flag name passed to MarkDeprecated statically: it is built at ${OPTIONS}:${lineOf(dir, OPTIONS, 'MarkDeprecated(f.Name')} (a field of f); check it by hand`
    )
  })
})
