import { randomUUID } from 'node:crypto'
import { badRequest, HttpError } from '../server/http-error.js'

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

const OPERATION = /^(\*|[a-z][A-Za-z0-9]*)\.(\*|[a-z]+)$/

/**
 * Webhook subscriptions of the workspace. Like Twenty: `targetUrl` must be http(s), `operations` default to
 * `['*.*']`, and the server stores the secret as given: it never generates one (an empty secret means unsigned).
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
      operations: input.operations === undefined ? ['*.*'] : checkOperations(input.operations),
      description: input.description === undefined ? null : checkText(input.description, 'description'),
      secret: input.secret === undefined || input.secret === null ? '' : checkText(input.secret, 'secret'),
      workspaceId: this.workspaceId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }
    this.#webhooks.set(webhook.id, webhook)
    return { ...webhook }
  }

  update(id: string, input: WebhookInput): WebhookEntity {
    const current = this.#webhooks.get(id)
    if (!current) throw new HttpError(404, 'NotFoundException', 'Webhook not found', 'WEBHOOK_NOT_FOUND')
    const next: WebhookEntity = {
      ...current,
      ...(input.targetUrl !== undefined && { targetUrl: checkTargetUrl(input.targetUrl) }),
      ...(input.operations !== undefined && { operations: checkOperations(input.operations) }),
      ...(input.description !== undefined && { description: checkText(input.description, 'description') }),
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

function checkTargetUrl(value: unknown): string {
  let url: URL | undefined
  try {
    url = typeof value === 'string' ? new URL(value) : undefined
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw badRequest('Invalid target URL: it must be an http or https URL', 'INVALID_TARGET_URL')
  }
  return value as string
}

function checkOperations(value: unknown): string[] {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((item) => typeof item === 'string' && OPERATION.test(item))
  ) {
    throw badRequest(
      'operations must be a non-empty array like ["person.created", "*.updated", "company.*", "*.*"]',
    )
  }
  return [...value]
}

function checkText(value: unknown, name: string): string {
  if (typeof value !== 'string') throw badRequest(`${name} must be a string`)
  return value
}
