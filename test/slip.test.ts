import { afterAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { check } from '../src/check.js'
import { CRITERIA, CRITERION_IDS } from '../src/criteria/registry.js'
import { plan, schedule } from '../src/plan.js'
import { renderPlanText, renderSchedule } from '../src/report/plan.js'
import { loadPolicy } from '../src/policy/load.js'
import { annotationsOf } from '../src/report/annotations.js'
import { renderJson } from '../src/report/json.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderText } from '../src/report/text.js'
import { parseMinor } from '../src/release/version.js'
import { copyFixture, edit } from './support/tree.js'

// Slips are the most common override a KEP gets: with stage 3 moved from 1.40 to 1.41, nothing
// kep-gate writes may still say 1.40. The tree is the 1.37 fixture with its own mentions of 1.40
// moved too, so any 1.40 left in an output is kep-gate's, not a quote from the checkout.

const SLIP = "stages:\n  '3': '1.41'\n"
const STALE = /(?<![\d.])v?1\.40(?![\d])/g

const dir = copyFixture('kubernetes', '1.37')
edit(dir, 'cmd/kube-proxy/app/server_linux.go', 'false in 1.40 "+', 'false in 1.41 "+')
edit(dir, 'pkg/features/kube_features.go', 'defaults to false in 1.40', 'defaults to false in 1.41')
writeFileSync(path.join(dir, 'kep-gate.yaml'), SLIP)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function filesUnder(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter(e => e.isFile())
    .map(e => path.join(e.parentPath, e.name))
}

/** Every output kep-gate renders for a target under the slipped policy. */
async function outputs(target: string): Promise<Record<string, string>> {
  const policy = await loadPolicy(CRITERION_IDS, { file: 'kep-gate.yaml', text: SLIP })
  const report = await check({ repoDir: dir, target, policyBase: dir, policy: 'kep-gate.yaml' })
  const p = plan(policy, CRITERIA, parseMinor(target)!)
  return {
    text: renderText(report),
    markdown: renderMarkdown(report),
    json: renderJson(report),
    annotations: JSON.stringify(annotationsOf(report)),
    plan: renderPlanText(p),
    'plan json': JSON.stringify(p),
    'README schedule': renderSchedule(schedule(policy, CRITERIA))
  }
}

describe('a policy that slips stage 3 to 1.41', () => {
  it('uses a checkout that no longer mentions 1.40 itself', () => {
    const mentions = filesUnder(dir).filter(f => STALE.test(readFileSync(f, 'utf8')))
    expect(mentions).toEqual([])
  })

  // Not at 1.40 itself: a report at 1.40 rightly says so.
  it.each(['1.38', '1.39', '1.41', '1.43'])(
    'renders no stale 1.40 in any output at %s',
    async target => {
      for (const [name, text] of Object.entries(await outputs(target))) {
        expect({ name, stale: text.match(STALE) }).toEqual({ name, stale: null })
      }
    }
  )

  it('moves the plan line and its explanation together', async () => {
    const text = (await outputs('1.38')).plan!
    const lines = text.split('\n')
    const at = lines.findIndex(l => l.includes('no-early-default-off ['))
    expect(lines[at]).toContain('until 1.41')
    expect(lines[at + 1]).toContain('before the stage 3 release (1.41)')
    expect(text).toContain('ipvs-mode-requires-gate [stage 3, error, from 1.41 until 1.43')
  })

  it('asks the warning for the slipped release', async () => {
    const report = await check({
      repoDir: dir,
      target: '1.38',
      policyBase: dir,
      policy: 'kep-gate.yaml'
    })
    const warning = report.criteria.find(c => c.id === 'warning-announces-schedule')!
    expect(warning.status).toBe('pass')
    expect(warning.message).toContain('names 1.41 and 1.43')
    expect(warning.explain).toContain('the stage 3 release (1.41)')
  })
})
