// gate-declared, gate-spec and the schedule guards at the edges mutation testing found untested:
// the generated list missing, empty, in another shape or with versions written otherwise; a
// gate declared without specs, with only PreRelease wrong, or with every spec after the target;
// and a gate half removed before cleanup.
import { describe, expect, it } from '@jest/globals'
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { criterionResult, scratchTrees } from '../support/criterion.js'
import { edit, lineOf, remove } from '../support/tree.js'

const FEATURES = 'pkg/features/kube_features.go'
const LIST = 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'
const OLD_LIST = 'test/featuregates_linter/test_data/unversioned_feature_list.yaml'
const tree = scratchTrees()

const CONST = '\tKubeProxyIPVS featuregate.Feature = "KubeProxyIPVS"\n'
const SPECS =
  '\tKubeProxyIPVS: {\n\t\t{Version: version.MustParse("1.0"), Default: true, PreRelease: featuregate.GA},\n\t\t{Version: version.MustParse("1.37"), Default: true, PreRelease: featuregate.Deprecated},\n\t\t{Version: version.MustParse("1.40"), Default: false, PreRelease: featuregate.Deprecated},\n\t},\n'

/** The list without the gate's entry (its `- name:` block). */
function withoutListEntry(dir: string): void {
  const file = path.join(dir, LIST)
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/- name: KubeProxyIPVS\n(?: .*\n)*/, ''))
}

describe('gate-declared and the generated list', () => {
  it('fails when Go declares the gate and the list lacks it', async () => {
    const r = await criterionResult(tree('1.40', withoutListEntry), '1.40', 'gate-declared')
    expect(r.status).toBe('fail')
    expect(r.message).toBe(
      `${LIST} disagrees with ${FEATURES} about KubeProxyIPVS: regenerate the list (hack/update-featuregates.sh) or fix the Go`
    )
    expect(r.evidence).toEqual([
      { file: LIST, note: 'KubeProxyIPVS is missing from the generated list' }
    ])
  })

  it.each([
    ['empty', ''],
    ['[]', '[]\n']
  ])('fails on an %s list', async (_what, text) => {
    const dir = tree('1.40', d => writeFileSync(path.join(d, LIST), text))
    const r = await criterionResult(dir, '1.40', 'gate-declared')
    expect(r.status).toBe('fail')
    expect(r.evidence[0]?.note).toBe('KubeProxyIPVS is missing from the generated list')
  })

  it('passes without a list, saying nothing of one', async () => {
    const dir = tree('1.40', d => remove(d, LIST))
    const r = await criterionResult(dir, '1.40', 'gate-declared')
    expect(r.status).toBe('pass')
    expect(r.message).toBe('KubeProxyIPVS is declared with 3 spec entries')
    expect(r.evidence.map(e => e.file)).toEqual([FEATURES, FEATURES])
  })

  it('passes with the agreeing list, naming where', async () => {
    const dir = tree('1.40', () => undefined)
    const r = await criterionResult(dir, '1.40', 'gate-declared')
    expect(r.message).toBe(
      'KubeProxyIPVS is declared with 3 spec entries, and the generated list agrees'
    )
    expect(r.evidence).toEqual([
      { file: FEATURES, line: lineOf(dir, FEATURES, CONST.trim()), note: CONST.trim() },
      { file: FEATURES, line: lineOf(dir, FEATURES, 'KubeProxyIPVS: {') },
      { file: LIST, line: lineOf(dir, LIST, '- name: KubeProxyIPVS') }
    ])
  })

  it('reads a list indented as a whole, or with name: after the specs', async () => {
    const indented = tree('1.40', d => {
      const file = path.join(d, LIST)
      const text = readFileSync(file, 'utf8')
      writeFileSync(file, text.replace(/^/gm, '  ').replace(/ +$/, ''))
    })
    expect((await criterionResult(indented, '1.40', 'gate-declared')).status).toBe('pass')
  })

  it('fails an entry without versionedSpecs, at its line', async () => {
    const dir = tree('1.40', d =>
      edit(
        d,
        LIST,
        /- name: KubeProxyIPVS\n {2}versionedSpecs:\n/,
        '- name: KubeProxyIPVS\n  specs:\n'
      )
    )
    const r = await criterionResult(dir, '1.40', 'gate-declared')
    expect(r.status).toBe('fail')
    expect(r.message).toBe(
      `could not be checked: ${LIST}:${lineOf(dir, LIST, '- name: KubeProxyIPVS')}: gate KubeProxyIPVS has no versionedSpecs list`
    )
  })

  it.each([
    ['v1.40', false],
    ['1.40.1', false],
    ['10.1', true]
  ])('a list version written %s is %s a release', async (written, release) => {
    const dir = tree('1.40', d => edit(d, LIST, 'version: "1.40"', `version: "${written}"`))
    const r = await criterionResult(dir, '1.40', 'gate-declared')
    expect(r.status).toBe('fail')
    if (release) expect(r.message).toMatch(/disagrees with/)
    else expect(r.message).toContain(`version "${written}" should be written like "1.37"`)
  })

  it('compares the older FeatureSpec layout with its list at the target', async () => {
    const dir = tree('1.31-featurespec', d =>
      edit(
        d,
        OLD_LIST,
        /(- name: KubeProxyIPVS\n {2}versionedSpecs:\n {2}- default: )true/,
        '$1false'
      )
    )
    const r = await criterionResult(dir, '1.37', 'gate-declared')
    expect(r.status).toBe('fail')
    expect(r.evidence[0]).toMatchObject({
      file: OLD_LIST,
      note: 'list says {Default: false, PreRelease: GA, LockToDefault: false}, Go says {Default: true, PreRelease: GA, LockToDefault: false}'
    })
  })
})

