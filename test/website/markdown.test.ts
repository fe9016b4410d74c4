import { describe, expect, it } from '@jest/globals'
import { DataError } from '../../src/errors.js'
import { findSection, paragraphs, shortcodeBody } from '../../src/evidence/markdown.js'
import { readMarkdown } from '../../src/evidence/markdown-read.js'

// The Markdown reader on small pages written here: it knows nothing of KEP-5495.

const PAGE = [
  '---', // 1
  'title: "Example"', // 2
  'stages:', // 3
  '  - stage: beta', // 4
  '    defaultValue: false', // 5
  '    fromVersion: 1.40', // 6
  '---', // 7
  '', // 8
  '## First {#first}', // 9
  '', // 10
  '{{< feature-state for_k8s_version=\'v1.2\' state="beta" >}}', // 11
  '<!--', // 12
  '{{< feature-state state="hidden" >}}', // 13
  '## Not a heading in a comment', // 14
  '-->', // 15
  '```yaml', // 16
  '# not a heading in code', // 17
  '{{< note >}}', // 18
  '```', // 19
  '### Child', // 20
  '{{% heading "whatsnext" %}}', // 21
  '{{< note >}}', // 22
  'A note that goes', // 23
  'over two lines.', // 24
  '{{< /note >}}', // 25
  '', // 26
  '## Second', // 27
  'Done. <!-- a trailing comment -->' // 28
].join('\n')

describe('readMarkdown', () => {
  const page = readMarkdown('page.md', PAGE)

  it('reads the front matter with line numbers and versions as written', () => {
    const fm = page.frontMatter!
    expect(fm.data.title).toBe('Example')
    expect(fm.start).toBe(1)
    expect(fm.end).toBe(7)
    expect(fm.lineOf('title')).toBe(2)
    expect(fm.lineOf('stages')).toBe(3)
    expect(fm.lineOf('missing')).toBeUndefined()
    expect(fm.source('title')).toBe('Example')
    expect(fm.source('stages')).toBeUndefined()
    expect((fm.data.stages as { fromVersion: unknown }[])[0]!.fromVersion).toBe(1.4)
    const versioned = readMarkdown('v.md', '---\n# a comment\nversion: 1.40\n---\n').frontMatter!
    expect([versioned.source('version'), versioned.data.version]).toEqual(['1.40', 1.4])
    expect(versioned.lineOf('version')).toBe(3)
  })

  it('reads front matter the line reader cannot through the library, to the same data', () => {
    // An anchor and a block scalar with a blank line: outside the line reader's subset.
    const text =
      '---\ntitle: &t "IPVS"\nalias: *t\nauthor: >\n  Jane\n\n  Doe\nweight: 2\n---\nbody\n'
    const fm = readMarkdown('lib.md', text).frontMatter!
    expect(fm.data).toEqual({ title: 'IPVS', alias: 'IPVS', author: 'Jane\nDoe\n', weight: 2 })
    expect([fm.lineOf('author'), fm.lineOf('weight'), fm.source('weight')]).toEqual([4, 8, '2'])
    expect(readMarkdown('empty.md', '---\n---\nbody\n').frontMatter).toMatchObject({
      data: {},
      end: 2
    })
  })

  it('finds headings outside comments and code, with their sections', () => {
    expect(page.headings.map(h => [h.level, h.text, h.anchor, h.line, h.end])).toEqual([
      [2, 'First', 'first', 9, 26],
      [3, 'Child', undefined, 20, 26],
      [2, 'Second', undefined, 27, 28]
    ])
  })

  it('reads shortcodes with their parameters, skipping comments and code', () => {
    expect(page.shortcodes.map(s => [s.name, s.closing, s.line, s.params, s.positional])).toEqual([
      ['feature-state', false, 11, { for_k8s_version: 'v1.2', state: 'beta' }, []],
      ['heading', false, 21, {}, ['whatsnext']],
      ['note', false, 22, {}, []],
      ['note', true, 25, {}, []]
    ])
  })

  it('gives a section, a shortcode body and paragraphs', () => {
    const section = findSection(page, { anchors: ['nope'], headings: ['child'] })!
    expect(section.heading.line).toBe(20)
    expect(section.shortcodes.map(s => s.line)).toEqual([21, 22, 25])
    const note = section.shortcodes.find(s => s.name === 'note')!
    expect(shortcodeBody(page, note).map(l => l.line)).toEqual([22, 23, 24, 25])
    expect(findSection(page, { anchors: ['first'], headings: [] })!.heading.line).toBe(9)
    const texts = paragraphs(section.lines).map(p => [p.line, p.text])
    expect(texts).toEqual([
      [
        20,
        '### Child {{% heading "whatsnext" %}} {{< note >}} A note that goes over two lines. {{< /note >}}'
      ]
    ])
    expect(page.lines.find(l => l.line === 28)!.comment).toBe(false)
    expect(page.lines.find(l => l.line === 13)!.comment).toBe(true)
  })

  it('reads a page without front matter', () => {
    const bare = readMarkdown('bare.md', '# Title\ntext\n')
    expect(bare.frontMatter).toBeUndefined()
    expect(bare.headings[0]!.line).toBe(1)
  })
})

describe('bad front matter', () => {
  it('names the file and the line of the YAML error', () => {
    const text = '---\ntitle: ok\nstages: [one\nweight: 2\n---\nbody\n'
    let error: unknown
    try {
      readMarkdown('bad.md', text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DataError)
    const { file, line, message } = error as DataError
    expect(file).toBe('bad.md')
    expect(line).toBeGreaterThanOrEqual(3)
    expect(line).toBeLessThanOrEqual(5)
    expect(message).toMatch(/^bad\.md:\d+: the front matter is not valid YAML: \S/)
    expect(message).not.toContain('\n')
  })

  it("refuses a front matter that expands without bound (an alias bomb) as the page's fault", () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) {
      const prev = i === 1 ? 'a' : 'b'.repeat(i - 1)
      bomb.push(`${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(9).fill(`*${prev}`).join(', ')}]`)
    }
    expect(() => readMarkdown('bomb.md', `---\n${bomb.join('\n')}\n---\nbody\n`)).toThrow(
      /^bomb\.md:2: the front matter cannot be read: /
    )
  })

  it('refuses a front matter that is not a mapping, and one never closed', () => {
    expect(() => readMarkdown('list.md', '---\n- a\n- b\n---\n')).toThrow(
      'list.md:2: the front matter must be a mapping'
    )
    expect(() => readMarkdown('open.md', '---\ntitle: x\n')).toThrow(
      'open.md:1: the front matter opened by --- is never closed'
    )
  })
})
