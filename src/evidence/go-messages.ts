// Where text leaves a Go program for a human to read: log calls (klog's functions, a logr logger,
// their …S and …f variants, chained V(n)) and events recorded through an event recorder, each with
// the message it sends, as the value reader (go-values.ts) reads it. An error that is returned,
// flag help text or a string in a comment never reaches one of these, so it is never a message.

import type { GoCall, GoFile, Range } from './go-file.js'
import { packageNameOf, type GoValueReader } from './go-values.js'
import type { GoValue } from './go-value-types.js'

export interface MessageCall {
  kind: 'log' | 'event'
  /** The call as written, without its arguments: `logger.Error`, `s.Recorder.Eventf`. */
  call: string
  file: string
  line: number
  /** A log call's level (from its method), or an event's type. */
  level: 'error' | 'warning' | 'info' | 'Warning' | 'Normal'
  /** An event's reason (`IPVSDeprecation`), when it can be read. */
  reason?: string
  message: GoValue[]
}

export interface MessageCallNames {
  /** Methods that log: `Info`, `ErrorS`, `Warningf`, … (never fmt's or errors'). */
  logCalls: string[]
  /** Methods of an event recorder: `Event`, `Eventf`, `AnnotatedEventf`. */
  eventCalls: string[]
}

/** Packages whose Errorf and friends build values rather than log. */
const NOT_LOGGERS = new Set(['fmt', 'errors'])

/** Every log call and every event of a known type in the file, with the message each sends. */
export async function messageCalls(
  reader: GoValueReader,
  f: GoFile,
  names: MessageCallNames
): Promise<MessageCall[]> {
  const out: MessageCall[] = []
  for (const call of f.calls()) {
    const method = call.method
    const isLog = names.logCalls.includes(method)
    if (!isLog && !names.eventCalls.includes(method)) continue
    const written = call.chain.join('.')
    const line = f.line(call.start)
    if (isLog) {
      if (call.chain.length === 2 && NOT_LOGGERS.has(call.chain[0]!)) continue
      const message = await logMessage(reader, f, call, method)
      if (message) {
        out.push({
          kind: 'log',
          call: written,
          file: f.file,
          line,
          level: levelOf(method),
          message
        })
      }
    } else {
      const event = await eventMessage(reader, f, call, method)
      if (event) out.push({ kind: 'event', call: written, file: f.file, line, ...event })
    }
  }
  return out
}

function levelOf(method: string): MessageCall['level'] {
  if (method.startsWith('Error') || method.startsWith('Fatal')) return 'error'
  if (method.startsWith('Warning')) return 'warning'
  return 'info'
}

/** klog's own functions (`klog.Info`, `klog.V(2).Info`) print their operands like fmt.Sprint. */
function isKlogFunction(f: GoFile, call: GoCall): boolean {
  const root = call.chain[0] ?? ''
  const klog = f.imports.some(
    i => i.path.startsWith('k8s.io/klog') && (i.alias ?? packageNameOf(i.path)) === root
  )
  return klog && (call.chain.length === 2 || (call.chain.length === 3 && call.chain[1] === 'V'))
}

async function logMessage(
  reader: GoValueReader,
  f: GoFile,
  call: GoCall,
  method: string
): Promise<GoValue[] | undefined> {
  const [first, ...rest] = call.args
  if (!first) return undefined
  if (method.endsWith('f')) return reader.formatted(f, first, rest)
  if (isKlogFunction(f, call) && !method.endsWith('S')) return reader.concatenated(f, call.args)
  // logr and the …S functions: Info(msg, kv…), Error(err, msg, kv…); the rest are key/values.
  const message = method.startsWith('Error') ? call.args[1] : first
  return message ? reader.values(f, message) : undefined
}

/** The event's type: `v1.EventTypeWarning` (or any alias of core/v1), `"Warning"`, a constant. */
async function eventType(
  reader: GoValueReader,
  f: GoFile,
  range: Range | undefined
): Promise<'Warning' | 'Normal' | undefined> {
  if (!range) return undefined
  const written = f.text(range)
  if (/(^|\.)EventTypeWarning$/.test(written)) return 'Warning'
  if (/(^|\.)EventTypeNormal$/.test(written)) return 'Normal'
  const values = await reader.values(f, range)
  const texts = new Set(
    values.map(v => (v.kind === 'string' && v.unknown.length === 0 ? v.text : ''))
  )
  if (texts.size !== 1) return undefined
  const [text] = texts
  return text === 'Warning' || text === 'Normal' ? text : undefined
}

/**
 * An event's type, reason and message. client-go has two recorders: tools/record's
 * `Event(obj, type, reason, message)`, `Eventf(obj, type, reason, format, args…)` and
 * `AnnotatedEventf(obj, annotations, type, reason, format, args…)`, and tools/events'
 * `Eventf(regarding, related, type, reason, action, note, args…)`; the type's position tells them apart.
 */
async function eventMessage(
  reader: GoValueReader,
  f: GoFile,
  call: GoCall,
  method: string
): Promise<Pick<MessageCall, 'level' | 'reason' | 'message'> | undefined> {
  const a = call.args
  let typeAt = method === 'AnnotatedEventf' ? 2 : 1
  let level = await eventType(reader, f, a[typeAt])
  let messageAt = typeAt + 2
  if (!level && method === 'Eventf') {
    typeAt = 2
    level = await eventType(reader, f, a[typeAt])
    messageAt = 5
  }
  const format = a[messageAt]
  if (!level || !format) return undefined
  const message =
    method === 'Event'
      ? await reader.values(f, format)
      : await reader.formatted(f, format, a.slice(messageAt + 1))
  const out: Pick<MessageCall, 'level' | 'reason' | 'message'> = { level, message }
  const reasonAt = a[typeAt + 1]
  if (reasonAt) {
    const reason = (await reader.values(f, reasonAt))[0]
    if (reason?.kind === 'string' && reason.unknown.length === 0) out.reason = reason.text
  }
  return out
}
