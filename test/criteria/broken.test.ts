import { afterEach, describe, expect, it } from '@jest/globals'
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { check } from '../../src/check.js'
import type { Report, Status } from '../../src/report/types.js'
import { byId, places, statuses } from '../support/report.js'
import { copyFixture, edit, fixture, lineOf, remove } from '../support/tree.js'

// Each case copies an era's tree, breaks one thing, and checks that exactly the criteria that
// thing is evidence for change status, with evidence at the broken place.

const FEATURES = 'pkg/features/kube_features.go'
const LIST = 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'
const OLD_LIST = 'test/featuregates_linter/test_data/unversioned_feature_list.yaml'
const SERVER = 'cmd/kube-proxy/app/server_linux.go'
const SERVER_TEST = 'cmd/kube-proxy/app/server_linux_test.go'
const VALIDATION = 'pkg/proxy/apis/config/validation/validation.go'
const OPTIONS = 'cmd/kube-proxy/app/options.go'

const copies: string[] = []
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function broken(era: string, breakIt: (dir: string) => void): string {
  const dir = copyFixture('kubernetes', era)
  copies.push(dir)
  breakIt(dir)
  return dir
}

function run(dir: string, target: string, policy?: string): Promise<Report> {
  return check({ repoDir: dir, target, policyBase: dir, policy })
}

/** The line of KubeProxyIPVS's YAML spec for `version` (the line of its `- default:`). */
function listSpecLine(dir: string, file: string, version: string): number {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n')
  let i = lineOf(dir, file, `version: "${version}"`) - 1
  while (i > 0 && !lines[i]!.trimStart().startsWith('- ')) i--
  return i + 1
}

/** Sets a field of KubeProxyIPVS's spec for `version` in the generated YAML list. */
function setListSpec(
  dir: string,
  version: string,
  field: 'default' | 'lockToDefault',
  value: boolean
): void {
  const spec = new RegExp(
    `(- name: KubeProxyIPVS\\n(?:(?!- name:).*\\n)*?  - default: )(\\w+)(\\n    lockToDefault: )(\\w+)(\\n    preRelease: \\w+\\n    version: "${version}")`
  )
  edit(dir, LIST, spec, field === 'default' ? `$1${value}$3$4$5` : `$1$2$3${value}$5`)
}

const removeGate = (dir: string): void => {
  edit(dir, FEATURES, /\tKubeProxyIPVS featuregate\.Feature = "KubeProxyIPVS"\n/, '')
  edit(dir, FEATURES, /\tKubeProxyIPVS: \{\n(?:.*\n)*?\t\},\n/, '')
  edit(dir, LIST, /- name: KubeProxyIPVS\n(?:(?!- name:).*\n)*/, '')
}

/** The 1.35 warning as upstream writes it: a message variable, logged and recorded as an event. */
const WARNING_LINES =
  /\t*message := "The ipvs proxier is now deprecated[^\n]*\n\t*logger\.Error\(nil, message\)\n\t*s\.Recorder\.Eventf\([^\n]*message\)\n/
const removeWarning = (dir: string): void => edit(dir, SERVER, WARNING_LINES, '')

const GATE_USE =
  '\nfunc ipvsAllowed() bool {\n\treturn utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS)\n}\n'
const IPVS_UTIL = '"k8s.io/kubernetes/pkg/proxy/ipvs/util"'

type Where = (dir: string) => string
const at =
  (file: string, text: string): Where =>
  dir =>
    `${file}:${lineOf(dir, file, text)}`
const atListSpec =
  (version: string): Where =>
  dir =>
    `${LIST}:${listSpecLine(dir, LIST, version)}`
const only =
  (file: string): Where =>
  () =>
    file

interface Finding {
  id: string
  status: Status
  /** A place the criterion's evidence must name, in the broken tree. */
  where: Where
}

interface Case {
  name: string
  era: string
  target: string
  break: (dir: string) => void
  /** What changes; every other criterion keeps its status from the unbroken tree. */
  expect: Finding[]
}

const fails = (id: string, where: Where): Finding => ({ id, status: 'fail', where })

