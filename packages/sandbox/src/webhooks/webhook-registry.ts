import { randomBytes, randomUUID } from 'node:crypto'
import { badRequest } from '../server/http-error.js'

/** Twenty's webhook entity (`core.webhook`), as the metadata REST API returns it: bare, with its secret. */
export interface WebhookEntity {
  id: string
  targetUrl: string
  operations: string[]
  description: string | null
  secret: string
  workspaceId: string
  createdAt: string
  updatedAt: string
  deletedAt: string | null
}

export interface WebhookInput {
  targetUrl?: unknown
  operations?: unknown
  description?: unknown
  secret?: unknown
}

/**
 * Webhook subscriptions of the workspace. Like Twenty (core-modules/webhook/webhook.service.ts and
 * controllers/webhook.controller.ts, twentyhq/twenty@664d0a83 and @88d6fe9e): `targetUrl` must be http(s) and is
 * stored as `new URL(targetUrl).toString()`; `operations` default to `['*.*']` and are stored as given (an
 * operation that names no event is kept and never fires); updating an unknown webhook answers `null`. A secret
 * left out (or null) is generated as 32 random bytes in hex, as Twenty's metadata webhook module does with
 * `secret ?? generateWebhookSecret()` (from-create-webhook-input-to-flat-webhook-to-create.util.ts; the older core
 * module's NOT NULL column refused a missing one). A given secret, an empty one included, is stored as given, and
 * an empty secret means unsigned deliveries.
 */
export class WebhookRegistry {
  readonly #webhooks = new Map<string, WebhookEntity>()

  constructor(private readonly workspaceId: string) {}

  list(): WebhookEntity[] {
    return [...this.#webhooks.values()].map((webhook) => ({ ...webhook }))
  }

  get(id: string): WebhookEntity | null {
    const webhook = this.#webhooks.get(id)
    return webhook ? { ...webhook } : null
  }

  create(input: WebhookInput): WebhookEntity {
    const now = new Date().toISOString()
    const webhook: WebhookEntity = {
      id: randomUUID(),
      targetUrl: checkTargetUrl(input.targetUrl),
      // The controller writes `operations || ['*.*']`, so null gets the default too.
      operations: input.operations == null ? ['*.*'] : checkOperations(input.operations),
      description: input.description == null ? null : checkText(input.description, 'description'),
      secret: input.secret == null ? generateSecret() : checkText(input.secret, 'secret'),
      workspaceId: this.workspaceId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }
    this.#webhooks.set(webhook.id, webhook)
    return { ...webhook }
  }

  update(id: string, input: WebhookInput): WebhookEntity | null {
    const current = this.#webhooks.get(id)
    if (!current) return null
    const next: WebhookEntity = {
      ...current,
      ...(input.targetUrl !== undefined && { targetUrl: checkTargetUrl(input.targetUrl) }),
      ...(input.operations !== undefined && { operations: checkOperations(input.operations) }),
      // The description column is nullable: null clears it.
      ...(input.description !== undefined && {
        description: input.description === null ? null : checkText(input.description, 'description'),
      }),
      ...(input.secret !== undefined && { secret: checkText(input.secret, 'secret') }),
      updatedAt: new Date().toISOString(),
    }
    this.#webhooks.set(id, next)
    return { ...next }
  }

  delete(id: string): boolean {
    return this.#webhooks.delete(id)
  }

  /** Webhooks whose operations name exactly `object.action`, `*.action`, `object.*` or `*.*`. */
  matching(objectName: string, action: string): WebhookEntity[] {
    const wanted = new Set([`${objectName}.${action}`, `*.${action}`, `${objectName}.*`, '*.*'])
    return [...this.#webhooks.values()].filter((webhook) =>
      webhook.operations.some((operation) => wanted.has(operation)),
    )
  }
}

/** Twenty's `generateWebhookSecret` (metadata-modules/webhook/utils/generate-webhook-secret.util.ts). */
const generateSecret = () => randomBytes(32).toString('hex')

function checkTargetUrl(value: unknown): string {
  let url: URL | undefined
  try {
    url = typeof value === 'string' ? new URL(value) : undefined
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw badRequest('Invalid target URL provided', 'INVALID_TARGET_URL')
  }
  return url.toString()
}

function checkOperations(value: unknown): string[] {
  // Twenty's DTO does not check operations; only a value Postgres cannot store in its text[] column fails.
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw badRequest(
      'operations must be an array of strings like ["person.created", "*.updated", "company.*", "*.*"]',
    )
  }
  return [...value]
}

function checkText(value: unknown, name: string): string {
  if (typeof value !== 'string') throw badRequest(`${name} must be a string`)
  return value
}
