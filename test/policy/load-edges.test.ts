// A user's policy file at the edges: duplicate keys, alias bombs, null sections, comments only,
// misordered stages, exemptions of unknown criteria, keys at the top level, and several
// mistakes at once, each with the file and line.
import { describe, expect, it } from '@jest/globals'
import { CRITERION_IDS } from '../../src/criteria/registry.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadPolicy } from '../../src/policy/load.js'
import { readPlainPolicy } from '../../src/prepare.js'

const load = (text: string) => loadPolicy(CRITERION_IDS, { file: 'kep-gate.yaml', text })

async function errorOf(text: string): Promise<string> {
  const error = await load(text).catch((e: Error) => e)
  if (!(error instanceof Error)) throw new Error('expected the policy to be rejected')
  expect(error.message).not.toMatch(/\n/)
  return error.message
}

describe('a policy file at the edges', () => {
  it('a key twice is refused at the second, naming both lines', async () => {
    expect(await errorOf('kep: "5495"\ntitle: x\nkep: "5496"\n')).toBe(
      'kep-gate.yaml:3: not valid YAML: the key "kep" is there twice (lines 1 and 3); keep one'
    )
  })

  it('an alias bomb is refused as unusable, not expanded', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${'b'.repeat(i)}: &${'a'.repeat(i + 1)} [${`*${'a'.repeat(i)}, `.repeat(9)}*${'a'.repeat(i)}]`
      )
    expect(await errorOf(bomb.join('\n'))).toMatch(/^kep-gate\.yaml: not usable as a policy: /)
  })

  it('a file of comments is the built-in policy', async () => {
    expect(await load('# nothing to change yet\n')).toEqual(await loadPolicy(CRITERION_IDS))
  })

  it('an empty section is a schema error at its line, not a crash', async () => {
    expect(await errorOf('kep: "5495"\nwebsite:\n')).toMatch(
      /^the policy is not valid: kep-gate\.yaml:2: website: /
    )
  })

  it('stages must go forward: an earlier major, or the same minor, is refused', async () => {
    expect(await errorOf("stages:\n  '3': '0.50'\n")).toBe(
      'the policy is not valid: kep-gate.yaml:2: stages.3: 0.50 must come after stage 2 (1.37)'
    )
    expect(await errorOf("stages:\n  '3': '1.37'\n")).toBe(
      'the policy is not valid: kep-gate.yaml:2: stages.3: 1.37 must come after stage 2 (1.37)'
    )
    expect((await load("stages:\n  '3': '1.38'\n")).stages['3']).toBe('1.38')
    // A built-in stage left behind is named at the user's `stages:`.
    expect(await errorOf("stages:\n  '2': '1.44'\n")).toBe(
      'the policy is not valid: kep-gate.yaml:1: stages.3: 1.40 must come after stage 2 (1.44)'
    )
  })

  it('several mistakes are reported together', async () => {
    expect(
      await errorOf("stages:\n  '3': '1.30'\nexemptions:\n  - criterion: nope\n    reason: x\n")
    ).toBe(
      'the policy is not valid: kep-gate.yaml:4: exemptions[0].criterion: "nope" is not a criterion id; kep-gate.yaml:2: stages.3: 1.30 must come after stage 2 (1.37)'
    )
  })

  it('an exemption names a criterion that exists', async () => {
    const ok = await load('exemptions:\n  - criterion: gate-spec\n    reason: tracked elsewhere\n')
    expect(ok.exemptions).toEqual([{ criterion: 'gate-spec', reason: 'tracked elsewhere' }])
    expect(await errorOf('exemptions:\n  - criterion: gate-spek\n    reason: typo\n')).toBe(
      'the policy is not valid: kep-gate.yaml:2: exemptions[0].criterion: "gate-spek" is not a criterion id'
    )
  })

  it('criteria that are not a mapping are one schema error, not a list of letters', async () => {
    const message = await errorOf('criteria: abc\n')
    expect(message).toMatch(/^the policy is not valid: kep-gate\.yaml:1: criteria: /)
    expect(message).not.toContain('criteria.0')
  })

  it('unknown keys at the top level are named together, with the line of the first', async () => {
    expect(await errorOf('kep: "5495"\ncritera: {}\nstagez: {}\n')).toBe(
      'the policy is not valid: kep-gate.yaml:2: (top level): unknown key "critera", "stagez" (check the spelling)'
    )
  })
})

describe('a policy file that is not a mapping, or named on the command line', () => {
  it('a list or a scalar is refused at line 1, saying what a policy is', async () => {
    for (const text of ['- stages\n- criteria\n', 'just some text\n']) {
      expect(await errorOf(text)).toBe(
        'kep-gate.yaml:1: a policy file is a mapping of keys (stages, kubernetes, criteria, exemptions)'
      )
    }
  })

  it('YAML that does not parse is refused at its line', async () => {
    expect(await errorOf('kep: "5495"\nstages: [1.37\n')).toMatch(
      /^kep-gate\.yaml:\d: not valid YAML: \S/
    )
  })

  it('reads a file named relative to the working folder, and names one that is missing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-policy-'))
    const file = path.join(dir, 'kep-gate.yaml')
    writeFileSync(file, 'kep: "5495"\n')
    expect(await readPlainPolicy(file)).toEqual({
      file: path.relative(process.cwd(), file),
      text: 'kep: "5495"\n'
    })
    const missing = path.join(dir, 'absent.yaml')
    const error = await readPlainPolicy(missing).catch((e: Error) => e)
    expect((error as Error).message).toMatch(
      new RegExp(`^policy file "${missing.replaceAll('.', '\\.')}" .+: give a path to a YAML file$`)
    )
  })
})
