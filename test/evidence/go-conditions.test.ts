import { describe, expect, it } from '@jest/globals'
import { caseLabelAt, conditionsAt, gateRead, negation } from '../../src/evidence/go-conditions.js'
import { GoFile } from '../../src/evidence/go-file.js'
import { describeCondition } from '../../src/evidence/go-value-types.js'
import type { Condition } from '../../src/evidence/go-value-types.js'

// The conditions around a statement, asked directly of the module: `mark()` is the statement, the
// body of `run` (in a kube-proxy-like file) is the block the question stops at, as the value
// reader stops at the block that declares the name it follows.

const FILE = 'pkg/proxy/app/run.go'

function fileOf(body: string): GoFile {
  return new GoFile(
    FILE,
    `package app\n\nvar ipvsEnabled bool\n\nfunc run(ctx context.Context, gates featuregate.FeatureGate, mode string, cond bool) {\n${body}\n}\n`
  )
}

/** The token index of the first identifier `name`. */
function tokenOf(f: GoFile, name: string, from = 0): number {
  for (let k = from; k < f.v.length; k++) if (f.v.isIdent(k, name)) return k
  throw new Error(`no ${name} in the source`)
}

/** The conditions of `mark()`, from the first token of run's body (or of the `from` name on). */
function conditionsOf(body: string, from?: string): Condition[] {
  const f = fileOf(body)
  const top = f.bodies.find(b => b.name === 'run')!.open
  return conditionsAt(f, tokenOf(f, 'mark'), top, from ? tokenOf(f, from) : top)
}

const described = (body: string, from?: string): string[] =>
  conditionsOf(body, from).map(describeCondition)

const GATE = 'gates.Enabled(features.KubeProxyIPVS)'

describe('gate reads', () => {
  it.each([
    [
      'a negation in parentheses',
      `\tif !(${GATE}) {\n\t\tmark()\n\t}`,
      ['KubeProxyIPVS is disabled']
    ],
    [
      'a receiver in parentheses',
      '\tif (*gates).Enabled(features.KubeProxyIPVS) {\n\t\tmark()\n\t}',
      ['KubeProxyIPVS is enabled']
    ],
    [
      'a gate named without its package, as pkg/features itself reads it',
      '\tif gates.Enabled(KubeProxyIPVS) {\n\t\tmark()\n\t}',
      ['KubeProxyIPVS is enabled']
    ],
    [
      'a local bool holding a gate read',
      `\tipvsOn := ${GATE}\n\tif ipvsOn {\n\t\tmark()\n\t}`,
      ['KubeProxyIPVS is enabled']
    ],
    [
      'a negated local bool holding a gate read',
      `\tipvsOn := ${GATE}\n\tif !ipvsOn {\n\t\tmark()\n\t}`,
      ['KubeProxyIPVS is disabled']
    ],
    [
      'a local bool OR-ed with another condition is not the gate',
      `\tipvsOn := ${GATE}\n\tif ipvsOn || cond {\n\t\tmark()\n\t}`,
      ['ipvsOn||cond']
    ],
    [
      'a local bool holding something else is a plain condition',
      '\tisIPVS := mode == "ipvs"\n\tif isIPVS {\n\t\tmark()\n\t}',
      ['isIPVS']
    ],
    [
      'a package-level bool is a plain condition',
      '\tif ipvsEnabled {\n\t\tmark()\n\t}',
      ['ipvsEnabled']
    ]
  ])('%s', (_name, body, expected) => {
    expect(described(body)).toEqual(expected)
  })

  it('reads nothing from a call that is not Enabled', () => {
    const f = fileOf('\tif gates.Known(features.KubeProxyIPVS) {\n\t\tmark()\n\t}')
    const k = tokenOf(f, 'if')
    expect(gateRead(f, [k + 1, f.v.partner(tokenOf(f, 'Known') + 1) + 1])).toBeUndefined()
  })
})

