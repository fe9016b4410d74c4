// The feature list in shapes other than the generator's, and with wrong types: every entry read
// or refused at its line, never coerced.
import { describe, expect, it } from '@jest/globals'
import { readFeatureList } from '../../src/evidence/feature-list.js'

const entry = (name: string, extra = '') =>
  `- name: ${name}\n  versionedSpecs:\n  - version: "1.30"\n    default: true\n    lockToDefault: false\n    preRelease: Beta${extra}\n`

function brokenMessage(text: string, gate: string): string | undefined {
  return readFeatureList('l.yaml', text).broken.get(gate)?.message
}

describe('feature list shapes', () => {
  it('reads a preamble of comments and blank lines before the entries', () => {
    const list = readFeatureList('l.yaml', `# generated\n\n${entry('A')}${entry('B')}`)
    expect([...list.gates.keys()]).toEqual(['A', 'B'])
    expect(list.gates.get('B')).toMatchObject({ line: 9, specs: [{ line: 11, default: true }] })
  })

  it('reads the whole document when the generator’s shape does not hold', () => {
    const nameLast =
      '- versionedSpecs:\n  - default: false\n    lockToDefault: true\n    preRelease: GA\n    version: "1.31"\n  name: Late\n'
    const list = readFeatureList('l.yaml', entry('A') + nameLast)
    expect([...list.gates.keys()]).toEqual(['A', 'Late'])
    expect(list.gates.get('Late')).toMatchObject({
      line: 7,
      specs: [{ version: '1.31', default: false, lockToDefault: true, preRelease: 'GA' }]
    })
  })

  it('names every line of a gate listed three times', () => {
    expect(brokenMessage(entry('A') + entry('A') + entry('A'), 'A')).toBe(
      'l.yaml:13: gate A is listed 3 times (lines 1, 7, 13): regenerate the list'
    )
  })

  it.each([
    ['default: 1', 'default', '"1" (a number), not true or false'],
    ['default: [true]', 'default', 'a list, not true or false'],
    ['lockToDefault: ~', 'lockToDefault', '"~" (nothing), not true or false'],
    ['preRelease: 3', 'preRelease', '"3" (a number), not a pre-release such as Beta'],
    ['preRelease: ""', 'preRelease', '"" (a string), not a pre-release such as Beta'],
    ['preRelease: {a: 1}', 'preRelease', 'a mapping, not a pre-release such as Beta']
  ])('refuses %s at its line', (written, key, what) => {
    const text = entry('A')
      .replace(
        / {4}default: true\n/,
        key === 'default' ? `    ${written}\n` : '    default: true\n'
      )
      .replace(
        / {4}lockToDefault: false\n/,
        key === 'lockToDefault' ? `    ${written}\n` : '    lockToDefault: false\n'
      )
      .replace(
        / {4}preRelease: Beta\n/,
        key === 'preRelease' ? `    ${written}\n` : '    preRelease: Beta\n'
      )
    expect(brokenMessage(text, 'A')).toMatch(
      new RegExp(`^l\\.yaml:\\d: gate A: ${key} is ${what.replace(/[()[\]{}~]/g, '\\$&')}$`)
    )
  })

  it('an entry without a name, or a list that is no list, is the file’s problem', () => {
    expect(() => readFeatureList('l.yaml', '- versionedSpecs: []\n  other: x\n')).toThrow(
      'l.yaml:1: each gate should be a mapping with name and versionedSpecs'
    )
    expect(() => readFeatureList('l.yaml', 'gates:\n  - name: A\n')).toThrow(
      'l.yaml:1: is not a feature list: expected entries like "- name: SomeGate" with versionedSpecs'
    )
    expect(readFeatureList('l.yaml', '# nothing yet\n').gates.size).toBe(0)
  })

  it('a spec that is not a mapping is that gate’s problem', () => {
    const text = '- name: A\n  versionedSpecs:\n  - just text\n' + entry('B')
    expect(brokenMessage(text, 'A')).toBe('l.yaml:3: gate A: each spec should be a mapping')
    expect(readFeatureList('l.yaml', text).gates.has('B')).toBe(true)
  })
})

