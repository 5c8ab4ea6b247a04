import { z } from 'zod'
import type {
  Base,
  Communication,
  Communications,
  PaginationSpec,
  RespondSpec,
  WebhookCommunication,
} from '../types.js'
import {
  imlValueSchema,
  iterateSpecSchema,
  logSpecSchema,
  responseSpecSchema,
  wholeImlSchema,
} from './response-schemas.js'

// Zod schemas of requests ("communication"), the base, pagination and webhook handling, from
// developers.make.com ("Communication", "Base", "Pagination", "Webhooks").

const methodSchema = z.union([
  z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']),
  wholeImlSchema,
])
const keyedValuesSchema = z.record(z.string(), imlValueSchema)
const conditionSchema = z.union([z.string(), z.boolean()])

export const paginationSchema: z.ZodType<PaginationSpec> = z.strictObject({
  url: z.string().optional(),
  method: methodSchema.optional(),
  headers: keyedValuesSchema.optional(),
  qs: keyedValuesSchema.optional(),
  body: imlValueSchema.optional(),
  mergeWithParent: z.boolean().optional(),
  condition: conditionSchema.optional(),
})

/** One request. Make also accepts an array of requests; this app never emits one, so the checker refuses it. */
export const communicationSchema: z.ZodType<Communication> = z.strictObject({
  url: z.string().optional(),
  method: methodSchema.optional(),
  headers: keyedValuesSchema.optional(),
  qs: keyedValuesSchema.optional(),
  body: imlValueSchema.optional(),
  type: z.enum(['json', 'urlencoded', 'multipart/form-data', 'text', 'string', 'raw', 'binary']).optional(),
  temp: keyedValuesSchema.optional(),
  condition: conditionSchema.optional(),
  encodeUrl: z.boolean().optional(),
  followRedirects: z.boolean().optional(),
  log: logSpecSchema.optional(),
  pagination: paginationSchema.optional(),
  response: responseSpecSchema.optional(),
})

/** A module's communication: one request, or a chain of them (actions only, checked elsewhere). */
export const moduleCommunicationSchema: z.ZodType<Communications> = z.union([
  communicationSchema,
  z.array(communicationSchema).min(2, 'A chain needs two requests or more; use a single request instead'),
])

export const baseSchema: z.ZodType<Base> = z.strictObject({
  baseUrl: z.string().optional(),
  headers: keyedValuesSchema.optional(),
  qs: keyedValuesSchema.optional(),
  body: imlValueSchema.optional(),
  response: responseSpecSchema.optional(),
  log: logSpecSchema.optional(),
})

export const respondSchema: z.ZodType<RespondSpec> = z.strictObject({
  type: z.enum(['json', 'urlencoded', 'text']).optional(),
  status: z.union([z.number().int().min(100).max(599), wholeImlSchema]).optional(),
  headers: keyedValuesSchema.optional(),
  body: imlValueSchema.optional(),
})

export const webhookCommunicationSchema: z.ZodType<WebhookCommunication> = z.strictObject({
  verification: z.strictObject({ condition: z.string(), respond: respondSchema }).optional(),
  condition: conditionSchema.optional(),
  iterate: iterateSpecSchema.optional(),
  output: imlValueSchema.optional(),
  respond: respondSchema.optional(),
  uid: z.string().optional(),
})
