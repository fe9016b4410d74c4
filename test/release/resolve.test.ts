import { describe, expect, it } from '@jest/globals'
import { DataError, UserError } from '../../src/errors.js'
import { latestFromHugo, resolveTarget, type TargetSources } from '../../src/release/resolve.js'
import { compareMinor, formatMinor, parseMinor } from '../../src/release/version.js'

const none = async (): Promise<undefined> => undefined

function sources(overrides: Partial<TargetSources>): TargetSources {
  return { kind: 'kubernetes', describe: none, hugoToml: none, ...overrides }
}

describe('parseMinor', () => {
  it.each([
    ['1.40', '1.40'],
    ['v1.40', '1.40'],
    ['v1.40.0', '1.40'],
    ['v1.40.0-rc.1', '1.40'],
    ['v1.40.0-alpha.2', '1.40'],
    ['release-1.40', '1.40'],
    ['v1.40.0-alpha.0-123-gabc1234', '1.40'],
    ['1.100', '1.100'],
    [' 1.41 ', '1.41']
  ])('reads %s as %s', (text, expected) => {
    const parsed = parseMinor(text)
    expect(parsed && formatMinor(parsed)).toBe(expected)
  })

  it.each([
    '',
    '1',
    'banana',
    '1.40.x',
    'v1.40.0.1',
    'release-',
    'v',
    '1..40',
    '-1.40',
    '01.40',
    '1.040',
    'release-1.40.1',
    'release-v1.40.0'
  ])('rejects %j', text => {
    expect(parseMinor(text)).toBeUndefined()
  })

  it('compares minors as numbers, not text', () => {
    expect(compareMinor(parseMinor('1.100')!, parseMinor('1.99')!)).toBeGreaterThan(0)
    expect(compareMinor(parseMinor('1.9')!, parseMinor('1.10')!)).toBeLessThan(0)
    expect(compareMinor(parseMinor('v1.40.3')!, parseMinor('1.40')!)).toBe(0)
  })
})

describe('resolveTarget, first match wins', () => {
  it('takes the explicit input over everything else', async () => {
    const r = await resolveTarget(
      sources({ explicit: 'v1.43.0-rc.1', milestone: 'v1.40', baseRef: 'release-1.37' })
    )
    expect(formatMinor(r.target)).toBe('1.43')
    expect(r.source).toBe('target-release v1.43.0-rc.1')
  })

  it('says what was wrong with a bad explicit value and which forms work', async () => {
    await expect(resolveTarget(sources({ explicit: 'banana' }))).rejects.toThrow(
      /target-release "banana" is not a release: use 1\.40, v1\.40, v1\.40\.0, v1\.40\.0-rc\.1 or release-1\.40/
    )
    await expect(resolveTarget(sources({ explicit: 'banana' }))).rejects.toBeInstanceOf(UserError)
  })

  it('uses the milestone before the branch', async () => {
    const r = await resolveTarget(sources({ milestone: 'v1.40', baseRef: 'release-1.37' }))
    expect(r).toEqual({
      target: { major: 1, minor: 40 },
      source: 'milestone v1.40',
      via: 'milestone'
    })
  })

  it('ignores milestones that are not releases', async () => {
    const r = await resolveTarget(sources({ milestone: 'next-candidate', baseRef: 'release-1.37' }))
    expect(r.source).toBe('branch release-1.37')
  })

  it('rejects a version-shaped milestone it cannot read', async () => {
    await expect(resolveTarget(sources({ milestone: 'v1.4x' }))).rejects.toThrow(
      /milestone "v1\.4x"/
    )
  })

  it('prefers the base branch to the pushed ref, and reads refs/heads/', async () => {
    expect(
      (await resolveTarget(sources({ baseRef: 'release-1.40', ref: 'refs/heads/release-1.37' })))
        .source
    ).toBe('branch release-1.40')
    expect(
      (await resolveTarget(sources({ baseRef: 'master', ref: 'refs/heads/release-1.37' }))).source
    ).toBe('branch release-1.37')
  })

  it('uses dev-X.Y branches only on the website', async () => {
    const website = await resolveTarget(sources({ kind: 'website', baseRef: 'dev-1.40' }))
    expect(formatMinor(website.target)).toBe('1.40')
    await expect(
      resolveTarget(sources({ kind: 'kubernetes', baseRef: 'dev-1.40' }))
    ).rejects.toThrow(/set target-release/)
  })

  it('asks git describe on kubernetes master, counting alpha tags as their minor', async () => {
    let asked = 0
    const describe = async (): Promise<string> => {
      asked++
      return 'v1.40.0-alpha.0-123-gabc1234\n'
    }
    const r = await resolveTarget(sources({ ref: 'refs/heads/master', describe }))
    expect(formatMinor(r.target)).toBe('1.40')
    expect(r.source).toBe('git describe v1.40.0-alpha.0-123-gabc1234')
    expect(asked).toBe(1)
  })

  it('does not run git describe when an earlier source decided', async () => {
    let asked = false
    await resolveTarget(
      sources({ baseRef: 'release-1.40', describe: async () => ((asked = true), 'v1.2.0') })
    )
    expect(asked).toBe(false)
  })

  it("reads the website's hugo.toml latest on main", async () => {
    const toml =
      '[params]\n\ntitle = "Kubernetes"\nlatest = "v1.34"\n\n[[params.versions]]\nversion = "v1.35"\n'
    const r = await resolveTarget(
      sources({ kind: 'website', ref: 'refs/heads/main', hugoToml: async () => toml })
    )
    expect(r).toEqual({
      target: { major: 1, minor: 34 },
      source: 'hugo.toml latest = "v1.34"',
      via: 'hugo'
    })
  })

  it('ends with an error that asks for target-release', async () => {
    await expect(resolveTarget(sources({}))).rejects.toThrow(
      /cannot tell which release.*set target-release/
    )
  })
})

