// Floor scripts are plain sh, one git command per question kep-gate answers, so anyone can rerun
// them by hand. These quote their words.

/** Quotes a word for sh. */
export function sh(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`
}

/** `git grep -F -l` of one question; finding nothing exits 1, which is an answer, not a failure. */
export function grepLine(args) {
  return `git grep -F -l ${args.map(sh).join(' ')} >/dev/null || test $? = 1`
}
