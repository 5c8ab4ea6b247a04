import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { FaultOptions, FaultStats } from './faults/fault-rules.js'
import { createFaultInjector } from './faults/inject-faults.js'
import type { SandboxState } from './handlers/context.js'
import { createRateLimiter, type RateLimitOptions, type RateLimitStats } from './limits/rate-limit.js'
import { type SeedSummary, seedWorkspace } from './seed/seed.js'
import { ApiKeyRing } from './server/api-keys.js'
import { createSandboxServer, type Interceptor } from './server/http-server.js'
import { checkRestoreRoutes, type RestoreRoutes } from './server/restore-routes.js'
import { type CustomObjectInput, catalogOf, defineObjects } from './store/custom-objects.js'
import type { ObjectDefinition } from './store/objects.js'
import { type Actor, RecordStore, type StoredRecord } from './store/record-store.js'
import { type AddedSelectOptions, resolveSelectOptions } from './store/select-options.js'
import { type WebhookDelivery, WebhookDispatcher } from './webhooks/deliver.js'
import { WebhookRegistry } from './webhooks/webhook-registry.js'

/** A workspace member to start the sandbox with. */
export interface WorkspaceMemberInput {
  id?: string
  name: { firstName: string; lastName: string }
  userEmail: string
}

export interface SandboxOptions {
  /** Port to listen on; 0 (the default) lets the OS choose. */
  port?: number
  /** Interface to bind; 127.0.0.1 by default, so nothing outside this machine can reach it. */
  host?: string
  /** `false`/absent: an empty workspace; `true` or a number: realistic data from that seed (true = 42). */
  seed?: boolean | number
  /** Page size when `limit` is absent (Twenty: 60). */
  defaultLimit?: number
  /** Larger limits are capped to this (Twenty: 200). */
  maxLimit?: number
  /**
   * Records one batch create or upsert may carry; a larger batch is a 400 (Twenty: 200, its `QUERY_MAX_RECORDS`, the
   * same constant that caps `limit`; kept apart here so a small `maxLimit` does not refuse the SDK's batches).
   */
  maxBatchSize?: number
  /** The workspace name `currentWorkspace` reports. */
  workspaceName?: string
  /**
   * The workspace's members (Twenty adds them through invitations, not the API). Default: one admin,
   * `Sandbox Admin <admin@sandbox.example>`; the seed adds three more.
   */
  workspaceMembers?: readonly WorkspaceMemberInput[]
  /**
   * Options the workspace added to select fields, by `object.field` (singular object name), e.g.
   * `{ 'opportunity.stage': ['NEGOTIATION', 'WON'] }`: Twenty lets every workspace extend its select fields.
   */
  selectOptions?: AddedSelectOptions
  /**
   * Objects the workspace added, served like the standard ones (CRUD, batch, filters, order_by, upserts on
   * unique fields, webhooks, the OpenAPI document), e.g.
   * `[{ singular: 'movie', plural: 'movies', fields: { title: 'TEXT', genre: { type: 'SELECT', options: ['DRAMA'] } } }]`.
   * Each also gets the fields Twenty gives every custom object (`name`, timestamps, actors, position).
   */
  customObjects?: readonly CustomObjectInput[]
  /** Webhook delivery timeout (Twenty: 5 s). */
  webhookTimeoutMs?: number
  /**
   * Twenty's per-workspace API-key throttling (two token buckets, 429 with no headers). Off unless given:
   * `{}` applies Twenty's defaults (100/s and 100/min). As in Twenty, only record operations its query runner
   * receives spend a token: a request refused for its key, path, object, `limit`, `depth`, or `filter` or
   * `order_by` syntax spends none.
   */
  rateLimit?: RateLimitOptions | false
  /** Fault injection by route and method, reproducible by seed. Off unless given. */
  faults?: FaultOptions
  /**
   * More interceptors, run inside the fault injector. The rate limiter answers from within the handler, where Twenty
   * throttles, so they meet its 429s as they meet the handlers' other refusals.
   */
  interceptors?: readonly Interceptor[]
  /**
   * Which Twenty release's restore routes to serve (see {@link RestoreRoutes}): `'suffix'` (the default, current
   * Twenty: `PATCH /rest/{plural}/{id}/restore`), `'prefix'` (July–August 2026: `PATCH /rest/restore/{plural}/{id}`)
   * or `'prefix-many-only'` (before July 2026: only `PATCH /rest/restore/{plural}?filter=…`). Each refuses the other
   * releases' paths with the 400 that release answers, so a client can be tested against every one.
   */
  restoreRoutes?: RestoreRoutes
}

