import { describe, expect, it } from '@jest/globals'
import { effectiveSpec, readGoFacts } from '../../src/evidence/go.js'
import { minor } from '../../src/release/version.js'
import { GoSyntaxError } from '../../src/evidence/go-types.js'
import type { FeatureConst, FeatureSpec, GateSpecs } from '../../src/evidence/go-types.js'

/** 1-based line of the `nth` (0-based) line containing `needle`. */
function lineOf(source: string, needle: string, nth = 0): number {
  const lines = source.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.includes(needle)) {
      if (seen === nth) return i + 1
      seen++
    }
  }
  throw new Error(`fixture has no line with ${JSON.stringify(needle)} (#${nth})`)
}

function gate(specMaps: GateSpecs[], name: string): GateSpecs {
  const found = specMaps.filter(g => g.name === name)
  expect(found).toHaveLength(1)
  return found[0] as GateSpecs
}

/** The error readGoFacts throws, asserting it is a GoSyntaxError. */
function syntaxError(source: string): GoSyntaxError {
  try {
    readGoFacts('pkg/features/kube_features.go', source)
  } catch (e) {
    expect(e).toBeInstanceOf(GoSyntaxError)
    return e as GoSyntaxError
  }
  throw new Error('expected a GoSyntaxError')
}

const FEATURES = `package features

import (
	"k8s.io/apimachinery/pkg/util/version"
	genericfeatures "k8s.io/apiserver/pkg/features"
	"k8s.io/component-base/featuregate"
)

const (
	// owner: @example
	// kep: https://kep.k8s.io/5495
	//
	// Lets kube-proxy run in ipvs mode.
	KubeProxyIPVS featuregate.Feature = "KubeProxyIPVS"

	// Not a gate: WidgetMode featuregate.Feature = "WidgetMode"
	/* Nor this: OtherMode featuregate.Feature = "OtherMode" */

	// owner: @example
	SplitWidgets featuregate.Feature = "SplitWidgetsValue"
)

const SingleGate featuregate.Feature = "SingleGate"

var defaultVersionedKubernetesFeatureGates = map[featuregate.Feature]featuregate.VersionedSpecs{
	KubeProxyIPVS: {
		{Version: version.MustParse("1.0"), Default: true, PreRelease: featuregate.GA},
		// {Version: version.MustParse("1.36"), Default: false, PreRelease: featuregate.Beta},
		{
			Version:    version.MustParse("1.37"),
			Default:    true,
			PreRelease: featuregate.Deprecated, // warn from here
		},
		/* {Version: version.MustParse("1.38"), Default: false, PreRelease: featuregate.Deprecated}, */
		{PreRelease: featuregate.Deprecated, LockToDefault: true, Default: false, Version: version.MajorMinor(1, 40)},
	},

	SplitWidgets: {
		{Version: version.MustParse("1.30"), Default: false, PreRelease: featuregate.Alpha},
	},

	genericfeatures.APIResponseCompression: {
		{Version: version.MustParse("1.8"), Default: false, PreRelease: featuregate.Alpha},
		{Version: version.MustParse("1.16"), Default: true, PreRelease: featuregate.Beta},
	},
}
`

