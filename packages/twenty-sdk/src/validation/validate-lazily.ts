import type { z } from 'zod'
import { loadOnce } from '../internal/load-once.js'
import type * as SchemaModule from './schemas.js'
import { validate } from './validate.js'

/** The SDK's zod schemas, as the lazily loaded module exports them. */
export type Schemas = typeof SchemaModule

/** Picks the schema a call validates with, out of the loaded schemas. */
export type SchemaPick<S extends z.ZodType> = (schemas: Schemas) => S

const schemas = loadOnce<Schemas>(() => import('./schemas.js'))

/**
 * Loads the schemas, and zod with them, on the first call that validates. zod takes about 50 ms to load on a
 * cold start, more than the rest of the SDK together, and `import('twenty-sdk')` should not make an app that
 * only verifies webhooks or sends a few requests later pay it up front. Every call awaits a request anyway.
 */
export function loadSchemas(): Promise<Schemas> {
  return schemas.get()
}

/**
 * {@link validate} with a schema from the lazily loaded module: the same checks, errors and result. Once the
 * schemas are loaded it validates synchronously (returns the value or throws), so a request pays no extra
 * promise for it; before that it returns a promise.
 */
export function validateLazily<S extends z.ZodType>(
  pick: SchemaPick<S>,
  input: unknown,
  what: string,
): z.output<S> | Promise<z.output<S>> {
  if (schemas.value) return validate(pick(schemas.value), input, what)
  return schemas.get().then((loaded) => validate(pick(loaded), input, what))
}
