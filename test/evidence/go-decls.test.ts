import { describe, expect, it } from '@jest/globals'
import { GoFile } from '../../src/evidence/go-file.js'

// What a Go file declares at package level, as GoFile reads it once (go-decls.ts): the imports,
// and each const, var, type and func with its type and value as source text. The file is
// written in the shape of kube-proxy's config types and server (not copied from them).

const TYPES = `package config

import (
	"fmt"
	"time"

	v1 "k8s.io/api/core/v1"
	. "k8s.io/kubernetes/pkg/proxy/util"
	_ "k8s.io/kubernetes/pkg/proxy/metrics"
)

import "strings"

// ProxyMode represents modes used by the Kubernetes proxy server.
type ProxyMode string

const (
	ProxyModeIPTables    ProxyMode = "iptables"
	ProxyModeIPVS        ProxyMode = "ipvs"
	ProxyModeNFTables    ProxyMode = "nftables"; ProxyModeKernelspace ProxyMode = "kernelspace"
)

const (
	first = iota
	second
)

var defaultModes, legacyModes = []ProxyMode{ProxyModeIPTables}, map[ProxyMode]bool{
	ProxyModeIPVS: true,
}
var syncPeriod time.Duration
var a, b = split()

type (
	Alias = ProxyMode
	Config struct {
		Mode ProxyMode
	}
)

func (m ProxyMode) String() string { return string(m) }

func Validate(mode ProxyMode) error {
	const local = "not a package-level name"
	var inner = local
	return fmt.Errorf("%s %s", inner, strings.ToLower(string(mode)))
}
`

const f = new GoFile('pkg/proxy/apis/config/types.go', TYPES)

/** Every declaration of a name, as `kind name [: type] [= value]`. */
function declared(name: string): string[] {
  return (f.decls.get(name) ?? []).map(d => {
    let s = `${d.kind} ${f.v.text(d.at)}@${f.line(d.at)}`
    if (d.type) s += ` : ${f.text(d.type)}`
    if (d.value) s += ` = ${f.text(d.value)}`
    return s
  })
}

describe('readTopDecls: the imports', () => {
  it('reads a group and a single import, with aliases, dot and blank imports, at their lines', () => {
    expect(f.imports).toEqual([
      { path: 'fmt', line: 4 },
      { path: 'time', line: 5 },
      { path: 'k8s.io/api/core/v1', alias: 'v1', line: 7 },
      { path: 'k8s.io/kubernetes/pkg/proxy/util', alias: '.', line: 8 },
      { path: 'k8s.io/kubernetes/pkg/proxy/metrics', alias: '_', line: 9 },
      { path: 'strings', line: 12 }
    ])
  })
})

describe('readTopDecls: names at package level', () => {
  it('reads each const of a group with its type and value, two specs on one line included', () => {
    expect(declared('ProxyModeIPTables')).toEqual([
      'const ProxyModeIPTables@18 : ProxyMode = "iptables"'
    ])
    expect(declared('ProxyModeIPVS')).toEqual(['const ProxyModeIPVS@19 : ProxyMode = "ipvs"'])
    expect(declared('ProxyModeNFTables')).toEqual([
      'const ProxyModeNFTables@20 : ProxyMode = "nftables"'
    ])
    expect(declared('ProxyModeKernelspace')).toEqual([
      'const ProxyModeKernelspace@20 : ProxyMode = "kernelspace"'
    ])
  })
  it('gives a const that repeats the previous spec no value of its own', () => {
    expect(declared('first')).toEqual(['const first@24 = iota'])
    expect(declared('second')).toEqual(['const second@25'])
  })
  it('pairs a var list with its values, across a composite literal spread over lines', () => {
    expect(declared('defaultModes')).toEqual([
      'var defaultModes@28 = []ProxyMode{ProxyModeIPTables}'
    ])
    expect(declared('legacyModes')).toEqual([
      'var legacyModes@28 = map[ProxyMode]bool{ProxyModeIPVS:true,}'
    ])
    expect(declared('syncPeriod')).toEqual(['var syncPeriod@31 : time.Duration'])
  })
  it('gives no value to names that share one call', () => {
    expect(declared('a')).toEqual(['var a@32'])
    expect(declared('b')).toEqual(['var b@32'])
  })
  it('reads types, alone, aliased and in a group', () => {
    expect(declared('ProxyMode')).toEqual(['type ProxyMode@15 : string'])
    expect(declared('Alias')).toEqual(['type Alias@35 : ProxyMode'])
    expect(declared('Config')).toEqual(['type Config@36 : struct{Mode ProxyMode}'])
  })
  it('declares nothing else: no package name, no method, nothing from a body', () => {
    expect([...f.decls.keys()].sort()).toEqual(
      [
        'Alias',
        'Config',
        'ProxyMode',
        'ProxyModeIPTables',
        'ProxyModeIPVS',
        'ProxyModeKernelspace',
        'ProxyModeNFTables',
        'Validate',
        'a',
        'b',
        'defaultModes',
        'first',
        'legacyModes',
        'second',
        'syncPeriod'
      ].sort()
    )
  })
  it('reads funcs, not methods, and nothing declared inside a body', () => {
    expect(declared('Validate')).toEqual(['func Validate@43'])
    expect(declared('String')).toEqual([])
    expect(declared('local')).toEqual([])
    expect(declared('inner')).toEqual([])
    expect(declared('Mode')).toEqual([])
  })
})

describe('statementEnd and split, as the readers walk a statement', () => {
  const g = new GoFile(
    'cmd/kube-proxy/app/server.go',
    'package app\n\nfunc run() {\n\tmsg := fmt.Sprintf("%s: %v",\n\t\tmode, err); next()\n\tcount++\n\tx := []string{"a", "b",\n\t}\n}\n'
  )
  const at = (text: string): number => g.v.tokens.text.indexOf(text)
  it('ends at a semicolon, at a line break after a closer or ++, and at an outer closer', () => {
    expect(g.v.text(g.statementEnd(at('msg')))).toBe(';')
    expect(g.line(g.statementEnd(at('next')))).toBe(6)
    expect(g.line(g.statementEnd(at('count')))).toBe(7)
    expect(g.v.text(g.statementEnd(at('mode')))).toBe(')') // not at a comma: an argument list is one expression's
    expect(g.text([at('x'), g.statementEnd(at('x'))])).toBe('x:=[]string{"a","b",}')
  })
  it('splits at top-level commas and drops empty elements (a trailing comma)', () => {
    const lit = g.v.tokens.text.lastIndexOf('{')
    expect(g.split(lit + 1, g.v.partner(lit)).map(r => g.text(r))).toEqual(['"a"', '"b"'])
    const call = at('Sprintf') + 1
    expect(g.split(call + 1, g.v.partner(call)).map(r => g.text(r))).toEqual([
      '"%s: %v"',
      'mode',
      'err'
    ])
  })
})

describe("where a declaration ends, by Go's semicolon rule", () => {
  const h = new GoFile(
    'pkg/proxy/config.go',
    "package config\n\nvar maxRetries = 3\nvar separator = ','\nvar last = modes[1]\nvar done = false\n\nfunc drain() {\n\tpending--\n\tnext()\n}\n"
  )
  it('ends at a line break after a number, a rune or a ], and after --', () => {
    const value = (name: string): string => h.text(h.decls.get(name)![0]!.value!)
    expect(['maxRetries', 'separator', 'last', 'done'].map(value)).toEqual([
      '3',
      "','",
      'modes[1]',
      'false'
    ])
    expect(h.line(h.statementEnd(h.v.tokens.text.indexOf('pending')))).toBe(10)
  })
})
