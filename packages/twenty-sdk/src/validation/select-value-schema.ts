import { z } from 'zod'

// Twenty's rule for a select option's value (twenty-shared `isSnakeCaseString`, at most 63 characters, as
// Postgres enum labels): upper-case words joined by single underscores, starting with a letter.
const OPTION_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/
const MAX_OPTION_LENGTH = 63

/**
 * A select field's value: one of the standard options, or any option the workspace added. A workspace can add
 * options to every select field (a pipeline with NEGOTIATION or WON stages, say), and only Twenty knows them, so
 * the SDK refuses only what no workspace can hold (`'won'`, `'Customer'`, `''`) and lets Twenty answer for the
 * rest. The standard options are named in the message, since a wrong case is the usual mistake.
 */
export function selectValueSchema(standard: readonly string[]) {
  const message = `Expected an option value such as ${standard[0] ?? 'NEW'} (capitals, words joined by _): one of ${standard.join(', ')}, or an option your workspace added`
  return z
    .string({ error: message })
    .max(MAX_OPTION_LENGTH, { error: message })
    .regex(OPTION_VALUE, { error: message })
}
