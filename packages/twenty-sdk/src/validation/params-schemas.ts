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

export const listParamsSchema = z.looseObject({
  limit: limitSchema,
  depth: depthSchema,
  startingAfter: cursorSchema,
  endingBefore: cursorSchema,
})
