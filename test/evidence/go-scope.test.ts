import { describe, expect, it } from '@jest/globals'
import { GoFile } from '../../src/evidence/go-file.js'
import { GoValueReader } from '../../src/evidence/go-values.js'
import {
  bindingOf,
  declarationAt,
  headerBody,
  headerStart,
  identList,
  startsStatement,
  type Binding
} from '../../src/evidence/go-scope.js'

// Go's block scoping as the value reader sees it, asked of one file's tokens directly: which
// declaration a use refers to, what a declaration binds, and where a block's header starts.
// The snippets are written in the shape of kube-proxy's server code (bodies of a method).

const HEADER = `package app

func (s *ProxyServer) createProxier(ctx context.Context, config *proxyconfigapi.KubeProxyConfiguration, dualStack, initOnly bool) (proxy.Provider, error) {
`

function fileOf(body: string): GoFile {
  return new GoFile(
    'cmd/kube-proxy/app/server.go',
    body.startsWith('package') ? body : `${HEADER}${body}\n}\n`
  )
}

/** The token index of the nth (1-based) identifier or operator `text`. */
function tok(f: GoFile, text: string, nth = 1): number {
  let seen = 0
  for (let i = 0; i < f.v.length; i++) {
    if (f.v.text(i) === text && ++seen === nth) return i
  }
  throw new Error(`no ${nth}th ${text}`)
}

/** A token as `text@line`, the way the assertions below name places. */
function at(f: GoFile, i: number): string {
  return `${f.v.text(i)}@${f.line(i)}`
}

/** A binding as readable data: every field, tokens as `text@line`, ranges as their source text. */
function shown(f: GoFile, b: Binding | undefined): Record<string, unknown> | undefined {
  if (!b) return undefined
  const out: Record<string, unknown> = {
    kind: b.kind,
    at: at(f, b.at),
    scope: `${at(f, b.scope[0])}..${at(f, b.scope[1])}`
  }
  if (b.kind === 'local') {
    if (b.value) out.value = f.text(b.value)
    if (b.type) out.type = f.text(b.type)
    if (b.multi !== undefined) out.multi = b.multi
  } else if (b.kind === 'range') {
    out.over = f.text(b.over)
    out.key = b.key
    out.single = b.single
  } else {
    out.func = b.func
  }
  return out
}

describe('startsStatement: where an identifier list may be declared with :=', () => {
  const f = fileOf(
    [
      '\tlogger := klog.FromContext(ctx)',
      '\tif mode := config.Mode; mode == "" { mode = proxyconfigapi.ProxyModeIPTables }',
      '\tfor ipFamily := range ipFamilies {',
      '\t\t_ = ipFamily',
      '\t}',
      '\tswitch kind := s.kind; kind {',
      '\tcase modeIPVS: kind = modeIPTables',
      '\t}',
      '\tdefer cleanup(logger, initOnly)',
      '\tx := 1; y := x'
    ].join('\n')
  )
  it.each<[string, number, boolean]>([
    ['the first token of the file', 0, true],
    ['after a line break', tok(f, 'logger'), true],
    ['after if', tok(f, 'mode'), true],
    ['after {', tok(f, 'mode', 3), true],
    ['after for', tok(f, 'ipFamily'), true],
    ['after switch', tok(f, 'kind'), true],
    ['after case', tok(f, 'modeIPVS'), true],
    ['after a case label', tok(f, 'kind', 4), true],
    ['after ; in a header', tok(f, 'kind', 3), true],
    ['after ;', tok(f, 'y'), true],
    ['after =', tok(f, 'proxyconfigapi', 2), false],
    ['after a call paren', tok(f, 'logger', 2), false],
    ['after ,', tok(f, 'initOnly', 2), false],
    ['after defer', tok(f, 'cleanup'), false],
    ['after .', tok(f, 'kind', 2), false]
  ])('%s: %s', (_name, i, expected) => {
    expect(startsStatement(f, i)).toBe(expected)
  })
})

