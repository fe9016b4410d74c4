// A criterion's window of releases [from, until) and the stage a release is in, at every edge.
import { describe, expect, it } from '@jest/globals'
import { KEP_5495 } from '../../src/policy/kep-5495.js'
import { currentStage, stageVersion, windowAt } from '../../src/policy/window.js'
import { minor } from '../../src/release/version.js'

const policy = structuredClone(KEP_5495)

describe('windows of releases', () => {
  const rules = {
    stage: '2' as const,
    due: { from: '2' as const, until: '4' as const },
    severity: 'error' as const
  }

  it.each([
    ['1.36', 'next'],
    ['1.37', 'due'],
    ['1.42', 'due'],
    ['1.43', 'closed'],
    ['2.0', 'closed']
  ])('at %s the window [1.37, 1.43) is %s', (target, state) => {
    expect(windowAt(policy, rules, minor(target))).toEqual({
      state,
      due: { from: '1.37', until: '1.43' }
    })
  })

  it('an open end is absent, and a guard with no from is due from the start', () => {
    expect(windowAt(policy, { ...rules, due: { until: '3' } }, minor('1.0'))).toEqual({
      state: 'due',
      due: { from: undefined, until: '1.40' }
    })
    expect(windowAt(policy, { ...rules, due: { from: '4' } }, minor('9.0'))).toEqual({
      state: 'due',
      due: { from: '1.43', until: undefined }
    })
  })

  it('names a stage the policy does not have', () => {
    expect(() => stageVersion(policy, '5')).toThrow('the policy has no stage "5"')
    expect(stageVersion(policy, 'cleanup')).toEqual({ major: 1, minor: 46 })
  })

  it.each([
    ['1.34', '0'],
    ['1.35', '1'],
    ['1.39', '2'],
    ['1.40', '3'],
    ['1.45', '4'],
    ['1.46', 'cleanup'],
    ['3.0', 'cleanup']
  ])('%s is in stage %s', (target, stage) => {
    expect(currentStage(policy, minor(target))).toBe(stage)
  })
})
