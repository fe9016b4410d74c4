// Globs from a policy (gate names, kep.yaml paths), matched as git writes pathspecs: `*` within
// one path segment, `**` across segments, `**/` any number of folders (none included). Matched
// by stepping every position of the glob at once over the text, never by a backtracking regular
// expression: a policy's `*a*a*a*b` costs the length of the text times the glob's, not powers.

const Kind = {
  Literal: 0,
  /** `*`: any run of characters but `/`. */
  Star: 1,
  /** `**`: any run of characters. */
  GlobStar: 2,
  /** `**\/`: nothing, or any run of characters that ends with `/`. */
  Folders: 3
} as const

interface Token {
  kind: (typeof Kind)[keyof typeof Kind]
  char?: string
}

/** A matcher of whole texts against a glob, with the `test` of a RegExp. */
export interface GlobMatcher {
  test(text: string): boolean
}

export function globMatcher(glob: string): GlobMatcher {
  const tokens = tokenize(glob)
  // Every match starts with the glob's leading literal and ends with its trailing one: most
  // texts (800 kep.yaml paths against `keps/NNNN-kep-template/**`) are refused by those alone.
  let lead = 0
  while (lead < tokens.length && tokens[lead]!.kind === Kind.Literal) lead++
  let trail = tokens.length
  while (trail > lead && tokens[trail - 1]!.kind === Kind.Literal) trail--
  const prefix = literal(tokens.slice(0, lead))
  const suffix = literal(tokens.slice(trail))
  if (lead === tokens.length) return { test: text => text === prefix }
  return {
    test: text =>
      text.length >= prefix.length + suffix.length &&
      text.startsWith(prefix) &&
      text.endsWith(suffix) &&
      matches(tokens, text)
  }
}

function literal(tokens: Token[]): string {
  return tokens.map(t => t.char).join('')
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < glob.length;) {
    if (glob.startsWith('**/', i)) {
      tokens.push({ kind: Kind.Folders })
      i += 3
    } else if (glob.startsWith('**', i)) {
      tokens.push({ kind: Kind.GlobStar })
      i += 2
    } else if (glob[i] === '*') {
      tokens.push({ kind: Kind.Star })
      i++
    } else {
      tokens.push({ kind: Kind.Literal, char: glob[i] })
      i++
    }
  }
  return tokens
}

/**
 * Each glob position i has two states: 2i, about to match token i, and 2i+1, inside a `**\/`
 * token that still needs its `/`. The set of live states is carried over the text.
 */
function matches(tokens: Token[], text: string): boolean {
  const size = 2 * tokens.length + 2
  let live = new Uint8Array(size)
  let next = new Uint8Array(size)
  live[0] = 1
  close(tokens, live)
  for (let t = 0; t < text.length; t++) {
    const c = text[t]
    next.fill(0)
    let any = false
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (live[2 * i]) {
        if (token.kind === Kind.Literal) {
          if (c === token.char) next[2 * i + 2] = 1
        } else if (token.kind === Kind.Star) {
          if (c !== '/') next[2 * i] = 1
        } else if (token.kind === Kind.GlobStar) next[2 * i] = 1
      }
      if (live[2 * i + 1]) {
        next[2 * i + 1] = 1
        if (c === '/') next[2 * i + 2] = 1
      }
    }
    close(tokens, next)
    for (let s = 0; s < size && !any; s++) any = next[s] === 1
    if (!any) return false
    ;[live, next] = [next, live]
  }
  return live[2 * tokens.length] === 1
}

/** Adds the states reachable without reading a character (wildcards matching nothing). */
function close(tokens: Token[], states: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!states[2 * i]) continue
    const kind = tokens[i]!.kind
    if (kind === Kind.Literal) continue
    states[2 * i + 2] = 1
    if (kind === Kind.Folders) states[2 * i + 1] = 1
  }
}
