import { z } from 'zod'
import { uuidSchema } from './composite-schemas.js'

/** A record id: Twenty's ids are UUIDs; an empty id would silently address the collection instead. */
export const idSchema = uuidSchema

/** `depth`: Twenty's REST parser accepts 0 (foreign keys only) or 1 (related records embedded). */
export const depthSchema = z.union([z.literal(0), z.literal(1)], { error: 'Expected 0 or 1' }).optional()

/** `limit` per page; Twenty caps it silently at its maximum (200 or 10,000 depending on the version). */
export const limitSchema = z
  .number({ error: 'Expected an integer' })
  .int('Expected an integer')
  .min(1, 'Expected at least 1')
  .max(10_000, 'Expected at most 10000')
  .optional()

export const cursorSchema = z.string().min(1, 'Expected a cursor from pageInfo').optional()

/** An `AbortSignal`, recognised by shape so that a signal from another realm (a test DOM, say) passes too. */
const signalSchema = z
  .custom<AbortSignal>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as AbortSignal).aborted === 'boolean' &&
      typeof (value as AbortSignal).addEventListener === 'function',
    'Expected an AbortSignal',
  )
  .optional()

/**
 * `list()` and `iterate()` parameters. Unknown keys are refused: Twenty ignores query parameters it does not know,
 * so a misspelt `fliter` or `startingafter` would otherwise list every record or the first page again, silently.
 * `filter` and `orderBy` are checked as they are compiled.
 */
export const listParamsSchema = z.strictObject({
  filter: z.unknown().optional(),
  orderBy: z.unknown().optional(),
  limit: limitSchema,
  depth: depthSchema,
  startingAfter: cursorSchema,
  endingBefore: cursorSchema,
  signal: signalSchema,
})

/**
 * What `merge()` sends: two or more distinct record ids and the index of the one whose values win. Twenty
 * reports a repeated id as "One or more records not found", so it is refused here with a clearer message.
 */
export const mergeParamsSchema = z
  .object({
    ids: z
      .array(idSchema)
      .min(2, 'Expected at least 2 record ids to merge')
      .refine(
        (ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length,
        'Expected distinct ids',
      ),
    priority: z
      .number({ error: 'Expected an integer' })
      .int('Expected an integer')
      .min(0, 'Expected 0 or more'),
    dryRun: z.boolean({ error: 'Expected true or false' }),
  })
  .refine((params) => params.priority < params.ids.length, {
    path: ['priority'],
    error: 'Expected the index of one of the ids',
  })
