import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { FALLBACK, readBlockSubset } from '../../src/evidence/yaml-subset.js'
import { readWithLibrary, readYamlTree, type YamlNode } from '../../src/evidence/yaml-tree.js'

// The line reader must give exactly the tree the YAML library gives, or hand the text to it.

const KEYS = ['name', 'stage', 'version', 'default', 'fromVersion', 'kep-number', '_build', 'a.b']
const PLAIN = [
  'alpha',
  '1.40',
  '"1.40"',
  "'1.40'",
  'v1.37',
  'true',
  'False',
  'null',
  '~',
  '0x1F',
  '010',
  '-1',
  '+2',
  '.5',
  '1e3',
  '.inf',
  '"@thockin"',
  "'it''s'",
  'https://kep.k8s.io/1234',
  'a #comment',
  '"x" # quoted, then a comment',
  '2019-01-28',
  'yes',
  '[]',
  '{}',
  'two words',
  '"with \\"escape\\""',
  '[a, b]',
  '|',
  '&anchor x',
  '*alias',
  'key: value',
  'ends:',
  '"unterminated',
  '- dash',
  '',
  'metric{result="error|unschedulable"}',
  "it's",
  'a [b] {c}, d',
  '[\'x\', "y", z]',
  '[kube-apiserver, 1.40, true]',
  '[] # none yet',
  '{} # external',
  '# only a comment',
  "['it''s']",
  '[a, [b]]',
  '[a, ]',
  '["a,b"]',
  '[-1, -x, "q" # c]',
  'x >',
  'a|'
]

// Block scalars as front matter writes them (`author: >` and a name), and each thing that gives
// one rules of its own: blank, comment-like, deeper or space-ended lines, other indicators.
const BLOCK_HEADERS = ['|', '>', '|-', '>-', '|+', '>2', '> # note']
const BLOCK_LINES = [
  'Jane Doe (Acme)',
  'text',
  '',
  '# hash',
  '  deeper',
  'trailing ',
  'a: b',
  '- x',
  '"quoted"'
]

type Block = { kind: 'block'; header: string; lines: string[] }
type Doc =
  { kind: 'map'; entries: [string, Doc][] } | { kind: 'seq'; items: Doc[] } | Block | string

const block: fc.Arbitrary<Block> = fc.record({
  kind: fc.constant('block' as const),
  header: fc.constantFrom(...BLOCK_HEADERS),
  lines: fc.array(fc.constantFrom(...BLOCK_LINES), { maxLength: 4 })
})

const doc: fc.Arbitrary<Doc> = fc.letrec<{ node: Doc }>(tie => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...PLAIN),
    block,
    fc.record({
      kind: fc.constant('map' as const),
      entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie('node')), {
        minLength: 1,
        maxLength: 4,
        selector: e => e[0]
      })
    }),
    fc.record({
      kind: fc.constant('seq' as const),
      items: fc.array(tie('node'), { minLength: 1, maxLength: 3 })
    })
  )
})).node

/** Block YAML for a generated document, with a style choice per level (compact sequences, comments). */
function render(d: Doc, indent: number, compact: boolean, comments: boolean): string[] {
  const pad = ' '.repeat(indent)
  // A block scalar's lines, two deeper than what holds it.
  const body = (b: Block) => b.lines.map(l => (l === '' ? '' : `${pad}  ${l}`))
  if (typeof d === 'string') return [`${pad}${d}`]
  if (d.kind === 'block') return [`${pad}${d.header}`, ...body(d)]
  if (d.kind === 'map') {
    const out: string[] = []
    for (const [key, value] of d.entries) {
      if (comments) out.push(`${pad}# about ${key}`)
      if (typeof value === 'string') out.push(`${pad}${key}: ${value}`)
      else if (value.kind === 'block') out.push(`${pad}${key}: ${value.header}`, ...body(value))
      else {
        out.push(`${pad}${key}:`)
        const inner = value.kind === 'seq' && compact ? indent : indent + 2
        out.push(...render(value, inner, compact, comments))
      }
    }
    return out
  }
  const out: string[] = []
  for (const item of d.items) {
    if (typeof item === 'string') out.push(`${pad}- ${item}`)
    else if (item.kind === 'block') out.push(`${pad}- ${item.header}`, ...body(item))
    else if (item.kind === 'map') {
      const [first, ...rest] = render(item, indent + 2, compact, comments).filter(
        l => !l.trim().startsWith('#')
      )
      out.push(`${pad}- ${first!.trimStart()}`, ...rest)
    } else {
      out.push(`${pad}-`, ...render(item, indent + 2, compact, comments))
    }
  }
  return out
}

function strip(node: YamlNode | undefined): unknown {
  if (!node) return node
  if (node.kind === 'scalar') return { ...node }
  if (node.kind === 'seq') return { ...node, items: node.items.map(strip) }
  return {
    ...node,
    entries: [...node.entries].map(([k, e]) => [k, e.line, strip(e.value)])
  }
}

