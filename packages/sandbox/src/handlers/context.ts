import type { Limits } from '../query/list-params.js'
import type { ApiKeyIdentity } from '../server/api-keys.js'
import type { RestoreRoutes } from '../server/restore-routes.js'
import type { ObjectCatalog } from '../store/custom-objects.js'
import type { Actor, RecordStore } from '../store/record-store.js'
import type { SelectOptions } from '../store/select-options.js'
import type { WebhookRegistry } from '../webhooks/webhook-registry.js'

/** Everything one sandbox instance holds: what handlers read and write. */
export interface SandboxState {
  store: RecordStore
  /** The workspace's objects: the standard ones and any custom ones it was started with. */
  objects: ObjectCatalog
  webhooks: WebhookRegistry
  limits: Limits
  workspace: { id: string; displayName: string }
  /** Select fields whose options the workspace extended; the others accept their standard options. */
  selectOptions: SelectOptions
  /** Which Twenty release's restore routes are served. */
  restoreRoutes: RestoreRoutes
  /**
   * Spends a rate-limit token, or throws Twenty's 429 (a no-op when `rateLimit` is off). Record handlers call it
   * where Twenty's query runner throttles: after the REST layer's own refusals (path, object, `limit`, `depth`,
   * `filter` and `order_by` syntax), before anything the runner checks or reads.
   */
  throttle: () => void
}

/** One authenticated request, as handlers see it. */
export interface HandlerRequest {
  method: string
  query: URLSearchParams
  params: Record<string, string>
  body: unknown
  key: ApiKeyIdentity
}

export interface HandlerResponse {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** Raw bytes to send instead of JSON of `body` (fault injection sends malformed JSON this way). */
  raw?: string
}

export type Handler = (state: SandboxState, request: HandlerRequest) => HandlerResponse

/** The actor Twenty stamps on `createdBy`/`updatedBy` for writes made with an API key. */
export function actorOf(key: ApiKeyIdentity): Actor {
  return { source: 'API', workspaceMemberId: null, name: key.name, context: {} }
}
