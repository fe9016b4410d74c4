import { describe, expect, it } from '@jest/globals'
import { changesOf } from '../../src/evidence/go-changes.js'
import { GoFile } from '../../src/evidence/go-file.js'
import { bindingOf } from '../../src/evidence/go-scope.js'

// What happens to a name between its declaration and a use (go-changes.ts), on functions written
// in the shape of kube-proxy's mode validation and start-up: a set of modes built up with Insert,
// a message built with += and Sprintf, a slice grown with append, values passed to helpers.
// The use is the name's last token in the function.

function changes(body: string, name: string): string[] {
  const f = new GoFile(
    'pkg/proxy/apis/config/validation/validation.go',
    `package validation\n\nfunc validate(config Config) error {\n${body}\n}\n`
  )
  const use = f.v.tokens.text.lastIndexOf(name)
  const binding = bindingOf(f, name, use)!
  return changesOf(f, name, binding, use).map(c => {
    const values = c.values.map(r => f.text(r)).join(' | ')
    return `${c.kind}@${f.line(c.at)}${values ? `: ${values}` : ''}`
  })
}

describe('changesOf', () => {
  it('reads items inserted into a set and ignores what only reads it', () => {
    const body = [
      '\tvalidModes := sets.New[string](string(ProxyModeIPTables))', // 4
      '\tif validModes.Has(string(config.Mode)) {', // 5
      '\t\tklog.InfoS("known", "modes", validModes.UnsortedList())', // 6
      '\t}', // 7
      '\tvalidModes.Insert(string(ProxyModeNFTables), "ipvs")', // 8
      '\tvalidModes.Delete("kernelspace")', // 9
      '\treturn check(validModes)' // 10
    ].join('\n')
    expect(changes(body, 'validModes')).toEqual([
      'insert@8: string(ProxyModeNFTables) | "ipvs"',
      'remove@9'
    ])
  })

  it('reads assignments by position, and a call that returns several values as unknown', () => {
    const body = [
      '\tvar mode, other string', // 4
      '\tmode, other = "ipvs", "nftables"', // 5
      '\tother, mode = split(config)', // 6
      '\tmode = strings.ToLower(mode)', // 7
      '\treturn use(mode)' // 8
    ].join('\n')
    expect(changes(body, 'mode')).toEqual([
      'assign@5: "ipvs"',
      'unknown-assign@6',
      'assign@7: strings.ToLower(mode)'
    ])
  })

  it('reads text appended with += and items appended to a slice, not a copy into another', () => {
    const body = [
      '\tmsg := "ipvs is deprecated"', // 4
      '\tmsg += ", use nftables"', // 5
      '\tmodes := []string{"iptables"}', // 6
      '\tmodes = append(modes, "nftables", "ipvs")', // 7
      '\tmodes = append(defaults, "kernelspace")', // 8
      '\treturn fmt.Errorf("%s: %v", msg, modes)' // 9
    ].join('\n')
    expect(changes(body, 'msg')).toEqual(['append-text@5: ", use nftables"'])
    expect(changes(body, 'modes')).toEqual([
      'insert@7: "nftables" | "ipvs"',
      'assign@8: append(defaults,"kernelspace")'
    ])
  })

  it('takes a pointer or a helper that may change a set as a change, a read-only call not', () => {
    const body = [
      '\tallowed := sets.New[string]()', // 4
      '\taddPlatformModes(allowed)', // 5
      '\tfill(&allowed)', // 6
      '\tfmt.Println(allowed, len(allowed))', // 7
      '\tlogger.Info("modes", "allowed", sets.List(allowed))', // 8
      '\tconfig.allowed = nil', // 9
      '\treturn check(allowed)' // 10
    ].join('\n')
    expect(changes(body, 'allowed')).toEqual(['passed@5', 'escape@6'])
  })

  it('counts a change after the use inside a loop around it, and not one after the loop', () => {
    const body = [
      '\tmsg := "first"', // 4
      '\tfor _, m := range modes {', // 5
      '\t\tlog(msg)', // 6
      '\t\tmsg = "again"', // 7
      '\t}', // 8
      '\tmsg = "after"', // 9
      '\t_ = m' // 10
    ].join('\n')
    const f = new GoFile(
      'pkg/proxy/server.go',
      `package app\n\nfunc run(modes []string) {\n${body}\n}\n`
    )
    const use = f.v.tokens.text.indexOf('msg', f.v.tokens.text.indexOf('log'))
    const found = changesOf(f, 'msg', bindingOf(f, 'msg', use)!, use)
    expect(found.map(c => `${c.kind}@${f.line(c.at)}`)).toEqual(['assign@7'])
  })

  it('reads the second of two values, and a helper that returns a new slice as an assignment', () => {
    const body = [
      '\tvar other, mode string', // 4
      '\tother, mode = "iptables", "ipvs"', // 5
      '\tmodes := []string{mode}', // 6
      '\tmodes = withDefaults(modes, "nftables")', // 7
      '\tmodes = append(modes, "x")[1:]', // 8
      '\tcounts[mode] += 1', // 9
      '\tsets := []sets.Set[string]{modes}', // 10
      '\treturn use(mode, modes)' // 11
    ].join('\n')
    expect(changes(body, 'mode')).toEqual(['assign@5: "ipvs"'])
    expect(changes(body, 'modes')).toEqual([
      'assign@7: withDefaults(modes,"nftables")',
      // The helper may also change the slice it was given in place.
      'passed@7',
      'assign@8: append(modes,"x")[1:]'
    ])
  })

  it('leaves out a shadowing declaration in an inner block and a field of the same name', () => {
    const body = [
      '\tmode := config.Mode', // 4
      '\tif config.Strict {', // 5
      '\t\tmode := "iptables"', // 6
      '\t\t_ = mode', // 7
      '\t}', // 8
      '\tconfig.mode = "ipvs"', // 9
      '\treturn use(mode)' // 10
    ].join('\n')
    expect(changes(body, 'mode')).toEqual([])
  })
})
