import { describe, expect, it } from '@jest/globals'
import { edit, lineOf, remove } from '../support/tree.js'
import {
  audit,
  copyGates,
  FEATURES,
  findingsOf,
  FIXTURE,
  LIST,
  PAGES,
  summaryOf
} from './support.js'

const KEPS = 'keps'

describe('the fixture at 1.37', () => {
  it('finds exactly the drift it was written with, with both sides of each finding', async () => {
    const report = await audit(FIXTURE)
    expect(summaryOf(report)).toEqual([
      'BatchAdmission kep-list milestone-ahead warning',
      'BatchAdmission list-page stage-future error',
      'BatchAdmission list-page to-on-last error',
      'ContainerRestartRules list-page page-missing error',
      'DisableHostPathMounts list-page to-missing error',
      'InlineVolumeExpansion list-page locked-wrong error',
      'InlineVolumeExpansion list-page to-on-last error',
      'KubeProxyIPVS list-page stage-missing accepted',
      'LegacyNodeAddresses list-page stage-missing accepted',
      'NodeLogStreaming code-list spec-mismatch error',
      'PodReadinessHints kep-list milestone-behind error',
      'QuotaScopeSelectors list-page default-wrong error',
      'QuotaScopeSelectors list-page stage-missing warning',
      'QuotaScopeSelectors list-page to-missing warning',
      'RetiredCSIDriver list-page page-not-removed error',
      'ZoneAwareRoutng list-page page-stale error'
    ])
    expect(report.result).toBe('fail')
    expect(report.rules).toEqual([
      { id: 'code-list', checked: true, errors: 1, warnings: 0, accepted: 0, info: 0 },
      { id: 'list-page', checked: true, errors: 9, warnings: 2, accepted: 2, info: 0 },
      { id: 'kep-list', checked: true, errors: 1, warnings: 1, accepted: 0, info: 7 }
    ])
    // Rows show the three sources side by side.
    const row = report.rows.find(r => r.gate === 'QuotaScopeSelectors')!
    expect(row.code).toMatchObject({
      summary: 'Beta, default on, since 1.36',
      source: 'kubernetes'
    })
    expect(row.page).toMatchObject({ summary: 'beta, default false, from 1.36', source: 'website' })
    expect(row.keps.map(k => k.summary)).toEqual([
      'KEP-4103: beta, latest v1.36 (alpha 1.34, beta v1.36, stable v1.39)'
    ])
    const wrong = row.findings.find(f => f.kind === 'default-wrong')!
    const page = `${PAGES}/QuotaScopeSelectors.md`
    expect(wrong.evidence).toEqual([
      { source: 'website', file: page, line: lineOf(FIXTURE.website, page, 'stage: beta') + 1 },
      expect.objectContaining({ source: 'kubernetes', file: LIST })
    ])
  })

  it('lists information without failing on it: gates no KEP names, KEPs naming gates gone', async () => {
    const info = findingsOf(await audit(FIXTURE)).filter(f => f.severity === 'info')
    expect(info.map(f => `${f.gate} ${f.kind}`).sort()).toEqual([
      'ContainerRestartRules no-kep',
      'DisableHostPathMounts removal-progress',
      'KubeProxyIPVS own-policy',
      'LegacyNodeAddresses removal-progress',
      'NodeLogStreaming no-kep',
      'RetiredCSIDriver kep-gate-unknown',
      'WatchBookmarkEvents no-kep'
    ])
  })

  it('says which rules it could not check when a source is missing', async () => {
    const report = await audit({ kubernetes: FIXTURE.kubernetes })
    expect(report.rules.map(r => [r.id, r.checked, r.why])).toEqual([
      ['code-list', true, undefined],
      ['list-page', false, 'no website source'],
      ['kep-list', false, 'no enhancements source']
    ])
    expect(summaryOf(report)).toEqual(['NodeLogStreaming code-list spec-mismatch error'])
  })
})

describe('code ↔ list', () => {
  it('passes once the list is regenerated; a gate missing from the list is its own finding', async () => {
    const trees = copyGates()
    edit(
      trees.kubernetes,
      LIST,
      /(- name: NodeLogStreaming\n(?:.*\n){5})/,
      '$1  - default: true\n    lockToDefault: false\n    preRelease: Beta\n    version: "1.36"\n'
    )
    expect(summaryOf(await audit({ kubernetes: trees.kubernetes }))).toEqual([])
    edit(trees.kubernetes, LIST, /- name: ContainerRestartRules\n(?:.*\n){5}/, '')
    const report = await audit({ kubernetes: trees.kubernetes })
    expect(summaryOf(report)).toEqual(['ContainerRestartRules code-list list-missing error'])
    expect(findingsOf(report)[0]!.evidence[0]).toMatchObject({
      file: FEATURES,
      line: lineOf(trees.kubernetes, FEATURES, 'ContainerRestartRules: {')
    })
  })

  it('reads the list alone with --feature-list: the code ↔ list rule is not checked', async () => {
    const { readFileSync } = await import('node:fs')
    const path = await import('node:path')
    const text = readFileSync(path.join(FIXTURE.kubernetes, LIST), 'utf8')
    const report = await audit({ list: { file: 'list.yaml', text }, website: FIXTURE.website })
    expect(report.rules[0]).toMatchObject({ checked: false })
    expect(summaryOf(report)).toContain('QuotaScopeSelectors list-page default-wrong error')
  })
})

