import type { z } from 'zod'
import type * as SchemaModule from './schemas.js'
import { validate } from './validate.js'

/** The SDK's zod schemas, as the lazily loaded module exports them. */
export type Schemas = typeof SchemaModule

/** Picks the schema a call validates with, out of the loaded schemas. */
export type SchemaPick<S extends z.ZodType> = (schemas: Schemas) => S

let loading: Promise<Schemas> | undefined

/**
 * Loads the schemas, and zod with them, on the first call that validates. zod takes about 50 ms to load on a
 * cold start, more than the rest of the SDK together, and `import('twenty-sdk')` should not make an app that
 * only verifies webhooks or sends a few requests later pay it up front. Every call awaits a request anyway.
 */
export function loadSchemas(): Promise<Schemas> {
  loading ??= import('./schemas.js')
  return loading
}

/** {@link validate} with a schema from the lazily loaded module: the same checks, errors and result. */
export async function validateLazily<S extends z.ZodType>(
  pick: SchemaPick<S>,
  input: unknown,
  what: string,
): Promise<z.output<S>> {
  return validate(pick(await loadSchemas()), input, what)
}
