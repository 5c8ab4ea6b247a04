import { z } from 'zod'

// What `twenty.webhooks` checks before sending. Twenty matches only these operation forms, accepts only http(s)
// targets, and signs nothing when the secret is empty.

const OPERATION = /^(\*|[a-z][A-Za-z0-9]*)\.(\*|created|updated|deleted|destroyed|restored|upserted)$/
const targetUrl = z.url({ protocol: /^https?$/, error: 'Expected an http or https URL' })
const operations = z
  .array(z.string().regex(OPERATION, 'Expected object.action, *.action, object.* or *.*'))
  .min(1, 'Give at least one operation')
const secret = z
  .string()
  .min(16, 'A webhook secret must be at least 16 characters (an empty one would disable signing)')
export const webhookCreateSchema = z.strictObject({
  targetUrl,
  operations: operations.optional(),
  description: z.string().optional(),
  secret: secret.optional(),
})
export const webhookUpdateSchema = webhookCreateSchema.partial()
export const webhookIdSchema = z.uuid({ error: 'Expected a webhook id (a UUID)' })
