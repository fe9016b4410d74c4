import { describe, expect, it } from '@jest/globals'
import { CRITERIA, CRITERION_IDS } from '../src/criteria/registry.js'
import { plan } from '../src/plan.js'
import { renderPlanText } from '../src/report/plan.js'
import { loadPolicy } from '../src/policy/load.js'
import { parseMinor } from '../src/release/version.js'

const at = async (target: string, policyText?: string) =>
  plan(
    await loadPolicy(CRITERION_IDS, policyText ? { file: 'p.yaml', text: policyText } : undefined),
    CRITERIA,
    parseMinor(target)!
  )
const states = (p: Awaited<ReturnType<typeof at>>) =>
  Object.fromEntries(p.items.map(i => [i.id, i.state]))

describe('plan', () => {
  it('at 1.40 lists what is due, what comes next, and drops closed windows', async () => {
    const p = await at('1.40')
    expect(p.stage).toBe('3')
    expect(states(p)).toMatchObject({
      'kube-proxy-warns': 'due',
      'ipvs-mode-requires-gate': 'due',
      'ipvs-package-removed': 'next',
      'gate-removed': 'next',
      'no-early-lock': 'due'
    })
    expect(states(p)).not.toHaveProperty('no-early-default-off')
  })

  it('moves windows with the stages a policy sets', async () => {
    expect(states(await at('1.40', "stages:\n  '3': '1.41'\n"))).toMatchObject({
      'ipvs-mode-requires-gate': 'next'
    })
  })

  it('lists disabled criteria as disabled, as the report shows them skipped', async () => {
    const p = await at('1.40', 'criteria:\n  kube-proxy-warns:\n    enabled: false\n')
    expect(states(p)).toMatchObject({ 'kube-proxy-warns': 'disabled' })
    const text = renderPlanText(p)
    expect(text.indexOf('kube-proxy-warns [')).toBeGreaterThan(
      text.indexOf('Disabled by the policy:')
    )
    expect(renderPlanText(await at('1.40'))).not.toContain('Disabled by the policy:')
  })

  it('renders due and coming criteria as text', async () => {
    const text = renderPlanText(await at('1.43'))
    expect(text).toMatch(/^KEP-5495 at 1\.43 \(stage 4\)/)
    expect(text.indexOf('ipvs-package-removed')).toBeLessThan(text.indexOf('Coming next:'))
    expect(text.indexOf('gate-removed [')).toBeGreaterThan(text.indexOf('Coming next:'))
  })
})
