// Work that grows with hostile input grows linearly: four times the input may take about four
// times as long, never sixteen. Each case times the same work at n and 4n in this process (the
// best of three, after a warm-up) and compares the two: a ratio within the test, not a limit in
// seconds, so a slow or busy machine does not change the answer.
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { check } from '../../src/check.js'
import { readFeatureList } from '../../src/evidence/feature-list.js'
import { findSection } from '../../src/evidence/markdown.js'
import { readMarkdown } from '../../src/evidence/markdown-read.js'
import { globMatcher } from '../../src/gates/glob.js'
import { copyFixture } from '../support/tree.js'

/** Linear work grows 4x; quadratic 16x. Anything under 8x is linear with room for noise. */
const MAX_RATIO = 8

function bestOf3(work: () => unknown): number {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint()
    work()
    best = Math.min(best, Number(process.hrtime.bigint() - start))
  }
  return best
}

/**
 * A busy machine can stretch one timing (a GC, another process): a ratio over the limit is
 * measured again, up to three times. Quadratic work is over it every time; noise is not.
 */
async function expectRatioUnderMax(ratio: () => number | Promise<number>): Promise<void> {
  const ratios: number[] = []
  for (let attempt = 0; attempt < 3 && !(Math.min(...ratios) < MAX_RATIO); attempt++)
    ratios.push(await ratio())
  expect(Math.min(...ratios)).toBeLessThan(MAX_RATIO)
}

function expectLinear(make: (n: number) => () => unknown, n: number): Promise<void> {
  make(n / 4)() // warm-up: compiled code, not the interpreter, is what grows
  return expectRatioUnderMax(() => bestOf3(make(4 * n)) / bestOf3(make(n)))
}

function repeat(text: string, n: number): string {
  let out = ''
  for (let i = 0; i < n; i++) out += text.replaceAll('{n}', String(i))
  return out
}

const SECTION = { anchors: ['proxy-mode-ipvs'], headings: ['IPVS proxy mode'] }

describe('work linear in hostile input', () => {
  it('sections of a page of many headings', async () => {
    await expectLinear(n => {
      const page = `# Top\n\n### IPVS proxy mode {#proxy-mode-ipvs}\n\ntext\n\n${repeat('## h{n}\n\ntext\n\n', n)}`
      return () => findSection(readMarkdown('p.md', page), SECTION)
    }, 5000)
  })

  it('a front matter of many keys', async () => {
    await expectLinear(n => {
      const page = `---\ntitle: x\n${repeat('key{n}: value\n', n)}---\nbody\n`
      return () => readMarkdown('p.md', page)
    }, 5000)
  })

  it('a line of unclosed shortcodes, and paragraphs of unclosed comments', async () => {
    await expectLinear(n => {
      const page = `${repeat('{{< note ', n)}\n\n${repeat('<!-- a\n\n', n)}`
      return () => readMarkdown('p.md', page)
    }, 5000)
  })

  it('a generated feature list of many gates', async () => {
    await expectLinear(n => {
      const list = repeat(
        '- name: Gate{n}\n  versionedSpecs:\n  - default: false\n    lockToDefault: false\n    preRelease: Alpha\n    version: "1.30"\n',
        n
      )
      return () => readFeatureList('list.yaml', list)
    }, 2000)
  })

  it('a policy glob of many wildcards against a long name', async () => {
    const glob = globMatcher('*a*a*a*a*a*a*a*b')
    await expectLinear(n => {
      const text = 'a'.repeat(n)
      return () => glob.test(text)
    }, 20_000)
  })

  describe('the IPVS section repeating a future phrase', () => {
    const trees: string[] = []
    afterAll(() => {
      for (const t of trees) rmSync(t, { recursive: true, force: true })
    })

    it('is searched in time linear in its length', async () => {
      const time = async (n: number) => {
        const dir = copyFixture('website', '1.40')
        trees.push(dir)
        const file = path.join(dir, 'content/en/docs/reference/networking/virtual-ips.md')
        writeFileSync(
          file,
          `---\ntitle: Virtual IPs\n---\n### IPVS proxy mode {#proxy-mode-ipvs}\n\n${'will disabled by default '.repeat(n)}\n`
        )
        const settings = { repoDir: dir, target: '1.40', policyBase: dir }
        await check(settings)
        let best = Infinity
        for (let i = 0; i < 3; i++) {
          const start = process.hrtime.bigint()
          await check(settings)
          best = Math.min(best, Number(process.hrtime.bigint() - start))
        }
        return best
      }
      await expectRatioUnderMax(async () => (await time(32000)) / (await time(8000)))
    })
  })
})
