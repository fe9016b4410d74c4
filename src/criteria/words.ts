// Words in criteria: a word matched literally, and places named in a one-line message.

import type { Evidence } from '../report/types.js'

/** `text` with every regular-expression metacharacter escaped, so data is matched literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The first few places as `file:line`, and how many more: for one-line messages. */
export function summarise(places: Evidence[], max = 3): string {
  const shown = places.slice(0, max).map(p => `${p.file}${p.line ? `:${p.line}` : ''}`)
  return places.length > max
    ? `${shown.join(', ')} and ${places.length - max} more`
    : shown.join(', ')
}
