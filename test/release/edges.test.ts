// The edges of finding the target release and the repository kind that mutation testing showed
// no test held: milestones without a v or with a prefix, branches of another kind, the website's
// release branches, detection on 'auto', versions semver refuses, and every message.
import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { detectKind, REPO_KINDS } from '../../src/evidence/repo-kind.js'
import { resolveTarget, type TargetSources } from '../../src/release/resolve.js'
import {
  ACCEPTED_TARGET_FORMS,
  compareMinor,
  formatMinor,
  isAtLeast,
  isBefore,
  leadingMinor,
  minor,
  MINOR_RELEASE,
  namesRelease,
  parseMinor,
  previousMinor
} from '../../src/release/version.js'

const none = async (): Promise<undefined> => undefined
const sources = (overrides: Partial<TargetSources>): TargetSources => ({
  kind: 'kubernetes',
  describe: none,
  hugoToml: none,
  ...overrides
})

async function resolved(overrides: Partial<TargetSources>): Promise<string> {
  const r = await resolveTarget(sources(overrides))
  return `${formatMinor(r.target)} from ${r.source}`
}

async function refusal(overrides: Partial<TargetSources>): Promise<string> {
  const error = await resolveTarget(sources(overrides)).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(UserError)
  return (error as Error).message
}

describe('versions', () => {
  it.each(['1.40.0rc1', 'v1.40.0rc1', '1.40.0-', 'v01.40.0', '1.40.0.0', 'dev-1.40.1', 'V1.40'])(
    'refuses %j',
    text => expect(parseMinor(text)).toBeUndefined()
  )

  it('reads dev- branches and full versions with build metadata', () => {
    expect(parseMinor('dev-1.37')).toEqual({ major: 1, minor: 37 })
    expect(parseMinor('1.40.2+build.7')).toEqual({ major: 1, minor: 40 })
    expect(parseMinor('0.0')).toEqual({ major: 0, minor: 0 })
    expect(parseMinor('9999.9999')).toEqual({ major: 9999, minor: 9999 })
    expect(parseMinor('10000.1')).toBeUndefined()
  })

  it('orders releases by major, then minor', () => {
    const v = (t: string) => minor(t)
    expect(compareMinor(v('2.0'), v('1.99'))).toBeGreaterThan(0)
    expect(compareMinor(v('1.40'), v('1.40'))).toBe(0)
    expect(isBefore(v('1.39'), v('1.40'))).toBe(true)
    expect(isBefore(v('1.40'), v('1.40'))).toBe(false)
    expect(isAtLeast(v('1.40'), v('1.40'))).toBe(true)
    expect(isAtLeast(v('1.39'), v('1.40'))).toBe(false)
  })

  it('says what a release looks like when data is not one', () => {
    expect(() => minor('soon')).toThrow(
      `"soon" is not a release version (expected ${ACCEPTED_TARGET_FORMS})`
    )
    expect(ACCEPTED_TARGET_FORMS).toBe('1.40, v1.40, v1.40.0, v1.40.0-rc.1 or release-1.40')
  })

  it('holds data files to the plain form', () => {
    for (const ok of ['1.40', '0.0', '1.9999', '10.40', '1234.5'])
      expect(MINOR_RELEASE.test(ok)).toBe(true)
    for (const bad of [
      'v1.40',
      '01.40',
      '1.040',
      '1.10000',
      '1.40.0',
      ' 1.40',
      '1.40 ',
      '1a.40',
      '1.4a',
      '12345.1'
    ])
      expect(MINOR_RELEASE.test(bad)).toBe(false)
  })

  it('reads the release a version in Go code starts with, as version.MustParse does', () => {
    expect(leadingMinor('1.40')).toEqual({ major: 1, minor: 40 })
    expect(leadingMinor(' v1.40.1')).toEqual({ major: 1, minor: 40 })
    expect(leadingMinor('1.40.0-alpha.1')).toEqual({ major: 1, minor: 40 })
    for (const other of ['x.1', 'version', '1', '', 'vv1.40'])
      expect(leadingMinor(other)).toBeUndefined()
  })

  it('names the release before, and finds a release named in text but not a longer number', () => {
    expect(previousMinor(minor('1.40'))).toEqual({ major: 1, minor: 39 })
    expect(namesRelease('removed in v1.43.', minor('1.43'))).toBe(true)
    expect(namesRelease('removed in 1.43', minor('1.43'))).toBe(true)
    for (const text of ['removed in 1.430', 'in 11.43', 'in 1.4.3', 'in 1.143'])
      expect(namesRelease(text, minor('1.43'))).toBe(false)
  })
})

