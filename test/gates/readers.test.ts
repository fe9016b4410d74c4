import { describe, expect, it } from '@jest/globals'
import { readFeatureList } from '../../src/evidence/feature-list.js'
import { readGatePage } from '../../src/evidence/gate-page.js'
import { readKep } from '../../src/evidence/kep-yaml.js'

describe('readGatePage', () => {
  const page = [
    '---',
    '# Removed from Kubernetes',
    'title: APIThing',
    'content_type: feature_gate',
    'build:',
    '  list: never',
    '  render: false',
    '',
    'stages:',
    '  - stage: alpha',
    '    defaultValue: false',
    '    fromVersion: "1.26"',
    '    toVersion: "1.26"  ',
    '  - stage: stable',
    '    defaultValue: true',
    '    locked: true',
    '    fromVersion: 1.40',
    'removed: true',
    '---',
    'Body text.',
    ''
  ].join('\n')

  it('reads stages with the line of every field, versions as written', () => {
    const read = readGatePage('p.md', page)
    expect(read).toMatchObject({ title: 'APIThing', removed: true, removedLine: 18, stagesLine: 9 })
    expect(read.stages).toEqual([
      {
        index: 0,
        line: 10,
        stage: 'alpha',
        stageLine: 10,
        defaultValue: false,
        defaultLine: 11,
        fromText: '1.26',
        from: { major: 1, minor: 26 },
        fromLine: 12,
        toText: '1.26',
        to: { major: 1, minor: 26 },
        toLine: 13,
        locked: undefined,
        lockedLine: undefined
      },
      expect.objectContaining({
        line: 14,
        stage: 'stable',
        locked: true,
        lockedLine: 16,
        fromText: '1.40',
        from: { major: 1, minor: 40 },
        toText: undefined
      })
    ])
  })

  it('reads CRLF pages alike, and a page without front matter as such', () => {
    expect(readGatePage('p.md', page.replaceAll('\n', '\r\n')).stages?.[1]?.fromText).toBe('1.40')
    expect(readGatePage('p.md', 'Just text\n')).toEqual({
      file: 'p.md',
      frontMatter: false,
      removed: false,
      stagesLine: 1
    })
  })

  it('names the file and line of front matter that is not YAML', () => {
    expect(() =>
      readGatePage('p.md', page.replace('defaultValue: true', 'defaultValue: [true'))
    ).toThrow(/^p\.md:1[56]: the front matter is not valid YAML/)
    expect(() => readGatePage('p.md', '---\ntitle: x\n')).toThrow(
      'p.md:1: the front matter opened by --- is never closed with ---'
    )
    expect(() => readGatePage('p.md', '---\n- a\n---\n')).toThrow(
      'p.md:2: the front matter must be a mapping'
    )
  })
})

describe('readKep', () => {
  const kep = [
    'title: A KEP',
    'kep-number: 4242',
    'authors:',
    '  - "@someone"',
    'status: implementable',
    'stage: beta # alpha|beta|stable',
    'latest-milestone: v1.37',
    'milestone:',
    '  alpha: "1.35"',
    '  beta: "v1.37"',
    '  stable: ""',
    '  deprecated: TBD',
    'feature-gates:',
    '  - name: "SomeGate"',
    '    components: [kube-apiserver]',
    '  - name: OtherGate',
    'metrics: [] #TBD',
    ''
  ].join('\n')

  it('reads stage, milestones as written and as releases, and the gates with their lines', () => {
    const read = readKep('keps/sig-x/4242-a/kep.yaml', kep)
    expect(read).toMatchObject({
      number: '4242',
      status: 'implementable',
      stage: 'beta',
      stageLine: 6,
      latestMilestone: { text: 'v1.37', version: { major: 1, minor: 37 }, line: 7 },
      featureGates: [
        { name: 'SomeGate', line: 14 },
        { name: 'OtherGate', line: 16 }
      ]
    })
    expect(
      read.milestones.map(m => [
        m.key,
        m.text,
        m.version && `${m.version.major}.${m.version.minor}`,
        m.line
      ])
    ).toEqual([
      ['alpha', '1.35', '1.35', 9],
      ['beta', 'v1.37', '1.37', 10],
      ['stable', '', undefined, 11],
      ['deprecated', 'TBD', undefined, 12]
    ])
  })

  it('takes the number from the folder when kep-number is missing, and 0.0 as no release', () => {
    const read = readKep(
      'keps/sig-x/1234-thing/kep.yaml',
      'title: T\nlatest-milestone: "0.0"\nfeature-gates:\n'
    )
    expect(read.number).toBe('1234')
    expect(read.latestMilestone?.version).toBeUndefined()
    expect(read.featureGates).toEqual([])
  })

  it('a broken kep.yaml is a DataError at its line; text that is no KEP too', () => {
    expect(() => readKep('k.yaml', kep.replace('stage: beta', 'stage: [beta'))).toThrow(
      /^k\.yaml:[67]: is not valid YAML/
    )
    expect(() => readKep('k.yaml', '- a\n- b\n')).toThrow('k.yaml:1: is not a KEP')
    expect(() => readKep('k.yaml', 'a\u0000b')).toThrow('k.yaml: is not a text file')
  })
})

describe('readFeatureList', () => {
  const list = [
    '- name: A',
    '  versionedSpecs:',
    '  - default: false',
    '    lockToDefault: false',
    '    preRelease: Alpha',
    '    version: "1.30"',
    '- name: B',
    '  versionedSpecs:',
    '  - default: [true',
    '- name: C',
    '  versionedSpecs:',
    '  - default: true',
    '    lockToDefault: true',
    '    preRelease: GA',
    '    version: "1.33"',
    '- name: A',
    '  versionedSpecs: []',
    ''
  ].join('\n')

  it('reads every gate; a broken entry and a gate listed twice are those gates’ problems only', () => {
    const read = readFeatureList('l.yaml', list)
    expect([...read.gates.keys()]).toEqual(['C'])
    expect(read.gates.get('C')).toMatchObject({ line: 10, specs: [{ version: '1.33', line: 12 }] })
    expect([...read.broken.keys()].sort()).toEqual(['A', 'B'])
    expect(read.broken.get('B')!.message).toMatch(/^l\.yaml:(9|10): is not valid YAML/)
    expect(read.broken.get('A')!.message).toBe(
      'l.yaml:16: gate A is listed twice (lines 1, 16): regenerate the list'
    )
  })
})
