// Git's `:(glob)` pathspec matching, done in JavaScript so that one `git grep` can answer several
// questions over different folders: each hit goes to the questions whose globs match its path,
// and only where that is exactly what git itself would have matched.

/**
 * Whether this module matches a glob exactly as git does. Bracket expressions and backslash
 * escapes are left to git: a search that uses them runs on its own.
 */
export function isPortableGlob(glob: string): boolean {
  return !/[[\\]/.test(glob)
}

/**
 * Whether a repository-relative path matches a `:(glob)` pathspec item: a glob without
 * wildcards also matches everything below it (a folder), as git's pathspecs do.
 */
export function pathspecMatches(glob: string, path: string): boolean {
  // Git first compares the item as plain text, wildcards and all: the path itself or a folder.
  if (path === glob || path.startsWith(glob.endsWith('/') ? glob : `${glob}/`)) return true
  return /[*?]/.test(glob) && wildmatch(glob, 0, path, 0) === MATCH
}

const MATCH = 0
const NO_MATCH = 1
const ABORT_ALL = 2
const ABORT_TO_STARSTAR = 3

/** A port of git's wildmatch.c with WM_PATHNAME, without bracket expressions and escapes. */
function wildmatch(p: string, pi: number, text: string, ti: number): number {
  for (; pi < p.length; ti++, pi++) {
    const pc = p[pi]!
    if (ti >= text.length && pc !== '*') return ABORT_ALL
    const tc = text[ti]
    if (pc === '?') {
      if (tc === '/') return NO_MATCH
      continue
    }
    if (pc !== '*') {
      if (tc !== pc) return NO_MATCH
      continue
    }
    let matchSlash = false
    if (p[pi + 1] === '*') {
      const before = pi - 1
      pi++
      while (p[pi + 1] === '*') pi++
      const after = pi + 1
      if ((before < 0 || p[before] === '/') && (after >= p.length || p[after] === '/')) {
        // `**/` also matches no folder at all: `a/**/b` matches `a/b`.
        if (p[after] === '/' && wildmatch(p, after + 1, text, ti) === MATCH) return MATCH
        matchSlash = true
      }
    }
    pi++
    if (pi >= p.length) {
      // A trailing `**` matches everything; a trailing `*` only what has no more slashes.
      return !matchSlash && text.indexOf('/', ti) !== -1 ? NO_MATCH : MATCH
    }
    if (!matchSlash && p[pi] === '/') {
      // One `*` before a slash matches the rest of this folder's name.
      const slash = text.indexOf('/', ti)
      if (slash === -1) return NO_MATCH
      ti = slash
      continue
    }
    for (; ti < text.length; ti++) {
      const next = p[pi]!
      if (next !== '*' && next !== '?') {
        // Skip ahead to where the literal after the star can start.
        while (ti < text.length && (matchSlash || text[ti] !== '/') && text[ti] !== next) ti++
        if (ti >= text.length || text[ti] !== next) return NO_MATCH
      }
      const matched = wildmatch(p, pi, text, ti)
      if (matched !== NO_MATCH) {
        if (!matchSlash || matched !== ABORT_TO_STARSTAR) return matched
      } else if (!matchSlash && text[ti] === '/') return ABORT_TO_STARSTAR
    }
    return ABORT_ALL
  }
  return ti < text.length ? NO_MATCH : MATCH
}

/**
 * Whether no path can match both globs, judged folder by folder from the start: true only when
 * some folder name is a different plain word in each before either reaches a `**`.
 */
export function provablyDisjoint(a: string, b: string): boolean {
  const left = a.split('/')
  const right = b.split('/')
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!
    const y = right[i]!
    if (x.includes('**') || y.includes('**')) return false
    const plain = (s: string) => !/[*?]/.test(s)
    if (plain(x) && plain(y)) {
      if (x !== y) return x !== '' && y !== ''
    }
  }
  return false
}
