// The public API of @twenty-sdk/sandbox.
export { startSandbox } from './sandbox.js'
export type { Sandbox, SandboxOptions } from './sandbox.js'
export type { Interceptor, InterceptedRequest } from './server/http-server.js'
export { sendJson } from './server/http-server.js'
export type { WebhookDelivery } from './webhooks/deliver.js'
export type { WebhookEntity } from './webhooks/webhook-registry.js'
export type { RecordEvent, StoredRecord } from './store/record-store.js'
export type { SeedSummary } from './seed/seed.js'
