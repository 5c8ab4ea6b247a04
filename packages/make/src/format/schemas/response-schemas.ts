import { z } from 'zod'
import type {
  ErrorSpec,
  ImlValue,
  IterateSpec,
  LogSpec,
  ResponseSpec,
  TriggerSpec,
  ValidSpec,
} from '../types.js'

// Zod schemas of the `response` directive and its parts, from developers.make.com ("Handling responses").
// Objects are strict: a misspelt directive would be silently ignored by Make, so the checker refuses it.

export const imlValueSchema: z.ZodType<ImlValue> = z.json() as z.ZodType<ImlValue>

/** A string that is entirely one IML expression, e.g. `{{parameters.limit}}`. */
export const wholeImlSchema = z
  .string()
  .regex(/^\{\{[\s\S]*\}\}$/, 'Expected an IML expression such as {{parameters.limit}}')

export const errorTypeSchema = z.enum([
  'RuntimeError',
  'DataError',
  'ConnectionError',
  'RateLimitError',
  'InvalidConfigurationError',
  'InvalidAccessTokenError',
  'DuplicateDataError',
  'IncompleteDataError',
  'UnexpectedError',
  'MaxResultsExceededError',
  'OutOfSpaceError',
  'ModuleTimeoutError',
])

/** An error type in `response.error`: one of Make's, or an IML expression that evaluates to one. */
const errorSpecTypeSchema = z.union([errorTypeSchema, wholeImlSchema])

const errorOverrideSchema = z.strictObject({
  message: z.string().optional(),
  type: errorSpecTypeSchema.optional(),
})

export const errorSpecSchema = z.record(z.string(), z.unknown()).superRefine((spec, ctx) => {
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'message') {
      if (typeof value !== 'string')
        ctx.addIssue({ code: 'custom', path: [key], message: 'Expected a string' })
    } else if (key === 'type') {
      if (!errorSpecTypeSchema.safeParse(value).success)
        ctx.addIssue({ code: 'custom', path: [key], message: `Unknown error type ${JSON.stringify(value)}` })
    } else if (/^[1-5]\d\d$/.test(key)) {
      const result = errorOverrideSchema.safeParse(value)
      if (!result.success)
        ctx.addIssue({ code: 'custom', path: [key], message: result.error.issues[0]?.message ?? 'Invalid' })
    } else {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `Unknown key "${key}": expected message, type or an HTTP status`,
      })
    }
  }
}) as unknown as z.ZodType<ErrorSpec>

export const validSpecSchema: z.ZodType<ValidSpec> = z.union([
  z.string(),
  z.boolean(),
  z.strictObject({ condition: z.string(), message: z.string().optional(), type: errorTypeSchema.optional() }),
])

export const iterateSpecSchema: z.ZodType<IterateSpec> = z.union([
  z.string(),
  z.strictObject({ container: z.string(), condition: z.string().optional() }),
])

export const triggerSpecSchema: z.ZodType<TriggerSpec> = z.strictObject({
  type: z.enum(['date', 'id']),
  order: z.enum(['asc', 'desc', 'unordered']),
  id: z.string(),
  date: z.string().optional(),
})

export const logSpecSchema: z.ZodType<LogSpec> = z.strictObject({ sanitize: z.array(z.string()).optional() })

export const responseSpecSchema: z.ZodType<ResponseSpec> = z.strictObject({
  type: z.enum(['automatic', 'json', 'text', 'urlencoded', 'binary']).optional(),
  valid: validSpecSchema.optional(),
  error: errorSpecSchema.optional(),
  temp: z.record(z.string(), imlValueSchema).optional(),
  iterate: iterateSpecSchema.optional(),
  output: imlValueSchema.optional(),
  wrapper: imlValueSchema.optional(),
  limit: z.union([z.number().int().positive(), wholeImlSchema]).optional(),
  trigger: triggerSpecSchema.optional(),
  data: z.record(z.string(), imlValueSchema).optional(),
  metadata: z.strictObject({ type: z.enum(['text', 'email']), value: z.string() }).optional(),
  uid: z.string().optional(),
})
