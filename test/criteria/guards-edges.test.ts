// The schedule guards' messages, pinned: a change that comes early says what and where.
import { describe, expect, it } from '@jest/globals'
import { criterionResult, scratchTrees } from '../support/criterion.js'
import { edit, lineOf, remove } from '../support/tree.js'

const tree = scratchTrees()
const FEATURES = 'pkg/features/kube_features.go'
const SPEC_137 =
  '{Version: version.MustParse("1.37"), Default: true, PreRelease: featuregate.Deprecated}'

describe('schedule guards', () => {
  it('no-early-default-off: passes on the default, fails on false before 1.40 at the spec', async () => {
    const unchanged = tree('1.37', () => undefined)
    const ok = await criterionResult(unchanged, '1.37', 'no-early-default-off')
    expect(ok.message).toBe('KubeProxyIPVS still defaults to true at 1.37')
    expect(ok.evidence).toEqual([
      {
        file: FEATURES,
        line: lineOf(unchanged, FEATURES, 'MustParse("1.37")'),
        note: '{Version 1.37, Default: true, PreRelease: Deprecated, LockToDefault: false}'
      }
    ])
    const dir = tree('1.37', d =>
      edit(d, FEATURES, SPEC_137, SPEC_137.replace('Default: true', 'Default: false'))
    )
    const r = await criterionResult(dir, '1.37', 'no-early-default-off')
    expect(r.message).toBe(
      'KubeProxyIPVS defaults to false at 1.37, before 1.40: users were promised ipvs until then'
    )
    expect(r.evidence).toEqual([
      {
        file: FEATURES,
        line: lineOf(dir, FEATURES, 'MustParse("1.37")'),
        note: '{Version 1.37, Default: false, PreRelease: Deprecated, LockToDefault: false}'
      }
    ])
  })

  it('no-early-lock: passes unlocked, fails locked before 1.43 at the spec', async () => {
    const unchanged = tree('1.40', () => undefined)
    const ok = await criterionResult(unchanged, '1.40', 'no-early-lock')
    expect(ok.message).toBe('KubeProxyIPVS is not locked at 1.40')
    expect(ok.evidence).toEqual([
      {
        file: FEATURES,
        line: lineOf(unchanged, FEATURES, 'MustParse("1.40")'),
        note: '{Version 1.40, Default: false, PreRelease: Deprecated, LockToDefault: false}'
      }
    ])
    const dir = tree('1.37', d =>
      edit(d, FEATURES, SPEC_137, SPEC_137.replace('}', ', LockToDefault: true}'))
    )
    const r = await criterionResult(dir, '1.37', 'no-early-lock')
    expect(r.message).toBe(
      'KubeProxyIPVS is locked (LockToDefault: true) at 1.37, before 1.43: users can no longer turn ipvs back on'
    )
    expect(r.evidence[0]?.line).toBe(lineOf(dir, FEATURES, 'MustParse("1.37")'))
  })

  it('no-early-removal: the package gone before 1.43, said with the folder', async () => {
    const ok = await criterionResult(
      tree('1.40', () => undefined),
      '1.40',
      'no-early-removal'
    )
    expect(ok.message).toBe('nothing scheduled for later removal is gone at 1.40')
    const r = await criterionResult(
      tree('1.40', d => remove(d, 'pkg/proxy/ipvs')),
      '1.40',
      'no-early-removal'
    )
    expect(r.message).toBe('removed too early at 1.40: pkg/proxy/ipvs/ is gone before 1.43')
    expect(r.evidence).toEqual([{ file: 'pkg/proxy/ipvs/', note: 'no files' }])
  })

  it('no-early-removal: the package and the gate both gone, said together', async () => {
    const r = await criterionResult(
      tree('1.40', d => {
        remove(d, 'pkg/proxy/ipvs')
        edit(d, FEATURES, '\tKubeProxyIPVS featuregate.Feature = "KubeProxyIPVS"\n', '')
        edit(d, FEATURES, /\tKubeProxyIPVS: \{\n(?:\t\t[^\n]*\n)*\t\},\n/, '')
      }),
      '1.40',
      'no-early-removal'
    )
    expect(r.message).toBe(
      'removed too early at 1.40: pkg/proxy/ipvs/ is gone before 1.43; KubeProxyIPVS is gone before 1.46'
    )
    expect(r.evidence).toEqual([
      { file: 'pkg/proxy/ipvs/', note: 'no files' },
      { file: FEATURES, note: 'no KubeProxyIPVS' }
    ])
  })

  it('no-early-removal: before stage 2 a gate not declared yet is no removal', async () => {
    const r = await criterionResult(
      tree('1.35', () => undefined),
      '1.35',
      'no-early-removal'
    )
    expect(r.message).toBe('nothing scheduled for later removal is gone at 1.35')
  })
})
