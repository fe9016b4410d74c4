import { RE2JS } from 're2js'

// Regular expressions a policy supplies (backports.fixPattern) run against text from the
// repository (commit subjects, pull request titles). JavaScript's engine backtracks, so a pattern
// like `^(a+)+$` could spin for hours on one subject: policy patterns run in RE2, whose time is
// linear in the text, and a pattern RE2 cannot run (look-around, back-references) is refused
// when the policy is loaded.

/** A case-insensitive search, the way the policy's patterns are meant. */
export interface PolicyPattern {
  test(text: string): boolean
}

/** Why RE2 cannot run the pattern, or undefined when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    RE2JS.compile(source, RE2JS.CASE_INSENSITIVE)
    return undefined
  } catch (error) {
    return (error as Error).message.replace(/^error parsing regexp: /, '')
  }
}

/** The pattern compiled by RE2: found anywhere in the text, case-insensitively. */
export function policyPattern(source: string): PolicyPattern {
  const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE)
  return { test: text => re.matcher(text).find() }
}