describe('readGoFacts: feature gate consts', () => {
  const facts = readGoFacts('kube_features.go', FEATURES)

  it('reads consts in const blocks and single const declarations, with the line of the name', () => {
    expect(facts.featureConsts).toEqual([
      {
        name: 'KubeProxyIPVS',
        value: 'KubeProxyIPVS',
        line: lineOf(FEATURES, 'KubeProxyIPVS featuregate')
      },
      {
        name: 'SplitWidgets',
        value: 'SplitWidgetsValue',
        line: lineOf(FEATURES, 'SplitWidgets featuregate')
      },
      { name: 'SingleGate', value: 'SingleGate', line: lineOf(FEATURES, 'const SingleGate') }
    ])
  })

  it('ignores declarations inside comments and non-const declarations', () => {
    const src = `package x

var NotConst featuregate.Feature = "NotConst"

const (
	// Old featuregate.Feature = "Old"
	Real featuregate.Feature = "Real"
	Plain string = "plain"
)
`
    expect(readGoFacts('x.go', src).featureConsts.map(c => c.name)).toEqual(['Real'])
  })

  it('follows an aliased featuregate import', () => {
    const src = `package x

import fg "k8s.io/component-base/featuregate"

const Aliased fg.Feature = "Aliased"

var gates = map[fg.Feature]fg.VersionedSpecs{
	Aliased: {{Version: version.MustParse("1.2"), Default: true, PreRelease: fg.Beta}},
}
`
    const facts = readGoFacts('x.go', src)
    expect(facts.featureConsts.map(c => c.name)).toEqual(['Aliased'])
    expect(gate(facts.specMaps, 'Aliased').specs.map(s => s.preRelease)).toEqual(['Beta'])
  })
})

describe('readGoFacts: versioned spec maps', () => {
  const facts = readGoFacts('kube_features.go', FEATURES)

  it('reads one-line and multi-line entries, reordered fields and LockToDefault', () => {
    const ipvs = gate(facts.specMaps, 'KubeProxyIPVS')
    expect(ipvs).toEqual({
      name: 'KubeProxyIPVS',
      line: lineOf(FEATURES, 'KubeProxyIPVS: {'),
      layout: 'versioned',
      specs: [
        {
          version: '1.0',
          default: true,
          lockToDefault: false,
          preRelease: 'GA',
          line: lineOf(FEATURES, 'MustParse("1.0")')
        },
        {
          version: '1.37',
          default: true,
          lockToDefault: false,
          preRelease: 'Deprecated',
          // the line of the entry's opening brace, not of its fields
          line: lineOf(FEATURES, 'MustParse("1.37")') - 1
        },
        {
          version: '1.40',
          default: false,
          lockToDefault: true,
          preRelease: 'Deprecated',
          line: lineOf(FEATURES, 'MajorMinor(1, 40)')
        }
      ]
    })
    expect(ipvs.qualifier).toBeUndefined()
  })

  it('does not attach commented-out entries', () => {
    const versions = gate(facts.specMaps, 'KubeProxyIPVS').specs.map(s => s.version)
    expect(versions).not.toContain('1.36')
    expect(versions).not.toContain('1.38')
  })

  it('reads qualified keys with their qualifier', () => {
    const compression = gate(facts.specMaps, 'APIResponseCompression')
    expect(compression.qualifier).toBe('genericfeatures')
    expect(compression.line).toBe(lineOf(FEATURES, 'genericfeatures.APIResponseCompression:'))
    expect(compression.specs.map(s => [s.version, s.default, s.preRelease])).toEqual([
      ['1.8', false, 'Alpha'],
      ['1.16', true, 'Beta']
    ])
  })

  it('keeps every key in order, across maps in the file', () => {
    expect(facts.specMaps.map(g => g.name)).toEqual([
      'KubeProxyIPVS',
      'SplitWidgets',
      'APIResponseCompression'
    ])
  })

  it('attaches specs to the right gate where a regex would not', () => {
    // A regex from "Alpha:" to the next "Version" would take Beta's entry (Alpha's list is empty and
    // mentions Beta in a comment); a regex for "Beta: {" matches inside the string and the comment.
    const src = `package x

var note = "Beta: {{Version: version.MustParse(\\"9.9\\")}}"

var gates = map[featuregate.Feature]featuregate.VersionedSpecs{
	Alpha: {
		// Beta: {Version: version.MustParse("1.1"), Default: true},
	},
	Beta: {{Version: version.MustParse("1.2"), Default: true, PreRelease: featuregate.Beta}},
	Gamma: {{Version: version.MustParse("1.3"), Default: false, PreRelease: featuregate.Alpha}, {Version: version.MustParse("1.4"), Default: true, PreRelease: featuregate.Beta}},
}
`
    const maps = readGoFacts('x.go', src).specMaps
    expect(gate(maps, 'Alpha').specs).toEqual([])
    expect(gate(maps, 'Beta').specs.map(s => s.version)).toEqual(['1.2'])
    expect(gate(maps, 'Beta').line).toBe(lineOf(src, '\tBeta: {{'))
    expect(gate(maps, 'Gamma').specs.map(s => s.version)).toEqual(['1.3', '1.4'])
  })

  it('finds a spec map declared in any file and any statement, including an explicit element type', () => {
    const src = `package features

func init() {
	runtime.Must(utilfeature.DefaultMutableFeatureGate.AddVersioned(map[featuregate.Feature]featuregate.VersionedSpecs{
		features.KubeProxyIPVS: featuregate.VersionedSpecs{
			featuregate.FeatureSpec{Version: version.MustParse("1.37"), Default: true, PreRelease: featuregate.Deprecated},
		},
	}))
}
`
    const ipvs = gate(readGoFacts('x.go', src).specMaps, 'KubeProxyIPVS')
    expect(ipvs.qualifier).toBe('features')
    expect(ipvs.specs).toEqual([
      {
        version: '1.37',
        default: true,
        lockToDefault: false,
        preRelease: 'Deprecated',
        line: lineOf(src, 'featuregate.FeatureSpec{')
      }
    ])
  })

  it('does not take a function returning the map type for a literal', () => {
    const src = `package x

func gates() map[featuregate.Feature]featuregate.VersionedSpecs {
	return map[featuregate.Feature]featuregate.VersionedSpecs{
		A: {{Version: version.MustParse("1.1"), Default: true}},
	}
}
`
    const facts = readGoFacts('x.go', src)
    expect(facts.specMaps.map(g => g.name)).toEqual(['A'])
    // PreRelease left out is Go's zero value, featuregate.GA.
    expect(facts.specMaps[0]?.specs[0]?.preRelease).toBe('GA')
  })
})

