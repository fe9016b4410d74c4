import * as core from '@actions/core'

// Every line the action prints goes through here. The runner executes any stdout line that starts
// with `::` (after leading spaces) and, in its older syntax, any line holding `##[`: text from a
// policy, a checkout, an event or the API must never become a command. So each message is made
// one line, and the command markers in it are broken with a zero-width space, which the runner
// does not trim and a reader does not see.

const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g
const ZWSP = '\u200b'

/** The text as one log line that the runner prints and never runs as a workflow command. */
export function workflowSafe(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replaceAll('::', `:${ZWSP}:`)
    .replaceAll('##[', `#${ZWSP}#[`)
}

// Annotation properties (title, file) need nothing more: the toolkit escapes `:`, `,` and line
// breaks in them, as the runner's syntax requires.
type Properties = core.AnnotationProperties

/** The action's log: @actions/core with every message and title made safe first. */
export const log = {
  info: (text: string): void => core.info(workflowSafe(text)),
  notice: (text: string, properties?: Properties): void =>
    core.notice(workflowSafe(text), properties),
  warning: (text: string, properties?: Properties): void =>
    core.warning(workflowSafe(text), properties),
  error: (text: string, properties?: Properties): void =>
    core.error(workflowSafe(text), properties),
  /** An error line that fails the step. */
  failed: (text: string): void => core.setFailed(workflowSafe(text))
}
