import { afterEach, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { CRITERION_IDS } from '../../src/criteria/registry.js'
import { readMarkdown } from '../../src/evidence/markdown-read.js'
import { filesOf } from '../../src/evidence/repo.js'
import { loadPolicy } from '../../src/policy/load.js'
import { escapeRegExp } from '../../src/criteria/words.js'
import { copyFixture, edit } from '../support/tree.js'
import { at, byId, MODES, places, runCheck } from './support.js'

// What the IPVS section says as a reader sees it: comments hidden, present tense told from future,
// a feature-state naming the wrong release never excused by a note.

const copies: string[] = []
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function tree(era: string, change: (dir: string) => void): string {
  const dir = copyFixture('website', era)
  copies.push(dir)
  change(dir)
  return dir
}

// The IPVS paragraph of the modes page in each era tree, from its first words to its last line.
const SCHEDULE_1_37 =
  /The `ipvs` mode is deprecated\. From Kubernetes v1\.40[^]*?Plan a move to[^\n]*/
const DISABLED_1_40 = /Since Kubernetes v1\.40 the `ipvs` mode[^]*?move to \[`nftables`\][^\n]*/

describe('text inside HTML comments is not evidence', () => {
  it('an inline comment naming the schedule does not announce it', async () => {
    const dir = tree('1.37', d =>
      edit(
        d,
        MODES,
        SCHEDULE_1_37,
        'The ipvs mode is deprecated. <!-- TODO: say v1.40 and v1.43, mention KubeProxyIPVS -->'
      )
    )
    const result = byId(await runCheck(dir, '1.37'), 'docs-announce-schedule')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('does not name v1.40 or v1.43 or the KubeProxyIPVS gate')
    expect(places(result)).toEqual([at(dir, MODES, '### IPVS proxy mode')])
  })

  it('a comment spanning lines hides the text on every line it covers', async () => {
    const dir = tree('1.37', d =>
      edit(
        d,
        MODES,
        SCHEDULE_1_37,
        'The ipvs mode is deprecated. <!-- TODO: from v1.40 the\n`KubeProxyIPVS` gate is off; gone in v1.43 --> Plan a move to nftables.'
      )
    )
    const result = byId(await runCheck(dir, '1.37'), 'docs-announce-schedule')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('does not name v1.40 or v1.43 or the KubeProxyIPVS gate')
  })

  it('visible text around an inline comment still counts', async () => {
    const dir = tree('1.37', d =>
      edit(d, MODES, 'From Kubernetes v1.40 the', 'From Kubernetes v1.40 <!-- (check) --> the')
    )
    const result = byId(await runCheck(dir, '1.37'), 'docs-announce-schedule')
    expect(result.status).toBe('pass')
  })

  it('"disabled by default" inside an inline comment does not say it', async () => {
    const dir = tree('1.40', d =>
      edit(
        d,
        MODES,
        DISABLED_1_40,
        'The `ipvs` mode <!-- is disabled by default and needs the `KubeProxyIPVS` feature gate --> is still here.'
      )
    )
    const result = byId(await runCheck(dir, '1.40'), 'docs-disabled-by-default')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, MODES, '### IPVS proxy mode')])
  })

  it('the reader gives visible text, keeping the line as written apart', () => {
    const page = readMarkdown(
      'p.md',
      ['a <!-- one --> b', 'c <!-- two', 'hidden', 'still --> d', '<!-- all -->'].join('\n')
    )
    expect(page.lines.map(l => [l.text, l.comment])).toEqual([
      ['a  b', false],
      ['c ', false],
      ['', true],
      [' d', false],
      ['', true]
    ])
    expect(page.lines.map(l => l.raw)).toEqual([
      'a <!-- one --> b',
      'c <!-- two',
      'hidden',
      'still --> d',
      '<!-- all -->'
    ])
  })
})