describe('latestFromHugo', () => {
  it('finds the first latest key and ignores others', () => {
    expect(latestFromHugo('x = 1\n[params]\nlatest = "v1.36"\n')).toBe('v1.36')
    expect(latestFromHugo('[params]\nnolatest = "v1.36"')).toBeUndefined()
    expect(latestFromHugo(undefined)).toBeUndefined()
  })
})

describe('resolveTarget names the kind of source that decided', () => {
  // The PR comment says "1.40 (from the branch)" and its marker keys on `via`: a wrong kind would
  // tell the release manager the target came from somewhere it did not.
  it.each<[string, Partial<TargetSources>, string]>([
    ['input', { explicit: '1.41', baseRef: 'release-1.40' }, 'input'],
    ['milestone', { milestone: 'v1.41', baseRef: 'release-1.40' }, 'milestone'],
    ['branch', { baseRef: 'release-1.40' }, 'branch'],
    ['tag', { describe: async () => 'v1.40.0-alpha.0-12-gabc1234' }, 'tag'],
    ['hugo', { kind: 'website', hugoToml: async () => '[params]\nlatest = "v1.34"\n' }, 'hugo']
  ])('%s', async (_name, overrides, via) => {
    expect((await resolveTarget(sources(overrides))).via).toBe(via)
  })
})

describe('resolveTarget strips only a leading refs/heads/', () => {
  it('keeps a branch whose name merely contains refs/heads/ whole, so it names no release', async () => {
    // Git allows slashes in branch names; `release-refs/heads/1.40` is not the branch release-1.40.
    const r = await resolveTarget(
      sources({ ref: 'release-refs/heads/1.40', describe: async () => 'v1.37.2' })
    )
    expect(`${formatMinor(r.target)} from ${r.source}`).toBe('1.37 from git describe v1.37.2')
  })
})

describe('latestFromHugo on TOML that is not TOML', () => {
  it('keeps the parser reason on one line, without its banner or code frame', () => {
    const error = (() => {
      try {
        latestFromHugo('a = 1\n[params\n')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(DataError)
    expect((error as Error).message).toBe(
      'hugo.toml:2: is not valid TOML: illegal character in key'
    )
  })
})

describe('latestFromHugo on a hugo.toml without a [params] table', () => {
  it('finds no latest version rather than failing', () => {
    expect(
      latestFromHugo('baseURL = "https://kubernetes.io/"\ntitle = "Kubernetes"\n')
    ).toBeUndefined()
  })
})
