import { describe, expect, it } from '@jest/globals'
import { readFeatureListEntry } from '../../src/evidence/feature-list.js'

const LIST = `- name: AllowDNSOnlyNodeCSR
  versionedSpecs:
  - default: true
    lockToDefault: false
    preRelease: GA
    version: "1.0"
- name: KubeProxyIPVS
  versionedSpecs:
  - default: true
    lockToDefault: false
    preRelease: GA
    version: "1.0"
  - default: false
    lockToDefault: true
    preRelease: Deprecated
    version: "1.43"
- name: NFTablesProxyMode
  versionedSpecs:
  - default: true
    lockToDefault: false
    preRelease: Beta
    version: "1.31"
`

describe('readFeatureListEntry', () => {
  it("reads one gate's specs with the line of each entry", () => {
    expect(readFeatureListEntry('list.yaml', LIST, 'KubeProxyIPVS')).toEqual({
      name: 'KubeProxyIPVS',
      line: 7,
      layout: 'versioned',
      specs: [
        { version: '1.0', default: true, lockToDefault: false, preRelease: 'GA', line: 9 },
        { version: '1.43', default: false, lockToDefault: true, preRelease: 'Deprecated', line: 13 }
      ]
    })
  })

  it('does not take the next gate for this one', () => {
    expect(readFeatureListEntry('list.yaml', LIST, 'NFTablesProxyMode')?.specs).toHaveLength(1)
    expect(readFeatureListEntry('list.yaml', LIST, 'AllowDNSOnlyNodeCSR')?.specs[0]?.line).toBe(3)
  })

  it('answers undefined for a gate the list does not have', () => {
    expect(readFeatureListEntry('list.yaml', LIST, 'Missing')).toBeUndefined()
  })

  it('reads unversioned entries of older lists as applying everywhere', () => {
    const old =
      '- name: KubeProxyIPVS\n  versionedSpecs:\n  - default: true\n    lockToDefault: false\n    preRelease: GA\n    version: ""\n'
    expect(readFeatureListEntry('u.yaml', old, 'KubeProxyIPVS')?.specs[0]?.version).toBeUndefined()
  })

  it('names file and line for broken YAML inside the entry', () => {
    const broken = LIST.replace('    preRelease: Deprecated\n', '    preRelease: [Deprecated\n')
    expect(() => readFeatureListEntry('list.yaml', broken, 'KubeProxyIPVS')).toThrow(
      /^list\.yaml:\d+: is not valid YAML/
    )
  })

  it('refuses binary junk and text that is not a feature list', () => {
    expect(() => readFeatureListEntry('list.yaml', '\u0000\u0001\u0002', 'KubeProxyIPVS')).toThrow(
      'list.yaml: is not a text file (binary data where YAML was expected)'
    )
    expect(() => readFeatureListEntry('list.yaml', 'hello: world\n', 'KubeProxyIPVS')).toThrow(
      /list\.yaml:1: is not a feature list/
    )
  })

  it('reads an unquoted version as written, not as a number', () => {
    const unquoted = LIST.replace('version: "1.43"', 'version: 1.40')
    expect(readFeatureListEntry('list.yaml', unquoted, 'KubeProxyIPVS')?.specs[1]?.version).toBe(
      '1.40'
    )
  })

  it('refuses a version that is not a minor release', () => {
    const bad = LIST.replace('version: "1.43"', 'version: "soon"')
    expect(() => readFeatureListEntry('list.yaml', bad, 'KubeProxyIPVS')).toThrow(
      /list\.yaml:13: gate KubeProxyIPVS: version "soon"/
    )
  })
})
