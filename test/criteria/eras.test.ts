import { describe, expect, it } from '@jest/globals'
import { check } from '../../src/check.js'
import { WEBSITE_CRITERIA } from '../../src/criteria/website/index.js'
import type { Report, Status } from '../../src/report/types.js'
import { byId, sortedPlaces as places, statuses } from '../support/report.js'
import { fixture, lineOf } from '../support/tree.js'

// Each era's fixture tree, checked at its own release, at a later one and at an earlier one.
// Expected lines are found in the fixture (lineOf), never written down.

const FEATURES = 'pkg/features/kube_features.go'
const LIST = 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'
const OLD_LIST = 'test/featuregates_linter/test_data/unversioned_feature_list.yaml'
const SERVER = 'cmd/kube-proxy/app/server_linux.go'
const VALIDATION = 'pkg/proxy/apis/config/validation/validation.go'
const OPTIONS = 'cmd/kube-proxy/app/options.go'
const TYPES = 'pkg/proxy/apis/config/types.go'
const WARNING = 'The ipvs proxier is'
const FLAGS = [
  'scheduler',
  'sync-period',
  'min-sync-period',
  'exclude-cidrs',
  'strict-arp',
  'tcp-timeout',
  'tcpfin-timeout',
  'udp-timeout'
]

async function run(era: string, target: string): Promise<Report> {
  const dir = fixture('kubernetes', era)
  return check({ repoDir: dir, target, policyBase: dir })
}

// The website criteria, listed here as "checked in kubernetes/website", are tested in test/website/.
const WEBSITE_IDS = new Set(WEBSITE_CRITERIA.map(c => c.id))
const kubernetesStatuses = (report: Report) => statuses(report, id => !WEBSITE_IDS.has(id))

function at(dir: string, file: string, text: string): string {
  return `${file}:${lineOf(dir, file, text)}`
}

// What the passing criteria point at, per tree. The warning as upstream writes it from 1.35: a
// message defined in a variable, logged, and recorded as a Warning event.
const warns = (d: string) => [
  at(d, SERVER, 'message :='),
  at(d, SERVER, 'logger.Error(nil, message'),
  at(d, SERVER, '"IPVSDeprecation"')
]
/** A single log call holding its literal: one place. */
const warnsInCall = (d: string) => [at(d, SERVER, WARNING)]
const goSpec = (d: string, version: string) => [at(d, FEATURES, `MustParse("${version}")`)]
const declared = (d: string, list = LIST) => [
  at(d, FEATURES, 'KubeProxyIPVS featuregate.Feature'),
  at(d, FEATURES, 'KubeProxyIPVS: {'),
  at(d, list, '- name: KubeProxyIPVS')
]
const flagsNoop = (d: string) => [
  ...FLAGS.map(f => at(d, OPTIONS, `MarkDeprecated("ipvs-${f}"`)),
  at(d, TYPES, 'KubeProxyIPVSConfiguration struct')
]
/** 1.46 marks the flags in a loop over their names: every flag at that one call. */
const flagsNoopInLoop = (d: string) => [
  ...FLAGS.map(() => at(d, OPTIONS, 'fs.MarkDeprecated(name')),
  at(d, TYPES, 'KubeProxyIPVSConfiguration struct')
]

interface Era {
  era: string
  target: string
  stage: string
  /** Exactly the criteria listed, with their statuses: closed windows are absent. */
  criteria: Record<string, Status>
  /** Where each passing criterion's evidence points; a passing criterion not named here has none. */
  evidence: (dir: string) => Record<string, string[]>
}

