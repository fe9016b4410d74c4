import { describe, expect, it } from '@jest/globals'
import {
  pullRequestMarker,
  readPullRequestMarker,
  releaseMarker
} from '../../src/github/comment-marker.js'

const subject = { kep: '5495', kind: 'kubernetes', target: '1.40', targetVia: 'milestone' as const }

describe("the checklist comment's marker", () => {
  it('on a tracking issue names the target (and the regression view)', () => {
    expect(releaseMarker(subject)).toBe('<!-- kep-gate:kep-5495:kubernetes:1.40 -->')
    expect(releaseMarker(subject, 'regression')).toBe(
      '<!-- kep-gate:kep-5495:kubernetes:1.40:regression -->'
    )
  })

  it('on a pull request is read back with its target and the target before', () => {
    const from = { release: '1.37', via: 'branch' as const }
    const marker = pullRequestMarker(subject, 'enforce', from)
    expect(marker).toBe(
      '<!-- kep-gate:kep-5495:kubernetes:enforce target=1.40:milestone from=1.37:branch -->'
    )
    expect(readPullRequestMarker(`${marker}\nbody`, subject, 'enforce')).toEqual({
      target: { release: '1.40', via: 'milestone' },
      movedFrom: from
    })
  })

  it('is not read as another KEP, kind or mode', () => {
    const marker = pullRequestMarker(subject, 'enforce')
    expect(readPullRequestMarker(marker, { ...subject, kep: '549' }, 'enforce')).toBeUndefined()
    expect(
      readPullRequestMarker(marker, { ...subject, kind: 'website' }, 'enforce')
    ).toBeUndefined()
    expect(readPullRequestMarker(marker, subject, 'report')).toBeUndefined()
    expect(readPullRequestMarker(`text\n${marker}`, subject, 'enforce')).toBeUndefined()
    expect(
      readPullRequestMarker(marker.replace('1.40', '1.4x'), subject, 'enforce')
    ).toBeUndefined()
  })

  it('adopts the per-target form of its view, with the source its checklist named', () => {
    const legacy = (view: string, source: string) =>
      `<!-- kep-gate:kep-5495:kubernetes:1.37${view} -->\n## KEP-5495\n\nTarget **1.37** (from ${source}), stage **2**.\n`
    expect(readPullRequestMarker(legacy('', 'milestone v1.37'), subject, 'report')).toEqual({
      target: { release: '1.37', via: 'milestone' }
    })
    expect(readPullRequestMarker(legacy('', 'git describe v1.37.0'), subject, 'enforce')).toEqual({
      target: { release: '1.37', via: 'tag' }
    })
    expect(
      readPullRequestMarker(legacy(':regression', 'branch release-1.37'), subject, 'regression')
    ).toEqual({ target: { release: '1.37', via: 'branch' } })
    expect(readPullRequestMarker(legacy(':regression', 'x'), subject, 'enforce')).toBeUndefined()
    expect(readPullRequestMarker(legacy('', 'x'), subject, 'regression')).toBeUndefined()
    expect(readPullRequestMarker(legacy('', 'somewhere'), subject, 'enforce')).toEqual({
      target: { release: '1.37' }
    })
  })

  it('holds nothing but ids, modes and versions', () => {
    const odd = { kep: '5495 -->', kind: 'kube<b>', target: '1.40', targetVia: 'input' as const }
    expect(pullRequestMarker(odd, 'enforce')).toBe(
      '<!-- kep-gate:kep-5495----:kube-b-:enforce target=1.40:input -->'
    )
  })
})