describe('identList: the names declared together', () => {
  const f = fileOf('\tproxier, err, ok := newProxier(ctx, ipFamily, config)\n\tlog(1, err)')
  const list = (i: number): string => {
    const { first, last } = identList(f, i)
    return `${at(f, first)}..${at(f, last)}`
  }
  it('reaches both ends from any name of the list', () => {
    expect(list(tok(f, 'proxier'))).toBe('proxier@4..ok@4')
    expect(list(tok(f, 'err'))).toBe('proxier@4..ok@4')
    expect(list(tok(f, 'ok'))).toBe('proxier@4..ok@4')
  })
  it('stops at an argument that is not a name', () => {
    expect(list(tok(f, 'err', 2))).toBe('err@5..err@5')
    expect(list(tok(f, 'ipFamily'))).toBe('ctx@4..config@4')
  })
})

describe('headerBody and headerStart: a block and the statement it belongs to', () => {
  const f = fileOf(
    [
      '\tvar err error',
      '\tif err = s.setup(); err != nil {',
      '\t\treturn nil, err',
      '\t} else if s.ready {',
      '\t\tlogger.Info("ready")',
      '\t} else {',
      '\t\tlogger.Info("waiting")',
      '\t}',
      '\tfor _, mode := range []string{"iptables", "ipvs"} {',
      '\t\t_ = mode',
      '\t}',
      '\tfor i := 0; i < 3; i++ {',
      '\t}',
      '\tswitch {',
      '\tcase initOnly: return nil, nil',
      '\t}',
      '\tname := "ipvs"',
      '\tif dualStack &&',
      '\t\tinitOnly {',
      '\t}',
      "\tsep := ','",
      '\tif dualStack ||',
      '\t\tinitOnly {',
      '\t}',
      '\tn := 2',
      '\tselect {',
      '\tcase <-ctx.Done(): if n > 0 { return nil, nil }',
      '\t}',
      '\t{',
      '\t\tscoped := n',
      '\t\t_ = scoped',
      '\t}',
      '\t_, _ = name, sep'
    ].join('\n')
  )
  const bodyOf = (keyword: string, nth = 1): string => at(f, headerBody(f, tok(f, keyword, nth)))
  const startOf = (brace: number): string => at(f, headerStart(f, brace))

  it('finds the body past the init statement and the condition', () => {
    expect(bodyOf('if')).toBe('{@5')
    expect(bodyOf('if', 2)).toBe('{@7')
    expect(bodyOf('for')).toBe('{@12')
    expect(bodyOf('for', 2)).toBe('{@15')
    expect(bodyOf('switch')).toBe('{@17')
    expect(bodyOf('if', 3)).toBe('{@22')
    expect(bodyOf('if', 5)).toBe('{@30')
  })

  it('skips a composite literal in the header', () => {
    const body = headerBody(f, tok(f, 'for'))
    expect(f.v.isOp(body + 1, '_') || f.v.text(body + 1)).toBe('_')
  })

  it('finds no body where the header leaves its bracket', () => {
    const g = fileOf('\tcheck(func() bool { return true })\n\tgo func() { for }()')
    expect(headerBody(g, tok(g, 'for'))).toBe(-1)
  })

  it('walks back from a body to its keyword', () => {
    for (const [keyword, nth] of [
      ['if', 1],
      ['for', 1],
      ['for', 2],
      ['switch', 1],
      ['if', 3],
      ['if', 4],
      ['select', 1],
      ['if', 5]
    ] as const) {
      const k = tok(f, keyword, nth)
      const body = keyword === 'select' ? k + 1 : headerBody(f, k)
      expect(startOf(body)).toBe(at(f, k))
    }
    // `} else if c {` and `} else {`: the segment after the `}` starts at else.
    expect(startOf(headerBody(f, tok(f, 'if', 2)))).toBe('else@7')
    expect(startOf(tok(f, 'else', 2) + 1)).toBe('else@9')
  })

  it('takes a bare block as its own start, not the statement before it', () => {
    const bare = tok(f, 'scoped') - 1
    expect(f.v.text(bare)).toBe('{')
    expect(startOf(bare)).toBe('{@32')
    // After a loop whose body closes on its own line, the block is still not that loop's body.
    // (`for range ch {}` drains a channel; gofmt puts its empty body's `}` on a line of its own.)
    const g = fileOf('\tfor range drained {\n\t}\n\t{\n\t\t_ = dualStack\n\t}')
    const block = tok(g, '_') - 1
    expect(at(g, headerStart(g, block))).toBe('{@6')
  })
})