describe('docs-disabled-by-default tells present from future by the phrase itself', () => {
  const disabled = async (sentence: string) => {
    const dir = tree('1.40', d => edit(d, MODES, DISABLED_1_40, sentence))
    return { dir, result: byId(await runCheck(dir, '1.40'), 'docs-disabled-by-default') }
  }

  it('passes present tense with another verb in the future', async () => {
    const { dir, result } = await disabled(
      'The `ipvs` mode is disabled by default, and kube-proxy will exit with an error unless the `KubeProxyIPVS` feature gate is turned on.'
    )
    expect(result.status).toBe('pass')
    expect(places(result)).toEqual([at(dir, MODES, 'is disabled by default, and kube-proxy')])
  })

  it('passes present tense followed by a future removal', async () => {
    const { result } = await disabled(
      'The `ipvs` mode is disabled by default (turn on the `KubeProxyIPVS` feature gate) and will be removed in a future release.'
    )
    expect(result.status).toBe('pass')
  })

  it.each([
    'The `ipvs` mode will be disabled by default; turn on the `KubeProxyIPVS` feature gate.',
    'The `ipvs` mode will soon be off by default; turn on the `KubeProxyIPVS` feature gate.',
    'The `ipvs` mode is going to be disabled by default; turn on the `KubeProxyIPVS` feature gate.',
    'In a future release the `ipvs` mode is disabled by default; turn on the `KubeProxyIPVS` feature gate.'
  ])('fails the future form "%s"', async sentence => {
    const { dir, result } = await disabled(sentence)
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, MODES, 'by default; turn on')])
    expect(result.message).toContain('still says ipvs mode will be disabled by default')
  })
})

describe('docs-deprecation-notice with a feature-state naming another release', () => {
  it('fails at the shortcode even when a note says deprecated', async () => {
    const dir = tree('1.35', d =>
      edit(
        d,
        MODES,
        'for_k8s_version="v1.35" state="deprecated"',
        'for_k8s_version="v1.36" state="deprecated"'
      )
    )
    const result = byId(await runCheck(dir, '1.35'), 'docs-deprecation-notice')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, MODES, 'for_k8s_version="v1.36"')])
    expect(result.message).toContain('ipvs mode was deprecated in v1.35')
  })
})

describe('shared policy primitives', () => {
  const errorOf = async (text: string) => {
    try {
      await loadPolicy(CRITERION_IDS, { file: 'kep-gate.yaml', text })
    } catch (error) {
      return (error as Error).message
    }
    throw new Error('expected the policy to be rejected')
  }

  it('refuses a website path that starts with "-", as the backports paths do', async () => {
    expect(await errorOf('website:\n  modesPage: --output=x.md\n')).toMatch(
      /kep-gate\.yaml:2: website\.modesPage: must be a path inside the repository .*"-"/
    )
    expect(await errorOf('kubernetes:\n  ipvsPackage: -pkg/proxy/ipvs\n')).toMatch(
      /kep-gate\.yaml:2: kubernetes\.ipvsPackage: must be a path inside the repository/
    )
    expect(await errorOf('backports:\n  paths: [-x]\n')).toMatch(
      /kep-gate\.yaml:2: backports\.paths\.0: must be a path inside the repository .*"-"/
    )
  })

  it('refuses an unknown stage in the website parameters', async () => {
    expect(await errorOf("website:\n  announce: ['3', '5']\n")).toMatch(
      /kep-gate\.yaml:2: website\.announce\.1/
    )
  })
})

describe('shared text helpers', () => {
  it('escapeRegExp matches data literally', () => {
    const word = 'a.b*(c)[d]{1}+?^$|\\'
    expect(new RegExp(`^${escapeRegExp(word)}$`).test(word)).toBe(true)
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false)
  })

  it('filesOf lists each file of the hits once, in order', () => {
    const hit = (file: string, line: number) => ({ file, line, text: '' })
    expect(filesOf([hit('b.md', 1), hit('a.md', 2), hit('b.md', 3)])).toEqual(['b.md', 'a.md'])
  })
})