const ERAS: Era[] = [
  {
    era: '1.34',
    target: '1.34',
    stage: '0',
    criteria: {
      'kube-proxy-warns': 'next',
      'nftables-backports': 'next',
      'gate-declared': 'next',
      'gate-spec': 'next',
      'warning-announces-schedule': 'next',
      'ipvs-mode-requires-gate': 'next',
      'ipvs-package-removed': 'next',
      'ipvs-flags-noop': 'next',
      'gate-removed': 'next',
      'no-early-default-off': 'pass',
      'no-early-lock': 'pass',
      'no-early-removal': 'pass'
    },
    evidence: () => ({})
  },
  {
    era: '1.35',
    target: '1.35',
    stage: '1',
    criteria: {
      'kube-proxy-warns': 'pass',
      'nftables-backports': 'skipped',
      'gate-declared': 'next',
      'gate-spec': 'next',
      'warning-announces-schedule': 'next',
      'ipvs-mode-requires-gate': 'next',
      'ipvs-package-removed': 'next',
      'ipvs-flags-noop': 'next',
      'gate-removed': 'next',
      'no-early-default-off': 'pass',
      'no-early-lock': 'pass',
      'no-early-removal': 'pass'
    },
    evidence: d => ({ 'kube-proxy-warns': warns(d) })
  },
  {
    era: '1.37',
    target: '1.37',
    stage: '2',
    criteria: {
      'kube-proxy-warns': 'pass',
      'nftables-backports': 'skipped',
      'gate-declared': 'pass',
      'gate-spec': 'pass',
      'warning-announces-schedule': 'pass',
      'ipvs-mode-requires-gate': 'next',
      'ipvs-package-removed': 'next',
      'ipvs-flags-noop': 'next',
      'gate-removed': 'next',
      'no-early-default-off': 'pass',
      'no-early-lock': 'pass',
      'no-early-removal': 'pass'
    },
    evidence: d => ({
      'kube-proxy-warns': warns(d),
      'gate-declared': declared(d),
      'gate-spec': goSpec(d, '1.37'),
      'warning-announces-schedule': warns(d),
      'no-early-default-off': goSpec(d, '1.37'),
      'no-early-lock': goSpec(d, '1.37')
    })
  },
  {
    era: '1.40',
    target: '1.40',
    stage: '3',
    criteria: {
      'kube-proxy-warns': 'pass',
      'nftables-backports': 'skipped',
      'gate-declared': 'pass',
      'gate-spec': 'pass',
      'warning-announces-schedule': 'pass',
      'ipvs-mode-requires-gate': 'pass',
      'ipvs-package-removed': 'next',
      'ipvs-flags-noop': 'next',
      'gate-removed': 'next',
      'no-early-lock': 'pass',
      'no-early-removal': 'pass'
    },
    evidence: d => ({
      'kube-proxy-warns': warns(d),
      'gate-declared': declared(d),
      'gate-spec': goSpec(d, '1.40'),
      'warning-announces-schedule': warns(d),
      // The set idiom: ipvs inserted under the gate, and the error built from the set.
      'ipvs-mode-requires-gate': [
        at(d, VALIDATION, 'features.KubeProxyIPVS'),
        at(d, VALIDATION, 'field.Invalid(fldPath.Child("ProxyMode")')
      ],
      'no-early-lock': goSpec(d, '1.40')
    })
  },
  {
    era: '1.43',
    target: '1.43',
    stage: '4',
    criteria: {
      'nftables-backports': 'skipped',
      'gate-declared': 'pass',
      'gate-spec': 'pass',
      'ipvs-package-removed': 'pass',
      'ipvs-flags-noop': 'pass',
      'gate-removed': 'next',
      'no-early-removal': 'pass'
    },
    evidence: d => ({
      'gate-declared': declared(d),
      'gate-spec': goSpec(d, '1.43'),
      'ipvs-flags-noop': flagsNoop(d)
    })
  },
  {
    era: '1.46',
    target: '1.46',
    stage: 'cleanup',
    criteria: {
      'nftables-backports': 'skipped',
      'ipvs-package-removed': 'pass',
      'ipvs-flags-noop': 'pass',
      'gate-removed': 'pass'
    },
    evidence: d => ({ 'ipvs-flags-noop': flagsNoopInLoop(d) })
  },
  {
    era: '1.31-featurespec',
    target: '1.37',
    stage: '2',
    criteria: {
      'kube-proxy-warns': 'pass',
      'nftables-backports': 'skipped',
      'gate-declared': 'pass',
      'gate-spec': 'pass',
      'warning-announces-schedule': 'pass',
      'ipvs-mode-requires-gate': 'next',
      'ipvs-package-removed': 'next',
      'ipvs-flags-noop': 'next',
      'gate-removed': 'next',
      'no-early-default-off': 'pass',
      'no-early-lock': 'pass',
      'no-early-removal': 'pass'
    },
    evidence: d => {
      const spec = [at(d, FEATURES, 'KubeProxyIPVS: {Default: true')]
      return {
        'kube-proxy-warns': warnsInCall(d),
        'gate-declared': declared(d, OLD_LIST),
        'gate-spec': spec,
        'warning-announces-schedule': warnsInCall(d),
        'no-early-default-off': spec,
        'no-early-lock': spec
      }
    }
  }
]