const CASES: Case[] = [
  {
    name: 'gate flipped early (1.37 entry Default false in Go and YAML)',
    era: '1.37',
    target: '1.37',
    break: dir => {
      edit(dir, FEATURES, 'MustParse("1.37"), Default: true', 'MustParse("1.37"), Default: false')
      setListSpec(dir, '1.37', 'default', false)
    },
    expect: [
      fails('no-early-default-off', at(FEATURES, 'MustParse("1.37")')),
      fails('gate-spec', at(FEATURES, 'MustParse("1.37")'))
    ]
  },
  {
    name: 'gate flipped early in Go only: the YAML then disagrees too',
    era: '1.37',
    target: '1.37',
    break: dir =>
      edit(dir, FEATURES, 'MustParse("1.37"), Default: true', 'MustParse("1.37"), Default: false'),
    expect: [
      fails('no-early-default-off', at(FEATURES, 'MustParse("1.37")')),
      fails('gate-spec', at(FEATURES, 'MustParse("1.37")')),
      fails('gate-declared', atListSpec('1.37')),
      fails('gate-declared', at(FEATURES, 'MustParse("1.37")'))
    ]
  },
  {
    name: 'gate flipped early in the old FeatureSpec layout (Go and unversioned YAML)',
    era: '1.31-featurespec',
    target: '1.37',
    break: dir => {
      edit(dir, FEATURES, 'KubeProxyIPVS: {Default: true', 'KubeProxyIPVS: {Default: false')
      edit(
        dir,
        OLD_LIST,
        /(- name: KubeProxyIPVS\n {2}versionedSpecs:\n {2}- default: )true/,
        '$1false'
      )
    },
    expect: [
      fails('no-early-default-off', at(FEATURES, 'KubeProxyIPVS: {Default: false')),
      fails('gate-spec', at(FEATURES, 'KubeProxyIPVS: {Default: false'))
    ]
  },
  {
    name: 'gate locked early (LockToDefault: true on the 1.40 entry, Go and YAML)',
    era: '1.40',
    target: '1.40',
    break: dir => {
      edit(
        dir,
        FEATURES,
        /(MustParse\("1\.40"\), Default: false, PreRelease: featuregate\.Deprecated)\}/,
        '$1, LockToDefault: true}'
      )
      setListSpec(dir, '1.40', 'lockToDefault', true)
    },
    expect: [
      fails('no-early-lock', at(FEATURES, 'MustParse("1.40")')),
      fails('gate-spec', at(FEATURES, 'MustParse("1.40")'))
    ]
  },
  {
    name: 'pkg/proxy/ipvs removed early (1.40)',
    era: '1.40',
    target: '1.40',
    break: dir => remove(dir, 'pkg/proxy/ipvs'),
    expect: [fails('no-early-removal', only('pkg/proxy/ipvs/'))]
  },
  {
    name: 'warning missing (1.35)',
    era: '1.35',
    target: '1.35',
    break: removeWarning,
    expect: [fails('kube-proxy-warns', only('cmd/kube-proxy/'))]
  },
  {
    name: 'warning commented out (1.35): comments are not warnings',
    era: '1.35',
    target: '1.35',
    break: dir => edit(dir, SERVER, WARNING_LINES, m => m.replace(/^(\t*)/gm, '$1// ')),
    expect: [fails('kube-proxy-warns', only('cmd/kube-proxy/'))]
  },
  {
    name: 'warning without the schedule (1.37: "1.43" becomes "a future release")',
    era: '1.37',
    target: '1.37',
    break: dir => edit(dir, SERVER, 'and be locked in 1.43,', 'and be locked in a future release,'),
    expect: [fails('warning-announces-schedule', at(SERVER, 'The ipvs proxier is deprecated'))]
  },
  {
    name: 'YAML disagrees with Go (1.40 entry default true in the list only)',
    era: '1.40',
    target: '1.40',
    break: dir => setListSpec(dir, '1.40', 'default', true),
    expect: [fails('gate-declared', atListSpec('1.40'))]
  },
  {
    name: 'gate missing at 1.37 (const, map entry and YAML entry removed)',
    era: '1.37',
    target: '1.37',
    break: removeGate,
    expect: [
      fails('gate-declared', only(FEATURES)),
      fails('gate-spec', only(FEATURES)),
      fails('no-early-removal', only(FEATURES))
    ]
  },
  {
    name: 'gate still used in product code at 1.46',
    era: '1.46',
    target: '1.46',
    break: dir => appendFileSync(path.join(dir, VALIDATION), GATE_USE),
    expect: [fails('gate-removed', at(VALIDATION, 'features.KubeProxyIPVS'))]
  },
  {
    name: 'gate still used only in a _test.go file at 1.46: not a leftover',
    era: '1.46',
    target: '1.46',
    break: dir => appendFileSync(path.join(dir, SERVER_TEST), GATE_USE),
    expect: []
  },
  {
    name: 'an import of pkg/proxy/ipvs/util left in product code at 1.43',
    era: '1.43',
    target: '1.43',
    break: dir => edit(dir, SERVER, 'import (\n', `import (\n\tutilipvs ${IPVS_UTIL}\n`),
    expect: [fails('ipvs-package-removed', at(SERVER, IPVS_UTIL))]
  },
  {
    name: 'an import of pkg/proxy/ipvs/util only under vendor/ at 1.43: not a leftover',
    era: '1.43',
    target: '1.43',
    break: dir => {
      mkdirSync(path.join(dir, 'vendor/k8s.io/another-lib'), { recursive: true })
      writeFileSync(
        path.join(dir, 'vendor/k8s.io/another-lib/probe.go'),
        `package another\n\nimport (\n\tutilipvs ${IPVS_UTIL}\n)\n\nvar _ = utilipvs.New\n`
      )
    },
    expect: []
  },
  {
    name: 'ipvs-mode error no longer names nftables (1.40: nftables left out of the set of valid modes)',
    era: '1.40',
    target: '1.40',
    break: dir => edit(dir, VALIDATION, '\t\tstring(kubeproxyconfig.ProxyModeNFTables),\n', ''),
    expect: [fails('ipvs-mode-requires-gate', at(VALIDATION, 'features.KubeProxyIPVS'))]
  },
  {
    name: 'an --ipvs-* flag no longer marked deprecated at 1.43: a warning',
    era: '1.43',
    target: '1.43',
    break: dir => edit(dir, OPTIONS, /\tfs\.MarkDeprecated\("ipvs-scheduler"[^\n]*\n/, ''),
    expect: [{ id: 'ipvs-flags-noop', status: 'warning', where: at(OPTIONS, '"ipvs-scheduler"') }]
  },
  {
    name: 'an --ipvs-* flag deleted at 1.43: a warning',
    era: '1.43',
    target: '1.43',
    break: dir => edit(dir, OPTIONS, /[^\n]*"ipvs-udp-timeout"[^\n]*\n/g, ''),
    expect: [{ id: 'ipvs-flags-noop', status: 'warning', where: only(OPTIONS) }]
  }
]