describe('list ↔ website page', () => {
  const near = async (file: string, from: string, to: string) => {
    const trees = copyGates()
    edit(trees.website, `${PAGES}/${file}`, from, to)
    return summaryOf(await audit({ kubernetes: trees.kubernetes, website: trees.website }))
  }

  it.each([
    [
      'the right default',
      'QuotaScopeSelectors.md',
      /(beta\n {4}defaultValue: )false/,
      '$1true',
      []
    ],
    [
      'a toVersion one release off',
      'ZoneAwareRouting.md',
      'toVersion: "1.34"',
      'toVersion: "1.33"',
      ['ZoneAwareRouting list-page to-wrong error']
    ],
    [
      'the toVersion in place',
      'DisableHostPathMounts.md',
      'fromVersion: "1.36"',
      'fromVersion: "1.36"\n    toVersion: "1.36"',
      []
    ],
    [
      'no locked key (older pages)',
      'InlineVolumeExpansion.md',
      '    locked: false\n',
      '',
      ['InlineVolumeExpansion list-page to-on-last error']
    ],
    [
      'the wrong stage name',
      'PodReadinessHints.md',
      'stage: alpha',
      'stage: beta',
      ['PodReadinessHints list-page stage-wrong error']
    ],
    [
      'a stage no spec has',
      'PodReadinessHints.md',
      'fromVersion: "1.36"',
      'fromVersion: "1.36"\n  - stage: beta\n    defaultValue: true\n    fromVersion: "1.35"',
      ['PodReadinessHints list-page stage-extra error']
    ],
    [
      'a removed mark on a live gate',
      'PodReadinessHints.md',
      'content_type: feature_gate',
      'content_type: feature_gate\nremoved: true',
      ['PodReadinessHints list-page page-removed-early error']
    ],
    [
      'patch versions read as their minor',
      'PodReadinessHints.md',
      'fromVersion: "1.36"',
      "fromVersion: '1.36.0'",
      []
    ]
  ])('%s', async (_name, file, from, to, expected) => {
    const all = await near(file, from as string, to as string)
    const baseline = summaryOf(
      await audit({ kubernetes: FIXTURE.kubernetes, website: FIXTURE.website })
    )
    // The English page's findings (the ja page's warnings stay as they are).
    const mine = (s: string) =>
      s.startsWith(`${file.replace('.md', '')} `) && !s.endsWith('warning')
    expect(all.filter(mine)).toEqual(expected)
    // Nothing else moved.
    expect(all.filter(s => !mine(s))).toEqual(baseline.filter(s => !mine(s)))
  })

  it('a page for a gate gone from the code passes once marked removed: true', async () => {
    const trees = copyGates()
    edit(trees.website, `${PAGES}/RetiredCSIDriver.md`, 'stages:', 'removed: true\nstages:')
    remove(trees.website, `${PAGES}/ZoneAwareRoutng.md`)
    const all = summaryOf(await audit({ kubernetes: trees.kubernetes, website: trees.website }))
    expect(all.filter(s => /RetiredCSIDriver|ZoneAwareRoutng/.test(s))).toEqual([])
  })

  it('at 1.36 the 1.37 stages are the future, and a gate of 1.37 needs no page yet', async () => {
    const all = summaryOf(
      await audit({ kubernetes: FIXTURE.kubernetes, website: FIXTURE.website }, '1.36')
    )
    expect(all).toContain('ZoneAwareRouting list-page stage-future error')
    expect(all.filter(s => s.startsWith('BatchAdmission'))).toEqual([
      'BatchAdmission list-page stage-future error',
      'BatchAdmission list-page stage-future error'
    ])
  })

  it('accepts a deviation of the policy, with its reason, and never drops it', async () => {
    const policy = [
      'gates:',
      '  deviations:',
      "    - gate: 'Inline*'",
      '      rule: list-page',
      '      finding: locked-wrong',
      '      reason: the page predates locked',
      ''
    ].join('\n')
    const report = await audit(
      { kubernetes: FIXTURE.kubernetes, website: FIXTURE.website },
      '1.37',
      policy
    )
    const accepted = findingsOf(report).filter(f => f.gate === 'InlineVolumeExpansion')
    expect(accepted.map(f => [f.kind, f.severity, f.reason])).toEqual([
      ['to-on-last', 'error', undefined],
      ['locked-wrong', 'accepted', 'the page predates locked']
    ])
    // A policy file replaces lists: without the built-in 1.0 deviation, the 1.0 stages fail.
    expect(summaryOf(report)).toContain('KubeProxyIPVS list-page stage-missing error')
  })
})

