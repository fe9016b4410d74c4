// The messages kube-proxy sends to a log or as a Warning event, read the way Kubernetes writes
// them: built in a variable or a constant, formatted, then handed to a logger and an event
// recorder. Each distinct text is grouped with every call that sends it, so the evidence names
// where the text is defined and where it is logged or recorded.

import type { MessageCall } from '../evidence/go-messages.js'
import { messageCalls } from '../evidence/go-messages.js'
import { HOLE } from '../evidence/go-format.js'
import type { GoString, Place, Unknown } from '../evidence/go-value-types.js'
import { filesOf } from '../evidence/repo.js'
import { STRING } from '../evidence/go-token-view.js'
import type { Evidence } from '../report/types.js'
import { goValues } from './kubernetes-facts.js'
import type { CheckContext } from './types.js'

/** A text some message call sends, where it is defined and every call that sends it. */
export interface SentMessage {
  text: string
  defined: Place
  calls: MessageCall[]
  /** Parts of the text that could not be read (each is a `…` in text). */
  unknown: Unknown[]
}

export interface KubeProxyMessages {
  /** Messages whose readable text says every mustSay word and one pointsAt word. */
  warnings: SentMessage[]
  /** Messages about the subject that have parts the reader could not read. */
  unreadable: SentMessage[]
}

function lowerIncludes(text: string, word: string): boolean {
  return text.toLowerCase().includes(word.toLowerCase())
}

/**
 * Files under the warning paths that may send the message: those with the words, and the users
 * of package-level constants or variables whose text holds them.
 */
async function candidateFiles(ctx: CheckContext): Promise<string[]> {
  const { warning, excludeGo } = ctx.policy.kubernetes
  const include = warning.paths.map(p => `${p.endsWith('/') ? p : `${p}/`}**/*.go`)
  const words = [...warning.mustSay, ...warning.pointsAt]
  const hits = await ctx.repo.grep({
    patterns: warning.mustSay.map(w => w.toLowerCase()),
    ignoreCase: true,
    include,
    exclude: excludeGo
  })
  const files = filesOf(hits)
  const reader = await goValues(ctx)
  const names = new Set<string>()
  for (const file of files) {
    const f = await reader.file(file)
    if (!f) continue
    for (const [name, decls] of f.decls) {
      const holds = decls.some(d => {
        if ((d.kind !== 'const' && d.kind !== 'var') || !d.value) return false
        for (let j = d.value[0]; j < d.value[1]; j++) {
          // Text, not a bare value: `"ipvs"` is the mode (ProxyModeIPVS), not a message.
          const text = f.v.text(j)
          if (
            f.v.kind(j) === STRING &&
            text.includes(' ') &&
            words.some(w => lowerIncludes(text, w))
          )
            return true
        }
        return false
      })
      if (holds) names.add(name)
    }
  }
  if (names.size > 0) {
    const users = await ctx.repo.grep({ patterns: [...names], include, exclude: excludeGo })
    files.push(...filesOf(users))
  }
  return [...new Set(files)].sort()
}

/** The messages of kube-proxy's product code that may be its ipvs deprecation warning. */
export function kubeProxyMessages(ctx: CheckContext): Promise<KubeProxyMessages> {
  return ctx.memo('kube-proxy-messages', async () => {
    const { warning } = ctx.policy.kubernetes
    const reader = await goValues(ctx)
    const sent = new Map<string, SentMessage>()
    for (const file of await candidateFiles(ctx)) {
      const f = await reader.file(file)
      if (!f) continue
      for (const call of await messageCalls(reader, f, warning)) {
        // A Normal event is news, not a warning; any log call is read by whoever runs kube-proxy.
        if (call.kind === 'event' && call.level !== 'Warning') continue
        for (const value of call.message) {
          const s: GoString =
            value.kind === 'string'
              ? value
              : {
                  kind: 'string',
                  text: HOLE,
                  from: value.kind === 'unknown' ? value.unknown.at : value.from,
                  unknown: value.kind === 'unknown' ? [value.unknown] : value.unknown,
                  when: []
                }
          const text = s.text.replace(/\s+/g, ' ').trim()
          const key = `${s.from.file}:${s.from.line}\n${text}`
          const entry = sent.get(key) ?? { text, defined: s.from, calls: [], unknown: s.unknown }
          if (!entry.calls.includes(call)) entry.calls.push(call)
          sent.set(key, entry)
        }
      }
    }
    const messages = [...sent.values()]
    const says = (m: SentMessage): boolean =>
      warning.mustSay.every(w => lowerIncludes(m.text, w)) &&
      warning.pointsAt.some(w => lowerIncludes(m.text, w))
    const words = [...warning.mustSay, ...warning.pointsAt]
    // About the subject: two of the words already readable, or an unreadable part named for them
    // (`ipvsDeprecationMessage()`); a log line merely mentioning ipvs beside a variable is not.
    const about = (m: SentMessage): boolean =>
      new Set(words.filter(w => lowerIncludes(m.text, w)).map(w => w.toLowerCase())).size >= 2 ||
      m.unknown.some(u => words.some(w => lowerIncludes(u.expr, w)))
    return {
      warnings: messages.filter(says),
      unreadable: messages.filter(m => !says(m) && m.unknown.length > 0 && about(m))
    }
  })
}

function where(p: Place, from: Place): string {
  return p.file === from.file ? `:${p.line}` : `${p.file}:${p.line}`
}

function sentAs(call: MessageCall): string {
  return call.kind === 'log' ? 'logged' : `recorded as event ${call.reason ?? '(reason not read)'}`
}

/** "message defined at server_linux.go:187, logged at :188, recorded as event X at :189". */
export function describeSent(m: SentMessage): string {
  const only = m.calls[0]
  if (
    m.calls.length === 1 &&
    only &&
    only.file === m.defined.file &&
    only.line === m.defined.line
  ) {
    return `${sentAs(only)} at ${only.file}:${only.line}`
  }
  const uses = m.calls.map(c => `${sentAs(c)} at ${where(c, m.defined)}`)
  return `message defined at ${m.defined.file}:${m.defined.line}, ${uses.join(', ')}`
}

/** The definition (with the text) and each call, one place each. */
export function sentEvidence(m: SentMessage): Evidence[] {
  const out: Evidence[] = [{ file: m.defined.file, line: m.defined.line, note: m.text }]
  for (const c of m.calls) {
    const same = out.find(e => e.file === c.file && e.line === c.line)
    if (!same) out.push({ file: c.file, line: c.line, note: sentAs(c) })
  }
  return out
}