describe('readGoFacts: unversioned spec maps', () => {
  it('reads map[featuregate.Feature]featuregate.FeatureSpec with version undefined', () => {
    const src = `package features

var defaultKubernetesFeatureGates = map[featuregate.Feature]featuregate.FeatureSpec{
	KubeProxyIPVS:    {Default: true, PreRelease: featuregate.GA, LockToDefault: true}, // locked
	// Commented: {Default: false, PreRelease: featuregate.Alpha},
	genericfeatures.Other: {
		PreRelease: featuregate.Beta,
		Default:    false,
	},
}
`
    const maps = readGoFacts('x.go', src).specMaps
    expect(maps).toEqual([
      {
        name: 'KubeProxyIPVS',
        line: lineOf(src, 'KubeProxyIPVS:'),
        layout: 'unversioned',
        specs: [
          {
            default: true,
            lockToDefault: true,
            preRelease: 'GA',
            line: lineOf(src, 'KubeProxyIPVS:')
          }
        ]
      },
      {
        name: 'Other',
        qualifier: 'genericfeatures',
        line: lineOf(src, 'genericfeatures.Other'),
        layout: 'unversioned',
        specs: [
          {
            default: false,
            lockToDefault: false,
            preRelease: 'Beta',
            line: lineOf(src, 'genericfeatures.Other')
          }
        ]
      }
    ])
    expect(maps[0]?.specs[0]?.version).toBeUndefined()
  })
})

describe('readGoFacts: imports', () => {
  it('reads grouped, aliased, blank, dot and single imports with their lines', () => {
    const src = `package x

import "fmt"
import klog "k8s.io/klog/v2"

import (
	"strings" // comment
	/* "not/an/import" */
	utilfeature "k8s.io/apiserver/pkg/util/feature"
	_ "embed"
	. "k8s.io/kubernetes/pkg/proxy"
	raw \`k8s.io/raw\`
)

func f() { _ = "not an import" }
`
    expect(readGoFacts('x.go', src).imports).toEqual([
      { path: 'fmt', line: 3 },
      { path: 'k8s.io/klog/v2', alias: 'klog', line: 4 },
      { path: 'strings', line: 7 },
      { path: 'k8s.io/apiserver/pkg/util/feature', alias: 'utilfeature', line: 9 },
      { path: 'embed', alias: '_', line: 10 },
      { path: 'k8s.io/kubernetes/pkg/proxy', alias: '.', line: 11 },
      { path: 'k8s.io/raw', alias: 'raw', line: 12 }
    ])
  })
})

