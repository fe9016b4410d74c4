import { LineCounter, isMap, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { oneLine, UserError, yamlReason } from '../errors.js'
import { duplicateKeyProblem } from '../evidence/yaml-keys.js'
import { KEP_5495 } from './kep-5495.js'
import type { Policy } from './schema.js'
import { compareMinor, minor } from '../release/version.js'

/** A user's policy file as read: its name for messages, its text, and where it was read from. */
export interface PolicyText {
  file: string
  text: string
  /** Where the text comes from when it is not the checkout's file ("the base commit 1a2b3c4"). */
  origin?: string
}

/**
 * The built-in policy, optionally overridden by a user's YAML file: mappings merge key by key,
 * lists replace. Every mistake is collected and reported together, each with the file, line
 * and key at fault, before anything is evaluated.
 *
 * The schema (zod, a fifth of the CLI's start-up) is loaded only to check a user's file: the
 * built-in data is typed as a Policy, and a test parses it with the schema.
 */
export async function loadPolicy(
  knownCriteria: readonly string[],
  override?: PolicyText
): Promise<Policy> {
  if (!override) return structuredClone(KEP_5495)
  const { file, text } = override
  if (text.includes('\u0000')) throw new UserError(`${file}: is not a text file; a policy is YAML`)
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: false })
  const syntax = doc.errors[0]
  if (syntax) {
    const line = syntax.linePos?.[0].line
    throw new UserError(
      `${file}${line ? `:${line}` : ''}: not valid YAML: ${yamlReason(syntax.message)}`
    )
  }
  const twice = duplicateKeyProblem(doc, lines)
  if (twice) throw new UserError(`${file}:${twice.line}: not valid YAML: ${twice.reason}; keep one`)
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    // YAML that parses but cannot be turned into data (an alias bomb): the user's file, not us.
    throw new UserError(`${file}: not usable as a policy: ${yamlReason(oneLine(error))}`)
  }
  if (data !== null && data !== undefined && !isPlainObject(data)) {
    throw new UserError(
      `${file}:1: a policy file is a mapping of keys (stages, kubernetes, criteria, exemptions)`
    )
  }
  const merged = mergeOverride(structuredClone(KEP_5495), data ?? {})
  const locate = (path: PropertyKey[]) => `${file}${lineOf(doc, lines, path)}`

  const { policySchema } = await import('./schema.js')
  const parsed = policySchema.safeParse(merged)
  // An unknown criterion is one mistake, not one per key it lacks: its schema issues are dropped.
  const unknown = (path: PropertyKey[]) =>
    path[0] === 'criteria' && typeof path[1] === 'string' && !knownCriteria.includes(path[1])
  const problems: string[] = parsed.success
    ? []
    : parsed.error.issues.filter(i => !unknown(i.path)).map(i => describe(i, locate))
  problems.push(...unknownCriteria(merged, knownCriteria, locate))
  if (parsed.success) problems.push(...crossChecks(parsed.data, knownCriteria, locate))
  if (problems.length > 0 || !parsed.success) {
    throw new UserError(`the policy is not valid: ${problems.join('; ')}`)
  }
  return parsed.data
}

function crossChecks(
  policy: Policy,
  knownCriteria: readonly string[],
  locate: (path: PropertyKey[]) => string
): string[] {
  const problems: string[] = []
  const known = new Set(knownCriteria)
  policy.exemptions.forEach((e, i) => {
    if (!known.has(e.criterion)) {
      problems.push(
        `${locate(['exemptions', i, 'criterion'])}: exemptions[${i}].criterion: "${e.criterion}" is not a criterion id`
      )
    }
  })
  const versions = Object.entries(policy.stages)
  for (let i = 1; i < versions.length; i++) {
    const [prevId, prev] = versions[i - 1]!
    const [id, current] = versions[i]!
    if (compareMinor(minor(current), minor(prev)) <= 0) {
      problems.push(
        `${locate(['stages', id])}: stages.${id}: ${current} must come after stage ${prevId} (${prev})`
      )
    }
  }
  return problems
}

/** Checked on the raw data, so an unknown id is reported even beside schema errors. */
function unknownCriteria(
  merged: unknown,
  knownCriteria: readonly string[],
  locate: (path: PropertyKey[]) => string
): string[] {
  const criteria = isPlainObject(merged) ? merged.criteria : undefined
  if (!isPlainObject(criteria)) return []
  return Object.keys(criteria)
    .filter(id => !knownCriteria.includes(id))
    .map(
      id =>
        `${locate(['criteria', id])}: criteria.${id}: no such criterion (known: ${knownCriteria.join(', ')})`
    )
}

function describe(issue: z.core.$ZodIssue, locate: (path: PropertyKey[]) => string): string {
  const path = issue.path
  const key = path.length ? path.map(String).join('.') : '(top level)'
  let message = issue.message
  if (issue.code === 'unrecognized_keys') {
    message = `unknown key ${issue.keys.map(k => `"${k}"`).join(', ')} (check the spelling)`
    return `${locate([...path, issue.keys[0]!])}: ${key}: ${message}`
  }
  return `${locate(path)}: ${key}: ${message}`
}

function lineOf(doc: Document, lines: LineCounter, path: PropertyKey[]): string {
  // Walk down as far as the file goes, so a missing or built-in key still points near its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
      { range?: [number] } | undefined
    const pair = depth > 0 ? keyNode(doc, path.slice(0, depth)) : undefined
    const offset = pair?.range?.[0] ?? node?.range?.[0]
    if (offset !== undefined) return `:${lines.linePos(offset).line}`
  }
  return ''
}

function keyNode(doc: Document, path: PropertyKey[]): { range?: [number] } | undefined {
  const parent = doc.getIn(path.slice(0, -1) as unknown[], true)
  if (!isMap(parent)) return undefined
  const last = String(path[path.length - 1])
  const pair = parent.items.find(
    p => String((p.key as { value?: unknown })?.value ?? p.key) === last
  )
  return pair?.key as { range?: [number] } | undefined
}

function mergeOverride(base: unknown, override: unknown): unknown {
  if (isPlainObject(base) && isPlainObject(override)) {
    const out: Record<string, unknown> = { ...base }
    for (const [key, value] of Object.entries(override)) out[key] = mergeOverride(base[key], value)
    return out
  }
  return override === undefined ? base : override
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
