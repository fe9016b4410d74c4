import { describe, expect, it } from '@jest/globals'
import { check } from '../../src/check.js'
import { CRITERIA } from '../../src/criteria/registry.js'
import { loadPolicy } from '../../src/policy/load.js'
import { CRITERION_IDS } from '../../src/criteria/registry.js'
import { fixture } from '../support/tree.js'

// The kubernetes/website criteria of CRITERIA.md section 5: their windows, severities and
// repository as the built-in policy states them, and the windows as a website run applies them.

const policy = await loadPolicy(CRITERION_IDS)

const CONTRACT: [id: string, stage: string, from: string, until: string | undefined][] = [
  ['docs-deprecation-notice', '1', '1', '4'],
  ['docs-announce-schedule', '2', '2', '4'],
  ['docs-feature-gate-page', '2', '2', undefined],
  ['migration-blog-post', '2', '2', undefined],
  ['docs-disabled-by-default', '3', '3', '4'],
  ['docs-ipvs-removed', '4', '4', undefined]
]

describe('website criteria windows (CRITERIA.md section 5)', () => {
  it.each(CONTRACT)('%s: stage %s, due from stage %s until %s', (id, stage, from, until) => {
    const criterion = CRITERIA.find(c => c.id === id)
    expect(criterion?.meta.repo).toBe('website')
    expect(policy.criteria[id]).toEqual({
      stage,
      due: until ? { from, until } : { from },
      severity: 'error'
    })
  })

  // The 1.40 tree at every release from 1.34 to 1.46: what is listed and whether it is due.
  const TARGETS: [target: string, listed: Record<string, 'due' | 'next'>][] = [
    [
      '1.34',
      {
        'docs-deprecation-notice': 'next',
        'docs-announce-schedule': 'next',
        'docs-feature-gate-page': 'next',
        'migration-blog-post': 'next',
        'docs-disabled-by-default': 'next',
        'docs-ipvs-removed': 'next'
      }
    ],
    [
      '1.36',
      {
        'docs-deprecation-notice': 'due',
        'docs-announce-schedule': 'next',
        'docs-feature-gate-page': 'next',
        'migration-blog-post': 'next',
        'docs-disabled-by-default': 'next',
        'docs-ipvs-removed': 'next'
      }
    ],
    [
      '1.42',
      {
        'docs-deprecation-notice': 'due',
        'docs-announce-schedule': 'due',
        'docs-feature-gate-page': 'due',
        'migration-blog-post': 'due',
        'docs-disabled-by-default': 'due',
        'docs-ipvs-removed': 'next'
      }
    ],
    [
      '1.43',
      { 'docs-feature-gate-page': 'due', 'migration-blog-post': 'due', 'docs-ipvs-removed': 'due' }
    ],
    [
      '1.100',
      { 'docs-feature-gate-page': 'due', 'migration-blog-post': 'due', 'docs-ipvs-removed': 'due' }
    ]
  ]

  it.each(TARGETS)('at %s', async (target, listed) => {
    const dir = fixture('website', '1.40')
    const report = await check({ repoDir: dir, target, policyBase: dir })
    const ids = CONTRACT.map(([id]) => id)
    const seen = Object.fromEntries(
      report.criteria
        .filter(c => ids.includes(c.id))
        .map(c => [c.id, c.status === 'next' ? 'next' : 'due'])
    )
    expect(seen).toEqual(listed)
  })
})