describe('the gate and its specs', () => {
  it('declared but missing from the spec map: gate-declared and gate-spec fail', async () => {
    const dir = tree('1.40', d => edit(d, FEATURES, SPECS, ''))
    const declared = await criterionResult(dir, '1.40', 'gate-declared')
    expect(declared.message).toBe(
      'KubeProxyIPVS is declared but has no spec list in the feature gate map'
    )
    const spec = await criterionResult(dir, '1.40', 'gate-spec')
    expect(spec.message).toBe('KubeProxyIPVS has no spec list, so it has no spec at 1.40')
    const declaration = {
      file: FEATURES,
      line: lineOf(dir, FEATURES, CONST.trim()),
      note: CONST.trim()
    }
    expect(declared.evidence).toEqual([declaration])
    expect(spec.evidence).toEqual([declaration])
    // Half removed before cleanup is not removed: the declaration is still there.
    expect((await criterionResult(dir, '1.40', 'no-early-removal')).status).toBe('pass')
  })

  it('only the constant removed: not declared, and not gone either', async () => {
    const dir = tree('1.40', d => edit(d, FEATURES, CONST, ''))
    const declared = await criterionResult(dir, '1.40', 'gate-declared')
    expect(declared.message).toBe(
      'KubeProxyIPVS is not declared as a featuregate.Feature in pkg/features/kube_features.go or pkg/features/versioned_kube_features.go'
    )
    expect(declared.evidence).toEqual([{ file: FEATURES }])
    expect((await criterionResult(dir, '1.40', 'no-early-removal')).status).toBe('pass')
  })

  it('both removed before cleanup: removed too early', async () => {
    const dir = tree('1.40', d => {
      edit(d, FEATURES, CONST, '')
      edit(d, FEATURES, SPECS, '')
    })
    const r = await criterionResult(dir, '1.40', 'no-early-removal')
    expect(r.message).toBe('removed too early at 1.40: KubeProxyIPVS is gone before 1.46')
    expect(r.evidence).toEqual([{ file: FEATURES, note: 'no KubeProxyIPVS' }])
  })

  it('only PreRelease wrong: says that and nothing else', async () => {
    const dir = tree('1.40', d =>
      edit(
        d,
        FEATURES,
        '{Version: version.MustParse("1.40"), Default: false, PreRelease: featuregate.Deprecated}',
        '{Version: version.MustParse("1.40"), Default: false, PreRelease: featuregate.Beta}'
      )
    )
    const r = await criterionResult(dir, '1.40', 'gate-spec')
    expect(r.message).toBe(
      "at 1.40 KubeProxyIPVS's effective spec is {Version 1.40, Default: false, PreRelease: Beta, LockToDefault: false}: PreRelease should be Deprecated"
    )
    expect(r.evidence).toEqual([
      {
        file: FEATURES,
        line: lineOf(
          dir,
          FEATURES,
          '{Version: version.MustParse("1.40"), Default: false, PreRelease: featuregate.Beta}'
        ),
        note: '{Version 1.40, Default: false, PreRelease: Beta, LockToDefault: false}'
      }
    ])
  })

  it('every spec after the target: none applies, and the guards have nothing to judge', async () => {
    const dir = tree('1.40', d => {
      edit(
        d,
        FEATURES,
        '{Version: version.MustParse("1.0"), Default: true, PreRelease: featuregate.GA},\n\t\t{Version: version.MustParse("1.37")',
        '{Version: version.MustParse("1.41"), Default: true, PreRelease: featuregate.GA},\n\t\t{Version: version.MustParse("1.42")'
      )
      edit(
        d,
        FEATURES,
        '{Version: version.MustParse("1.40"), Default: false',
        '{Version: version.MustParse("1.44"), Default: false'
      )
    })
    const spec = await criterionResult(dir, '1.40', 'gate-spec')
    expect(spec.message).toBe("no entry of KubeProxyIPVS's spec list applies at 1.40")
    expect(spec.evidence).toEqual([
      { file: FEATURES, line: lineOf(dir, FEATURES, 'KubeProxyIPVS: {') }
    ])
    const early = await criterionResult(dir, '1.38', 'no-early-default-off')
    expect(early.message).toBe(
      'KubeProxyIPVS has no spec at this release, so it cannot be off early'
    )
    const lock = await criterionResult(dir, '1.38', 'no-early-lock')
    expect(lock.message).toBe(
      'KubeProxyIPVS has no spec at this release, so it cannot be locked early'
    )
  })

  it('at cleanup, a constant left alone is a leftover with its line', async () => {
    const dir = tree('1.46', d => appendFileSync(path.join(d, FEATURES), `\nconst (\n${CONST})\n`))
    const r = await criterionResult(dir, '1.46', 'gate-removed')
    expect(r.status).toBe('fail')
    expect(r.message).toMatch(
      /^KubeProxyIPVS is still in the tree in 1 place\(s\): pkg\/features\/kube_features\.go:\d+$/
    )
    expect(r.evidence[0]?.note).toBe('declaration')
  })
})

