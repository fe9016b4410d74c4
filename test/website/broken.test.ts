import { afterEach, describe, expect, it } from '@jest/globals'
import { appendFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { copyFixture, edit, lineOf, remove } from '../support/tree.js'
import {
  at,
  byId,
  CONFIG_API,
  DRAFT,
  GATE_PAGE,
  MODES,
  nthAt,
  places,
  POST,
  RELEASE_POST,
  runCheck,
  SERVICE,
  websiteStatuses,
  ZH_GATE_PAGE,
  ZH_MODES
} from './support.js'

// Each case copies a website era tree, breaks one thing, and checks that exactly the criteria that
// thing is evidence for change, with evidence at the broken place.

const copies: string[] = []
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function broken(era: string, breakIt: (dir: string) => void): string {
  const dir = copyFixture('website', era)
  copies.push(dir)
  breakIt(dir)
  return dir
}

function failing(report: Awaited<ReturnType<typeof runCheck>>): string[] {
  return report.criteria
    .filter(c => c.status === 'fail')
    .map(c => c.id)
    .sort()
}

const FEATURE_STATE = '{{< feature-state for_k8s_version="v1.35" state="deprecated" >}}'

describe('docs-deprecation-notice', () => {
  it('fails at the section heading when the notice is missing', async () => {
    const dir = broken('1.37', d => edit(d, MODES, FEATURE_STATE, ''))
    const report = await runCheck(dir, '1.37')
    expect(failing(report)).toEqual(['docs-deprecation-notice'])
    const result = byId(report, 'docs-deprecation-notice')
    expect(places(result)).toEqual([at(dir, MODES, '### IPVS proxy mode')])
    expect(result.message).toContain('v1.35')
  })

  it('does not count a notice left in an HTML comment, nor one in another section', async () => {
    const dir = broken('1.37', d => edit(d, MODES, FEATURE_STATE, `<!--\n${FEATURE_STATE}\n-->`))
    const report = await runCheck(dir, '1.37')
    expect(failing(report)).toEqual(['docs-deprecation-notice'])
  })

  it('accepts an equivalent note block that says deprecated', async () => {
    const dir = broken('1.35', d => edit(d, MODES, FEATURE_STATE, ''))
    const result = byId(await runCheck(dir, '1.35'), 'docs-deprecation-notice')
    expect(result.status).toBe('pass')
    expect(places(result)).toEqual([at(dir, MODES, 'The `ipvs` mode is deprecated')])
  })

  it('fails when the shortcode names another release', async () => {
    const dir = broken('1.35', d => {
      edit(d, MODES, 'v1.35" state="deprecated"', 'v1.36" state="deprecated"')
      edit(d, MODES, 'The `ipvs` mode is deprecated', 'The `ipvs` mode is on its way out')
    })
    const result = byId(await runCheck(dir, '1.35'), 'docs-deprecation-notice')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, MODES, 'for_k8s_version="v1.36"')])
    expect(result.message).toContain('v1.35')
  })

  it('fails naming the page when there is no IPVS section at all', async () => {
    const dir = broken('1.35', d => edit(d, MODES, '### IPVS proxy mode {#proxy-mode-ipvs}', ''))
    const result = byId(await runCheck(dir, '1.35'), 'docs-deprecation-notice')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('has no IPVS proxy mode section')
  })
})

describe('docs-announce-schedule', () => {
  it('fails when the section names only 1.40', async () => {
    const dir = broken('1.37', d =>
      edit(d, MODES, 'the mode will be removed in v1.43', 'the mode will go later')
    )
    const report = await runCheck(dir, '1.37')
    expect(failing(report)).toEqual(['docs-announce-schedule'])
    const result = byId(report, 'docs-announce-schedule')
    expect(result.message).toContain('does not name v1.43')
    expect(places(result)).toContain(at(dir, MODES, '### IPVS proxy mode'))
  })

  it('fails when the gate is not named', async () => {
    const dir = broken('1.37', d => edit(d, MODES, 'the `KubeProxyIPVS`', 'a'))
    const result = byId(await runCheck(dir, '1.37'), 'docs-announce-schedule')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('does not name the KubeProxyIPVS gate')
  })
})

