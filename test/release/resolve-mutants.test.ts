import { describe, expect, it } from '@jest/globals'
import { DataError } from '../../src/errors.js'
import { latestFromHugo, resolveTarget, type TargetSources } from '../../src/release/resolve.js'
import { formatMinor } from '../../src/release/version.js'

const none = async (): Promise<undefined> => undefined
const sources = (overrides: Partial<TargetSources>): TargetSources => ({
  kind: 'kubernetes',
  describe: none,
  hugoToml: none,
  ...overrides
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
