import { beforeEach, describe, expect, it } from '@jest/globals'
import { GoFile } from '../../src/evidence/go-file.js'

// One Go file as the value readers see it (go-file.ts): the package name, every function body
// (declarations' and literals', and nothing that is only a func type), the brackets around a
// token, a range's text, and every call. The file is written in the shape of kube-proxy's
// server code, not copied from it.

const SERVER = `package app

import (
	"context"

	"k8s.io/klog/v2"
)

type ProxyServer struct{ Mode string }

type Handler interface {
	OnChange(func(int))
}

type SyncFunc func() error

var hook = func() {}

var (
	onStart func() = func() { klog.InfoS("starting") }
	checks         = []func() error{
		func() error { return nil },
	}
	byMode = map[string]func(){}
)

func (s *ProxyServer) Run(ctx context.Context) error {
	handler := func(mode string) error {
		return validate(mode)
	}
	go func() {
		klog.V(2).InfoS("Using proxy mode", "mode", s.Mode)
	}()
	defer func() { klog.Flush() }()
	if err := handler(string(s.Mode)); err != nil {
		return err
	}
	return nil
}

func newSet[T comparable](items ...T) struct{ m map[T]bool } {
	return struct{ m map[T]bool }{m: toMap[T](items)}
}

func apply(f func(int) error, g func()) func() error {
	return func() error { return f(1) }
}

func wrap(ch chan func()) (func(), error) {
	return nil, nil
}

func nanotime() int64
`

// Read afresh by each test: a GoFile keeps what it found, and a test must see the reading itself.
let f: GoFile
beforeEach(() => {
  f = new GoFile('cmd/kube-proxy/app/server.go', SERVER)
})

/** The index of the nth token with this text (0 for the first). */
function at(text: string, nth = 0): number {
  let seen = 0
  for (let i = 0; i < f.v.length; i++) if (f.v.text(i) === text && seen++ === nth) return i
  throw new Error(`no token ${text} #${nth}`)
}

/** The first token with this text at or after `from`. */
function next(from: number, text: string): number {
  for (let i = from; i < f.v.length; i++) if (f.v.text(i) === text) return i
  throw new Error(`no token ${text} after ${from}`)
}

/** Each body as `name@line` (`literal@line` for a func literal), the line of its `{`. */
function bodies(file: GoFile): string[] {
  return file.bodies.map(b => `${b.name ?? 'literal'}@${file.line(b.open)}`)
}