describe('readGoFacts: string literals', () => {
  const src = `package x

func warn() {
	klog.InfoS("The ipvs proxier is deprecated",
		"mode", mode,
		"see", "https://kep.k8s.io/5495")
	msg := "ipvs mode " + "is deprecated"
	long := "first half " +
		"second half"
	fmt.Println("one"); fmt.Println("two")
	fmt.Println("three")
	// fmt.Println("commented")
	s := \`raw
"quoted" \\n kept\`
	t := "esc \\"q\\" \\n \\t \\u00e9 \\x41"
	r := '"'
	fmt.Println("after rune")
	t.Run("case", func(t *testing.T) {
		check("inside one")
		check("inside two")
	})
}
`
  const facts = readGoFacts('x.go', src)
  const byValue = (value: string) => {
    const found = facts.strings.find(s => s.value === value)
    if (!found) throw new Error(`no string ${JSON.stringify(value)}`)
    return found
  }

  it('reads every literal with its line, skipping comments and runes', () => {
    expect(facts.strings.map(s => s.value)).toEqual([
      'The ipvs proxier is deprecated',
      'mode',
      'see',
      'https://kep.k8s.io/5495',
      'ipvs mode ',
      'is deprecated',
      'first half ',
      'second half',
      'one',
      'two',
      'three',
      'raw\n"quoted" \\n kept',
      'esc "q" \n \t \u00e9 A',
      'after rune',
      'case',
      'inside one',
      'inside two'
    ])
    expect(byValue('see').line).toBe(lineOf(src, '"see"'))
    expect(byValue('raw\n"quoted" \\n kept').line).toBe(lineOf(src, 's := `raw'))
    // the raw string's line break is counted
    expect(byValue('esc "q" \n \t \u00e9 A').line).toBe(lineOf(src, 't := "esc'))
  })

  it('gives a call split over lines one statement', () => {
    const n = byValue('The ipvs proxier is deprecated').statement
    expect(byValue('mode').statement).toBe(n)
    expect(byValue('https://kep.k8s.io/5495').statement).toBe(n)
  })

  it('gives a concatenation one statement, also across a line ending in +', () => {
    expect(byValue('is deprecated').statement).toBe(byValue('ipvs mode ').statement)
    expect(byValue('second half').statement).toBe(byValue('first half ').statement)
  })

  it('separates consecutive statements, by newline or semicolon', () => {
    const numbers = ['The ipvs proxier is deprecated', 'ipvs mode ', 'first half ', 'one', 'two']
      .concat(['three', 'after rune'])
      .map(v => byValue(v).statement)
    expect(new Set(numbers).size).toBe(numbers.length)
  })

  it('separates statements in a func literal passed to a call', () => {
    expect(byValue('inside one').statement).not.toBe(byValue('inside two').statement)
    expect(byValue('inside one').statement).not.toBe(byValue('case').statement)
  })
})