describe('the target', () => {
  it('takes a milestone written without a v, and trims one with spaces', async () => {
    expect(await resolved({ milestone: '1.40' })).toBe('1.40 from milestone 1.40')
    expect(await resolved({ milestone: ' v1.41 ' })).toBe('1.41 from milestone v1.41')
  })

  it('an explicit target of spaces is no target', async () => {
    expect(await resolved({ explicit: '   ', milestone: 'v1.39' })).toBe(
      '1.39 from milestone v1.39'
    )
  })

  it('goes on to the next branch when one does not name a release', async () => {
    expect(await resolved({ baseRef: 'release-next', ref: 'refs/heads/release-1.41' })).toBe(
      '1.41 from branch release-1.41'
    )
    expect(await refusal({ baseRef: 'release-dev-1.40' })).toMatch(/no release-X\.Y branch/)
  })

  it('ignores milestones that are not versions and goes on to the branch', async () => {
    expect(await resolved({ milestone: 'next-1.40', baseRef: 'release-1.37' })).toBe(
      '1.37 from branch release-1.37'
    )
    expect(await resolved({ milestone: '  ', ref: 'refs/heads/release-1.38' })).toBe(
      '1.38 from branch release-1.38'
    )
  })

  it('refuses a version-shaped milestone that is not a release, naming it', async () => {
    expect(await refusal({ milestone: 'v1.40.x' })).toBe(
      `the pull request's milestone "v1.40.x" is not a release: name milestones like v1.40, or set target-release`
    )
  })

  it('never takes a feature-1.40 branch, or master, for a release', async () => {
    const message = await refusal({ baseRef: 'feature-1.40', ref: 'refs/heads/master' })
    expect(message).toBe(
      `cannot tell which release this checkout targets (no milestone, no release-X.Y branch, no v1.X tag reachable): set target-release (or --target) to ${ACCEPTED_TARGET_FORMS}`
    )
  })

  it('on the website, ignores release- branches and reads dev- ones', async () => {
    const website = { kind: 'website' as const }
    expect(await refusal({ ...website, baseRef: 'release-1.40' })).toBe(
      `cannot tell which release this checkout targets (no milestone, no dev-X.Y branch, no latest version in hugo.toml): set target-release (or --target) to ${ACCEPTED_TARGET_FORMS}`
    )
    expect(await resolved({ ...website, baseRef: 'main', ref: 'dev-1.41' })).toBe(
      '1.41 from branch dev-1.41'
    )
  })

  it('on kubernetes, reads git describe only when nothing else says', async () => {
    let asked = 0
    const describe = async () => {
      asked++
      return 'v1.40.0-alpha.0-12-gabc\n'
    }
    expect(await resolved({ describe })).toBe('1.40 from git describe v1.40.0-alpha.0-12-gabc')
    expect(await resolved({ describe, baseRef: 'release-1.39' })).toBe(
      '1.39 from branch release-1.39'
    )
    expect(asked).toBe(1)
    expect(await refusal({ describe: async () => 'not-a-tag' })).toMatch(/no v1\.X tag reachable/)
  })

  it('on the website, reads hugo.toml only when nothing else says', async () => {
    const hugoToml = async () => '[params]\nlatest = "v1.42"\n'
    expect(await resolved({ kind: 'website', hugoToml })).toBe(
      '1.42 from hugo.toml latest = "v1.42"'
    )
    expect(
      await refusal({ kind: 'website', hugoToml: async () => '[params]\nlatest = "soon"\n' })
    ).toMatch(/no latest version in hugo\.toml/)
    for (const toml of [
      '[params]\nlatest = 1.40\n',
      'params = "v1.40"\n',
      '[[params]]\nlatest = "v1.40"\n',
      ''
    ])
      expect(await refusal({ kind: 'website', hugoToml: async () => toml })).toMatch(/hugo\.toml/)
    const error = await resolveTarget(
      sources({ kind: 'website', hugoToml: async () => 'a = 1\n[params\n' })
    ).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/^hugo\.toml:2: is not valid TOML: \S/)
  })

  it('names the flag a bad explicit target came from', async () => {
    expect(await refusal({ explicit: 'x', explicitLabel: '--target' })).toBe(
      `--target "x" is not a release: use ${ACCEPTED_TARGET_FORMS}`
    )
    expect(await refusal({ explicit: ' x ' })).toBe(
      `target-release "x" is not a release: use ${ACCEPTED_TARGET_FORMS}`
    )
    expect(await resolved({ explicit: ' 1.40 ' })).toBe('1.40 from target-release 1.40')
  })
})

describe('the repository kind', () => {
  const probe = (present: string[]) => ({ exists: async (p: string) => present.includes(p) })

  it('is detected on auto, empty or absent, from the files that mark each kind', async () => {
    for (const override of ['auto', ' AUTO ', '', undefined]) {
      expect(await detectKind(probe(['pkg/features/kube_features.go']), override)).toBe(
        'kubernetes'
      )
      expect(await detectKind(probe(['cmd/kube-proxy']), override)).toBe('kubernetes')
      expect(await detectKind(probe(['content/en/docs']), override)).toBe('website')
    }
    // Both: the kubernetes markers win.
    expect(await detectKind(probe(['cmd/kube-proxy', 'content/en/docs']))).toBe('kubernetes')
  })

  it('takes an explicit kind without looking, in any case', async () => {
    expect(await detectKind(probe([]), 'Website')).toBe('website')
    expect(await detectKind(probe([]), 'kubernetes')).toBe('kubernetes')
    expect(REPO_KINDS).toEqual(['kubernetes', 'website'])
  })

  it('says what it looked for, or what it knows', async () => {
    await expect(detectKind(probe([]))).rejects.toThrow(
      'cannot tell what this checkout is: it has neither pkg/features/kube_features.go nor cmd/kube-proxy/ (kubernetes/kubernetes) nor content/en/docs/ (kubernetes/website); check out one of them or set repo-kind'
    )
    await expect(detectKind(probe([]), 'enhancements')).rejects.toThrow(
      'repo-kind "enhancements" is not known: use kubernetes, website or auto'
    )
  })
})