/** A running sandbox. */
export interface Sandbox {
  /** Origin to give the SDK as `baseUrl`, e.g. `http://127.0.0.1:53211`. */
  url: string
  /** A valid API key (a JWT, like Twenty's). */
  apiKey: string
  keys: {
    /** Issues another valid key; its name is recorded on `createdBy` of what it writes. */
    create(name?: string): string
    /** Revokes a key: it then gets 401 `Token invalid.`. */
    revoke(token: string): void
    /** A key whose expiry has passed: 401 `Token has expired.`. */
    expired: string
  }
  workspace: { id: string; displayName: string }
  /** The in-memory tables, for assertions that look behind the API. */
  store: RecordStore
  /** Live records of one object by its plural name, straight from the store (no API, no faults). */
  records(plural: string): StoredRecord[]
  webhooks: {
    /** Every delivery attempt so far: bytes sent, headers, receiver status, duration. */
    deliveries: readonly WebhookDelivery[]
    /** Resolves once every delivery started so far has finished. */
    idle(): Promise<void>
  }
  seeded: SeedSummary | null
  /** Requests the rate limiter allowed and refused (zeros when it is off). */
  rateLimitStats: RateLimitStats
  /** Faults injected so far, by kind (zeros when off). */
  faultStats: FaultStats
  close(): Promise<void>
}

const DEFAULT_MEMBER: WorkspaceMemberInput = {
  name: { firstName: 'Sandbox', lastName: 'Admin' },
  userEmail: 'admin@sandbox.example',
}

/**
 * Starts a local server that behaves like Twenty's REST API (keys, envelopes, cursors, filters, errors,
 * webhooks), in this process. The demo, examples, tests and benchmarks run against it.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const restoreRoutes = checkRestoreRoutes(options.restoreRoutes)
  const workspace = { id: randomUUID(), displayName: options.workspaceName ?? 'Sandbox Workspace' }
  const objects = catalogOf(defineObjects(options.customObjects))
  const store = new RecordStore(objects.all)
  const registry = new WebhookRegistry(workspace.id)
  const dispatcher = new WebhookDispatcher(store, registry, workspace.id, options.webhookTimeoutMs)
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit) : undefined
  const state: SandboxState = {
    store,
    objects,
    webhooks: registry,
    limits: {
      defaultLimit: options.defaultLimit ?? 60,
      maxLimit: options.maxLimit ?? 200,
      maxBatchSize: options.maxBatchSize ?? 200,
    },
    workspace,
    selectOptions: resolveSelectOptions(options.selectOptions, objects.bySingular),
    restoreRoutes,
    throttle: limiter?.throttle ?? (() => {}),
  }
  const members = objects.byPlural.get('workspaceMembers') as ObjectDefinition
  const system: Actor = { source: 'SYSTEM', workspaceMemberId: null, name: 'System', context: {} }
  store.transaction(() => {
    for (const member of options.workspaceMembers ?? [DEFAULT_MEMBER])
      store.create(members, { ...member }, system)
  })
  const seedValue = options.seed === true ? 42 : options.seed
  const seeded = typeof seedValue === 'number' ? seedWorkspace(store, seedValue) : null
  const keys = new ApiKeyRing(workspace.id)
  const apiKey = keys.issue('Sandbox key')
  const expired = keys.issue('Expired key', { expiresInMs: -60_000 })
  const faults = createFaultInjector(options.faults ?? { rules: [] })
  const interceptors = [faults.interceptor, ...(options.interceptors ?? [])]
  const server = createSandboxServer(state, keys, interceptors)
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    apiKey,
    keys: { create: (name) => keys.issue(name), revoke: (token) => keys.revoke(token), expired },
    workspace,
    store,
    records: (plural) => {
      const object = objects.byPlural.get(plural)
      if (!object)
        throw new Error(`Unknown object '${plural}'; known: ${[...objects.byPlural.keys()].join(', ')}`)
      return store.all(object)
    },
    webhooks: { deliveries: dispatcher.deliveries, idle: () => dispatcher.idle() },
    seeded,
    rateLimitStats: limiter?.stats ?? { allowed: 0, limited: 0 },
    faultStats: faults.stats,
    close: async () => {
      dispatcher.stop()
      await dispatcher.idle()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