describe('readGoFacts: the call a string literal is an argument of', () => {
  const src = `package x

var plain = "plain"

func f(t *testing.T) error {
	klog.InfoS("info msg", "key", value)
	klog.V(2).InfoS("chained msg")
	klog.FromContext(ctx).Info("from context")
	errs := field.ErrorList{field.Invalid(p, string(mode), "invalid msg")}
	_ = fmt.Errorf("outer %s", fmt.Sprintf("inner"))
	_ = errors.New(("grouped " + "parts"))
	use(T{"elem a", "elem b"}, "after elem")
	_ = Must[string]("generic")
	t.Run("case", func(t *testing.T) {
		s := "in closure"
	})
	if (mode == "in if") {
	}
	return nil
}
`
  const facts = readGoFacts('x.go', src)
  const of = (value: string) => {
    const found = facts.strings.find(s => s.value === value)
    if (!found) throw new Error(`no string ${JSON.stringify(value)}`)
    return { call: found.call, argument: found.argument }
  }

  it('names the innermost call, qualified when written pkg.Name', () => {
    expect(of('info msg')).toEqual({ call: 'klog.InfoS', argument: 0 })
    expect(of('key')).toEqual({ call: 'klog.InfoS', argument: 1 })
    expect(of('invalid msg')).toEqual({ call: 'field.Invalid', argument: 2 })
    expect(of('outer %s')).toEqual({ call: 'fmt.Errorf', argument: 0 })
    expect(of('inner')).toEqual({ call: 'fmt.Sprintf', argument: 0 })
    expect(of('generic')).toEqual({ call: 'Must', argument: 0 })
  })

  it('names every call around a literal, innermost first, with the argument holding it', () => {
    const calls = (value: string) => facts.strings.find(s => s.value === value)?.calls
    expect(calls('inner')).toEqual([
      { name: 'fmt.Sprintf', argument: 0 },
      { name: 'fmt.Errorf', argument: 1 }
    ])
    expect(calls('outer %s')).toEqual([{ name: 'fmt.Errorf', argument: 0 }])
    expect(calls('in closure')).toBeUndefined()
  })

  it('names the method of a chained call', () => {
    expect(of('chained msg')).toEqual({ call: 'InfoS', argument: 0 })
    expect(of('from context')).toEqual({ call: 'Info', argument: 0 })
  })

  it('sees through parentheses and composite literals to the argument they are in', () => {
    expect(of('grouped ')).toEqual({ call: 'errors.New', argument: 0 })
    expect(of('parts')).toEqual({ call: 'errors.New', argument: 0 })
    expect(of('elem a')).toEqual({ call: 'use', argument: 0 })
    expect(of('elem b')).toEqual({ call: 'use', argument: 0 })
    expect(of('after elem')).toEqual({ call: 'use', argument: 1 })
  })

  it('gives no call outside any call, in a func literal body, or in an if condition', () => {
    expect(of('case')).toEqual({ call: 't.Run', argument: 0 })
    for (const value of ['plain', 'in closure', 'in if'])
      expect(of(value)).toEqual({ call: undefined, argument: undefined })
  })
})

describe('readGoFacts: type declarations', () => {
  it('lists package-level types, alone or grouped, and which are structs', () => {
    const src = `package x

// type Commented struct {}
/* type InBlock struct {
} */
var s = "type InString struct {}"

type A struct {
	X string
}

type (
	B struct{}
	C int
	D = B
	G[T any] struct{ v T }
	Arr [4]struct{}
	E = struct{ y int }
)

func f() {
	type Local struct{}
}
`
    expect(readGoFacts('x.go', src).types).toEqual([
      { name: 'A', line: lineOf(src, 'type A struct'), struct: true },
      { name: 'B', line: lineOf(src, 'B struct{}'), struct: true },
      { name: 'C', line: lineOf(src, 'C int'), struct: false },
      { name: 'D', line: lineOf(src, 'D = B'), struct: false },
      { name: 'G', line: lineOf(src, 'G[T any]'), struct: true },
      { name: 'Arr', line: lineOf(src, 'Arr [4]'), struct: false },
      { name: 'E', line: lineOf(src, 'E = struct'), struct: true }
    ])
  })
})