describe('early returns on a gate', () => {
  it.each([
    [
      'one after another statement on the same line',
      `\tprepare(); if !${GATE} { return }\n\tmark()`,
      ['KubeProxyIPVS is enabled']
    ],
    [
      'one first in a one-line func literal',
      `\tgo func() { if !${GATE} { return }; mark() }()`,
      ['KubeProxyIPVS is enabled', 'inside a func literal']
    ],
    [
      'not an else-if that returns: the if before it may have been taken',
      `\tif mode == "iptables" {\n\t\tprepare()\n\t} else if !${GATE} {\n\t\treturn\n\t}\n\tmark()`,
      []
    ],
    [
      'not the if whose body holds the statement',
      `\tif !${GATE} {\n\t\tmark()\n\t\treturn\n\t}`,
      ['KubeProxyIPVS is disabled']
    ],
    [
      'not a return on the gate and another condition',
      `\tif !${GATE} && cond {\n\t\treturn\n\t}\n\tmark()`,
      []
    ]
  ])('%s', (_name, body, expected) => {
    expect(described(body)).toEqual(expected)
  })

  it('counts only the returns after the name was declared', () => {
    const body = `\tif !${GATE} {\n\t\treturn\n\t}\n\tvalid := sets.New("iptables")\n\tmark(valid)`
    expect(described(body)).toEqual(['KubeProxyIPVS is enabled'])
    expect(described(body, 'valid')).toEqual([])
  })
})

describe('if-else chains', () => {
  it('an else-if holds its own condition as written, after the earlier ones fail', () => {
    const body = '\tif cond {\n\t\tprepare()\n\t} else if mode == "ipvs" {\n\t\tmark()\n\t}'
    expect(conditionsOf(body).map(c => [c.text, c.enabled])).toEqual([
      ['cond', false],
      ['mode=="ipvs"', true]
    ])
  })

  it('an else after an else-if negates each earlier condition as written', () => {
    const body =
      '\tif cond {\n\t\tprepare()\n\t} else if mode == "ipvs" {\n\t\tprepare()\n\t} else {\n\t\tmark()\n\t}'
    expect(described(body)).toEqual(['!(cond)', '!(mode=="ipvs")'])
  })

  it('an else negates only its own chain, not an if before it', () => {
    const body =
      '\tif cond {\n\t\tprepare()\n\t}\n\tif mode == "ipvs" {\n\t\tprepare()\n\t} else {\n\t\tmark()\n\t}'
    expect(described(body)).toEqual(['!(mode=="ipvs")'])
  })

  it('the negation of no condition is none', () => {
    expect(negation([])).toEqual([])
  })
})

describe('switch and select cases', () => {
  it.each([
    ['a select case', '\tselect {\n\tcase <-ctx.Done():\n\t\tmark()\n\t}', ['<-ctx.Done()']],
    [
      'a tagless switch with an init statement',
      '\tswitch m := mode; {\n\tcase m == "ipvs":\n\t\tmark()\n\t}',
      ['m=="ipvs"']
    ],
    [
      'a case after an empty case',
      '\tswitch mode {\n\tcase "":\n\tcase "ipvs":\n\t\tmark()\n\t}',
      ['switch mode case "ipvs"']
    ],
    [
      'a case after a nested select',
      '\tswitch mode {\n\tcase "ipvs":\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn\n\t\tdefault:\n\t\t}\n\t\tmark()\n\t}',
      ['switch mode case "ipvs"']
    ],
    [
      'a case with a slice expression in it',
      '\tswitch {\n\tcase len(mode[1:]) > 0:\n\t\tmark()\n\t}',
      ['len(mode[1:])>0']
    ]
  ])('%s', (_name, body, expected) => {
    expect(described(body)).toEqual(expected)
  })

  it('finds the label and colon of the clause holding a token, and none before the first', () => {
    const f = fileOf(
      '\tswitch mode {\n\tcase "iptables":\n\t\tprepare()\n\tcase "ipvs":\n\t\tmark()\n\t}'
    )
    const open = tokenOf(f, 'mode', tokenOf(f, 'switch')) + 1
    const second = tokenOf(f, 'case', tokenOf(f, 'prepare'))
    expect(caseLabelAt(f, open, tokenOf(f, 'mark'))).toEqual({ label: second, colon: second + 2 })
    expect(caseLabelAt(f, open, open + 1)).toBeUndefined()
  })
})

describe('where each condition is', () => {
  it('points at the line of the func literal, the loop and the case', () => {
    const body =
      '\tfor _, m := range modes {\n\t\tswitch m {\n\t\tcase "ipvs":\n\t\t\tgo func() {\n\t\t\t\tmark()\n\t\t\t}()\n\t\t}\n\t}'
    // run's body starts on line 6.
    expect(conditionsOf(body).map(c => [c.text, c.at])).toEqual([
      ['inside a func literal', { file: FILE, line: 9 }],
      ['switch m case "ipvs"', { file: FILE, line: 8 }],
      ['for _,m:=range modes', { file: FILE, line: 6 }]
    ])
  })
})
