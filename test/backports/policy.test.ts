import { describe, expect, it } from '@jest/globals'
import { CRITERION_IDS } from '../../src/criteria/registry.js'
import { loadPolicy } from '../../src/policy/load.js'

async function errorOf(text: string): Promise<string> {
  try {
    await loadPolicy(CRITERION_IDS, { file: 'kep-gate.yaml', text })
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the policy was accepted')
}

/** The 1-based line of the first line holding text. */
const line = (text: string, needle: string) =>
  text.split('\n').findIndex(l => l.includes(needle)) + 1

describe('the backports policy section', () => {
  it('has the built-in values of CRITERIA.md section 6', async () => {
    const { backports } = await loadPolicy(CRITERION_IDS)
    expect(backports.branches).toEqual(['release-1.34', 'release-1.33'])
    expect(backports.paths).toEqual(['pkg/proxy/nftables/'])
    expect(backports.sinceBranchPoint).toBe('release-1.33')
    expect(backports.bugLabel).toBe('kind/bug')
    expect(new RegExp(backports.fixPattern, 'i').test('Fix nftables iifname matching')).toBe(true)
    expect(new RegExp(backports.fixPattern, 'i').test('Add prefix support')).toBe(false)
  })

  it('refuses an exemption without a reason, naming its line', async () => {
    const text = 'backports:\n  exemptions:\n    - pr: 134024\n      reason: ""\n'
    expect(await errorOf(text)).toContain(
      `kep-gate.yaml:${line(text, 'reason')}: backports.exemptions.0.reason: a backport exemption needs a reason`
    )
    const missing = 'backports:\n  exemptions:\n    - pr: 134024\n'
    expect(await errorOf(missing)).toMatch(/backports\.exemptions\.0\.reason/)
  })

  it('refuses names git could read as an option or a range', async () => {
    const text = "backports:\n  branches: ['--upload-pack=evil']\n  since: 'v1.33..v1.34'\n"
    const error = await errorOf(text)
    expect(error).toContain(
      `kep-gate.yaml:${line(text, 'branches')}: backports.branches.0: must be a branch name`
    )
    expect(error).toContain(
      `kep-gate.yaml:${line(text, 'since')}: backports.since: must be one revision`
    )
  })

  it('refuses a fix pattern that is not a regular expression, and a bad cutoff release', async () => {
    const text = "backports:\n  fixPattern: '(fix'\n  cutoffs:\n    '1.x': master\n"
    const error = await errorOf(text)
    expect(error).toContain(`kep-gate.yaml:${line(text, 'fixPattern')}: backports.fixPattern`)
    expect(error).toMatch(/backports\.cutoffs\.1\.x/)
  })
})