describe('GoFile', () => {
  it('reads the package name, and none without a package clause', () => {
    expect(f.packageName).toBe('app')
    expect(new GoFile('x.go', '// only a comment\n').packageName).toBe('')
  })

  it('finds every function body, declarations and literals, in source order', () => {
    expect(bodies(f)).toEqual([
      'literal@17',
      'literal@20',
      'literal@22',
      'Run@27',
      'literal@28',
      'literal@31',
      'literal@34',
      'newSet@41',
      'apply@45',
      'literal@46',
      'wrap@49'
    ])
    expect(f.bodies).toBe(f.bodies)
    // A result of struct type is no body: newSet's own `{` comes after it.
    const newSet = f.bodies.find(b => b.name === 'newSet')!
    expect(f.v.text(newSet.open + 1)).toBe('return')
    const run = f.bodies.find(b => b.name === 'Run')!
    expect(f.text(run.signature)).toBe('(s*ProxyServer)Run(ctx context.Context)error')
    expect(f.v.text(run.at)).toBe('func')
    expect(f.v.partner(run.open)).toBe(run.close)
  })

  it('takes no func type for a body: a result, a slice or map element, a var or a field type', () => {
    // `func apply(…) func() error {`: the `{` is apply's; `[]func() error{` opens a composite
    // literal; `onStart func() = func() {…}`: only the literal has a body.
    const opens = f.bodies.map(b => b.open)
    expect(new Set(opens).size).toBe(opens.length)
    const composite = next(at('checks'), '{')
    expect(f.v.text(composite - 1)).toBe('error')
    expect(f.line(composite)).toBe(21)
    expect(opens).not.toContain(composite)
    const emptyMap = next(at('byMode'), '{') // map[string]func(){}
    expect(f.line(emptyMap)).toBe(24)
    expect(opens).not.toContain(emptyMap)
    // apply's `{` is apply's, once.
    const apply = f.bodies.filter(b => b.open === next(at('apply'), '{'))
    expect(apply.map(b => b.name)).toEqual(['apply'])
    // A method of an interface taking a func, and a declaration without a body, have none.
    expect(f.bodyAt(at('OnChange'))).toBeUndefined()
    expect(f.bodies.some(b => b.name === 'nanotime')).toBe(false)
  })

  it('finds the innermost body around a token, and none outside every body', () => {
    expect(f.bodyAt(at('validate'))?.open).toBe(at('{', 8))
    expect(f.bodyAt(at('validate'))?.name).toBeUndefined()
    expect(f.bodyAt(at('err', 1))?.name).toBe('Run')
    expect(f.bodyAt(at('hook'))).toBeUndefined()
    // A body's own braces are not inside it.
    const run = f.bodies.find(b => b.name === 'Run')!
    expect(f.bodyAt(run.open)).toBeUndefined()
    expect(f.bodyAt(run.close)).toBeUndefined()
    expect(f.bodyAt(run.open + 1)).toBe(run)
  })

  it('takes func after a keyword that starts an expression for a literal', () => {
    const g = new GoFile(
      'x.go',
      `package x

func each() {
	for _, m := range func() []string { return modes }() {
		use(m)
	}
	if func() bool { return ready }() {
		use("ready")
	}
	switch func() int { return 1 }() {
	case func() int { return 2 }():
	}
	for func() bool { return false }() {
	}
	defer func() { recover() }()
}

func closer() interface{ Close() error } {
	return newCloser(kind)(nil)
}
`
    )
    expect(bodies(g)).toEqual([
      'each@3',
      'literal@4',
      'literal@7',
      'literal@10',
      'literal@11',
      'literal@13',
      'literal@15',
      'closer@18'
    ])
    // An interface result is no body, its method no call; a call's result called is one call.
    expect(g.v.text(g.bodies.at(-1)!.open + 1)).toBe('return')
    expect(g.calls().map(c => `${c.name}@${g.line(c.open)}`)).toEqual([
      'use@5',
      'use@8',
      'recover@15',
      'newCloser@19'
    ])
  })

  it('knows the brackets around a token, and the block among them', () => {
    const mode = next(at('Using proxy mode'), 'mode')
    expect(f.v.text(f.enclosing(mode))).toBe('(')
    expect(f.enclosing(at('package'))).toBe(-1)
    const block = f.enclosingBlock(mode)
    expect(f.v.text(block)).toBe('{')
    expect(f.line(block)).toBe(31)
    expect(f.enclosingBlock(at('hook'))).toBe(-1)
    // Tokens after a closed bracket are outside it.
    expect(f.enclosing(at('Handler'))).toBe(-1)
    expect(f.v.text(f.enclosing(at('ProxyServer', 1)))).toBe('(')
  })

  it('gives a range as text, strings quoted, cut with an ellipsis past the limit', () => {
    const call = f.calls().find(c => c.method === 'InfoS' && c.chain[1] === 'V')!
    const range: [number, number] = [call.start, call.close + 1]
    expect(f.text(range)).toBe('klog.V(2).InfoS("Using proxy mode","mode",s.Mode)')
    expect(f.text(range, 20)).toBe('klog.V(2).InfoS("Us…')
    expect(f.text(range, 20)).toHaveLength(20)
    expect(f.text([5, 5])).toBe('')
    // Exactly at the limit: whole, no ellipsis.
    expect(f.text(range, 49)).toBe('klog.V(2).InfoS("Using proxy mode","mode",s.Mode)')
    // Names, strings, numbers and runes one after another keep a space between them.
    const g = new GoFile(
      'x.go',
      `package x

import v1 "k8s.io/api/core/v1"

var n = 1
var r = 'a'
var s = "b"
var t = v1.Pod{}
`
    )
    expect(g.text([2, g.v.length], 200)).toBe(
      'import v1 "k8s.io/api/core/v1" var n=1 var r=\'a\' var s="b" var t=v1.Pod{}'
    )
  })

  it('lists every call once, generic ones too, and no keyword or func type', () => {
    const names = f.calls().map(c => `${c.name}@${f.line(c.open)}`)
    // Declarations (`func Run(`, `func newSet[T …](`) and an interface's methods are not calls.
    expect(names).toEqual([
      'klog.InfoS@20',
      'validate@29',
      'klog.V@32',
      'InfoS@32',
      'klog.Flush@34',
      'handler@35',
      'string@35',
      'toMap@42',
      'f@46'
    ])
    expect(f.calls()).toBe(f.calls())
  })
})
