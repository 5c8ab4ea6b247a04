import { z } from 'zod'
import { invalidInput, text } from './values.js'

const uuid = z.uuid()

/**
 * A record id from a dropdown or a mapped value, checked before any write: steps that write several records
 * refuse a malformed id up front rather than halfway through. A Zap user often maps a name or an email into a
 * record field; the message says what to map instead, without the SDK's "Expected a UUID".
 */
export function recordId(value: unknown, path: string): string | undefined {
  const id = text(value)
  if (id === undefined) return undefined
  if (!uuid.safeParse(id).success) {
    throw invalidInput(
      path,
      `"${id}" is not a Twenty record ID: pick one from the list, or map the ID of a record from an earlier ` +
        'Twenty step (a Find or Create step gives one), not its name or email',
    )
  }
  return id
}
