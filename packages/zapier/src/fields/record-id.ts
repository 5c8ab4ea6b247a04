import { z } from 'zod'
import { invalidInput, text } from './values.js'

const uuid = z.uuid()

/**
 * A record id from a dropdown or a mapped value, checked before any write: steps that write several records
 * refuse a malformed id up front rather than halfway through.
 */
export function recordId(value: unknown, path: string): string | undefined {
  const id = text(value)
  if (id === undefined) return undefined
  if (!uuid.safeParse(id).success) throw invalidInput(path, `"${id}" is not a Twenty record id (a UUID)`)
  return id
}