describe('a break fails exactly what it should', () => {
  it.each(CASES)('$name', async c => {
    const unbroken = await run(fixture('kubernetes', c.era), c.target)
    expect(unbroken.result).toBe('pass')
    const dir = broken(c.era, c.break)
    const report = await run(dir, c.target)

    const want = statuses(unbroken)
    for (const f of c.expect) {
      expect({ id: f.id, before: unbroken.criteria.find(r => r.id === f.id)?.status }).toEqual({
        id: f.id,
        before: 'pass'
      })
      want[f.id] = f.status
      const result = byId(report, f.id)
      expect({ id: result.id, status: result.status, places: places(result) }).toEqual({
        id: f.id,
        status: f.status,
        places: expect.arrayContaining([f.where(dir)])
      })
    }
    expect(statuses(report)).toEqual(want)
    expect(report.result).toBe(c.expect.some(f => f.status === 'fail') ? 'fail' : 'pass')
  })
})

describe('the older FeatureSpec layout at 1.40', () => {
  it('fails gate-spec at the unversioned spec, which still has Default true', async () => {
    const dir = fixture('kubernetes', '1.31-featurespec')
    const result = byId(await run(dir, '1.40'), 'gate-spec')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('Default should be false')
    expect(places(result)).toEqual([
      `${FEATURES}:${lineOf(dir, FEATURES, 'KubeProxyIPVS: {Default: true')}`
    ])
  })
})

describe('policy inputs change the verdict as data', () => {
  const noWarning = removeWarning
  const unmarkedFlag = (dir: string): void =>
    edit(dir, OPTIONS, /\tfs\.MarkDeprecated\("ipvs-scheduler"[^\n]*\n/, '')

  it('an exemption turns the missing warning into exempt, with its reason, and the release passes', async () => {
    const dir = broken('1.35', noWarning)
    expect(byId(await run(dir, '1.35'), 'kube-proxy-warns').status).toBe('fail')
    writeFileSync(
      path.join(dir, 'kep-gate.yaml'),
      'exemptions:\n  - criterion: kube-proxy-warns\n    reason: tracked in kubernetes/kubernetes#1\n'
    )
    const report = await run(dir, '1.35', 'kep-gate.yaml')
    const result = byId(report, 'kube-proxy-warns')
    expect(result.status).toBe('exempt')
    expect(result.message).toContain('tracked in kubernetes/kubernetes#1')
    expect(report.result).toBe('pass')
  })

  it('a severity override turns the unmarked-flag warning into a failure', async () => {
    const dir = broken('1.43', unmarkedFlag)
    expect(byId(await run(dir, '1.43'), 'ipvs-flags-noop').status).toBe('warning')
    writeFileSync(
      path.join(dir, 'kep-gate.yaml'),
      'criteria:\n  ipvs-flags-noop:\n    severity: error\n'
    )
    const report = await run(dir, '1.43', 'kep-gate.yaml')
    const result = byId(report, 'ipvs-flags-noop')
    expect(result.status).toBe('fail')
    expect(result.severity).toBe('error')
    expect(places(result)).toContain(`${OPTIONS}:${lineOf(dir, OPTIONS, '"ipvs-scheduler"')}`)
    expect(report.result).toBe('fail')
  })
})