describe('a bare block after a loop, as the value reader reads it', () => {
  it('does not take the block for the loop before it (a later assignment does not reach)', async () => {
    const source = `${HEADER}\tmsg := "first"\n\tfor range drained {\n\t}\n\t{\n\t\tprobe(msg)\n\t\tmsg = "again"\n\t}\n\t_ = msg\n}\n`
    const reader = new GoValueReader({
      read: async path => (path === 'cmd/kube-proxy/app/server.go' ? source : undefined),
      list: async () => ['cmd/kube-proxy/app/server.go']
    })
    const f = (await reader.file('cmd/kube-proxy/app/server.go'))!
    const call = f.calls().find(c => c.name === 'probe')!
    const values = await reader.values(f, call.args[0]!)
    expect(values.map(v => (v.kind === 'string' ? v.text : v.kind))).toEqual(['first'])
  })
})

describe('declarationAt: what a declaration in a function binds', () => {
  const f = fileOf(
    [
      '\tlogger := klog.FromContext(ctx)',
      '\tproxier, err := newProxier(ctx, config)',
      '\tprimary, secondary := "iptables", "ipvs"',
      '\tvar mode proxyconfigapi.ProxyMode = config.Mode',
      '\tvar zero string',
      '\tvar a, b = "x", "y"',
      '\tconst (',
      '\t\treason = "IPVSDeprecation"',
      '\t\tnote   = reason + " warning"',
      '\t)',
      '\tvar (flag = "--proxy-mode")',
      '\tfor ipFamily, cidr := range cidrs {',
      '\t\t_, _ = ipFamily, cidr',
      '\t}',
      '\tfor family := range families {',
      '\t\t_ = family',
      '\t}',
      '\tif v, ok := modes[mode]; ok {',
      '\t\t_ = v',
      '\t} else if strict {',
      '\t\t_ = ok',
      '\t} else {',
      '\t}',
      '\tswitch p := proxier.(type) {',
      '\tcase nil: _ = p',
      '\t}',
      '\tfor i := 0; i < 2; i++ {',
      '\t}',
      '\t_, _, _, _, _, _ = logger, err, primary, secondary, zero, a',
      '\t_, _ = b, flag'
    ].join('\n')
  )
  const decl = (name: string, nth = 1): Record<string, unknown> | undefined =>
    shown(f, declarationAt(f, tok(f, name, nth)))

  // Each row looks the declaration up at the name its `at` shows.
  it.each<[string, Record<string, unknown>]>([
    [
      ':= of a call',
      { kind: 'local', at: 'logger@4', value: 'klog.FromContext(ctx)', scope: 'logger@4..}@34' }
    ],
    [
      'one call, several results',
      { kind: 'local', at: 'err@5', multi: true, scope: 'err@5..}@34' }
    ],
    [
      'the second of two values',
      { kind: 'local', at: 'secondary@6', value: '"ipvs"', scope: 'secondary@6..}@34' }
    ],
    [
      'var with a type and a value',
      {
        kind: 'local',
        at: 'mode@7',
        type: 'proxyconfigapi.ProxyMode',
        value: 'config.Mode',
        scope: 'mode@7..}@34'
      }
    ],
    [
      'var with a type only',
      { kind: 'local', at: 'zero@8', type: 'string', scope: 'zero@8..}@34' }
    ],
    [
      'the second name of a var list',
      { kind: 'local', at: 'b@9', value: '"y"', scope: 'b@9..}@34' }
    ],
    [
      'a const of a group',
      { kind: 'local', at: 'note@12', value: 'reason+" warning"', scope: 'note@12..}@34' }
    ],
    [
      'a var group on one line',
      { kind: 'local', at: 'flag@14', value: '"--proxy-mode"', scope: 'flag@14..}@34' }
    ],
    [
      'a range key',
      {
        kind: 'range',
        at: 'ipFamily@15',
        over: 'cidrs',
        key: true,
        single: false,
        scope: 'ipFamily@15..}@17'
      }
    ],
    [
      'a range value',
      {
        kind: 'range',
        at: 'cidr@15',
        over: 'cidrs',
        key: false,
        single: false,
        scope: 'cidr@15..}@17'
      }
    ],
    [
      'a single range name',
      {
        kind: 'range',
        at: 'family@18',
        over: 'families',
        key: false,
        single: true,
        scope: 'family@18..}@20'
      }
    ],
    [
      'an if header, seen to the end of its else chain',
      { kind: 'local', at: 'ok@21', multi: true, scope: 'ok@21..}@26' }
    ],
    ['a type switch', { kind: 'local', at: 'p@27', value: 'proxier.(type)', scope: 'p@27..}@29' }],
    ['a for clause', { kind: 'local', at: 'i@30', value: '0', scope: 'i@30..}@31' }]
  ])('%s', (_name, expected) => {
    expect(decl(String(expected.at).split('@')[0]!)).toEqual(expected)
  })

  it('is no declaration at a use, an assignment or a name inside a group value', () => {
    expect(decl('reason', 2)).toBeUndefined()
    expect(decl('logger', 2)).toBeUndefined()
    expect(decl('ok', 2)).toBeUndefined()
    expect(decl('proxier', 2)).toBeUndefined()
    expect(decl('mode', 2)).toBeUndefined()
  })
})