describe('the gate, misnamed, twice, or with several fields wrong', () => {
  it('a constant whose value is another name fails gate-declared at the constant', async () => {
    const dir = tree('1.40', d =>
      edit(d, FEATURES, CONST, CONST.replace('= "KubeProxyIPVS"', '= "KubeProxyIPVSX"'))
    )
    const r = await criterionResult(dir, '1.40', 'gate-declared')
    expect(r.message).toBe(
      'KubeProxyIPVS featuregate.Feature = "KubeProxyIPVSX" names the gate "KubeProxyIPVSX", not "KubeProxyIPVS": users enable a gate by its value, so the value must be "KubeProxyIPVS"'
    )
    expect(r.evidence).toEqual([
      {
        file: FEATURES,
        line: lineOf(dir, FEATURES, 'KubeProxyIPVSX'),
        note: 'KubeProxyIPVS featuregate.Feature = "KubeProxyIPVSX"'
      }
    ])
  })

  it('a gate twice in the spec map fails gate-declared and gate-spec at both entries', async () => {
    const dir = tree('1.40', d => edit(d, FEATURES, SPECS, SPECS + SPECS))
    for (const id of ['gate-declared', 'gate-spec']) {
      const r = await criterionResult(dir, '1.40', id)
      expect(r.message).toMatch(
        /^KubeProxyIPVS has 2 entries in the spec map \(pkg\/features\/kube_features\.go:\d+, pkg\/features\/kube_features\.go:\d+\): Go refuses a map literal with a key twice; keep one$/
      )
      expect(r.evidence.map(e => e.note)).toEqual(['KubeProxyIPVS: {…}', 'KubeProxyIPVS: {…}'])
    }
  })

  it('a gate twice in the list fails gate-declared at both entries', async () => {
    const dir = tree('1.40', d => {
      const file = path.join(d, LIST)
      const text = readFileSync(file, 'utf8')
      const block = /- name: KubeProxyIPVS\n(?: .*\n)*/.exec(text)![0]
      writeFileSync(file, text + block)
    })
    const r = await criterionResult(dir, '1.40', 'gate-declared')
    expect(r.message).toMatch(
      new RegExp(
        `^${LIST.replaceAll('.', '\\.')} lists KubeProxyIPVS 2 times \\(.+\\): regenerate the list \\(hack/update-featuregates\\.sh\\)$`
      )
    )
    const lines = readFileSync(path.join(dir, LIST), 'utf8')
      .split('\n')
      .flatMap((l, k) => (l === '- name: KubeProxyIPVS' ? [k + 1] : []))
    expect(lines).toHaveLength(2)
    expect(r.evidence.map(e => [e.file, e.line])).toEqual(lines.map(line => [LIST, line]))
  })

  it('several fields wrong are listed together; a missing lock says why the policy wants it', async () => {
    const dir = tree('1.43', d => {
      edit(
        d,
        FEATURES,
        /\{Version: version\.MustParse\("1\.43"\)[^}]*\}/,
        '{Version: version.MustParse("1.43"), Default: true, PreRelease: featuregate.GA}'
      )
    })
    const r = await criterionResult(dir, '1.43', 'gate-spec')
    expect(r.message).toBe(
      "at 1.43 KubeProxyIPVS's effective spec is {Version 1.43, Default: true, PreRelease: GA, LockToDefault: false}: Default should be false, LockToDefault should be true (the KEP's stage 4 says false, a slip: stage 2 and the gate lifecycle lock it before removal), PreRelease should be Deprecated"
    )
  })

  it('gate-spec is skipped where the policy expects no spec', async () => {
    const dir = tree('1.40', d =>
      writeFileSync(
        path.join(d, 'kep-gate.yaml'),
        "kubernetes:\n  gateSpec:\n    - from: '2'\n      until: '3'\n      default: true\n      lockToDefault: false\n      preRelease: [Deprecated]\n"
      )
    )
    const r = await criterionResult(dir, '1.40', 'gate-spec')
    expect(r).toMatchObject({
      status: 'skipped',
      message: 'the policy expects no particular spec at this release'
    })
  })

  it('at cleanup, every leftover is listed with what it is', async () => {
    const dir = tree('1.43', () => undefined)
    const r = await criterionResult(dir, '1.46', 'gate-removed')
    expect(r.status).toBe('fail')
    expect(r.evidence.slice(0, 3)).toEqual([
      { file: FEATURES, line: lineOf(dir, FEATURES, CONST.trim()), note: 'declaration' },
      { file: FEATURES, line: lineOf(dir, FEATURES, 'KubeProxyIPVS: {'), note: 'spec list' },
      { file: LIST, line: lineOf(dir, LIST, '- name: KubeProxyIPVS'), note: 'generated list entry' }
    ])
    expect(r.evidence.slice(3).every(e => /KubeProxyIPVS$/.test(e.note ?? ''))).toBe(true)
  })
})