function viaLibrary(text: string): { tree?: unknown; error?: string } {
  try {
    return { tree: strip(readWithLibrary('f.yaml', text, 0, '')) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

function viaTree(text: string): { tree?: unknown; error?: string } {
  try {
    return { tree: strip(readYamlTree('f.yaml', text)) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

describe('readYamlTree', () => {
  it('gives the YAML library’s tree for any block document (property, fixed seed)', () => {
    fc.assert(
      fc.property(doc, fc.boolean(), fc.boolean(), fc.boolean(), (d, compact, comments, crlf) => {
        const text = render(d, 0, compact, comments).join(crlf ? '\r\n' : '\n') + '\n'
        expect(viaTree(text)).toEqual(viaLibrary(text))
      }),
      { seed: 5495, numRuns: 600 }
    )
  })

  it('with wanted keys, gives the library’s tree of those keys of a valid document (property)', () => {
    const keys = new Set(['name', 'stage', 'a.b'])
    fc.assert(
      fc.property(doc, fc.boolean(), (d, compact) => {
        const text = render(d, 0, compact, true).join('\n') + '\n'
        const library = viaLibrary(text)
        if (library.error) return
        const tree = library.tree as { kind: string; entries?: [string, ...unknown[]][] }
        const expected =
          tree?.kind === 'map'
            ? { ...tree, entries: tree.entries!.filter(([k]) => keys.has(k)) }
            : tree
        let actual: unknown
        try {
          actual = strip(readYamlTree('f.yaml', text, { keys }))
        } catch (error) {
          actual = (error as Error).message
        }
        if (tree?.kind === 'map' && expected.entries!.length > 0) {
          // The map's own line is its first kept key's when earlier keys were skipped.
          const line = (actual as { line?: number })?.line
          expect(actual).toEqual({ ...expected, line })
        } else if (tree?.kind !== 'map') expect(actual).toEqual(expected)
      }),
      { seed: 5495, numRuns: 400 }
    )
  })

  it('keeps versions as written and knows the lines of keys and items', () => {
    const text = [
      'stages:',
      '  - stage: beta # a comment',
      '    defaultValue: true',
      '    fromVersion: 1.40',
      '',
      '  - stage: stable',
      "    fromVersion: '1.43'",
      'removed: true'
    ].join('\n')
    const tree = readYamlTree('p.md', text, { firstLine: 2 })
    expect(tree?.kind).toBe('map')
    const map = tree as Extract<YamlNode, { kind: 'map' }>
    const stages = map.entries.get('stages')!
    expect(stages.line).toBe(2)
    const items = (stages.value as Extract<YamlNode, { kind: 'seq' }>).items
    expect(items.map(i => i.line)).toEqual([3, 7])
    const first = items[0] as Extract<YamlNode, { kind: 'map' }>
    expect(first.entries.get('fromVersion')?.value).toMatchObject({
      value: 1.4,
      source: '1.40',
      line: 5
    })
    expect(first.entries.get('stage')?.value).toMatchObject({ value: 'beta', source: 'beta' })
    expect(map.entries.get('removed')).toMatchObject({ line: 9, value: { value: true } })
  })

  it('reports broken YAML at its file line, through the library', () => {
    expect(() =>
      readYamlTree('p.md', 'stages:\n  - stage: beta\n    defaultValue: [true\n', {
        firstLine: 2,
        what: 'the front matter'
      })
    ).toThrow(/^p\.md:(4|5): the front matter is not valid YAML: /)
    expect(() => readYamlTree('k.yaml', 'a: 1\na: 2\n')).toThrow(/^k\.yaml:2: is not valid YAML/)
  })

  it('reads the block scalars of blog front matter itself, and hands the rest to the library', () => {
    // Every kubernetes/website blog post has `author: >`: the library's first call costs more
    // than reading all the pages a check reads.
    const post = 'layout: blog\ntitle: "IPVS"\nauthor: >\n  Jane Doe (Acme),\n  John Roe\nslug: x\n'
    const tree = readBlockSubset(post, 1, undefined)
    expect(tree).not.toBe(FALLBACK)
    expect((tree as Extract<YamlNode, { kind: 'map' }>).entries.get('author')).toEqual({
      line: 4,
      value: {
        kind: 'scalar',
        line: 4,
        value: 'Jane Doe (Acme), John Roe\n',
        source: 'Jane Doe (Acme), John Roe\n'
      }
    })
    expect(readBlockSubset('a: |-\n  one\n  two\n', 0, undefined)).toMatchObject({
      entries: new Map([['a', { line: 1, value: { value: 'one\ntwo' } }]])
    })
    // Only a value that is the indicator starts one: `x >` is a plain word.
    const plain = readBlockSubset('a: x >\nb: 1\n', 0, undefined) as Extract<
      YamlNode,
      { kind: 'map' }
    >
    expect(plain.entries.get('a')?.value).toMatchObject({ value: 'x >' })
    // Real comments around it, no deeper than its key, are comments still.
    const commented = '# by\nauthor: |\n  Jane\n# then\ntitle: x\n'
    expect(readBlockSubset(commented, 0, undefined)).toMatchObject({
      entries: new Map([
        ['author', { line: 2, value: { value: 'Jane\n' } }],
        ['title', { line: 5, value: { value: 'x' } }]
      ])
    })
    for (const text of [
      'a: >\n  one\n\n  two\n', // a blank line folds as a newline
      'a: >\n  one\n    two\n', // a deeper line is kept as it is
      'a: |\n  one\n  # two\n', // a # line is text
      'a: |\n  one  \n', // trailing spaces are text
      'a: |+\n  one\n', // keep the trailing newlines
      'a: >\nb: 1\n' // empty
    ])
      expect(readBlockSubset(text, 0, undefined)).toBe(FALLBACK)
  })

  it('reads an empty text as nothing', () => {
    expect(readYamlTree('e.yaml', '\n# only a comment\n')).toBeUndefined()
  })
})
