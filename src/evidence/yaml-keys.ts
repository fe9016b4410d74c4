import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml'

// The YAML library's own duplicate-key check (`uniqueKeys`) compares each key with every key
// before it: a front matter of 40,000 keys takes twenty seconds. Every document is parsed with
// it off and checked here instead, with one set per mapping.

export interface DuplicateKey {
  key: string
  /** Offsets of the first and the repeated key in the parsed text. */
  first: number
  again: number
}

/** A key that a mapping of the document holds twice (the first such mapping found); else undefined. */
export function duplicateKey(doc: Document): DuplicateKey | undefined {
  const pending: unknown[] = [doc.contents]
  while (pending.length > 0) {
    const node = pending.pop()
    if (isMap(node)) {
      const seen = new Map<string, number>()
      for (const pair of node.items) {
        const key = keyText(pair.key)
        const offset = (pair.key as Node | null)?.range?.[0] ?? 0
        if (key !== undefined) {
          const first = seen.get(key)
          if (first !== undefined)
            return { key: String((pair.key as { value: unknown }).value), first, again: offset }
          seen.set(key, offset)
        }
        pending.push(pair.value)
        if (!isScalar(pair.key)) pending.push(pair.key)
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i])
    } else if (isPair(node)) {
      pending.push(node.key, node.value)
    }
  }
  return undefined
}

/**
 * A duplicate key as a problem at a line: the line of the repeated key (`offset` added, for a
 * document that starts below the file's first line) and a reason naming both lines.
 */
export function duplicateKeyProblem(
  doc: Document,
  lines: LineCounter,
  offset = 0
): { line: number; reason: string } | undefined {
  const twice = duplicateKey(doc)
  if (!twice) return undefined
  const [first, again] = [twice.first, twice.again].map(o => lines.linePos(o).line + offset)
  return {
    line: again!,
    reason: `the key "${twice.key}" is there twice (lines ${first} and ${again})`
  }
}

/** A scalar key as YAML compares it (`1` and `"1"` differ); undefined for other keys. */
function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined
  const value = key.value
  return `${typeof value}:${String(value)}`
}
