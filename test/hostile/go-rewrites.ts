// Rewrites of Go source for property tests: ones that keep the program's meaning (what gofmt
// and a refactoring leave behind: trailing commas, line breaks, import order, a renamed local,
// CRLF, a byte-order mark), and ones that break it (truncation, unbalanced delimiters, NUL).

/** The source cut into code and the strings, runes and comments in between. */
function segments(source: string): { code: boolean; text: string }[] {
  const out: { code: boolean; text: string }[] = []
  let start = 0
  const push = (code: boolean, to: number) => {
    if (to > start) out.push({ code, text: source.slice(start, to) })
    start = to
  }
  for (let i = 0; i < source.length;) {
    const end = literalEnd(source, i)
    if (end === undefined) {
      i++
      continue
    }
    push(true, i)
    push(false, end)
    i = end
  }
  push(true, source.length)
  return out
}

/** Where a string, rune or comment starting at i ends; undefined when none starts there. */
function literalEnd(s: string, i: number): number | undefined {
  const c = s[i]
  const found = (j: number, past: number) => (j === -1 ? s.length : j + past)
  if (c === '"' || c === "'") {
    let j = i + 1
    while (j < s.length && s[j] !== c && s[j] !== '\n') j += s[j] === '\\' ? 2 : 1
    return Math.min(j + 1, s.length)
  }
  if (c === '`') return found(s.indexOf('`', i + 1), 1)
  if (s.startsWith('//', i)) return found(s.indexOf('\n', i), 0)
  if (s.startsWith('/*', i)) return found(s.indexOf('*/', i + 2), 2)
  return undefined
}

function mapCode(source: string, f: (code: string) => string): string {
  return segments(source)
    .map(s => (s.code ? f(s.text) : s.text))
    .join('')
}

/** `("x")` → `("x",)` and `…featuregate.GA}` → `…featuregate.GA,}` on feature spec lines. */
export function addTrailingCommas(source: string): string {
  return source
    .split('\n')
    .map(line =>
      /^\s*(\/\/|\/\*)/.test(line)
        ? line
        : line
            .replace(/(\("(?:[^"\\\n]|\\.)*")\)/g, '$1,)')
            .replace(/(PreRelease: [\w.]+|LockToDefault: \w+|Default: \w+)\}/g, '$1,}')
    )
    .join('\n')
}

/**
 * gofmt's multi-line forms: a spec literal one field a line, and a call with one string
 * argument split after its `(`, with the trailing comma Go then needs.
 */
export function splitLines(source: string): string {
  return source
    .split('\n')
    .map(line => {
      if (/^\s*\/\//.test(line)) return line
      const indent = /^\s*/.exec(line)![0]
      const spec = /^(\s*)\{(Version: .*|Default: .*)\},\s*$/.exec(line)
      if (spec) {
        const fields = spec[2]!.split(/, (?=[A-Z]\w*: )/)
        return [
          `${indent}{`,
          ...fields.map(f => `${indent}\t${f.replace(/,$/, '')},`),
          `${indent}},`
        ].join('\n')
      }
      return line.replace(
        /(\w\()("(?:[^"\\\n]|\\.)*")(,?)\)/g,
        (_m, open: string, arg: string) => `${open}\n${indent}\t${arg},\n${indent})`
      )
    })
    .join('\n')
}

/** The lines of each `import ( … )` block in another order (`order` picks the permutation). */
export function reorderImports(source: string, order: number): string {
  return source.replace(/import \(\n([\s\S]*?)\n\)/g, (_m, body: string) => {
    const lines = body.split('\n').filter(l => l.trim() !== '')
    const rotated = [...lines.slice(order % lines.length), ...lines.slice(0, order % lines.length)]
    return `import (\n${(order % 2 ? rotated.reverse() : rotated).join('\n')}\n)`
  })
}

/** Locals of the fixtures' functions that a rename must not change the verdict for. */
export const LOCALS = ['message', 'logger', 'validModes', 'errMsg', 'allErrs', 'newPath', 'execer']

/** Renames a local everywhere in code (never in strings or comments, never a field). */
export function renameLocal(source: string, name: string, to: string): string {
  const re = new RegExp(`(?<![.\\w])${name}(?![\\w])(?!\\s*:[^=])`, 'g')
  return mapCode(source, code => code.replace(re, to))
}

export const toCrlf = (source: string): string => source.replace(/\r?\n/g, '\r\n')
export const withBom = (source: string): string => `\ufeff${source}`

/** Breaks the source at a position: cut, an extra delimiter, or a NUL. */
export function breakAt(source: string, at: number, how: string): string {
  const i = Math.min(at, source.length)
  if (how === 'truncate') return source.slice(0, i)
  return source.slice(0, i) + how + source.slice(i)
}

export const BREAKS = ['truncate', '(', ')', '{', '}', '[', '"', '`', '/*', '\u0000', '\ufeff']