describe('feature list edges', () => {
  it('names both lines of a gate listed twice, even when its first entry is broken', () => {
    expect(brokenMessage(entry('A') + entry('A'), 'A')).toBe(
      'l.yaml:7: gate A is listed twice (lines 1, 7): regenerate the list'
    )
    const broken = '- name: A\n  versionedSpecs: [\n'
    const list = readFeatureList('l.yaml', broken + entry('B') + entry('A'))
    expect(list.broken.get('A')?.message).toBe(
      'l.yaml:9: gate A is listed twice (lines 1, 9): regenerate the list'
    )
    expect(list.duplicates.get('A')).toEqual([1, 9])
    expect([...list.gates.keys()]).toEqual(['B'])
  })

  it('reads CRLF line ends, quoted names and a document start marker', () => {
    const crlf = readFeatureList('l.yaml', (entry('A') + entry('"B"')).replaceAll('\n', '\r\n'))
    expect([...crlf.gates.keys()]).toEqual(['A', 'B'])
    expect(crlf.gates.get('B')).toMatchObject({ line: 7, specs: [{ line: 9, version: '1.30' }] })
    const marked = readFeatureList('l.yaml', `---\n${entry("'A'")}${entry('B')}`)
    expect([...marked.gates.keys()]).toEqual(['A', 'B'])
    expect(marked.gates.get('B')).toMatchObject({ line: 8 })
  })

  it('an empty list, in any spelling, has no gates', () => {
    for (const text of ['', '[]\n', '~\n', '---\n'])
      expect(readFeatureList('l.yaml', text).gates.size).toBe(0)
  })
})

describe('the generator’s shape: each entry on its own', () => {
  const BROKEN = '- name: Broken\n  versionedSpecs: [\n'
  const PREAMBLE = '# Code generated by hack/update-featuregates.sh.\n#\n  # DO NOT EDIT.\n\n'

  it.each([
    ['LF', (t: string) => t],
    ['CRLF', (t: string) => t.replaceAll('\n', '\r\n')]
  ])('a broken entry after a comment preamble is that gate’s problem only (%s)', (_, eol) => {
    const list = readFeatureList('l.yaml', eol(PREAMBLE + BROKEN + entry('"B"') + entry("'C'")))
    expect([...list.gates.keys()]).toEqual(['B', 'C'])
    expect(list.gates.get('C')).toMatchObject({ name: 'C', line: 13 })
    expect(list.broken.get('Broken')?.message).toMatch(/^l\.yaml:7: is not valid YAML: /)
  })

  it('an entry without versionedSpecs is that gate’s problem, at its line', () => {
    const list = readFeatureList(
      'l.yaml',
      entry('A') + '- name: Bare\n  since: "1.30"\n' + entry('C')
    )
    expect(list.broken.get('Bare')?.message).toBe('l.yaml:7: gate Bare has no versionedSpecs list')
    expect([...list.gates.keys()]).toEqual(['A', 'C'])
  })

  it('a list indented as a whole is read as one document', () => {
    const indented = entry('A')
      .split('\n')
      .map(l => (l ? `  ${l}` : l))
      .join('\n')
    expect(readFeatureList('l.yaml', indented).gates.get('A')).toMatchObject({
      line: 1,
      specs: [{ version: '1.30', default: true, preRelease: 'Beta', line: 3 }]
    })
  })

  it('a scalar is no feature list', () => {
    expect(() => readFeatureList('l.yaml', 'just some text\n')).toThrow(
      'l.yaml:1: is not a feature list: expected entries like "- name: SomeGate" with versionedSpecs'
    )
  })

  it('versions are minors as written: 10.1 is one, v1.40 and 1.40.1 are not', () => {
    const at = (version: string) =>
      readFeatureList('l.yaml', entry('A').replace('version: "1.30"', `version: "${version}"`))
    expect(at('10.1').gates.get('A')?.specs[0]?.version).toBe('10.1')
    for (const wrong of ['v1.40', '1.40.1'])
      expect(at(wrong).broken.get('A')?.message).toBe(
        `l.yaml:3: gate A: version "${wrong}" should be written like "1.37"`
      )
  })

  it('a spec without version or lockToDefault applies everywhere, unlocked', () => {
    const text = '- name: A\n  versionedSpecs:\n  - default: true\n    preRelease: GA\n'
    expect(readFeatureList('l.yaml', text).gates.get('A')?.specs).toEqual([
      { version: undefined, default: true, lockToDefault: false, preRelease: 'GA', line: 3 }
    ])
  })
})