describe('docs-disabled-by-default', () => {
  it('the 1.37 text ("will be disabled") at 1.40 fails at its line', async () => {
    const dir = broken('1.37', () => undefined)
    const result = byId(await runCheck(dir, '1.40'), 'docs-disabled-by-default')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, MODES, 'will be disabled by default')])
    expect(result.message).toContain('will be disabled by default')
  })

  it('fails when the sentence does not say the gate is needed', async () => {
    const dir = broken('1.40', d =>
      edit(d, MODES, 'the `KubeProxyIPVS` [feature gate]', 'a [setting]')
    )
    const report = await runCheck(dir, '1.40')
    expect(failing(report)).toEqual(['docs-announce-schedule', 'docs-disabled-by-default'])
    const result = byId(report, 'docs-disabled-by-default')
    expect(places(result)).toEqual([at(dir, MODES, 'disabled by default')])
  })
})

describe('docs-feature-gate-page', () => {
  it('fails when the page is missing', async () => {
    const dir = broken('1.37', d => remove(d, GATE_PAGE))
    const report = await runCheck(dir, '1.37')
    expect(failing(report)).toEqual(['docs-feature-gate-page'])
    expect(places(byId(report, 'docs-feature-gate-page'))).toEqual([GATE_PAGE])
  })

  it('fails at the defaultValue when the 1.40 stage says the wrong default', async () => {
    const dir = broken('1.40', d => edit(d, GATE_PAGE, 'defaultValue: false', 'defaultValue: true'))
    const report = await runCheck(dir, '1.40')
    expect(failing(report)).toEqual(['docs-feature-gate-page'])
    const result = byId(report, 'docs-feature-gate-page')
    expect(places(result)).toEqual([nthAt(dir, GATE_PAGE, 'defaultValue: true', 2)])
    expect(result.message).toContain('says defaultValue: true; at 1.40 it must be false')
  })

  it('fails when the first stage lacks toVersion at 1.40', async () => {
    const dir = broken('1.40', d => edit(d, GATE_PAGE, '    toVersion: "1.39"\n', ''))
    const result = byId(await runCheck(dir, '1.40'), 'docs-feature-gate-page')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('lacks toVersion: "1.39"')
    expect(places(result)).toEqual([nthAt(dir, GATE_PAGE, '- stage: deprecated', 1)])
  })

  it('fails when toVersion names the wrong release', async () => {
    const dir = broken('1.40', d => edit(d, GATE_PAGE, 'toVersion: "1.39"', 'toVersion: "1.40"'))
    const result = byId(await runCheck(dir, '1.40'), 'docs-feature-gate-page')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, GATE_PAGE, 'toVersion: "1.40"')])
  })

  it('reads unquoted versions as written (1.40 is not 1.4)', async () => {
    const dir = broken('1.40', d => edit(d, GATE_PAGE, 'fromVersion: "1.40"', 'fromVersion: 1.40'))
    expect(byId(await runCheck(dir, '1.40'), 'docs-feature-gate-page').status).toBe('pass')
  })

  it('the 1.40 page at 1.37 has a stage from a later release', async () => {
    const dir = broken('1.40', () => undefined)
    const result = byId(await runCheck(dir, '1.37'), 'docs-feature-gate-page')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('a stage starts at "1.40", after 1.37')
  })

  it('the 1.43 page at 1.46 is not marked removed; the 1.46 page at 1.43 is removed early', async () => {
    const late = byId(
      await runCheck(
        broken('1.43', () => undefined),
        '1.46'
      ),
      'docs-feature-gate-page'
    )
    expect(late.status).toBe('fail')
    expect(late.message).toContain('is not marked removed: true')
    const dir = broken('1.46', () => undefined)
    const early = byId(await runCheck(dir, '1.43'), 'docs-feature-gate-page')
    expect(early.status).toBe('fail')
    expect(places(early)).toEqual([at(dir, GATE_PAGE, 'removed: true')])
  })
})

