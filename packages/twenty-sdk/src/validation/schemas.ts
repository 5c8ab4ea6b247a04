// Every zod schema the SDK validates with, in one module that is loaded on first use (see validate-lazily.ts).

export { inputSchemas } from './object-schemas.js'
export { depthSchema, idSchema, listParamsSchema, mergeParamsSchema } from './params-schemas.js'
export { webhookCreateSchema, webhookIdSchema, webhookUpdateSchema } from './webhook-schemas.js'
