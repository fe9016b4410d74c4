import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { messageCalls } from '../../src/evidence/go-messages.js'
import { describeCondition, unknownsOf } from '../../src/evidence/go-value-types.js'
import type { GoValue } from '../../src/evidence/go-value-types.js'
import { dirsOfImport, GoValueReader, packageNameOf } from '../../src/evidence/go-values.js'
import { GoSyntaxError } from '../../src/evidence/go-types.js'
import { KEP_5495 } from '../../src/policy/kep-5495.js'
import { fixture } from '../support/tree.js'

// The value reader as ESLint's RuleTester tests a rule: `valid` snippets whose value the reader
// reads (every possible text, with where it comes from), `invalid` ones where it must say
// "unknown" and where, never guess. A snippet is the body of `run` in pkg/app/main.go unless it
// starts with `package`; `probe(x)` marks the expression read. `files` adds files to the tree.

const MAIN = 'pkg/app/main.go'
const HEADER = `package app

import (
	"context"
	"fmt"
	"strings"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/util/sets"
	utilfeature "k8s.io/apiserver/pkg/util/feature"
	"k8s.io/klog/v2"
	"k8s.io/kubernetes/pkg/features"
	kubeproxyconfig "k8s.io/kubernetes/pkg/proxy/apis/config"
)

func run(ctx context.Context, cond bool, s *ProxyServer, m map[string]string) {
`
/** The ProxyMode constants, as every era's fixture tree declares them. */
const PROXY_CONFIG = {
  'pkg/proxy/apis/config/types.go': readFileSync(
    path.join(fixture('kubernetes', '1.40'), 'pkg/proxy/apis/config/types.go'),
    'utf8'
  )
}

interface Case {
  name: string
  code: string
  files?: Record<string, string>
}
interface Valid extends Case {
  /** Every text the expression can have (order does not matter). */
  values: string[]
  /** Where the first value is defined: the line of the first line holding this text. */
  from?: { text: string; file?: string }
  /** Conditions of each value, as text, in the order of `values` when given. */
  when?: Record<string, string[]>
}
interface Invalid extends Case {
  /** The known text, `…` for each part that cannot be read; absent when nothing is read. */
  text?: string
  unknown: { why: RegExp; at: string; file?: string; expr?: string }
  /** The conditions of the value with `text` (none when absent). */
  when?: string[]
}

function source(c: Case): string {
  return c.code.startsWith('package') ? c.code : `${HEADER}${c.code}\n}\n`
}

function treeOf(c: Case): Map<string, string> {
  return new Map([[MAIN, source(c)], ...Object.entries(c.files ?? {})])
}

function readerOf(tree: Map<string, string>): GoValueReader {
  return new GoValueReader({
    read: async path => tree.get(path),
    list: async dir => [...tree.keys()].filter(p => p.startsWith(`${dir}/`)).sort()
  })
}

function lineIn(tree: Map<string, string>, file: string, text: string): number {
  const lines = (tree.get(file) ?? '').split('\n')
  const index = lines.findIndex(l => l.includes(text))
  if (index < 0) throw new Error(`${file} has no line with ${text}`)
  return index + 1
}

async function probe(c: Case): Promise<{ values: GoValue[]; tree: Map<string, string> }> {
  const tree = treeOf(c)
  const reader = readerOf(tree)
  const f = (await reader.file(MAIN))!
  const call = f.calls().find(k => k.name === 'probe')
  if (!call) throw new Error(`${c.name}: no probe(…) in the snippet`)
  return { values: await reader.values(f, call.args[0]!), tree }
}

const texts = (values: GoValue[]): string[] =>
  values
    .map(v =>
      v.kind === 'string'
        ? v.text
        : v.kind === 'list'
          ? `[${v.items.map(i => i.text).join(' ')}]`
          : '?'
    )
    .sort()

const GATE = 'utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS)'

