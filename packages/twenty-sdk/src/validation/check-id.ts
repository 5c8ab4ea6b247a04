import type { z } from 'zod'
import { type SchemaPick, validateLazily } from './validate-lazily.js'

// RFC 9562 UUIDs of versions 1 to 8, which zod's `z.uuid()` accepts by the same pattern. (zod also accepts the
// nil and max UUIDs; those take the slow path below and get zod's answer.)
const VERSIONED_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/**
 * Checks a record id before it goes into a URL path. An id that is a versioned UUID passes at once, without
 * loading zod, so a script that only reads or deletes records by id never pays zod's load (about 40 ms of a
 * cold start, docs/benchmarks.md). Anything else is checked by the schema `pick` names, a `z.uuid()`, and
 * gets its `TwentyValidationError`: the accepted ids and the errors are zod's either way.
 *
 * @returns `undefined` when the id passed at once, else a promise that rejects when the id is not valid.
 */
export function checkId(
  id: unknown,
  pick: SchemaPick<z.ZodType>,
  what: string,
): Promise<unknown> | undefined {
  if (typeof id === 'string' && VERSIONED_UUID.test(id)) return undefined
  return Promise.resolve().then(() => validateLazily(pick, id, what))
}