describe('migration-blog-post', () => {
  it('a draft is reported as a draft, not published', async () => {
    const dir = broken('1.37', d =>
      edit(d, POST, 'date: 2026-04-22\n', 'date: 2026-04-22\ndraft: true\n')
    )
    const report = await runCheck(dir, '1.37')
    expect(failing(report)).toEqual(['migration-blog-post'])
    const result = byId(report, 'migration-blog-post')
    expect(result.message).toContain(`found a draft at ${at(dir, POST, 'draft: true')}`)
    expect(result.message).toContain('not published')
  })

  it('a post dated 2026-xx-xx is not published', async () => {
    const dir = broken('1.37', d => edit(d, POST, 'date: 2026-04-22', 'date: 2026-xx-xx'))
    const result = byId(await runCheck(dir, '1.37'), 'migration-blog-post')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, POST, 'date: 2026-xx-xx')])
    expect(result.message).toContain('is not a real date')
  })

  it('a post that keeps a FIXME is not finished', async () => {
    const dir = broken('1.37', d =>
      appendFileSync(path.join(d, POST), '\nFIXME: link the kernel docs\n')
    )
    const result = byId(await runCheck(dir, '1.37'), 'migration-blog-post')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, POST, 'FIXME: link')])
  })

  it('the 1.35 tree at 1.37 only has the draft (draft: true, xx date, FIXME)', async () => {
    const dir = broken('1.35', () => undefined)
    const result = byId(await runCheck(dir, '1.37'), 'migration-blog-post')
    expect(result.status).toBe('fail')
    expect(result.message).toContain(`found a draft at ${at(dir, DRAFT, 'draft: true')}`)
  })

  it('a post about something else that mentions ipvs does not count', async () => {
    const dir = broken('1.37', d => remove(d, path.dirname(POST)))
    const result = byId(await runCheck(dir, '1.37'), 'migration-blog-post')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('1 post(s) mention ipvs but are about something else')
    expect(lineOf(dir, RELEASE_POST, 'ipvs')).toBeGreaterThan(0)
  })

  it('a migration post that does not explain the IPVS schedulers does not count', async () => {
    const dir = broken('1.37', d => {
      edit(d, POST, '## What about IPVS schedulers?', '## What else?')
      edit(d, POST, 'IPVS let you pick a scheduler such as', 'IPVS offered')
    })
    const result = byId(await runCheck(dir, '1.37'), 'migration-blog-post')
    expect(result.status).toBe('fail')
    expect(result.message).toContain('does not explain')
  })
})

describe('docs-ipvs-removed (the 1.43 sweep)', () => {
  it('an English mention fails with its file and line; allow-listed references are not reported', async () => {
    const dir = broken('1.43', d =>
      edit(d, SERVICE, '(iptables, nftables)', '(iptables, nftables; ipvs on old clusters)')
    )
    const report = await runCheck(dir, '1.43')
    expect(failing(report)).toEqual(['docs-ipvs-removed'])
    const result = byId(report, 'docs-ipvs-removed')
    expect(places(result)).toEqual([at(dir, SERVICE, 'ipvs on old clusters')])
    expect(result.message).toContain('English docs')
  })

  it('the 1.40 tree at 1.43 lists every remaining mention, English and zh-cn', async () => {
    const dir = broken('1.40', () => undefined)
    const result = byId(await runCheck(dir, '1.43'), 'docs-ipvs-removed')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual(
      expect.arrayContaining([
        at(dir, MODES, '### IPVS proxy mode'),
        at(dir, SERVICE, 'ipvs'),
        at(dir, ZH_MODES, '### IPVS 代理模式')
      ])
    )
    expect(places(result).some(p => p.startsWith(CONFIG_API))).toBe(false)
  })

  it('a zh-cn mention alone is a warning by default, and an error when the policy says so', async () => {
    const dir = broken('1.43', d =>
      appendFileSync(path.join(d, ZH_MODES), '\n旧集群可能仍在使用 ipvs 模式。\n')
    )
    const warned = byId(await runCheck(dir, '1.43'), 'docs-ipvs-removed')
    expect(warned.status).toBe('warning')
    expect(warned.message).toContain('localized docs still do')
    expect(places(warned)).toEqual([at(dir, ZH_MODES, 'ipvs 模式')])

    writeFileSync(
      path.join(dir, 'kep-gate.yaml'),
      'website:\n  sweep:\n    localizedSeverity: error\n'
    )
    const strict = byId(await runCheck(dir, '1.43', 'kep-gate.yaml'), 'docs-ipvs-removed')
    expect(strict.status).toBe('fail')
    expect(places(strict)).toEqual([at(dir, ZH_MODES, 'ipvs 模式')])
  })

  it('a bad value for the switch is a policy error with its file and line', async () => {
    const dir = broken('1.43', d =>
      writeFileSync(
        path.join(d, 'kep-gate.yaml'),
        'website:\n  sweep:\n    localizedSeverity: loud\n'
      )
    )
    await expect(runCheck(dir, '1.43', 'kep-gate.yaml')).rejects.toThrow(
      /kep-gate\.yaml:3: website\.sweep\.localizedSeverity: .*"error"\|"warning"/
    )
  })

  it('an emptied allow-list reports the generated reference', async () => {
    const dir = broken('1.43', d =>
      writeFileSync(path.join(d, 'kep-gate.yaml'), 'website:\n  sweep:\n    allow: []\n')
    )
    const result = byId(await runCheck(dir, '1.43', 'kep-gate.yaml'), 'docs-ipvs-removed')
    expect(result.status).toBe('fail')
    expect(places(result)).toContain(at(dir, CONFIG_API, '`ipvs`'))
  })

  // The real gate page (kubernetes/website, 1.37) says what the gate enables: "Enable the `ipvs`
  // proxy mode in kube-proxy" and links to the IPVS section. The gate outlives the mode until
  // cleanup, and its page with it; what that page says is docs-feature-gate-page's business.
  it('the gate page may say what the gate enabled until cleanup, in English and zh-cn', async () => {
    const dir = broken('1.43', d => {
      edit(
        d,
        GATE_PAGE,
        'Has no effect since v1.43, when the kube-proxy mode it guarded was removed.',
        'Turns on the `ipvs` proxy mode of kube-proxy (removed in v1.43; see\n[IPVS proxy mode](/docs/reference/networking/virtual-ips/#proxy-mode-ipvs)).'
      )
      edit(
        d,
        ZH_GATE_PAGE,
        '自 v1.43 起不再有任何作用。',
        '启用 kube-proxy 的 `ipvs` 代理模式（已于 v1.43 移除）。'
      )
    })
    for (const target of ['1.43', '1.45']) {
      const report = await runCheck(dir, target)
      expect(byId(report, 'docs-ipvs-removed').status).toBe('pass')
      expect(byId(report, 'docs-feature-gate-page').status).toBe('pass')
    }
    // Any other page saying the same is still a mention.
    appendFileSync(path.join(dir, SERVICE), '\nThe `ipvs` proxy mode was removed in v1.43.\n')
    const other = byId(await runCheck(dir, '1.43'), 'docs-ipvs-removed')
    expect(places(other)).toEqual([at(dir, SERVICE, 'The `ipvs` proxy mode was removed')])
  })

  it('a removed gate page may mention ipvs; one not marked removed may not', async () => {
    const dir = broken('1.46', () => undefined)
    expect(byId(await runCheck(dir, '1.46'), 'docs-ipvs-removed').status).toBe('pass')
    edit(dir, GATE_PAGE, 'removed: true', 'removed: false')
    const result = byId(await runCheck(dir, '1.46'), 'docs-ipvs-removed')
    expect(result.status).toBe('fail')
    expect(places(result)).toEqual([at(dir, GATE_PAGE, 'run in the `ipvs` proxy mode')])
  })
})

