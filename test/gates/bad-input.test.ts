// Hostile input is normal input: each broken file is one finding at its place, the rest is
// still audited, and nothing hangs or crashes.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { edit, lineOf } from '../support/tree.js'
import { audit, copyGates, FEATURES, findingsOf, LIST, PAGES, summaryOf } from './support.js'

const STILL_AUDITED = 'QuotaScopeSelectors list-page default-wrong error'
const KEP = 'keps/sig-apps/4102-pod-readiness-hints/kep.yaml'

describe('a broken file is one finding at its place', () => {
  it('a page whose front matter is not YAML', async () => {
    const trees = copyGates()
    const page = `${PAGES}/ZoneAwareRouting.md`
    edit(
      trees.website,
      page,
      'defaultValue: true\n    locked: true',
      'defaultValue: [true\n    locked: true'
    )
    const report = await audit(trees)
    const broken = findingsOf(report).filter(f => f.kind === 'page-unreadable')
    expect(broken).toHaveLength(1)
    expect(broken[0]).toMatchObject({
      gate: 'ZoneAwareRouting',
      severity: 'error',
      rule: 'list-page'
    })
    const line = lineOf(trees.website, page, 'defaultValue: [true')
    expect([line, line + 1]).toContain(broken[0]!.evidence[0]!.line)
    expect(broken[0]!.message).toMatch(/front matter is not valid YAML/)
    expect(broken[0]!.message).not.toContain('\n')
    expect(summaryOf(report)).toContain(STILL_AUDITED)
    // No other finding about that page: a page that cannot be read is not also "missing".
    expect(summaryOf(report).filter(s => s.startsWith('ZoneAwareRouting '))).toEqual([
      'ZoneAwareRouting list-page page-unreadable error'
    ])
  })

  it('a localized page that cannot be read is a warning', async () => {
    const trees = copyGates()
    const page =
      'content/ja/docs/reference/command-line-tools-reference/feature-gates/QuotaScopeSelectors.md'
    edit(trees.website, page, 'title: QuotaScopeSelectors', 'title: [QuotaScopeSelectors')
    edit(trees.website, page, 'fromVersion: "1.34"', 'fromVersion: ["1.34"')
    const broken = findingsOf(await audit(trees)).filter(f => f.kind === 'page-unreadable')
    expect(broken.map(f => `${f.evidence[0]!.file} ${f.severity}`)).toEqual([`${page} warning`])
  })

  it('a kep.yaml that is not YAML; the other KEPs are still judged', async () => {
    const trees = copyGates()
    edit(trees.enhancements, KEP, 'stage: beta', 'stage: [beta')
    const report = await audit(trees)
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'kep-list',
        kind: 'kep-unreadable',
        severity: 'error',
        evidence: [{ source: 'enhancements', file: KEP, line: expect.any(Number) }]
      })
    ])
    expect(summaryOf(report)).toContain('BatchAdmission kep-list milestone-ahead warning')
    expect(summaryOf(report)).not.toContain('PodReadinessHints kep-list milestone-behind error')
  })

  it('a FIFO named kep.yaml does not block the audit', async () => {
    const trees = copyGates()
    const fifo = path.join(trees.enhancements, 'keps/sig-apps/4199-fifo/kep.yaml')
    mkdirSync(path.dirname(fifo), { recursive: true })
    execFileSync('mkfifo', [fifo])
    const report = await audit(trees)
    expect(report.findings.map(f => f.message)).toEqual([
      'keps/sig-apps/4199-fifo/kep.yaml: is not a regular file (it is a FIFO); kep-gate reads regular files only'
    ])
  }, 10_000)

  it('a page that links out of the checkout is refused; one that links inside is read', async () => {
    const trees = copyGates()
    const outside = mkdtempSync(path.join(tmpdir(), 'kep-gate-outside-'))
    writeFileSync(path.join(outside, 'Secret.md'), '---\ntitle: Secret\nstages: []\n---\n')
    const pages = path.join(trees.website, PAGES)
    symlinkSync(path.join(outside, 'Secret.md'), path.join(pages, 'ContainerRestartRules.md'))
    rmSync(path.join(pages, 'ZoneAwareRoutng.md'))
    symlinkSync('ZoneAwareRouting.md', path.join(pages, 'ZoneAwareRoutng.md'))
    const report = await audit(trees)
    const out = findingsOf(report).filter(f => f.gate === 'ContainerRestartRules')
    expect(out.map(f => f.kind)).toEqual(['page-unreadable', 'no-kep'])
    expect(out[0]!.message).toMatch(/symbolic link that leads out of the repository/)
    // The inside link is the ZoneAwareRouting page under another name: a page for no gate.
    expect(summaryOf(report)).toContain('ZoneAwareRoutng list-page page-stale error')
    rmSync(outside, { recursive: true, force: true })
  })

  it('a Go file cut in half: one finding, and the pages are still held to the list', async () => {
    const trees = copyGates()
    const abs = path.join(trees.kubernetes, FEATURES)
    const { readFileSync } = await import('node:fs')
    const text = readFileSync(abs, 'utf8')
    writeFileSync(abs, text.slice(0, text.indexOf('ZoneAwareRouting: {') + 30))
    const report = await audit(trees)
    expect(summaryOf(report).filter(s => s.includes('code-list'))).toEqual([
      '- code-list go-unreadable error'
    ])
    expect(summaryOf(report)).toContain(STILL_AUDITED)
  })

  it('a list that is no feature list is an error of the run; nothing is held to it', async () => {
    const trees = copyGates()
    writeFileSync(path.join(trees.kubernetes, LIST), 'binary\u0000junk')
    const report = await audit(trees)
    expect(report.result).toBe('fail')
    expect(report.errors).toEqual([
      `${LIST}: is not a text file (binary data where YAML was expected)`
    ])
    expect(report.rules.map(r => [r.id, r.checked])).toEqual([
      ['code-list', false],
      ['list-page', false],
      ['kep-list', false]
    ])
  })

  it('a broken list entry is that gate’s finding; its page is not judged against nothing', async () => {
    const trees = copyGates()
    edit(
      trees.kubernetes,
      LIST,
      /(- name: QuotaScopeSelectors\n {2}versionedSpecs:\n {2}- default: )false/,
      '$1[false'
    )
    const report = await audit(trees)
    expect(summaryOf(report).filter(s => s.startsWith('QuotaScopeSelectors'))).toEqual([
      'QuotaScopeSelectors code-list list-unreadable error'
    ])
    expect(summaryOf(report)).toContain('PodReadinessHints kep-list milestone-behind error')
  })

  it('a page without front matter for a live gate', async () => {
    const trees = copyGates()
    writeFileSync(path.join(trees.website, PAGES, 'PodReadinessHints.md'), 'Lets a Pod hint.\n')
    expect(summaryOf(await audit(trees))).toContain(
      'PodReadinessHints list-page page-no-front-matter error'
    )
  })
})
