import { describe, expect, it } from '@jest/globals'
import { CRITERION_IDS } from '../../src/criteria/registry.js'
import { loadPolicy } from '../../src/policy/load.js'

const load = (text: string) => loadPolicy(CRITERION_IDS, { file: 'kep-gate.yaml', text })

async function errorOf(text: string): Promise<string> {
  try {
    await load(text)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the policy to be rejected')
}

describe('the built-in policy', () => {
  it('is used as written without a policy file, exactly as the schema would parse it', async () => {
    expect(await loadPolicy(CRITERION_IDS)).toEqual(
      await loadPolicy(CRITERION_IDS, { file: 'empty.yaml', text: '' })
    )
  })

  it('is valid and covers every registered criterion', async () => {
    const policy = await loadPolicy(CRITERION_IDS, { file: 'empty.yaml', text: '' })
    expect(Object.keys(policy.criteria).sort()).toEqual([...CRITERION_IDS].sort())
    expect(policy.stages).toEqual({
      '1': '1.35',
      '2': '1.37',
      '3': '1.40',
      '4': '1.43',
      cleanup: '1.46'
    })
  })
})

describe('a user policy file', () => {
  it('overrides values key by key and keeps the rest', async () => {
    const policy = await load(
      "criteria:\n  ipvs-flags-noop:\n    severity: error\nstages:\n  '3': '1.41'\n"
    )
    expect(policy.criteria['ipvs-flags-noop']).toMatchObject({
      severity: 'error',
      stage: '4',
      due: { from: '4' }
    })
    expect(policy.stages['3']).toBe('1.41')
    expect(policy.stages['4']).toBe('1.43')
  })

  it('replaces lists rather than appending to them', async () => {
    const policy = await load('kubernetes:\n  warning:\n    paths: [pkg/kubeproxy/]\n')
    expect(policy.kubernetes.warning.paths).toEqual(['pkg/kubeproxy/'])
    expect(policy.kubernetes.warning.mustSay).toEqual(['ipvs', 'deprecated'])
  })

  it('accepts an empty file as "no overrides"', async () => {
    expect((await load('# nothing\n')).stages['1']).toBe('1.35')
  })

  it('names the file, line and key of a misspelt key', async () => {
    expect(await errorOf('stages:\n  "1": "1.35"\ncritera:\n  x: 1\n')).toMatch(
      /kep-gate\.yaml:3: .*unknown key "critera"/
    )
  })

  it('names the file, line and key of a bad value', async () => {
    const message = await errorOf('criteria:\n  gate-spec:\n    severity: fatal\n')
    expect(message).toMatch(/kep-gate\.yaml:3: criteria\.gate-spec\.severity: /)
    expect(message).not.toContain('\n')
  })

  it('reports every mistake at once', async () => {
    const message = await errorOf(
      "stages:\n  '1': 1.35\ncriteria:\n  gate-spec:\n    severity: fatal\n  no-such-thing:\n    stage: '1'\n    due: {}\n    severity: error\n"
    )
    expect(message).toMatch(/kep-gate\.yaml:2: stages\.1: /)
    expect(message).toMatch(/kep-gate\.yaml:5: criteria\.gate-spec\.severity/)
    expect(message).toMatch(/kep-gate\.yaml:6: criteria\.no-such-thing: no such criterion/)
    expect(message.match(/no-such-thing/g)).toHaveLength(1)
  })

  it('reports an unknown criterion once, not once per key it lacks', async () => {
    const message = await errorOf('criteria:\n  nope:\n    severity: error\n')
    expect(message).toBe(
      `the policy is not valid: kep-gate.yaml:2: criteria.nope: no such criterion (known: ${CRITERION_IDS.join(', ')})`
    )
  })

  it('rejects stages out of order', async () => {
    expect(await errorOf("stages:\n  '3': '1.36'\n")).toMatch(
      /kep-gate\.yaml:2: stages\.3: 1\.36 must come after stage 2 \(1\.37\)/
    )
  })

  it('rejects an exemption without a reason or for an unknown criterion', async () => {
    expect(await errorOf('exemptions:\n  - criterion: gate-spec\n')).toMatch(
      /kep-gate\.yaml:2: exemptions\.0\.reason/
    )
    expect(await errorOf('exemptions:\n  - criterion: gate-spek\n    reason: x\n')).toMatch(
      /kep-gate\.yaml:2: exemptions\[0\]\.criterion: "gate-spek"/
    )
  })

  it('rejects paths that leave the repository', async () => {
    expect(await errorOf('kubernetes:\n  ipvsPackage: ../../etc\n')).toMatch(
      /kep-gate\.yaml:2: kubernetes\.ipvsPackage: must be a path inside the repository/
    )
  })

  it('gives the line of a YAML syntax error', async () => {
    expect(await errorOf('criteria:\n  gate-spec: [\n')).toMatch(
      /^kep-gate\.yaml:\d+: not valid YAML/
    )
  })

  it("refuses YAML that expands without bound (an alias bomb) as the user's mistake", async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(9)
          .fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
          .join(', ')}]`
      )
    expect(await errorOf(bomb.join('\n') + '\n')).toMatch(
      /^kep-gate\.yaml: not usable as a policy: /
    )
  })

  it('refuses a file that is not a mapping, or binary', async () => {
    expect(await errorOf('- a\n- b\n')).toMatch(/kep-gate\.yaml:1: a policy file is a mapping/)
    expect(await errorOf('\u0000\u0001junk')).toMatch(/not a text file/)
  })
})