describe('readGoFacts: funcs', () => {
  it('lists funcs and methods with start and end lines, not func literals', () => {
    const src = `package x

// func commented() {}
func validateProxyMode(mode string) error {
	if mode == "}" {
		return nil
	}
	go func() {
		_ = '}'
	}()
	return nil
}

func (o *Options) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.mode, "proxy-mode", "", \`raw }
	}\`)
}

var handler = func(w int) error { return nil }

func Map[K comparable, V any](m map[K]V) (out []K, err error) { return nil, nil }

func empty() struct{} { return struct{}{} }

func bodyless(x int) int
`
    expect(readGoFacts('x.go', src).funcs).toEqual([
      { name: 'validateProxyMode', startLine: 4, endLine: 12 },
      { name: 'AddFlags', startLine: 14, endLine: 17 },
      { name: 'Map', startLine: 21, endLine: 21 },
      { name: 'empty', startLine: 23, endLine: 23 }
    ])
  })
})

describe('readGoFacts: selectors', () => {
  it('reads ident.Ident pairs outside comments and strings', () => {
    const src = `package x

func f() bool {
	// features.InComment
	/* features.InBlock */
	s := "features.InString" + \`features.InRaw\`
	_ = 1.5
	_ = v.(string)
	return utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS) &&
		features.
			Split
}
`
    expect(readGoFacts('x.go', src).selectors).toEqual([
      { qualifier: 'utilfeature', name: 'DefaultFeatureGate', line: 9 },
      { qualifier: 'DefaultFeatureGate', name: 'Enabled', line: 9 },
      { qualifier: 'features', name: 'KubeProxyIPVS', line: 9 },
      { qualifier: 'features', name: 'Split', line: 10 }
    ])
  })
})

describe('effectiveSpec', () => {
  const spec = (version: string | undefined, preRelease: string): FeatureSpec => ({
    ...(version === undefined ? {} : { version }),
    default: true,
    lockToDefault: false,
    preRelease,
    line: 1
  })
  const specs = [spec('1.8', 'Alpha'), spec('1.99', 'Beta'), spec('1.100', 'GA'), spec('1.37', 'X')]

  it('takes the greatest version at or below the target', () => {
    expect(effectiveSpec(specs, minor('1.8'))?.preRelease).toBe('Alpha')
    expect(effectiveSpec(specs, minor('1.36'))?.preRelease).toBe('Alpha')
    expect(effectiveSpec(specs, minor('1.37'))?.preRelease).toBe('X')
    expect(effectiveSpec(specs, minor('1.40'))?.preRelease).toBe('X')
  })

  it('compares minor versions as numbers: 1.100 > 1.99', () => {
    expect(effectiveSpec(specs, minor('1.99'))?.preRelease).toBe('Beta')
    expect(effectiveSpec(specs, minor('1.100'))?.preRelease).toBe('GA')
    expect(effectiveSpec(specs, minor('2.0'))?.preRelease).toBe('GA')
  })

  it('returns undefined before the first entry', () => {
    expect(effectiveSpec(specs, minor('1.7'))).toBeUndefined()
    expect(effectiveSpec([], minor('1.40'))).toBeUndefined()
  })

  it('applies an unversioned entry at every target', () => {
    const only = [spec(undefined, 'GA')]
    expect(effectiveSpec(only, minor('1.0'))?.preRelease).toBe('GA')
    expect(effectiveSpec(only, minor('1.40'))?.preRelease).toBe('GA')
  })

  it('reads specs from a source file end to end', () => {
    const ipvs = gate(readGoFacts('x.go', FEATURES).specMaps, 'KubeProxyIPVS')
    expect(effectiveSpec(ipvs.specs, minor('1.36'))?.preRelease).toBe('GA')
    expect(effectiveSpec(ipvs.specs, minor('1.39'))).toMatchObject({
      preRelease: 'Deprecated',
      default: true
    })
    expect(effectiveSpec(ipvs.specs, minor('1.40'))).toMatchObject({
      default: false,
      lockToDefault: true
    })
  })
})

