import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { check } from '../../src/check.js'
import { NOT_GIT } from '../../src/criteria/backports.js'
import { renderJson } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import type { CriterionResult, Report } from '../../src/report/types.js'
import { byId, detailLines } from '../support/report.js'
import { add, buildScenario, History, NFT, snapshot, type Scenario } from './history.js'

let scenario: Scenario
let dir: string

beforeAll(() => {
  scenario = buildScenario()
  dir = scenario.history.dir
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function audit(...args: Parameters<typeof auditReport>): Promise<CriterionResult> {
  return byId(await auditReport(...args), 'nftables-backports')
}

async function auditReport(
  repoDir: string,
  policy?: string,
  target = '1.35',
  fetch = false
): Promise<Report> {
  if (policy) writeFileSync(path.join(repoDir, 'kep-gate.yaml'), policy)
  return check({
    repoDir,
    target,
    repoKind: 'kubernetes',
    policyBase: repoDir,
    fetch,
    ...(policy ? { policy: 'kep-gate.yaml' } : {})
  })
}

/** The table row of a fix, split into its cells. */
function row(result: CriterionResult, pr: number): string[] {
  const line = detailLines(result).find(l => l.startsWith(`| #${pr} `))
  if (!line) throw new Error(`no row for #${pr} in:\n${detailLines(result).join('\n')}`)
  return line.split(' | ').map(c => c.replace(/^\| | \|$/g, ''))
}

const short = (sha: string) => sha.slice(0, 12)
const EXEMPT_104 = `
backports:
  exemptions:
    - pr: 104
      branches: [release-1.33]
      reason: the ct state code did not exist in 1.33
`

describe('nftables-backports on a real history', () => {
  it('finds each kind of pick, and fails on the fixes never picked', async () => {
    const result = await audit(dir)
    expect(result.status).toBe('fail')
    const notes = result.evidence.map(e => e.note)
    expect(notes).toEqual([
      '#104 (Fix nftables ct state) has no pick on release-1.33',
      '#105 (Fix nftables iifname matching) has no pick on release-1.33'
    ])
    expect(result.evidence.every(e => e.file === 'pkg/proxy/nftables/')).toBe(true)
    expect(result.message).toContain('4 bug fixes to pkg/proxy/nftables/ on master')
    expect(result.message).toContain(
      '#105 (Fix nftables iifname matching) has no pick on release-1.33'
    )

    // Merged before release-1.34 was cut: in its history; picked by the script into 1.33. Its
    // name says so, so no patch is compared.
    expect(row(result, 101)).toEqual([
      '#101 Fix nftables masquerade',
      'PR title',
      '✅ in history (branched after the merge)',
      '✅ #301 (pick branch, pick title)'
    ])
    // Prow-style pick with -x; on 1.33 a patch-identical commit with another message, which
    // only its patch shows.
    const backport = scenario.history.git('log', '-1', '--format=%H', 'release-1.33')
    expect(row(result, 102)).toEqual([
      '#102 Fix nftables and iptables sync',
      'PR title',
      '✅ #202 (pick title, -x trailer)',
      `✅ ${short(backport)} (patch-id)`
    ])
    expect(row(result, 104)[2]).toBe('✅ #204 (pick branch, pick title)')
    // Reworked (no patch-id match), known only by its body.
    const reworked = scenario.history.git('log', '-1', '--format=%H', 'release-1.34')
    expect(row(result, 105).slice(2)).toEqual([`✅ ${short(reworked)} (pick body)`, '❌ missing'])
    // #100 was merged before the branch point; #103 is not a fix by its title.
    expect(detailLines(result).some(l => l.startsWith('| #100 '))).toBe(false)
    expect(detailLines(result)).toContain('Not bug fixes (1): #103')
  })

  it('names the refs it read and the starting point', async () => {
    const result = await audit(dir)
    const h = scenario.history
    const refs = detailLines(result)[0]!
    for (const branch of ['master', 'release-1.34', 'release-1.33'])
      expect(refs).toContain(
        `\`${branch}\` ${short(h.git('rev-parse', branch))} (refs/heads/${branch})`
      )
    const since = h.git('merge-base', 'master', 'release-1.33')
    expect(result.message).toContain(`since the release-1.33 branch point ${short(since)}`)
  })

  it('shows exemptions with their reason, never drops them', async () => {
    const result = await audit(dir, EXEMPT_104)
    expect(row(result, 104)[3]).toBe('🟦 exempt: the ct state code did not exist in 1.33')
    expect(result.evidence.map(e => e.note)).toEqual([
      '#105 (Fix nftables iifname matching) has no pick on release-1.33',
      '#104 exempt on release-1.33: the ct state code did not exist in 1.33'
    ])
  })

  it('shows the fix × branch table in the text and JSON reports too', async () => {
    const report = await auditReport(dir, EXEMPT_104)
    const text = renderText(report).split('\n')
    const at = text.findIndex(l => l.trim().startsWith('#105 Fix nftables iifname matching ['))
    expect(at).toBeGreaterThan(0)
    expect(text.slice(at + 1, at + 3).map(l => l.trim())).toEqual([
      expect.stringMatching(/^release-1\.34: ✅ /),
      'release-1.33: ❌ missing'
    ])
    expect(text).toContainEqual(
      expect.stringContaining('release-1.33: 🟦 exempt: the ct state code did not exist in 1.33')
    )

    const json = JSON.parse(renderJson(report)) as {
      criteria: {
        id: string
        details?: {
          branches: string[]
          fixes: { fix: string; branches: Record<string, { state: string }> }[]
        }
      }[]
    }
    const details = json.criteria.find(c => c.id === 'nftables-backports')!.details!
    expect(details.branches).toEqual(['release-1.34', 'release-1.33'])
    // In the order they were merged, oldest first, as a release manager reads a changelog.
    expect(details.fixes.map(f => f.fix)).toEqual(['#101', '#102', '#104', '#105'])
    expect(details.fixes.find(f => f.fix === '#105')!.branches).toMatchObject({
      'release-1.34': { state: 'picked' },
      'release-1.33': { state: 'missing' }
    })
    expect(details.fixes.find(f => f.fix === '#104')!.branches['release-1.33']).toEqual({
      state: 'exempt',
      reason: 'the ct state code did not exist in 1.33'
    })
  })

  it('passes when every fix is picked or exempt, counting listed fixes too', async () => {
    const policy = `${EXEMPT_104}    - pr: 105
      branches: [release-1.33]
      reason: iifname matching arrived in 1.34
    - pr: 103
      reason: metrics were never in an older release
  fixes: [103]
`
    const result = await audit(dir, policy)
    expect(result.status).toBe('pass')
    expect(result.message).toContain('5 bug fixes')
    expect(result.message).toContain('all reached release-1.34 and release-1.33 (4 exempt)')
    expect(row(result, 103).slice(1)).toEqual([
      'listed in the policy',
      '🟦 exempt: metrics were never in an older release',
      '🟦 exempt: metrics were never in an older release'
    ])
    const markdown = renderMarkdown({
      kep: '5495',
      title: 't',
      policy: 'kep-5495',
      target: '1.35',
      targetSource: 'input',
      targetVia: 'input',
      kind: 'kubernetes',
      stage: '1',
      result: 'pass',
      criteria: [result],
      errors: [],
      timeline: []
    })
    expect(markdown).toContain(`  ${detailLines(result).find(l => l.startsWith('| #103 '))}`)
  })

  it('counts fixes only up to the cutoff of the target', async () => {
    const policy = `
backports:
  cutoffs:
    '1.35': ${scenario.merges[103]}
`
    const result = await audit(dir, policy)
    expect(result.status).toBe('pass')
    expect(result.message).toContain('2 bug fixes')
    expect(detailLines(result)[1]).toContain(
      `up to ${scenario.merges[103]} ${short(scenario.merges[103]!)}`
    )
    // Another target has no cutoff: the branch tip.
    expect((await audit(dir, policy, '1.36')).status).toBe('fail')
  })

  it('takes no pick labelled for another branch: a Prow title or a script branch naming it', async () => {
    const other = buildScenario()
    const h = other.history
    try {
      // Merged into release-1.33, each says release-1.34: neither picks #104 for release-1.33.
      h.pullRequest(
        'release-1.33',
        { number: 401, topic: 'pick-104', title: '[release-1.34] Fix nftables ct state' },
        () => h.commit('Note the ct state fix', { 'CHANGELOG.md': add('- ct state') })
      )
      h.pullRequest(
        'release-1.33',
        {
          number: 402,
          topic: 'automated-cherry-pick-of-#104-upstream-release-1.34',
          title: 'Update the changelog'
        },
        () => h.commit('Changelog', { 'CHANGELOG.md': add('- more') })
      )
      h.checkout('master')
      const result = await audit(h.dir)
      expect(row(result, 104)[3]).toBe('❌ missing')
    } finally {
      rmSync(h.dir, { recursive: true, force: true })
    }
  })

  it('starts from a given revision instead of the branch point', async () => {
    const result = await audit(dir, `\nbackports:\n  since: ${scenario.merges[101]}\n`)
    expect(detailLines(result).some(l => l.startsWith('| #101 '))).toBe(false)
    expect(result.message).toContain('3 bug fixes')
  })

  it("runs no program the checkout's configuration names while it reads history", async () => {
    const h = buildScenario().history
    // A commit that claims a signature: with log.showSignature, git log would run gpg.program.
    const tree = h.git('rev-parse', 'release-1.33^{tree}')
    const parent = h.git('rev-parse', 'release-1.33')
    const body = `tree ${tree}\nparent ${parent}\nauthor Dev <dev@example.com> 1700000000 +0000\ncommitter Dev <dev@example.com> 1700000000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nSigned release note\n`
    writeFileSync(path.join(h.dir, '.git', 'signed'), body)
    const signed = h.git('hash-object', '-t', 'commit', '-w', '.git/signed')
    h.git('update-ref', 'refs/heads/release-1.33', signed)
    const marker = path.join(h.dir, '.git', 'RAN')
    writeFileSync(path.join(h.dir, '.git', 'gpg.sh'), `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, {
      mode: 0o755
    })
    h.git('config', 'gpg.program', path.join(h.dir, '.git', 'gpg.sh'))
    h.git('config', 'log.showSignature', 'true')
    const result = await audit(h.dir)
    expect(existsSync(marker)).toBe(false)
    expect(result.status).toBe('fail')
    expect(result.evidence.map(e => e.note)).toEqual([
      '#104 (Fix nftables ct state) has no pick on release-1.33',
      '#105 (Fix nftables iifname matching) has no pick on release-1.33'
    ])
    rmSync(h.dir, { recursive: true })
  })

  it('is skipped with the reason in a plain folder, or a folder inside another repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'kep-gate-plain-'))
    mkdirSync(path.join(plain, 'cmd/kube-proxy'), { recursive: true })
    writeFileSync(path.join(plain, 'cmd/kube-proxy/main.go'), 'package main\n')
    for (const folder of [plain, path.join(dir, 'cmd')]) {
      const result = await audit(folder)
      expect(result.status).toBe('skipped')
      expect(result.message).toBe(NOT_GIT)
    }
    rmSync(plain, { recursive: true })
  })
})

describe('the git a run starts', () => {
  /** The git commands (their first word) the check at target runs, in the order they start. */
  async function gitCommands(policy: string | undefined, target: string): Promise<string[]> {
    const trace = path.join(dir, '.git', 'trace.json')
    rmSync(trace, { force: true })
    process.env.GIT_TRACE2_EVENT = trace
    try {
      await audit(dir, policy, target)
    } finally {
      delete process.env.GIT_TRACE2_EVENT
    }
    return readFileSync(trace, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line) as { event: string; argv?: string[] })
      .filter(e => e.event === 'start')
      .map(e => e.argv!.filter((a, i, all) => a !== '-c' && all[i - 1] !== '-c')[1]!)
  }

  it('reads the history in one log, with one rev-parse and no ref listing', async () => {
    const commands = await gitCommands(undefined, '1.35')
    expect(commands.filter(c => c === 'log')).toHaveLength(1)
    expect(commands.filter(c => c === 'rev-parse')).toHaveLength(1)
    expect(commands).not.toContain('for-each-ref')
    expect(commands).not.toContain('merge-base')
  })

  it('reads no history when nftables-backports is disabled, or not due yet', async () => {
    const disabled = 'criteria:\n  nftables-backports:\n    enabled: false\n'
    for (const [policy, target] of [
      [disabled, '1.35'],
      [undefined, '1.34']
    ] as const) {
      const commands = await gitCommands(policy, target)
      expect(commands).toContain('ls-files')
      for (const history of ['log', 'cat-file', 'diff-tree', 'patch-id', 'fetch'])
        expect([target, commands.includes(history)]).toEqual([target, false])
    }
  })
})

describe('nftables-backports on a shallow checkout', () => {
  function shallowClone(prefix: string, from = dir) {
    const clone = mkdtempSync(path.join(tmpdir(), prefix))
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${from}`, clone])
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim()
    return { clone, git }
  }

  it('where fetching is allowed, fetches the branches it needs without blobs into refs/kep-gate/, and reaches the same table', async () => {
    const full = await audit(dir)
    const { clone, git } = shallowClone('kep-gate-shallow-')
    expect(git('rev-parse', '--is-shallow-repository')).toBe('true')
    expect(git('branch', '-r')).not.toContain('release-1.33')
    const config = readFileSync(path.join(clone, '.git/config'))
    const refs = git(
      'for-each-ref',
      '--format=%(refname) %(objectname)',
      'refs/heads',
      'refs/remotes',
      'refs/tags'
    )

    const result = await audit(clone, undefined, '1.35', true)
    expect(result.status).toBe(full.status)
    expect(result.evidence).toEqual(full.evidence)
    const table = (r: CriterionResult) => detailLines(r).filter(l => l.startsWith('|'))
    expect(table(result)).toEqual(table(full))
    expect(detailLines(result)[0]).toContain('(refs/kep-gate/origin/release-1.33)')
    expect(detailLines(result).join('\n')).toMatch(
      /fetched: master, release-1.34, release-1.33 from origin \(deepen \d+, blob:none\) into refs\/kep-gate\//
    )
    // A partial fetch, yet the clone's configuration, branches and tags are as they were.
    expect(readFileSync(path.join(clone, '.git/config')).equals(config)).toBe(true)
    expect(
      git(
        'for-each-ref',
        '--format=%(refname) %(objectname)',
        'refs/heads',
        'refs/remotes',
        'refs/tags'
      )
    ).toBe(refs)
    rmSync(clone, { recursive: true })
  })

  it('where fetching is not allowed, names the git fetch that would complete the clone, and changes nothing', async () => {
    const { clone, git } = shallowClone('kep-gate-shallow-cli-')
    const before = snapshot(clone)
    const result = await audit(clone)
    expect(result.status).toBe('fail')
    expect(result.message).toBe(
      `release-1.34, release-1.33 not in the checkout: run \`git -C ${realpathSync(clone)} fetch --no-tags --unshallow origin +refs/heads/master:refs/remotes/origin/master +refs/heads/release-1.34:refs/remotes/origin/release-1.34 +refs/heads/release-1.33:refs/remotes/origin/release-1.33\`, or let kep-gate fetch with --fetch`
    )
    expect(snapshot(clone)).toEqual(before)
    // The command does what it says: after it, the audit reaches the full table.
    execFileSync('sh', ['-c', result.message.split('`')[1]!], { stdio: 'ignore' })
    expect(git('rev-parse', '--is-shallow-repository')).toBe('false')
    const table = (r: CriterionResult) => detailLines(r).filter(l => l.startsWith('|'))
    expect(table(await audit(clone))).toEqual(table(await audit(dir)))
    rmSync(clone, { recursive: true })
  })

  it('fails in one line asking for fetch-depth: 0 when the history cannot be fetched', async () => {
    const source = buildScenario().history
    const { clone } = shallowClone('kep-gate-orphan-', source.dir)
    source.git('branch', '-D', 'release-1.34', 'release-1.33')
    const result = await audit(clone, undefined, '1.35', true)
    expect(result.status).toBe('fail')
    expect(result.message).not.toContain('\n')
    expect(result.message).toBe(
      'release-1.34, release-1.33 not in the checkout, and origin has no refs/heads/release-1.34, refs/heads/release-1.33: check out with history (actions/checkout with fetch-depth: 0)'
    )
    // A remote that is gone is not fetched from at all.
    rmSync(source.dir, { recursive: true })
    expect((await audit(clone, undefined, '1.35', true)).message).toBe(
      `release-1.34, release-1.33 not in the checkout, and the checkout's remote "origin" is ${source.dir}, which is not a git repository: check out with history (actions/checkout with fetch-depth: 0)`
    )
    rmSync(clone, { recursive: true })
  })

  it('fails in one line when the branches are missing and there is no remote', async () => {
    const h = History.init()
    h.commit('Initial import', {
      [NFT]: 'package nftables\n',
      'cmd/kube-proxy/app/server.go': 'package app\n'
    })
    for (const fetch of [false, true]) {
      const result = await audit(h.dir, undefined, '1.35', fetch)
      expect(result.status).toBe('fail')
      expect(result.message).toBe(
        'release-1.34, release-1.33 not in the checkout, and the checkout has no remote "origin" to fetch from: check out with history (actions/checkout with fetch-depth: 0)'
      )
    }
    rmSync(h.dir, { recursive: true })
  })
})
