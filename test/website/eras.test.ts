import { describe, expect, it } from '@jest/globals'
import { check } from '../../src/check.js'
import type { Status } from '../../src/report/types.js'
import path from 'node:path'
import { FIXTURES, fixture } from '../support/tree.js'
import {
  at,
  byId,
  GATE_PAGE,
  MODES,
  nthAt,
  places,
  POST,
  runCheck,
  WEBSITE_IDS,
  websiteStatuses
} from './support.js'

// Each website era tree, checked at its own release: the website criteria due then pass with
// evidence at the places found in the tree (lineOf), later ones are "next", closed ones absent.

interface Era {
  era: string
  stage: string
  criteria: Record<string, Status>
  evidence: (dir: string) => Record<string, string[]>
}

const notice = (d: string) => [at(d, MODES, 'for_k8s_version="v1.35" state="deprecated"')]
const post = (d: string) => [at(d, POST, 'title: "Migrating kube-proxy from IPVS to nftables"')]

const ERAS: Era[] = [
  {
    era: '1.35',
    stage: '1',
    criteria: {
      'docs-deprecation-notice': 'pass',
      'docs-announce-schedule': 'next',
      'docs-feature-gate-page': 'next',
      'migration-blog-post': 'next',
      'docs-disabled-by-default': 'next',
      'docs-ipvs-removed': 'next'
    },
    evidence: d => ({ 'docs-deprecation-notice': notice(d) })
  },
  {
    era: '1.37',
    stage: '2',
    criteria: {
      'docs-deprecation-notice': 'pass',
      'docs-announce-schedule': 'pass',
      'docs-feature-gate-page': 'pass',
      'migration-blog-post': 'pass',
      'docs-disabled-by-default': 'next',
      'docs-ipvs-removed': 'next'
    },
    evidence: d => ({
      'docs-deprecation-notice': notice(d),
      'docs-announce-schedule': [
        at(d, MODES, 'From Kubernetes v1.40'),
        at(d, MODES, 'removed in v1.43'),
        at(d, MODES, 'From Kubernetes v1.40')
      ],
      'docs-feature-gate-page': [nthAt(d, GATE_PAGE, '- stage: deprecated', 1)],
      'migration-blog-post': post(d)
    })
  },
  {
    era: '1.40',
    stage: '3',
    criteria: {
      'docs-deprecation-notice': 'pass',
      'docs-announce-schedule': 'pass',
      'docs-feature-gate-page': 'pass',
      'migration-blog-post': 'pass',
      'docs-disabled-by-default': 'pass',
      'docs-ipvs-removed': 'next'
    },
    evidence: d => ({
      'docs-deprecation-notice': notice(d),
      'docs-announce-schedule': [
        at(d, MODES, 'Since Kubernetes v1.40'),
        at(d, MODES, 'removed in v1.43'),
        at(d, MODES, '`KubeProxyIPVS`')
      ],
      'docs-feature-gate-page': [nthAt(d, GATE_PAGE, '- stage: deprecated', 2)],
      'migration-blog-post': post(d),
      'docs-disabled-by-default': [at(d, MODES, 'disabled by default')]
    })
  },
  {
    era: '1.43',
    stage: '4',
    criteria: {
      'docs-feature-gate-page': 'pass',
      'migration-blog-post': 'pass',
      'docs-ipvs-removed': 'pass'
    },
    evidence: d => ({
      'docs-feature-gate-page': [nthAt(d, GATE_PAGE, '- stage: deprecated', 2)],
      'migration-blog-post': post(d)
    })
  },
  {
    era: '1.46',
    stage: 'cleanup',
    criteria: {
      'docs-feature-gate-page': 'pass',
      'migration-blog-post': 'pass',
      'docs-ipvs-removed': 'pass'
    },
    evidence: d => ({
      'docs-feature-gate-page': [at(d, GATE_PAGE, 'removed: true')],
      'migration-blog-post': post(d)
    })
  }
]

describe('each website era passes at its own release', () => {
  it.each(ERAS)('$era', async ({ era, stage, criteria, evidence }) => {
    const dir = fixture('website', era)
    const report = await runCheck(dir, era)
    expect(report.kind).toBe('website')
    expect(report.stage).toBe(stage)
    expect(websiteStatuses(report)).toEqual(criteria)
    expect(report.result).toBe('pass')
    expect(report.errors).toEqual([])
    const expected = evidence(dir)
    for (const id of WEBSITE_IDS) {
      const result = report.criteria.find(c => c.id === id)
      if (result?.status !== 'pass') continue
      expect({ id, places: places(result) }).toEqual({
        id,
        places: [...(expected[id] ?? [])].sort()
      })
    }
  })

  it('finds its target in hugo.toml on main, and in a dev-1.40 base branch', async () => {
    const dir = fixture('website', '1.40')
    const fromHugo = await runCheck(dir)
    expect(fromHugo.target).toBe('1.40')
    expect(fromHugo.targetSource).toBe('hugo.toml latest = "v1.40"')
    const fromBranch = await check({ repoDir: dir, policyBase: dir, baseRef: 'dev-1.43' })
    expect(fromBranch.target).toBe('1.43')
    expect(byId(fromBranch, 'docs-ipvs-removed').status).toBe('fail')
  })
})

describe('the bundled example', () => {
  it('examples/website passes at the release its hugo.toml names', async () => {
    const dir = path.join(FIXTURES, '..', '..', 'examples', 'website')
    const report = await runCheck(dir)
    expect(report.targetSource).toBe('hugo.toml latest = "v1.40"')
    expect(report.result).toBe('pass')
    expect(Object.values(websiteStatuses(report)).filter(s => s === 'pass')).toHaveLength(5)
  })
})

describe('both repositories in one report', () => {
  it('a website run lists the due kubernetes/kubernetes criteria as checked there', async () => {
    const report = await runCheck(fixture('website', '1.40'), '1.40')
    const kubernetes = report.criteria.filter(c => !WEBSITE_IDS.includes(c.id))
    expect(kubernetes.map(c => c.id)).toEqual(
      expect.arrayContaining(['kube-proxy-warns', 'gate-spec', 'ipvs-mode-requires-gate'])
    )
    for (const c of kubernetes) {
      expect({ id: c.id, status: c.status }).toEqual({
        id: c.id,
        status: c.status === 'next' ? 'next' : 'skipped'
      })
      if (c.status === 'skipped') expect(c.message).toBe('checked in kubernetes/kubernetes')
      expect(c.evidence).toEqual([])
    }
    expect(byId(report, 'ipvs-package-removed').status).toBe('next')
  })

  it('a kubernetes run lists the due website criteria as checked in kubernetes/website', async () => {
    const dir = fixture('kubernetes', '1.40')
    const report = await runCheck(dir, '1.40')
    expect(report.kind).toBe('kubernetes')
    expect(websiteStatuses(report)).toEqual({
      'docs-deprecation-notice': 'skipped',
      'docs-announce-schedule': 'skipped',
      'docs-feature-gate-page': 'skipped',
      'migration-blog-post': 'skipped',
      'docs-disabled-by-default': 'skipped',
      'docs-ipvs-removed': 'next'
    })
    for (const id of WEBSITE_IDS.filter(i => i !== 'docs-ipvs-removed')) {
      expect(byId(report, id).message).toBe('checked in kubernetes/website')
    }
  })
})