describe('front matter that is not valid YAML', () => {
  it('fails only the criteria that need that file, naming the file and line', async () => {
    const dir = broken('1.40', d =>
      edit(d, GATE_PAGE, 'defaultValue: false', 'defaultValue: [false')
    )
    const report = await runCheck(dir, '1.40')
    expect(failing(report)).toEqual(['docs-feature-gate-page'])
    const result = byId(report, 'docs-feature-gate-page')
    const line = lineOf(dir, GATE_PAGE, 'defaultValue: [false')
    expect(result.message).toMatch(
      new RegExp(
        `^could not be checked: ${GATE_PAGE}:(${line}|${line + 1}): the front matter is not valid YAML: `
      )
    )
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).not.toContain('\n')
    expect(websiteStatuses(report)).toEqual({
      'docs-deprecation-notice': 'pass',
      'docs-announce-schedule': 'pass',
      'docs-feature-gate-page': 'fail',
      'migration-blog-post': 'pass',
      'docs-disabled-by-default': 'pass',
      'docs-ipvs-removed': 'next'
    })
  })

  it('a front matter never closed is reported at line 1; the other criteria still run', async () => {
    const dir = broken('1.40', d => edit(d, MODES, 'weight: 50\n---\n', 'weight: 50\n'))
    const report = await runCheck(dir, '1.40')
    expect(failing(report)).toEqual([
      'docs-announce-schedule',
      'docs-deprecation-notice',
      'docs-disabled-by-default'
    ])
    expect(report.errors).toEqual([
      `${MODES}:1: the front matter opened by --- is never closed with ---`
    ])
    expect(byId(report, 'docs-feature-gate-page').status).toBe('pass')
  })

  it('a broken unrelated blog post does not hide the published one', async () => {
    const dir = broken('1.40', d =>
      edit(d, RELEASE_POST, 'slug: kubernetes-v1-35-release', 'slug: [oops')
    )
    expect(byId(await runCheck(dir, '1.40'), 'migration-blog-post').status).toBe('pass')
  })
})
