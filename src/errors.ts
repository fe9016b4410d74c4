/**
 * A mistake in what the user gave us (an input, a flag, a policy file, a file in the checkout).
 * Its message is one line that names the bad value and how to fix it; edges print it without a
 * stack trace and exit with code 2.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

/** A file in the checkout that cannot be read as what it should be, with the place at fault. */
export class DataError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    /** What is wrong, without the place: for messages that name the file their own way. */
    readonly reason: string
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`)
    this.name = 'DataError'
  }
}

/** One line for any thrown value: never a stack trace, never `[object Object]`. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** The first line of a YAML parser's message, without the position we already give as file:line. */
export function yamlReason(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?\s*$/, '')
    .trim()
}
