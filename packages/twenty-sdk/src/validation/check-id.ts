import type { z } from 'zod'
import { TWENTY_UUID } from './twenty-uuid.js'
import { type SchemaPick, validateLazily } from './validate-lazily.js'

/**
 * Checks a record id before it goes into a URL path. An id Twenty accepts ({@link TWENTY_UUID}) passes at once,
 * without loading zod, so a script that only reads or deletes records by id never pays zod's load (about 40 ms of
 * a cold start, docs/benchmarks.md). Anything else is checked by the schema `pick` names, which gives the
 * `TwentyValidationError`; every schema that checks a record id refuses what {@link TWENTY_UUID} refuses.
 *
 * @returns `undefined` when the id passed at once, else a promise that rejects when the id is not valid.
 */
export function checkId(
  id: unknown,
  pick: SchemaPick<z.ZodType>,
  what: string,
): Promise<unknown> | undefined {
  if (typeof id === 'string' && TWENTY_UUID.test(id)) return undefined
  return Promise.resolve().then(() => validateLazily(pick, id, what))
}