describe('bindingOf: the declaration a use refers to', () => {
  const f = fileOf(
    [
      '\tmode := config.Mode',
      '\tmode, err := validate(mode)',
      '\tif err != nil {',
      '\t\tmode := "iptables"',
      '\t\t_ = mode',
      '\t}',
      '\tcheck := func(mode string, strict bool) bool {',
      '\t\treturn mode != "" && strict && initOnly',
      '\t}',
      '\t_ = check(s.mode, dualStack)',
      '\t_ = mode'
    ].join('\n')
  )
  const use = (name: string, nth: number): Record<string, unknown> | undefined =>
    shown(f, bindingOf(f, name, tok(f, name, nth)))

  it('takes the first declaration of a scope; a later := of it reassigns', () => {
    expect(use('mode', 3)).toMatchObject({ kind: 'local', at: 'mode@4', value: 'config.Mode' })
    expect(use('mode', 9)).toMatchObject({ kind: 'local', at: 'mode@4' })
  })
  it('takes the innermost declaration', () => {
    expect(use('mode', 5)).toEqual({
      kind: 'local',
      at: 'mode@7',
      value: '"iptables"',
      scope: 'mode@7..}@9'
    })
  })
  it('names the parameters of a method and of a func literal', () => {
    expect(use('mode', 7)).toEqual({
      kind: 'param',
      at: 'mode@10',
      func: 'a func literal',
      scope: '{@10..}@12'
    })
    expect(use('strict', 2)).toMatchObject({ kind: 'param', func: 'a func literal' })
    expect(use('initOnly', 2)).toEqual({
      kind: 'param',
      at: 'initOnly@3',
      func: 'createProxier',
      scope: '{@3..}@15'
    })
    expect(use('dualStack', 2)).toMatchObject({
      kind: 'param',
      at: 'dualStack@3',
      func: 'createProxier'
    })
    expect(use('ctx', 1)).toBeUndefined()
  })
  it('finds no declaration for a name declared nowhere in the function', () => {
    expect(bindingOf(f, 'Mode', tok(f, 'Mode'))).toBeUndefined()
  })
  it('knows no name outside every function', () => {
    expect(bindingOf(f, 'mode', 0)).toBeUndefined()
  })
})