describe('KEP ↔ list', () => {
  const kep = (dir: string) => `${KEPS}/${dir}/kep.yaml`

  it('beta promised at code freeze while the gate is still Alpha fails; promoting the gate passes', async () => {
    const trees = copyGates()
    const report = await audit(trees)
    const behind = findingsOf(report).find(f => f.kind === 'milestone-behind')!
    expect(behind.message).toBe(
      'KEP-4102 says beta in "v1.37", but at 1.37 the code has PodReadinessHints at Alpha'.replace(
        '"v1.37"',
        'v1.37'
      )
    )
    const file = kep('sig-apps/4102-pod-readiness-hints')
    expect(behind.evidence[0]).toMatchObject({
      source: 'enhancements',
      file,
      line: lineOf(trees.enhancements, file, 'beta: "v1.37"')
    })
    for (const f of [FEATURES, LIST]) {
      edit(
        trees.kubernetes,
        f,
        f === LIST
          ? /(- name: PodReadinessHints\n(?:.*\n){5})/
          : /(\{Default: false, PreRelease: featuregate.Alpha, Version: version.MustParse\("1.36"\)\},\n)/,
        f === LIST
          ? '$1  - default: true\n    lockToDefault: false\n    preRelease: Beta\n    version: "1.37"\n'
          : '$1\t\t{Version: version.MustParse("1.37"), Default: true, PreRelease: featuregate.Beta},\n'
      )
    }
    const fixed = summaryOf(
      await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements })
    )
    expect(fixed.filter(s => s.startsWith('PodReadinessHints'))).toEqual([])
  })

  it('the code-freeze check holds when only latest-milestone says the target', async () => {
    const trees = copyGates()
    edit(trees.enhancements, kep('sig-apps/4102-pod-readiness-hints'), 'beta: "v1.37"', 'beta: ""')
    const all = summaryOf(
      await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements })
    )
    expect(all).toContain('PodReadinessHints kep-list stage-behind error')
    // One release earlier, nothing was promised yet.
    const before = summaryOf(
      await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements }, '1.36')
    )
    expect(before.filter(s => s.startsWith('PodReadinessHints'))).toEqual([])
  })

  it('milestones with or without v mean the same; a future milestone is not judged', async () => {
    const trees = copyGates()
    const file = kep('sig-api-machinery/4103-quota-scope-selectors')
    edit(trees.enhancements, file, 'alpha: "1.34"', 'alpha: "v1.34"')
    edit(trees.enhancements, file, 'beta: v1.36', 'beta: "1.36"')
    const all = summaryOf(
      await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements }, '1.38')
    )
    expect(all.filter(s => s.startsWith('QuotaScopeSelectors'))).toEqual([])
    // Due at 1.39: stable promised, the gate is still Beta.
    const late = summaryOf(
      await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements }, '1.39')
    )
    expect(late).toContain('QuotaScopeSelectors kep-list milestone-behind error')
  })

  it('a gate named at code freeze of an alpha KEP that the code lacks is an error; otherwise information', async () => {
    const trees = copyGates()
    const file = kep('sig-scheduling/4106-batch-admission')
    edit(trees.enhancements, file, '  - name: BatchAdmission', '  - name: BatchAdmissionV2')
    const all = summaryOf(
      await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements }),
      true
    )
    expect(all).toContain('BatchAdmissionV2 kep-list kep-gate-missing error')
    edit(trees.enhancements, file, 'latest-milestone: "v1.37"', 'latest-milestone: "v1.36"')
    const later = summaryOf(
      await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements }),
      true
    )
    expect(later).toContain('BatchAdmissionV2 kep-list kep-gate-unknown info')
  })

  it('a removal KEP whose gate enters the code after its first milestone fails; the rest is information', async () => {
    const trees = copyGates()
    edit(
      trees.enhancements,
      kep('sig-storage/4105-remove-hostpath-mounts'),
      'alpha: "v1.36"',
      'alpha: "v1.35"'
    )
    const all = summaryOf(
      await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements })
    )
    expect(all).toContain('DisableHostPathMounts kep-list gate-late error')
  })

  it('KEP-5495 is judged by its own policy: a default flipped early fails', async () => {
    const trees = copyGates()
    edit(
      trees.kubernetes,
      FEATURES,
      'Version: version.MustParse("1.37"), Default: true, PreRelease: featuregate.Deprecated',
      'Version: version.MustParse("1.37"), Default: false, PreRelease: featuregate.Deprecated'
    )
    edit(
      trees.kubernetes,
      LIST,
      /(- name: KubeProxyIPVS\n(?:.*\n){5}) {2}- default: true/,
      '$1  - default: false'
    )
    const report = await audit({ kubernetes: trees.kubernetes, enhancements: trees.enhancements })
    const ipvs = findingsOf(report).filter(f => f.gate === 'KubeProxyIPVS')
    expect(ipvs.map(f => `${f.kind} ${f.severity}`)).toEqual(['policy-spec error'])
    expect(ipvs[0]!.message).toContain(
      'the kep-5495 policy expects KubeProxyIPVS to be Default: true'
    )
  })

  it('a withdrawn KEP promises nothing; the template is no KEP', async () => {
    const all = findingsOf(await audit(FIXTURE))
    expect(all.some(f => f.evidence.some(e => e.file.includes('4110-withdrawn')))).toBe(false)
    expect(all.some(f => f.gate === 'MyFeature')).toBe(false)
  })
})