const valid: Valid[] = [
  {
    name: 'an interpreted string with escapes',
    code: 'probe("tab\\there \\"quoted\\"")',
    values: ['tab\there "quoted"']
  },
  { name: 'a raw string', code: 'probe(`raw "text" \\n`)', values: ['raw "text" \\n'] },
  {
    name: '+ over several lines',
    code: 'probe("The ipvs proxier " +\n\t"is deprecated")',
    values: ['The ipvs proxier is deprecated']
  },
  { name: 'parentheses', code: 'probe(("a" + "b") + ("c"))', values: ['abc'] },
  { name: 'string(x) of a literal', code: 'probe(string("ipvs"))', values: ['ipvs'] },
  {
    name: 'a name bound with :=, defined at its line',
    code: '\tmessage := "The ipvs proxier is now deprecated"\n\tprobe(message)',
    values: ['The ipvs proxier is now deprecated'],
    from: { text: 'message :=' }
  },
  { name: 'var x = …', code: '\tvar msg = "v"\n\tprobe(msg)', values: ['v'] },
  { name: 'var x string = …', code: '\tvar msg string = "typed"\n\tprobe(msg)', values: ['typed'] },
  { name: 'var x string: the zero value', code: '\tvar msg string\n\tprobe(msg)', values: [''] },
  {
    name: 'reassignment in branches gives every value',
    code: '\tmsg := "a"\n\tif cond {\n\t\tmsg = "b"\n\t} else {\n\t\tmsg = "c"\n\t}\n\tprobe(msg)',
    values: ['a', 'b', 'c']
  },
  {
    name: 'an assignment after the use does not reach it',
    code: '\tmsg := "before"\n\tprobe(msg)\n\tmsg = "after"\n\t_ = msg',
    values: ['before']
  },
  {
    name: 'an assignment later in a loop around the use reaches it',
    code: '\tmsg := "first"\n\tfor cond {\n\t\tprobe(msg)\n\t\tmsg = "again"\n\t}',
    values: ['again', 'first']
  },
  {
    name: 'a shadowing declaration in an inner block is another variable',
    code: '\tmsg := "outer"\n\tif cond {\n\t\tmsg := "inner"\n\t\t_ = msg\n\t}\n\tprobe(msg)',
    values: ['outer']
  },
  {
    name: 'inside the inner block the shadowing declaration wins',
    code: '\tmsg := "outer"\n\tif cond {\n\t\tmsg := "inner"\n\t\tprobe(msg)\n\t}',
    values: ['inner']
  },
  {
    name: 'a declaration in an if header is seen in its else branch',
    code: '\tif msg := "header"; cond {\n\t\t_ = msg\n\t} else {\n\t\tprobe(msg)\n\t}',
    values: ['header']
  },
  {
    name: '+= appends text',
    code: '\tmsg := "a"\n\tmsg += "b"\n\tprobe(msg)',
    values: ['a', 'ab']
  },
  {
    name: 'a const in the function, split over lines (the conntrack message idiom)',
    code: '\tconst message = "CRI error: /sys is read-only: " +\n\t\t"cannot modify conntrack limits"\n\tprobe(message)',
    values: ['CRI error: /sys is read-only: cannot modify conntrack limits'],
    from: { text: 'const message' }
  },
  {
    name: 'a later constant of a const ( … ) group in the function',
    code: '\tconst (\n\t\treason = "IPVSDeprecation"\n\t\tnote   = "ipvs is deprecated"\n\t)\n\tprobe(note)',
    values: ['ipvs is deprecated'],
    from: { text: 'note   =' }
  },
  {
    name: 'a const of the file',
    code: `${HEADER}\tprobe(deprecation)\n}\n\nconst deprecation = "ipvs is deprecated"\n`,
    values: ['ipvs is deprecated'],
    from: { text: 'const deprecation' }
  },
  {
    name: 'a typed const in a const ( … ) block of another file of the package',
    code: '\tprobe(modeIPVS)',
    files: {
      'pkg/app/modes.go':
        'package app\n\ntype mode string\n\nconst (\n\tmodeIPTables mode = "iptables"\n\tmodeIPVS     mode = "ipvs"\n)\n'
    },
    values: ['ipvs'],
    from: { file: 'pkg/app/modes.go', text: 'modeIPVS     mode' }
  },
  {
    name: 'a constant declared in two files (build tags) has both values',
    code: '\tprobe(defaultMode)',
    files: {
      'pkg/app/defaults_linux.go': 'package app\n\nconst defaultMode = "iptables"\n',
      'pkg/app/defaults_windows.go': 'package app\n\nconst defaultMode = "kernelspace"\n'
    },
    values: ['iptables', 'kernelspace']
  },
  {
    name: 'a qualified constant of another package of the checkout (k8s.io/kubernetes/<p>)',
    code: '\tprobe(string(kubeproxyconfig.ProxyModeIPVS))',
    files: PROXY_CONFIG,
    values: ['ipvs'],
    from: { file: 'pkg/proxy/apis/config/types.go', text: 'ProxyModeIPVS ' }
  },
  {
    name: 'a staging package (k8s.io/<repo>/<p> is staging/src/k8s.io/<repo>/<p>)',
    code: '\tprobe(v1.EventTypeWarning)',
    files: {
      'staging/src/k8s.io/api/core/v1/types.go':
        'package v1\n\nconst (\n\tEventTypeNormal string = "Normal"\n\tEventTypeWarning string = "Warning"\n)\n'
    },
    values: ['Warning']
  },
  {
    name: 'a vendored package when there is no staging copy',
    code: 'package app\n\nimport msgs "example.com/messages/v2"\n\nfunc f() {\n\tprobe(msgs.Deprecated)\n}\n',
    files: {
      'vendor/example.com/messages/v2/m.go': 'package messages\n\nconst Deprecated = "deprecated"\n'
    },
    values: ['deprecated']
  },
  {
    name: 'a conversion to a string type of another package',
    code: '\tprobe(kubeproxyconfig.ProxyMode("nftables"))',
    files: PROXY_CONFIG,
    values: ['nftables']
  },
  {
    name: 'fmt.Sprintf with %s %q %d %v and widths',
    code: '\tname := "ipvs"\n\tprobe(fmt.Sprintf("%-6s|%q|%3d|%v|100%%", name, "nftables", 43, name))',
    values: ['ipvs|"nftables"|43|ipvs|100%']
  },
  {
    name: 'fmt.Errorf is its message',
    code: '\tprobe(fmt.Errorf("mode %s needs %s", "ipvs", "a gate"))',
    values: ['mode ipvs needs a gate']
  },
  {
    name: 'strings.Join over []string{…}',
    code: '\tprobe(strings.Join([]string{"iptables", "nftables"}, " or "))',
    values: ['iptables or nftables']
  },
  {
    name: 'strings.Join(sets.List(s)) sorts the set built from constants',
    code: '\tvalid := sets.New[string](string(kubeproxyconfig.ProxyModeNFTables), string(kubeproxyconfig.ProxyModeIPTables))\n\tprobe(strings.Join(sets.List(valid), ", "))',
    files: PROXY_CONFIG,
    values: ['iptables, nftables']
  },
  {
    name: 'sets.NewString and s.List()',
    code: '\tvalid := sets.NewString("b", "a")\n\tprobe(strings.Join(valid.List(), ","))',
    values: ['a,b']
  },
  {
    name: 's.UnsortedList() keeps the items',
    code: '\tvalid := sets.New("x")\n\tprobe(valid.UnsortedList())',
    values: ['[x]']
  },
  {
    name: 'an Insert guarded by a feature gate is recorded with its condition',
    code: `\tvalid := sets.New[string]("iptables", "nftables")\n\tif ${GATE} {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ", "))`,
    values: ['iptables, ipvs, nftables', 'iptables, nftables'],
    when: {
      'iptables, ipvs, nftables': ['KubeProxyIPVS is enabled'],
      'iptables, nftables': ['KubeProxyIPVS is disabled']
    }
  },
  {
    name: 'an Insert in the else branch of a negated gate read holds when the gate is on',
    code: `\tvalid := sets.New[string]("iptables")\n\tif !${GATE} {\n\t\tklog.Info("off")\n\t} else {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['KubeProxyIPVS is enabled'] }
  },
  {
    name: 'an Insert after an early return on the gate holds when the gate is on',
    code: `\tvalid := sets.New[string]("iptables")\n\tif !${GATE} {\n\t\treturn\n\t}\n\tvalid.Insert("ipvs")\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['KubeProxyIPVS is enabled'] }
  },
  {
    name: 'a gate read kept in a local bool',
    code: `\tipvsOn := ${GATE}\n\tvalid := sets.New[string]("iptables")\n\tif ipvsOn {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['KubeProxyIPVS is enabled'] }
  },
  {
    name: 'an Insert under another condition keeps that condition',
    code: '\tvalid := sets.New[string]("iptables")\n\tif cond {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))',
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['cond'] }
  },
  {
    name: 'append to a slice in a guarded branch',
    code: `\tmodes := []string{"iptables"}\n\tif ${GATE} {\n\t\tmodes = append(modes, "ipvs")\n\t}\n\tprobe(strings.Join(modes, "|"))`,
    values: ['iptables', 'iptables|ipvs']
  },
  {
    name: 'a loop variable over a literal slice takes each value',
    code: '\tfor _, name := range []string{"ipvs-scheduler", "ipvs-sync-period"} {\n\t\tprobe(name)\n\t}',
    values: ['ipvs-scheduler', 'ipvs-sync-period']
  },
  {
    name: 'a loop variable over a local slice of constants',
    code: 'package app\n\nconst flagA = "ipvs-strict-arp"\n\nfunc f() {\n\tflags := []string{flagA, "ipvs-udp-timeout"}\n\tfor _, flag := range flags {\n\t\tprobe(flag)\n\t}\n}\n',
    values: ['ipvs-strict-arp', 'ipvs-udp-timeout']
  },
  {
    name: 'a package variable that nothing changes is its initializer',
    code: 'package app\n\nvar errMsg = "ipvs mode needs the gate"\n\nfunc f() {\n\tprobe(errMsg)\n}\n',
    values: ['ipvs mode needs the gate']
  },
  {
    name: 'a []string literal, item by item in its order',
    code: '\tprobe([]string{"nftables", "iptables"})',
    values: ['[nftables iptables]']
  },
  {
    name: '%v of a []string prints it as Go does',
    code: '\tprobe(fmt.Sprintf("modes: %v", []string{"nftables", "iptables"}))',
    values: ['modes: [nftables iptables]']
  },
  {
    name: '%v of a set prints a sorted map',
    code: '\tvalid := sets.New[string]("nftables", "iptables")\n\tprobe(fmt.Sprintf("%v", valid))',
    values: ['map[iptables:{} nftables:{}]']
  },
  {
    name: 's.List() of a set is a sorted slice',
    code: '\tvalid := sets.NewString("nftables", "kernelspace", "iptables")\n\tprobe(fmt.Sprintf("%v", valid.List()))',
    values: ['[iptables kernelspace nftables]']
  },
  {
    name: 'sets.List of a set is a sorted slice',
    code: '\tvalid := sets.New[string]("nftables", "kernelspace", "iptables")\n\tprobe(fmt.Sprintf("%v", sets.List(valid)))',
    values: ['[iptables kernelspace nftables]']
  },
  {
    name: 's.UnsortedList() is a slice in insertion order',
    code: '\tvalid := sets.New[string]("nftables", "iptables")\n\tprobe(fmt.Sprintf("%v", valid.UnsortedList()))',
    values: ['[nftables iptables]']
  },
  {
    name: 'a set spread into a slice with ...',
    code: '\tbase := []string{"iptables"}\n\tprobe(strings.Join(append([]string{"nftables"}, base...), ","))',
    values: ['nftables,iptables']
  },
  {
    name: 'append of several items to a slice',
    code: '\tmodes := []string{"iptables"}\n\tmodes = append(modes, "nftables", "kernelspace")\n\tprobe(strings.Join(modes, ","))',
    values: ['iptables,nftables,kernelspace']
  },
  {
    name: 'a conversion to a string type of the package',
    code: 'package app\n\ntype ProxyMode string\n\nfunc f() {\n\tprobe(ProxyMode("ipvs"))\n}\n',
    values: ['ipvs']
  },
  {
    name: 'fmt.Sprint joins its operands',
    code: '\tprobe(fmt.Sprint("ipvs", " is deprecated"))',
    values: ['ipvs is deprecated']
  },
  {
    name: 'errors.New is its text',
    code: 'package app\n\nimport "errors"\n\nfunc f() {\n\tprobe(errors.New("ipvs is removed"))\n}\n',
    values: ['ipvs is removed']
  },
  {
    name: 'a generic call F[T](…) of another package',
    code: '\tprobe(strings.Join(sets.List[string](sets.New[string]("b", "a")), ","))',
    values: ['a,b']
  },
  {
    name: 'widths, precisions and a + flag are read (not applied)',
    code: '\tprobe(fmt.Sprintf("%10s|%.10s|%+d", "ipvs", "nftables", 43))',
    values: ['ipvs|nftables|43']
  },
  {
    name: 'a verb without its argument and an argument without its verb, as Go prints them',
    code: '\tprobe(fmt.Sprintf("%s and %d", "ipvs") + fmt.Sprintf("done", "extra"))',
    values: ['ipvs and %!d(MISSING)done%!(EXTRA string=extra)']
  },
  {
    name: '%d of text that is not a number, as Go prints it',
    code: '\tprobe(fmt.Sprintf("%d|%d", "x12", "12x"))',
    values: ['%!d(string=x12)|%!d(string=12x)']
  },
  {
    name: 'a Sprintf, a + and a Join keep the conditions of a gated set',
    code: `\tvalid := sets.New[string]("iptables")\n\tif ${GATE} {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(fmt.Sprintf("[%s]", strings.Join(sets.List(valid), ",")) + "!")`,
    values: ['[iptables,ipvs]!', '[iptables]!'],
    when: {
      '[iptables,ipvs]!': ['KubeProxyIPVS is enabled'],
      '[iptables]!': ['KubeProxyIPVS is disabled']
    }
  },
  {
    name: 'explicit argument indexes pick their arguments, as Go does',
    code: '\tprobe(fmt.Sprintf("%[2]s, not %[1]s; %s %[12]s", "ipvs", "nftables"))',
    values: ['nftables, not ipvs; nftables %!s(BADINDEX)']
  },
  {
    name: 'arguments left over after indexed verbs are not reported, as Go does',
    code: '\tprobe(fmt.Sprintf("%[2]s, not %[1]s", "ipvs", "nftables", "iptables"))',
    values: ['nftables, not ipvs']
  },
  {
    name: 'an ellipsis in a literal is text, not a hole',
    code: '\tprobe(fmt.Sprintf("%q", "…"))',
    values: ['"…"']
  },
  {
    name: 'an Insert in an else-if branch holds when the earlier condition does not',
    code: `\tvalid := sets.New[string]("iptables")\n\tif cond {\n\t\tklog.Info("cond")\n\t} else if ${GATE} {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['!(cond)', 'KubeProxyIPVS is enabled'] }
  },
  {
    name: 'an Insert in the else branch of a chain holds when no condition of it does',
    code: `\tvalid := sets.New[string]("iptables")\n\tif cond {\n\t\tklog.Info("cond")\n\t} else if ${GATE} {\n\t\tklog.Info("gate")\n\t} else {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['!(cond)', 'KubeProxyIPVS is disabled'] }
  },
  {
    name: 'an Insert under a && of a gate and another condition holds under both',
    code: `\tvalid := sets.New[string]("iptables")\n\tif cond && ${GATE} {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['cond', 'KubeProxyIPVS is enabled'] }
  },
  {
    name: 'the else of a && holds when not all of it does',
    code: `\tvalid := sets.New[string]("iptables")\n\tif cond && ${GATE} {\n\t\tklog.Info("both")\n\t} else {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': [`!(cond && ${GATE})`] }
  },
  {
    name: 'a doubly negated gate read in parentheses is the gate on',
    code: `\tvalid := sets.New[string]("iptables")\n\tif !(!${GATE}) {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['KubeProxyIPVS is enabled'] }
  },
  {
    name: 'a negated local bool holding a negated gate read is the gate on',
    code: `\tipvsOff := !${GATE}\n\tvalid := sets.New[string]("iptables")\n\tif x := 1; !ipvsOff {\n\t\tvalid.Insert("ipvs")\n\t\t_ = x\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['KubeProxyIPVS is enabled'] }
  },
  {
    name: 'an Enabled call with two arguments is not a gate read',
    code: '\tvalid := sets.New[string]("iptables")\n\tif gates.Enabled(a, b) {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))',
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['gates.Enabled(a,b)'] }
  },
  {
    name: 'an Insert in a tagless switch case holds under the case',
    code: `\tvalid := sets.New[string]("iptables")\n\tswitch {\n\tcase cond:\n\t\tklog.Info("cond")\n\tcase ${GATE}:\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['KubeProxyIPVS is enabled'] }
  },
  {
    name: 'an Insert in a switch on a value holds under its case, and in the default case',
    code: '\tvalid := sets.New[string]()\n\tswitch mode {\n\tcase "ipvs", "IPVS":\n\t\tvalid.Insert("ipvs")\n\tdefault:\n\t\tvalid.Insert("iptables")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))',
    values: ['', 'iptables', 'ipvs', 'iptables,ipvs'],
    when: { ipvs: ['!(default case)', 'switch mode case "ipvs","IPVS"'] }
  },
  {
    name: 'an Insert in a loop or a func literal holds under it',
    code: '\tvalid := sets.New[string]("iptables")\n\tfor _, m := range modes {\n\t\tvalid.Insert("ipvs")\n\t\t_ = m\n\t}\n\tgo func() {\n\t\tvalid.Insert("nftables")\n\t}()\n\tprobe(strings.Join(sets.List(valid), ","))',
    values: ['iptables', 'iptables,ipvs', 'iptables,nftables', 'iptables,ipvs,nftables'],
    when: { 'iptables,ipvs': ['for _,m:=range modes', '!(inside a func literal)'] }
  },
  {
    name: 'an early return on another condition, or with an else, does not guard what follows',
    code: `\tvalid := sets.New[string]("iptables")\n\tif cond {\n\t\treturn\n\t}\n\tif !${GATE} {\n\t\treturn\n\t} else {\n\t\tklog.Info("on")\n\t}\n\tif cond && !${GATE} {\n\t\treturn\n\t}\n\tif !${GATE} {\n\t\tklog.Info("off")\n\t}\n\tvalid.Insert("ipvs")\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables,ipvs']
  },
  {
    name: 'an assignment later in a three-clause for loop around the use reaches it',
    code: '\tmsg := "first"\n\tfor i := 0; i < 3; i++ {\n\t\tprobe(msg)\n\t\tmsg = "again"\n\t}',
    values: ['again', 'first']
  },
  {
    name: 'an Insert in a switch with an init statement holds under its case',
    code: '\tvalid := sets.New[string]()\n\tswitch m := mode(); m {\n\tcase "ipvs":\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))',
    values: ['', 'ipvs'],
    when: { ipvs: ['switch m:=mode();m case "ipvs"'] }
  },
  {
    name: 'a const of a group of several names',
    code: 'package app\n\nconst modeA, modeB = "iptables", "ipvs"\n\nfunc f() {\n\tprobe(modeB)\n}\n',
    values: ['ipvs'],
    from: { text: 'const modeA' }
  },
  {
    name: 'a conversion to a type alias of string, declared in a type ( … ) group',
    code: 'package app\n\ntype (\n\tlevel int\n\tModeName = string\n)\n\nfunc f() {\n\tprobe(ModeName("ipvs"))\n}\n',
    values: ['ipvs']
  },
  {
    name: 'imports on one line, aliased and with a dot',
    code: 'package app\n\nimport msgs "k8s.io/kube-proxy/messages"\nimport . "k8s.io/kube-proxy/modes"\n\nfunc f() {\n\tprobe(msgs.Deprecated)\n}\n',
    files: {
      'staging/src/k8s.io/kube-proxy/messages/m.go':
        'package messages\n\nconst Deprecated = "ipvs is deprecated"\n'
    },
    values: ['ipvs is deprecated']
  },
  {
    name: 'a package named unlike the last element of its path (gopkg.in/x.v2, go-x, k8s.io/x/v2)',
    code: 'package app\n\nimport (\n\t"gopkg.in/messages.v2"\n\t"github.com/example/go-modes"\n)\n\nfunc f() {\n\tprobe(messages.Deprecated + modes.IPVS)\n}\n',
    files: {
      'vendor/gopkg.in/messages.v2/m.go': 'package messages\n\nconst Deprecated = "deprecated: "\n',
      'vendor/github.com/example/go-modes/m.go': 'package modes\n\nconst IPVS = "ipvs"\n'
    },
    values: ['deprecated: ipvs']
  },
  {
    name: 'a range over a set takes each key',
    code: '\tvalid := sets.New[string]("iptables", "nftables")\n\tfor mode := range valid {\n\t\tprobe(mode)\n\t}',
    values: ['iptables', 'nftables']
  },
  {
    name: 'a package is the .go files of its folder: not a subfolder, another extension or a broken sibling',
    code: '\tprobe(defaultMode)',
    files: {
      'pkg/app/defaults.go': 'package app\n\nconst defaultMode = "iptables"\n',
      'pkg/app/broken.go': 'package app\n\nconst defaultMode = (\n',
      'pkg/app/defaults.go.orig': 'package app\n\nconst defaultMode = "orig"\n',
      'pkg/app/windows/defaults.go': 'package windows\n\nconst defaultMode = "kernelspace"\n'
    },
    values: ['iptables']
  },
  {
    name: 'each name of a := with several values takes its own',
    code: '\tmode, reason := "ipvs", "deprecated"\n\t_ = mode\n\tprobe(reason)',
    values: ['deprecated']
  },
  {
    name: 'a var ( … ) group in a function',
    code: '\tvar (\n\t\tmode   = "ipvs"\n\t\treason = "deprecated"\n\t)\n\t_ = mode\n\tprobe(reason)',
    values: ['deprecated'],
    from: { text: 'reason = ' }
  },
  {
    name: 'reading a set or logging it does not change it',
    code: '\tvalid := sets.New[string]("iptables")\n\tif valid.Has("ipvs") {\n\t\tklog.Info(valid)\n\t}\n\tfmt.Println(len(valid))\n\tprobe(strings.Join(sets.List(valid), ","))',
    values: ['iptables']
  },
  {
    name: 'a field or a local of the same name does not change a package variable',
    code: 'package app\n\nvar message = "ipvs is deprecated"\n\nfunc init() {\n\ts.message = load()\n\tmessage := "local"\n\tmessage = "changed locally"\n\t_ = message\n}\n\nfunc f() {\n\tprobe(message)\n}\n',
    values: ['ipvs is deprecated']
  },
  {
    name: 'a gate read with a string or another method is a plain condition',
    code: '\tvalid := sets.New[string]("iptables")\n\tif gate.Enabled("KubeProxyIPVS") {\n\t\tvalid.Insert("ipvs")\n\t}\n\tif gate.IsSet(features.KubeProxyIPVS) {\n\t\tvalid.Insert("nftables")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))',
    values: ['iptables', 'iptables,ipvs', 'iptables,nftables', 'iptables,ipvs,nftables'],
    when: {
      'iptables,ipvs,nftables': [
        'gate.Enabled("KubeProxyIPVS")',
        'gate.IsSet(features.KubeProxyIPVS)'
      ]
    }
  },
  {
    name: 'a return nested in an inner if is no early return on the gate',
    code: `\tvalid := sets.New[string]("iptables")\n\tif !${GATE} {\n\t\tif cond {\n\t\t\treturn\n\t\t}\n\t}\n\tvalid.Insert("ipvs")\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables,ipvs']
  },
  {
    name: 'a tagless switch case with several expressions is kept as written',
    code: '\tvalid := sets.New[string]("iptables")\n\tswitch {\n\tcase cond, other:\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))',
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['switch case cond,other'] }
  },
  {
    name: 'a local bool from a call with several results is no gate read',
    code: `\ton, err := gateState()\n\t_ = err\n\tvalid := sets.New[string]("iptables")\n\tif on {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs'],
    when: { 'iptables,ipvs': ['on'] }
  },
  {
    name: 'string() of two operands (Go rejects it) has no value',
    code: '\tprobe(string("a", "b"))',
    values: []
  },
  {
    name: 'two gated Inserts give every combination',
    code: `\tvalid := sets.New[string]("iptables")\n\tif ${GATE} {\n\t\tvalid.Insert("ipvs")\n\t}\n\tif cond {\n\t\tvalid.Insert("kernelspace")\n\t}\n\tprobe(strings.Join(sets.List(valid), ","))`,
    values: ['iptables', 'iptables,ipvs', 'iptables,ipvs,kernelspace', 'iptables,kernelspace'],
    when: {
      iptables: ['KubeProxyIPVS is disabled', '!(cond)'],
      'iptables,ipvs,kernelspace': ['KubeProxyIPVS is enabled', 'cond']
    }
  }
]

const invalid: Invalid[] = [
  {
    name: 'the result of a function call',
    code: '\tprobe(reason())',
    unknown: { why: /call to reason/, at: 'probe(reason())' }
  },
  {
    name: 'a struct field',
    code: '\tprobe(s.message)',
    unknown: { why: /field of s/, at: 'probe(s.message)' }
  },
  {
    name: 'a map element',
    code: '\tprobe(m["k"])',
    unknown: { why: /element of m/, at: 'probe(m[' }
  },
  {
    name: 'a parameter',
    code: 'package app\n\nfunc warn(msg string) {\n\tprobe(msg)\n}\n',
    unknown: { why: /parameter of warn/, at: 'probe(msg)' }
  },
  {
    name: 'a Sprintf argument that cannot be read leaves a hole',
    code: '\tprobe(fmt.Sprintf("The ipvs proxier is removed in %s", removalRelease()))',
    text: 'The ipvs proxier is removed in …',
    unknown: { why: /call to removalRelease/, at: 'probe(fmt.Sprintf' }
  },
  {
    name: 'a Sprintf whose format is a parameter',
    code: 'package app\n\nimport "fmt"\n\nfunc f(format string) {\n\tprobe(fmt.Sprintf(format, "x"))\n}\n',
    text: '…',
    unknown: { why: /parameter of f/, at: 'probe(' }
  },
  {
    name: 'a package outside the checkout',
    code: 'package app\n\nimport "example.com/other"\n\nfunc f() {\n\tprobe(other.Message)\n}\n',
    unknown: { why: /not in the checkout/, at: 'probe(other.Message)' }
  },
  {
    name: 'a name declared nowhere',
    code: '\tprobe(missing)',
    unknown: { why: /not declared in the package/, at: 'probe(missing)' }
  },
  {
    name: 'a const declared only in a _test.go file is not part of the package',
    code: '\tprobe(testOnly)',
    files: { 'pkg/app/main_test.go': 'package app\n\nconst testOnly = "ipvs is deprecated"\n' },
    unknown: { why: /not declared in the package/, at: 'probe(testOnly)' }
  },
  {
    name: 'one of several results of a call',
    code: '\tmsg, err := build()\n\t_ = err\n\tprobe(msg)',
    unknown: { why: /several results/, at: 'msg, err :=' }
  },
  {
    name: 'a value whose address is taken may change elsewhere',
    code: '\tmsg := "a"\n\tfill(&msg)\n\tprobe(msg)',
    unknown: { why: /may be changed elsewhere/, at: 'fill(&msg)' }
  },
  {
    name: 'a set handed to a function that may change it',
    code: '\tvalid := sets.New[string]("iptables")\n\taddModes(valid)\n\tprobe(strings.Join(sets.List(valid), ","))',
    text: 'iptables,…',
    unknown: { why: /may be changed elsewhere/, at: 'addModes(valid)' }
  },
  {
    name: 'a package variable assigned in a function',
    code: 'package app\n\nvar message = "ipvs is deprecated"\n\nfunc init() {\n\tmessage = load()\n}\n\nfunc f() {\n\tprobe(message)\n}\n',
    unknown: { why: /package variable changed/, at: 'message = load()' }
  },
  {
    name: 'a verb the reader does not apply',
    code: '\tprobe(fmt.Sprintf("%x", "ipvs"))',
    text: '…',
    unknown: { why: /%x verb/, at: 'probe(' }
  },
  {
    name: 'a loop index',
    code: '\tfor i := range []string{"a"} {\n\t\tprobe(i)\n\t}',
    unknown: { why: /loop index/, at: 'probe(i)' }
  },
  {
    name: 'a constant defined in terms of itself',
    code: 'package app\n\nconst a = b\nconst b = a\n\nfunc f() {\n\tprobe(a)\n}\n',
    unknown: { why: /in terms of itself/, at: 'const a = b' }
  },
  {
    name: 'a var of a group assigned from one call',
    code: 'package app\n\nvar modeA, modeB = modes()\n\nfunc f() {\n\tprobe(modeB)\n}\n',
    unknown: { why: /modeB, a var without a value of its own/, at: 'var modeA' }
  },
  {
    name: 'a function name',
    code: 'package app\n\nfunc message() string { return "x" }\n\nfunc f() {\n\tprobe(message)\n}\n',
    unknown: { why: /^the func message$/, at: 'probe(' }
  },
  {
    name: 'a type name',
    code: 'package app\n\ntype Mode string\n\nfunc f() {\n\tprobe(Mode)\n}\n',
    unknown: { why: /^the type Mode$/, at: 'probe(' }
  },
  {
    name: 'nil',
    code: '\tprobe(nil)',
    unknown: { why: /^the predeclared nil$/, at: 'probe(' }
  },
  {
    name: 'a package variable whose address is taken in a function',
    code: 'package app\n\nvar message = "ipvs is deprecated"\n\nfunc init() {\n\tfill(&message)\n}\n\nfunc f() {\n\tprobe(message)\n}\n',
    unknown: { why: /package variable changed at pkg\/app\/main.go:6/, at: 'fill(&message)' }
  },
  {
    name: 'a package variable appended to in a function',
    code: 'package app\n\nvar message = "ipvs"\n\nfunc init() {\n\tmessage += " is deprecated"\n}\n\nfunc f() {\n\tprobe(message)\n}\n',
    unknown: { why: /package variable changed/, at: 'message +=' }
  },
  {
    name: 'a range over a slice with one variable is its index',
    code: '\tfor i := range []string{"ipvs"} {\n\t\tprobe(i)\n\t}',
    unknown: { why: /loop index/, at: 'probe(i)' }
  },
  {
    name: 'a range over a string',
    code: '\tfor _, r := range "ipvs" {\n\t\tprobe(r)\n\t}',
    unknown: { why: /a loop over a string/, at: 'probe(r)' }
  },
  {
    name: 'a reassignment from one of several results',
    code: '\tmsg := "a"\n\tmsg, err = build()\n\t_ = err\n\tprobe(msg)',
    text: 'a',
    unknown: { why: /one of several results/, at: 'msg, err = build()' }
  },
  {
    name: 'the zero value of a type that is not string',
    code: '\tvar mode ProxyMode\n\tprobe(mode)',
    unknown: { why: /a zero value/, at: 'var mode' }
  },
  {
    name: 'a set whose items are deleted',
    code: '\tvalid := sets.New[string]("iptables", "ipvs")\n\tvalid.Delete("ipvs")\n\tprobe(strings.Join(sets.List(valid), ","))',
    text: 'iptables,ipvs,…',
    unknown: { why: /items removed at pkg\/app\/main.go:\d+/, at: 'valid.Delete' }
  },
  {
    name: 'an Insert of a value that cannot be read',
    code: '\tvalid := sets.New[string]("iptables")\n\tvalid.Insert(extra())\n\tprobe(strings.Join(sets.List(valid), ","))',
    text: 'iptables,…',
    unknown: { why: /call to extra/, at: 'valid.Insert' }
  },
  {
    name: 'the key of a range over a map',
    code: '\tfor k, v := range m {\n\t\t_ = v\n\t\tprobe(k)\n\t}',
    unknown: { why: /loop index/, at: 'probe(k)' }
  },
  {
    name: 'a parameter of a func literal',
    code: '\twarn := func(msg string) {\n\t\tprobe(msg)\n\t}\n\twarn("x")',
    unknown: { why: /^a parameter of a func literal$/, at: 'probe(msg)' }
  },
  {
    name: 'a set cleared',
    code: '\tvalid := sets.New[string]("iptables")\n\tvalid.Clear()\n\tprobe(strings.Join(sets.List(valid), ","))',
    text: 'iptables,…',
    unknown: { why: /items removed/, at: 'valid.Clear' }
  },
  {
    name: 'a parameter of a method',
    code: 'package app\n\nfunc (s *ProxyServer) warn(ctx context.Context, msg string) {\n\tprobe(msg)\n}\n',
    unknown: { why: /^a parameter of warn$/, at: 'probe(msg)' }
  },
  {
    name: 'a parameter of a generic function with a func-typed parameter',
    code: 'package app\n\nfunc warn[T any](log func(string) error, msg T) {\n\tprobe(msg)\n}\n',
    unknown: { why: /^a parameter of warn$/, at: 'probe(msg)' }
  },
  {
    name: 'a parameter of a function after a declaration without a body',
    code: 'package app\n\nfunc fastPath(x int) int\n\nfunc warn(msg string) (out struct{ text string }) {\n\tprobe(msg)\n\treturn\n}\n',
    unknown: { why: /^a parameter of warn$/, at: 'probe(msg)' }
  },
  {
    name: 'a conversion to a type of the package that is not a string',
    code: 'package app\n\ntype level int\n\nfunc f() {\n\tprobe(level("x"))\n}\n',
    unknown: { why: /^the result of a call to level$/, at: 'probe(' }
  },
  {
    name: 'a loop over the result of a call',
    code: '\tfor _, m := range modes() {\n\t\tprobe(m)\n\t}',
    unknown: { why: /call to modes/, at: 'for _, m := range' }
  },
  {
    name: 'a loop over a list with an item that cannot be read',
    code: '\tfor _, m := range []string{"iptables", mode()} {\n\t\tprobe(m)\n\t}',
    unknown: { why: /call to mode/, at: 'for _, m := range' }
  },
  {
    name: 'a + with a part that cannot be read keeps the rest',
    code: '\tprobe("ipvs is removed in " + release())',
    text: 'ipvs is removed in …',
    unknown: { why: /call to release/, at: 'probe(' }
  },
  {
    name: 'a Sprintf argument partly read keeps its known text',
    code: '\tprobe(fmt.Sprintf("%s!", "ipvs in " + release()))',
    text: 'ipvs in …!',
    unknown: { why: /call to release/, at: 'probe(' }
  },
  {
    name: '%q of an argument that cannot be read is a hole, not a quoted hole',
    code: '\tprobe(fmt.Sprintf("mode %q", mode()))',
    text: 'mode …',
    unknown: { why: /call to mode/, at: 'probe(' }
  },
  {
    name: 'an item of a list that cannot be read whole keeps its hole in a Join',
    code: '\tprobe(strings.Join([]string{"iptables", "ipvs " + suffix()}, ","))',
    text: 'iptables,ipvs …',
    unknown: { why: /call to suffix/, at: 'probe(' }
  },
  {
    name: 'an item that cannot be read at all is a hole at the end of a Join',
    code: '\tprobe(strings.Join([]string{"iptables", mode()}, ","))',
    text: 'iptables,…',
    unknown: { why: /call to mode/, at: 'probe(' }
  },
  {
    name: '%v of a set with a gated item prints the rest and a hole',
    code: `\tvalid := sets.New[string]("iptables")\n\tif ${GATE} {\n\t\tvalid.Insert("ipvs")\n\t}\n\tprobe(fmt.Sprintf("%v", valid))`,
    text: 'map[iptables:{} …]',
    unknown: { why: /only under a condition/, at: 'valid := sets.New' }
  },
  {
    name: '%v of a slice with an unreadable item',
    code: '\tprobe(fmt.Sprintf("%v", []string{"iptables", mode()}))',
    text: '[iptables …]',
    unknown: { why: /call to mode/, at: 'probe(' }
  },
  {
    name: 'a width or precision given as an argument',
    code: '\tprobe(fmt.Sprintf("%*s|%.*s", 6, "ipvs", 2, "nftables"))',
    text: '…|…',
    unknown: { why: /%\*s verb/, at: 'probe(', expr: '%*s' }
  },
  {
    name: 'strings.Join of a list that cannot be read',
    code: '\tprobe(strings.Join(modes(), ","))',
    unknown: { why: /call to modes/, at: 'probe(' }
  },
  {
    name: 'strings.Join with a separator that cannot be read',
    code: 'package app\n\nimport "strings"\n\nfunc f(sep string) {\n\tprobe(strings.Join([]string{"a", "b"}, sep))\n}\n',
    unknown: { why: /separator the reader cannot read/, at: 'probe(' }
  },
  {
    name: 'strings.Join of a string (Go rejects it) is unknown, not a guess',
    code: '\tprobe(strings.Join("ipvs", ","))',
    unknown: { why: /strings.Join of something that is not a list/, at: 'probe(' }
  },
  {
    name: 'a + of a list (Go rejects it) is unknown, not a guess',
    code: '\tprobe("modes: " + []string{"ipvs"})',
    unknown: { why: /`\+` of something other than strings/, at: 'probe(' }
  },
  {
    name: 'empty parentheses (Go rejects them) are an empty expression',
    code: '\tprobe(())',
    unknown: { why: /an empty expression/, at: 'probe(' }
  },
  {
    name: 'a list inside a list',
    code: '\tprobe(strings.Join([]string{"a", []string{"b"}}, ","))',
    text: 'a,…',
    unknown: { why: /a list inside a list/, at: 'probe(' }
  },
  {
    name: 'append to nothing',
    code: '\tprobe(strings.Join(append(), ","))',
    unknown: { why: /append of nothing/, at: 'probe(' }
  },
  {
    name: 'append to a slice that cannot be read',
    code: '\tprobe(strings.Join(append(modes(), "ipvs"), ","))',
    unknown: { why: /call to modes/, at: 'probe(' }
  },
  {
    name: 'a method other than List on a set',
    code: '\tvalid := sets.New[string]("ipvs")\n\tprobe(valid.Len())',
    unknown: { why: /the result of Len\(\)/, at: 'probe(' }
  },
  {
    name: 'List() of a value that cannot be read stays unknown',
    code: 'package app\n\nfunc f(valid sets.Set[string]) {\n\tprobe(valid.List())\n}\n',
    unknown: { why: /parameter of f/, at: 'probe(' }
  },
  {
    name: 'a call on the result of a call of a package function',
    code: '\tprobe(strings.ToLower("IPVS").Field)',
    unknown: { why: /does not evaluate/, at: 'probe(' }
  },
  {
    name: 'a field of a package value',
    code: '\tprobe(features.Gates.KubeProxyIPVS)',
    files: {
      'pkg/features/kube_features.go':
        'package features\n\nvar Gates = struct{ KubeProxyIPVS string }{"ipvs"}\n'
    },
    unknown: { why: /a field or element of a package value/, at: 'probe(' }
  },
  {
    name: 'an unknown function of a package',
    code: '\tprobe(strings.ToLower("IPVS"))',
    unknown: { why: /the result of a call to strings.ToLower/, at: 'probe(' }
  },
  {
    name: 'a conversion with two operands (Go rejects it) is not a conversion',
    code: '\tprobe(kubeproxyconfig.ProxyMode("a", "b"))',
    files: PROXY_CONFIG,
    unknown: { why: /call to config.ProxyMode/, at: 'probe(' }
  },
  {
    name: 'an operator the reader does not evaluate',
    code: '\tprobe(-count)',
    unknown: { why: /does not evaluate/, at: 'probe(' }
  },
  {
    name: 'a name followed by something the reader does not evaluate',
    code: '\tprobe(s.modes == nil)',
    unknown: { why: /does not evaluate/, at: 'probe(' }
  }
]

describe('the value-reader table', () => {
  it('has no duplicate cases and no invalid case without an unknown', () => {
    const all = [...valid, ...invalid]
    expect(new Set(all.map(c => c.name)).size).toBe(all.length)
    expect(new Set(all.map(c => c.code + JSON.stringify(c.files ?? {}))).size).toBe(all.length)
    expect(invalid.every(c => c.unknown.why instanceof RegExp)).toBe(true)
    // The issue asks for at least 40 snippets over the reader and the message calls together.
    expect(all.length + MESSAGE_CASES.length).toBeGreaterThanOrEqual(40)
  })
})

describe('valid: the reader reads these values', () => {
  it.each(valid)('$name', async c => {
    const { values, tree } = await probe(c)
    expect(values.flatMap(unknownsOf)).toEqual([])
    expect(texts(values)).toEqual([...c.values].sort())
    if (c.from) {
      const first = values[0]!
      const file = c.from.file ?? MAIN
      expect(first.kind === 'unknown' ? undefined : first.from).toEqual({
        file,
        line: lineIn(tree, file, c.from.text)
      })
    }
    for (const [text, conditions] of Object.entries(c.when ?? {})) {
      const value = values.find(v => v.kind === 'string' && v.text === text)
      expect(value?.kind === 'string' ? value.when.map(describeCondition) : undefined).toEqual(
        conditions
      )
    }
  })
})

describe('invalid: the reader says what it cannot read, and where', () => {
  it.each(invalid)('$name', async c => {
    const { values, tree } = await probe(c)
    const unknowns = values.flatMap(unknownsOf)
    expect(unknowns.length).toBeGreaterThan(0)
    const u = unknowns[0]!
    expect(u.why).toMatch(c.unknown.why)
    const file = c.unknown.file ?? MAIN
    expect(u.at).toEqual({ file, line: lineIn(tree, file, c.unknown.at) })
    if (c.unknown.expr !== undefined) expect(u.expr).toBe(c.unknown.expr)
    if (c.text !== undefined) {
      const value = values.find(v => v.kind === 'string' && v.text === c.text)
      expect(values.map(v => (v.kind === 'string' ? v.text : undefined))).toContain(c.text)
      expect(value?.kind === 'string' ? value.when.map(describeCondition) : []).toEqual(
        c.when ?? []
      )
    } else expect(values.some(v => v.kind === 'unknown')).toBe(true)
  })
})

// Where messages go: only a log call or a Warning event sends one (go-messages.ts).
interface MessageCase extends Case {
  /** Each message call found: kind, level, text and (events) reason; [] when none must be. */
  calls: { kind: 'log' | 'event'; level: string; text: string; reason?: string }[]
}

const LOGS = KEP_5495.kubernetes.warning
const DEPRECATED = "The ipvs proxier is now deprecated. Please use 'nftables' instead."

const MESSAGE_CASES: MessageCase[] = [
  {
    name: 'the upstream 1.35 idiom: a message variable sent to a logger and a Warning event',
    code: `\tlogger := klog.FromContext(ctx)\n\tmessage := "${DEPRECATED}"\n\tlogger.Error(nil, message)\n\ts.Recorder.Eventf(s.NodeRef, nil, v1.EventTypeWarning, "IPVSDeprecation", "StartKubeProxy", message)`,
    calls: [
      { kind: 'log', level: 'error', text: DEPRECATED },
      { kind: 'event', level: 'Warning', text: DEPRECATED, reason: 'IPVSDeprecation' }
    ]
  },
  {
    name: "klog's structured call through V(n)",
    code: '\tklog.V(2).InfoS("Using ipvs Proxier", "mode", "ipvs")',
    calls: [{ kind: 'log', level: 'info', text: 'Using ipvs Proxier' }]
  },
  {
    name: "klog's …f variant formats its arguments",
    code: '\tklog.Warningf("ipvs is deprecated since %s; use %q", "1.35", "nftables")',
    calls: [
      { kind: 'log', level: 'warning', text: 'ipvs is deprecated since 1.35; use "nftables"' }
    ]
  },
  {
    name: "klog's Info prints its operands one after the other",
    code: '\tklog.Info("ipvs ", "is deprecated")',
    calls: [{ kind: 'log', level: 'info', text: 'ipvs is deprecated' }]
  },
  {
    name: 'a logr logger from the context, at Error level',
    code: '\tklog.FromContext(ctx).Error(nil, "ipvs is deprecated", "mode", "ipvs")',
    calls: [{ kind: 'log', level: 'error', text: 'ipvs is deprecated' }]
  },
  {
    name: "tools/record's Event with the core/v1 constant",
    code: '\ts.Recorder.Event(s.NodeRef, v1.EventTypeWarning, "IPVSDeprecation", "ipvs is deprecated")',
    calls: [
      { kind: 'event', level: 'Warning', text: 'ipvs is deprecated', reason: 'IPVSDeprecation' }
    ]
  },
  {
    name: 'an Eventf with the "Warning" literal and a format',
    code: '\ts.recorder.Eventf(s.NodeRef, "Warning", "Deprecated", "%s is deprecated", "ipvs")',
    calls: [{ kind: 'event', level: 'Warning', text: 'ipvs is deprecated', reason: 'Deprecated' }]
  },
  {
    name: 'AnnotatedEventf',
    code: '\ts.recorder.AnnotatedEventf(s.NodeRef, nil, v1.EventTypeWarning, "Deprecated", "ipvs is removed in %d.%d", 1, 43)',
    calls: [
      { kind: 'event', level: 'Warning', text: 'ipvs is removed in 1.43', reason: 'Deprecated' }
    ]
  },
  {
    name: 'a Normal event is recorded as Normal, not as a warning',
    code: '\ts.Recorder.Eventf(s.NodeRef, nil, v1.EventTypeNormal, "Starting", "StartKubeProxy", "ipvs is deprecated")',
    calls: [{ kind: 'event', level: 'Normal', text: 'ipvs is deprecated', reason: 'Starting' }]
  },
  {
    name: 'a message in a comment is not a message',
    code: '\t// logger.Error(nil, "ipvs is deprecated")\n\t/* klog.Warning("ipvs is deprecated") */',
    calls: []
  },
  {
    name: 'an error built with fmt.Errorf and returned is not logged',
    code: '\terr := fmt.Errorf("ipvs is deprecated: use %s", "nftables")\n\t_ = err',
    calls: []
  },
  {
    name: 'flag help text is not a message',
    code: '\tfs.StringVar(&o.scheduler, "ipvs-scheduler", "", "ipvs is deprecated; use nftables")',
    calls: []
  }
]

describe('message calls: what reaches a log call or an event', () => {
  it.each(MESSAGE_CASES)('$name', async c => {
    const tree = treeOf(c)
    const reader = readerOf(tree)
    const found = await messageCalls(reader, (await reader.file(MAIN))!, LOGS)
    expect(
      found.map(m => {
        const value = m.message[0]
        const out: Record<string, string> = {
          kind: m.kind,
          level: m.level,
          text: value?.kind === 'string' ? value.text : '?'
        }
        if (m.reason) out.reason = m.reason
        return out
      })
    ).toEqual(c.calls)
    for (const m of found)
      expect(m.line).toBe(lineIn(tree, MAIN, m.call.split('.').slice(-1)[0]! + '('))
  })
})

/** `name := "<name>0"`, then n-1 guarded reassignments: a name with n possible values. */
function alternatives(name: string, n: number): string {
  let code = `\t${name} := "${name}0"\n`
  for (let k = 1; k < n; k++) code += `\tif cond {\n\t\t${name} = "${name}${k}"\n\t}\n`
  return code
}

/** `valid`, a set with `alts` possible bases and `gated` items each inserted under a condition. */
function gatedSet(alts: number, gated: number): string {
  let code = '\tvalid := sets.New[string]("base0")\n'
  for (let k = 1; k < alts; k++)
    code += `\tif cond {\n\t\tvalid = sets.New[string]("base${k}")\n\t}\n`
  for (let k = 0; k < gated; k++) code += `\tif cond {\n\t\tvalid.Insert("item${k}")\n\t}\n`
  return code
}

async function probeCode(code: string): Promise<GoValue[]> {
  return (await probe({ name: 'generated', code })).values
}

const tooMany = (values: GoValue[]): boolean =>
  values.length === 1 &&
  values[0]!.kind === 'unknown' &&
  /more than 64/.test(values[0]!.unknown.why)

describe('the reader enumerates up to 64 alternatives, and says "unknown" past them', () => {
  it('a + of 8 × 8 alternatives is 64 values; 5 × 13 is unknown', async () => {
    const at64 = await probeCode(`${alternatives('a', 8)}${alternatives('b', 8)}\tprobe(a + b)`)
    expect(at64).toHaveLength(64)
    expect(texts(at64)).toContain('a7b7')
    expect(
      tooMany(await probeCode(`${alternatives('a', 5)}${alternatives('b', 13)}\tprobe(a + b)`))
    ).toBe(true)
  })

  it('a []string{…} of 8 × 8 alternatives is 64 lists; 5 × 13 is unknown', async () => {
    const at64 = await probeCode(
      `${alternatives('a', 8)}${alternatives('b', 8)}\tprobe([]string{a, b})`
    )
    expect(at64).toHaveLength(64)
    expect(texts(at64)).toContain('[a7 b7]')
    const past = await probeCode(
      `${alternatives('a', 5)}${alternatives('b', 13)}\tprobe([]string{a, b})`
    )
    expect(tooMany(past)).toBe(true)
    expect(past[0]!.kind === 'unknown' && past[0]!.unknown.expr).toBe('[]string{a,b}')
  })

  it('a Join of 2 sets with 5 gated items is 64 strings; 3 sets are unknown', async () => {
    const join = '\tprobe(strings.Join(sets.List(valid), ","))'
    const at64 = await probeCode(`${gatedSet(2, 5)}${join}`)
    expect(at64).toHaveLength(64)
    expect(texts(at64)).toContain('base1,item0,item1,item2,item3,item4')
    expect(tooMany(await probeCode(`${gatedSet(3, 5)}${join}`))).toBe(true)
  })

  it('a Join of a set with 6 gated items is unknown, never a sample', async () => {
    const values = await probeCode(`${gatedSet(1, 6)}\tprobe(strings.Join(sets.List(valid), ","))`)
    expect(values.map(v => v.kind === 'unknown' && v.unknown.why)).toEqual([
      'a list with too many conditional items'
    ])
  })

  it("klog's …f call past 64 alternatives names the whole call as the unknown expression", async () => {
    const tree = treeOf({
      name: 'many',
      code: `${alternatives('a', 5)}${alternatives('b', 13)}\tklog.Infof("%s-%s", a, b)`
    })
    const reader = readerOf(tree)
    const [call] = await messageCalls(reader, (await reader.file(MAIN))!, LOGS)
    expect(call!.message).toEqual([
      {
        kind: 'unknown',
        unknown: {
          at: { file: MAIN, line: lineIn(tree, MAIN, 'klog.Infof') },
          expr: '"%s-%s",a,b',
          why: 'more than 64 possible values'
        }
      }
    ])
  })
})

describe('where an import path is found, and the name it is used by', () => {
  it('maps k8s.io/kubernetes to the tree, other k8s.io repos to staging then vendor', () => {
    expect(dirsOfImport('k8s.io/kubernetes/pkg/proxy/ipvs')).toEqual(['pkg/proxy/ipvs'])
    expect(dirsOfImport('k8s.io/api/core/v1')).toEqual([
      'staging/src/k8s.io/api/core/v1',
      'vendor/k8s.io/api/core/v1'
    ])
    expect(dirsOfImport('github.com/moby/ipvs')).toEqual(['vendor/github.com/moby/ipvs'])
  })

  it('names a package by its last element, without a version, go- or dots', () => {
    expect(packageNameOf('k8s.io/klog/v2')).toBe('klog')
    expect(packageNameOf('gopkg.in/yaml.v3')).toBe('yaml')
    expect(packageNameOf('github.com/lithammer/go-dedent')).toBe('dedent')
    expect(packageNameOf('github.com/google/go-cmp/cmp')).toBe('cmp')
    expect(packageNameOf('v2')).toBe('v2')
  })
})

describe('the reader as its callers use it', () => {
  const code = (body: string): Map<string, string> => treeOf({ name: 'api', code: body })

  it('refuses a file that is not Go with a GoSyntaxError', async () => {
    const reader = readerOf(new Map([[MAIN, 'package app\n\nfunc run() {\n\tif x {\n']]))
    await expect(reader.file(MAIN)).rejects.toBeInstanceOf(GoSyntaxError)
    expect(await reader.file('pkg/app/absent.go')).toBeUndefined()
  })

  it('remembers the values of an expression: a second ask gets the same answer', async () => {
    const reader = readerOf(code('\tmsg := "ipvs"\n\tprobe(msg)'))
    const f = (await reader.file(MAIN))!
    const arg = f.calls().find(k => k.name === 'probe')!.args[0]!
    const first = await reader.values(f, arg)
    expect(await reader.values(f, arg)).toBe(first)
  })

  it('formats a …f message without arguments as Go does, keeping where its text is defined', async () => {
    const tree = code(
      '\tmessage := "The ipvs proxier is deprecated"\n\tklog.Warningf(message)\n\tklog.Infof("100%% of %s")\n\tklog.Infof("ipvs", "extra")\n\tklog.Info(message)\n\tklog.Info(message, "!")\n\tshare := "none"\n\tif cond {\n\t\tshare = "100%%"\n\t}\n\tklog.Infof(share)'
    )
    const reader = readerOf(tree)
    const found = await messageCalls(reader, (await reader.file(MAIN))!, LOGS)
    const defined = { file: MAIN, line: lineIn(tree, MAIN, 'message :=') }
    const at = (call: string): { file: string; line: number } => ({
      file: MAIN,
      line: lineIn(tree, MAIN, call)
    })
    expect(
      found.map(m => {
        const value = m.message[0]!
        return value.kind === 'string' ? { text: value.text, from: value.from } : value
      })
    ).toEqual([
      { text: 'The ipvs proxier is deprecated', from: defined },
      { text: '100% of %!s(MISSING)', from: at('klog.Infof("100') },
      { text: 'ipvs%!(EXTRA string=extra)', from: at('klog.Infof("ipvs"') },
      { text: 'The ipvs proxier is deprecated', from: defined },
      { text: 'The ipvs proxier is deprecated!', from: at('klog.Info(message, "!")') },
      { text: 'none', from: at('klog.Infof(share)') }
    ])
    expect(texts(found[5]!.message)).toEqual(['100%', 'none'])
  })

  it('concatenates nothing to no value', async () => {
    const reader = readerOf(code('\tprobe("x")'))
    expect(await reader.concatenated((await reader.file(MAIN))!, [])).toEqual([])
  })

  it('lists the expressions assigned to a local name before a use, and none for a parameter', async () => {
    const tree = new Map([
      [
        MAIN,
        'package app\n\nfunc f(mode string) {\n\tmsg := "a"\n\tif cond {\n\t\tmsg = "b"\n\t}\n\tmsg += "c"\n\tuse(msg, mode)\n}\n'
      ]
    ])
    const reader = readerOf(tree)
    const f = (await reader.file(MAIN))!
    const [msg, mode] = f.calls().find(k => k.name === 'use')!.args
    expect(reader.assigned(f, msg![0]).map(r => f.text(r))).toEqual(['"a"', '"b"'])
    expect(reader.assigned(f, mode![0])).toEqual([])
    const g = (await readerOf(
      new Map([[MAIN, 'package app\n\nconst msg = "a"\n\nfunc f() {\n\tuse(msg)\n}\n']])
    ).file(MAIN))!
    const use = g.calls().find(k => k.name === 'use')!.args[0]!
    expect(reader.assigned(g, use[0])).toEqual([])
  })
})