describe('signature names', () => {
  const f = fileOf(
    [
      'package app',
      '',
      'func (s *ProxyServer) Run(ctx context.Context) error { return use(s, ctx) }',
      'func newProxier(string, proxyconfigapi.ProxyMode) {',
      '\t_ = string',
      '}',
      'func filter[T any](items []T, keep func(T) bool) (out []T, err error) {',
      '\treturn use(items, keep, out, err, T)',
      '}',
      'func logAll(format string, args ...any) { use(format, args) }'
    ].join('\n')
  )
  const param = (name: string, nth: number): string | undefined => {
    const b = bindingOf(f, name, tok(f, name, nth))
    return b?.kind === 'param' ? `${b.func}:${at(f, b.at)}` : b?.kind
  }
  it('names a receiver, parameters, results and variadic parameters', () => {
    expect(param('s', 2)).toBe('Run:s@3')
    expect(param('ctx', 2)).toBe('Run:ctx@3')
    expect(param('items', 2)).toBe('filter:items@7')
    expect(param('keep', 2)).toBe('filter:keep@7')
    expect(param('out', 2)).toBe('filter:out@7')
    expect(param('err', 2)).toBe('filter:err@7')
    expect(param('args', 2)).toBe('logAll:args@10')
  })
  it('takes no type for a name: unnamed parameters and type parameters', () => {
    expect(param('string', 2)).toBeUndefined()
    expect(param('T', 5)).toBeUndefined()
  })
})

describe('headerStart across the line before a multi-line condition', () => {
  // Go's semicolon rule: a line ending in a name, a literal, a closer, ++ or -- ends its
  // statement, so the header starts at the keyword on the next line.
  it.each([
    ['a name', '\tn := count'],
    ['a number', '\tn := 2'],
    ['a string', '\tname := "ipvs"'],
    ['a rune', "\tsep := ','"],
    ['a call', '\tlogger.Info("starting")'],
    ['an index', '\tfirst := modes[0]'],
    ['a composite literal', '\tmodes := []string{"ipvs"}'],
    ['++', '\tcount++'],
    ['--', '\tcount--']
  ])('after %s', (_name, line) => {
    const f = fileOf(`${line}\n\tif dualStack &&\n\t\tinitOnly {\n\t\treturn nil, nil\n\t}`)
    const k = tok(f, 'if')
    expect(at(f, headerStart(f, headerBody(f, k)))).toBe('if@5')
  })
})

describe('headerBody of a body followed by ; on its line', () => {
  it('ends the header at that body (gofmt would split the line; the compiler does not)', () => {
    const f = fileOf('\tif initOnly { return nil, nil }; cleanup()')
    expect(f.v.text(headerBody(f, tok(f, 'if')) + 1)).toBe('return')
  })
})

describe('headerBody of a header in a one-line func literal', () => {
  it('stops at the body that the literal closes right after', () => {
    const f = fileOf('\tgo func() { if initOnly { cleanup() } }()')
    expect(at(f, headerBody(f, tok(f, 'if')))).toBe('{@4')
    expect(f.v.text(headerBody(f, tok(f, 'if')) + 1)).toBe('cleanup')
  })
})

describe('bindingOf at a declaration and across functions', () => {
  const f = fileOf(
    [
      'package app',
      '',
      'func split(host, port string) string { return host + port }',
      'func register(proxyconfigapi.ProxyMode) {',
      '	_ = proxyconfigapi.ProxyModeIPVS',
      '}',
      'func run(mode string) {',
      '	if mode == "" {',
      '		mode := "iptables"',
      '		_ = mode',
      '	}',
      '	_ = host',
      '}'
    ].join('\n')
  )
  it('names every parameter of a list that shares one type', () => {
    expect(bindingOf(f, 'host', tok(f, 'host', 2))).toMatchObject({ kind: 'param', func: 'split' })
    expect(bindingOf(f, 'port', tok(f, 'port', 2))).toMatchObject({ kind: 'param', func: 'split' })
  })
  it('takes no package of a qualified type for a parameter', () => {
    expect(bindingOf(f, 'proxyconfigapi', tok(f, 'proxyconfigapi', 2))).toBeUndefined()
  })
  it('does not see the parameters of another function', () => {
    expect(bindingOf(f, 'host', tok(f, 'host', 3))).toBeUndefined()
  })
  it('at a shadowing declaration, still names what was in scope before it', () => {
    expect(shown(f, bindingOf(f, 'mode', tok(f, 'mode', 3)))).toMatchObject({
      kind: 'param',
      func: 'run'
    })
    expect(shown(f, bindingOf(f, 'mode', tok(f, 'mode', 4)))).toMatchObject({
      kind: 'local',
      at: 'mode@9'
    })
  })
})