describe('each era passes at its own release', () => {
  it.each(ERAS)('$era at $target', async ({ era, target, stage, criteria, evidence }) => {
    const report = await run(era, target)
    expect(report.target).toBe(target)
    expect(report.stage).toBe(stage)
    expect(kubernetesStatuses(report)).toEqual(criteria)
    expect(report.result).toBe('pass')
    expect(report.errors).toEqual([])

    const dir = fixture('kubernetes', era)
    const expected = evidence(dir)
    for (const result of report.criteria.filter(c => c.status === 'pass')) {
      expect({ id: result.id, places: places(result) }).toEqual({
        id: result.id,
        places: [...(expected[result.id] ?? [])].sort()
      })
    }
    for (const result of report.criteria.filter(
      c => c.status === 'next' || c.status === 'skipped'
    )) {
      expect(result.evidence).toEqual([])
    }
  })
})

interface Mismatch {
  name: string
  era: string
  target: string
  /** Exactly the criteria that fail, and the places each must name (among its evidence). */
  fails: (dir: string) => Record<string, string[]>
  /** Criteria that must still pass, with their evidence (the schedule guards that must not fire). */
  passes?: (dir: string) => Record<string, string[]>
}

const MISMATCHES: Mismatch[] = [
  {
    name: 'the 1.37 tree at 1.40 has not flipped the gate nor guarded ipvs mode',
    era: '1.37',
    target: '1.40',
    fails: d => ({ 'gate-spec': goSpec(d, '1.37'), 'ipvs-mode-requires-gate': [VALIDATION] })
  },
  {
    name: 'the 1.40 tree at 1.43 still has pkg/proxy/ipvs (every file and import listed) and an unlocked gate',
    era: '1.40',
    target: '1.43',
    fails: d => ({
      'gate-spec': goSpec(d, '1.40'),
      'ipvs-package-removed': [
        'pkg/proxy/ipvs/proxier.go',
        'pkg/proxy/ipvs/proxier_test.go',
        'pkg/proxy/ipvs/util/ipvs.go',
        at(d, SERVER, '"k8s.io/kubernetes/pkg/proxy/ipvs"'),
        at(d, SERVER, '"k8s.io/kubernetes/pkg/proxy/ipvs/util"')
      ]
    })
  },
  {
    name: 'the 1.43 tree at 1.46 still declares the gate',
    era: '1.43',
    target: '1.46',
    fails: d => ({ 'gate-removed': declared(d) })
  },
  {
    name: 'the 1.31 FeatureSpec tree at 1.40 has an unversioned spec that is still on',
    era: '1.31-featurespec',
    target: '1.40',
    fails: d => ({
      'gate-spec': [at(d, FEATURES, 'KubeProxyIPVS: {Default: true')],
      'ipvs-mode-requires-gate': [VALIDATION]
    })
  },
  // Earlier targets: the schedule guards judge the spec in effect at the target (the entry with the
  // greatest Version <= T, CRITERIA.md section 4), so an entry for a later release is not early.
  {
    name: 'the 1.40 tree at 1.37: its 1.40 entry is not in effect yet, so nothing is off early',
    era: '1.40',
    target: '1.37',
    fails: () => ({}),
    passes: d => ({
      'no-early-default-off': goSpec(d, '1.37'),
      'no-early-lock': goSpec(d, '1.37'),
      'no-early-removal': []
    })
  },
  {
    name: 'the 1.43 tree at 1.40 removed pkg/proxy/ipvs and the warning early',
    era: '1.43',
    target: '1.40',
    fails: () => ({
      'kube-proxy-warns': ['cmd/kube-proxy/'],
      'warning-announces-schedule': ['cmd/kube-proxy/'],
      'ipvs-mode-requires-gate': [VALIDATION],
      'no-early-removal': ['pkg/proxy/ipvs/']
    }),
    passes: d => ({ 'no-early-lock': goSpec(d, '1.40'), 'gate-spec': goSpec(d, '1.40') })
  }
]

describe('an era tree at another release', () => {
  it.each(MISMATCHES)('$name', async ({ era, target, fails, passes }) => {
    const report = await run(era, target)
    const dir = fixture('kubernetes', era)
    const expectedFails = fails(dir)
    const failing = report.criteria.filter(c => c.status === 'fail').map(c => c.id)
    expect(failing.sort()).toEqual(Object.keys(expectedFails).sort())
    expect(report.result).toBe(failing.length > 0 ? 'fail' : 'pass')
    for (const [id, where] of Object.entries(expectedFails)) {
      expect({ id, places: places(byId(report, id)) }).toEqual({
        id,
        places: expect.arrayContaining(where)
      })
    }
    for (const [id, where] of Object.entries(passes?.(dir) ?? {})) {
      const result = byId(report, id)
      expect({ id, status: result.status, places: places(result) }).toEqual({
        id,
        status: 'pass',
        places: where.sort()
      })
    }
  })
})
