// Helpers on plain text shared by readers and criteria.

/** `text` with every regular-expression metacharacter escaped, so data is matched literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
