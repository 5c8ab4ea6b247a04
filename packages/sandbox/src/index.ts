// The public API of @twenty-sdk/sandbox.

export type { FaultKind, FaultOptions, FaultRule, FaultStats } from './faults/fault-rules.js'
export type { HandlerResponse } from './handlers/context.js'
export type { RateLimitOptions, RateLimitStats } from './limits/rate-limit.js'
export type { Sandbox, SandboxOptions, WorkspaceMemberInput } from './sandbox.js'
export { startSandbox } from './sandbox.js'
export type { SeedSummary } from './seed/seed.js'
export type { InterceptedRequest, Interceptor } from './server/http-server.js'
export { sendJson } from './server/http-server.js'
export type { RecordEvent, StoredRecord } from './store/record-store.js'
export type { AddedSelectOptions } from './store/select-options.js'
export type { WebhookDelivery } from './webhooks/deliver.js'
export type { WebhookEntity } from './webhooks/webhook-registry.js'