describe('readGoFacts: files that are not readable Go', () => {
  it('reports a file cut in half with the line of the block it ends inside', () => {
    // cut inside an entry, three blocks deep: the outermost one names the declaration
    const cut = FEATURES.slice(0, FEATURES.indexOf('Default:    true,'))
    const error = syntaxError(cut)
    expect(error.reason).toBe(
      `file ends inside a block opened at line ${lineOf(FEATURES, 'var defaultVersioned')} (is it cut short?)`
    )
    expect(error.file).toBe('pkg/features/kube_features.go')
    expect(error.message).toContain('pkg/features/kube_features.go:')
  })

  it('reports an unterminated string at its line', () => {
    const error = syntaxError('package x\n\nvar s = "never closed\nvar t = 1\n')
    expect(error.reason).toBe('unterminated string literal')
    expect(error.line).toBe(3)
  })

  it('reports an unterminated raw string and comment', () => {
    expect(syntaxError('package x\nvar s = `open\n\n').reason).toBe(
      'unterminated raw string literal'
    )
    expect(syntaxError('package x\n/* open\n').reason).toBe('unterminated /* comment')
  })

  it('reports a closing bracket that does not match', () => {
    const error = syntaxError('package x\n\nfunc f() {\n\tg(1]\n}\n')
    expect(error.reason).toBe(`']' does not close the '(' opened at line 4`)
    expect(error.line).toBe(4)
  })

  it('reports a NUL byte as not a text file', () => {
    const error = syntaxError('package x\n\u0000\u0001\u00ff binary')
    expect(error.reason).toBe('not a text file')
    expect(error.line).toBe(2)
  })

  it('throws nothing but GoSyntaxError on junk', () => {
    for (const junk of [
      'package x\n#include <stdio.h>\n',
      '}',
      'x := "\\q"',
      "r := '",
      '\u00ff\u00fe@@'
    ]) {
      expect(() => readGoFacts('junk.go', junk)).toThrow(GoSyntaxError)
    }
  })
})

describe('readGoFacts: a large generated file', () => {
  it('reads all 700 gates with the right specs', () => {
    // Build the file line by line, noting where each const, key and entry lands.
    const lines = ['package features', '', 'const (']
    const add = (text: string): number => lines.push(text)
    const consts: FeatureConst[] = []
    for (let g = 0; g < 700; g++) {
      add('\t// owner: @generated')
      add(`\t// Gate ${g} featuregate.Feature = "Decoy"`)
      const line = add(`\tGate${g} featuregate.Feature = "Gate${g}"`)
      consts.push({ name: `Gate${g}`, value: `Gate${g}`, line })
      add('')
    }
    add(')')
    add(
      'var defaultVersionedKubernetesFeatureGates = map[featuregate.Feature]featuregate.VersionedSpecs{'
    )
    const gates: GateSpecs[] = []
    for (let g = 0; g < 700; g++) {
      const key: GateSpecs = {
        name: `Gate${g}`,
        line: add(`\tGate${g}: {`),
        layout: 'versioned',
        specs: []
      }
      const v = g % 50
      key.specs.push({
        version: `1.${v}`,
        default: false,
        lockToDefault: false,
        preRelease: 'Alpha',
        line: add(
          `\t\t{Version: version.MustParse("1.${v}"), Default: false, PreRelease: featuregate.Alpha},`
        )
      })
      if (g % 3 === 0) add(`\t\t// {Version: version.MustParse("1.99"), Default: true},`)
      if (g % 2 === 0) {
        key.specs.push({
          version: `1.${v + 1}`,
          default: true,
          lockToDefault: g % 4 === 0,
          preRelease: 'Beta',
          line: add('\t\t{')
        })
        add(`\t\t\tVersion: version.MustParse("1.${v + 1}"),`)
        add('\t\t\tDefault: true,')
        if (g % 4 === 0) add('\t\t\tLockToDefault: true,')
        add('\t\t\tPreRelease: featuregate.Beta,')
        add('\t\t},')
      }
      add('\t},')
      gates.push(key)
    }
    add('}')

    const facts = readGoFacts('kube_features.go', lines.join('\n') + '\n')
    expect(facts.featureConsts).toHaveLength(700)
    expect(facts.featureConsts).toEqual(consts)
    expect(facts.specMaps).toHaveLength(700)
    expect(facts.specMaps).toEqual(gates)
  })
})
