import { describe, expect, it } from '@jest/globals'
import { GoFile } from '../../src/evidence/go-file.js'

// The calls of a Go file as the message and flag criteria see them: the callee's name as a
// policy writes it, its chain of identifiers, where it starts, and its arguments.

const SERVER = `package app

import (
	"k8s.io/apimachinery/pkg/util/sets"
	"k8s.io/klog/v2"
)

func (s *ProxyServer) run(ctx context.Context) error {
	klog.V(2).InfoS("Using ipvs Proxier", "mode", "ipvs")
	s.Recorder.Eventf(s.NodeRef, nil, v1.EventTypeWarning, "IPVSDeprecation", "StartKubeProxy",
		message,
	)
	valid := sets.New[string]("iptables", "nftables")
	klog.FromContext(ctx).Error(nil, "ipvs is deprecated")
	newProxier[string](ctx).Sync()
	mode := (s.config).Mode()
	return fmt.Errorf("unknown mode %q", mode)
}
`

interface Seen {
  name: string
  method: string
  chain: string[]
  start: string
  line: number
  args: string[]
}

function callsOf(source: string): Seen[] {
  const f = new GoFile('cmd/kube-proxy/app/server.go', source)
  return f
    .calls()
    .map(c => ({
      name: c.name,
      method: c.method,
      chain: c.chain,
      start: f.v.text(c.start),
      line: f.line(c.start),
      args: c.args.map(a => f.text(a)),
      closes: f.v.text(c.close)
    }))
    .map(({ closes, ...seen }) => {
      expect(closes).toBe(')')
      return seen
    })
}

describe('the calls of a Go file', () => {
  const calls = callsOf(SERVER)
  const byMethod = (method: string): Seen => calls.find(c => c.method === method)!

  it("reads klog's V(n) chain: the name is the method alone", () => {
    expect(byMethod('InfoS')).toEqual({
      name: 'InfoS',
      method: 'InfoS',
      chain: ['klog', 'V', 'InfoS'],
      start: 'klog',
      line: 9,
      args: ['"Using ipvs Proxier"', '"mode"', '"ipvs"']
    })
    expect(byMethod('V')).toMatchObject({ name: 'klog.V', chain: ['klog', 'V'], args: ['2'] })
  })

  it('reads a recorder field chain and arguments over several lines with a trailing comma', () => {
    expect(byMethod('Eventf')).toEqual({
      name: 'Recorder.Eventf',
      method: 'Eventf',
      chain: ['s', 'Recorder', 'Eventf'],
      start: 's',
      line: 10,
      args: [
        's.NodeRef',
        'nil',
        'v1.EventTypeWarning',
        '"IPVSDeprecation"',
        '"StartKubeProxy"',
        'message'
      ]
    })
  })

  it('names a generic call by its package and function', () => {
    expect(byMethod('New')).toMatchObject({
      name: 'sets.New',
      chain: ['sets', 'New'],
      start: 'sets',
      line: 13,
      args: ['"iptables"', '"nftables"']
    })
  })

  it('follows a chain through a call result and a generic call', () => {
    expect(byMethod('Error')).toMatchObject({
      name: 'Error',
      chain: ['klog', 'FromContext', 'Error'],
      start: 'klog',
      line: 14
    })
    expect(byMethod('Sync')).toMatchObject({
      name: 'Sync',
      chain: ['newProxier', 'Sync'],
      start: 'newProxier',
      line: 15
    })
  })

  it('stops a chain at a parenthesized operand', () => {
    expect(byMethod('Mode')).toMatchObject({
      name: 'Mode',
      chain: ['Mode'],
      start: 'Mode',
      line: 16
    })
  })

  it('names a package function as pkg.Name', () => {
    expect(byMethod('Errorf')).toMatchObject({
      name: 'fmt.Errorf',
      chain: ['fmt', 'Errorf'],
      start: 'fmt',
      line: 17,
      args: ['"unknown mode %q"', 'mode']
    })
  })
})