describe('gate-spec and gate-removed when all is as scheduled, and policies that ask otherwise', () => {
  it('gate-spec passes the scheduled spec, at its line', async () => {
    const dir = tree('1.40', () => undefined)
    const r = await criterionResult(dir, '1.40', 'gate-spec')
    const spec = '{Version 1.40, Default: false, PreRelease: Deprecated, LockToDefault: false}'
    expect(r).toMatchObject({
      status: 'pass',
      message: `at 1.40 KubeProxyIPVS's effective spec is ${spec}, as scheduled`,
      evidence: [{ file: FEATURES, line: lineOf(dir, FEATURES, 'MustParse("1.40")'), note: spec }]
    })
  })

  it('a lock the policy does not want is named without a reason', async () => {
    const dir = tree('1.40', d =>
      edit(
        d,
        FEATURES,
        /(MustParse\("1\.40"\), Default: false, PreRelease: featuregate\.Deprecated)\}/,
        '$1, LockToDefault: true}'
      )
    )
    const r = await criterionResult(dir, '1.40', 'gate-spec')
    expect(r.message).toBe(
      "at 1.40 KubeProxyIPVS's effective spec is {Version 1.40, Default: false, PreRelease: Deprecated, LockToDefault: true}: LockToDefault should be false"
    )
  })

  it('several accepted pre-releases are named together', async () => {
    const dir = tree('1.40', d => {
      edit(
        d,
        FEATURES,
        'MustParse("1.40"), Default: false, PreRelease: featuregate.Deprecated}',
        'MustParse("1.40"), Default: false, PreRelease: featuregate.Beta}'
      )
      writeFileSync(
        path.join(d, 'kep-gate.yaml'),
        "kubernetes:\n  gateSpec:\n    - from: '3'\n      until: '4'\n      default: false\n      lockToDefault: false\n      preRelease: [Deprecated, GA]\n"
      )
    })
    const r = await criterionResult(dir, '1.40', 'gate-spec')
    expect(r.message).toMatch(/: PreRelease should be Deprecated or GA$/)
  })

  it('gate-removed passes when nothing of the gate is left', async () => {
    const r = await criterionResult(
      tree('1.46', () => undefined),
      '1.46',
      'gate-removed'
    )
    expect(r).toMatchObject({
      status: 'pass',
      message: 'KubeProxyIPVS is gone: no declaration, spec, list entry or use in product code'
    })
  })
})
