import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyNotFoundError } from '../errors/twenty-not-found-error.js'
import type { components } from '../generated/openapi.js'
import type { HttpClient } from '../transport/http-client.js'
import { checkId } from '../validation/check-id.js'
import { validateLazily } from '../validation/validate-lazily.js'
import type { CallOptions } from './resource-options.js'

/**
 * A webhook subscription as Twenty stores it, secret included. Verify its deliveries with `verifyWebhook` from
 * `twenty-sdk/webhooks` and this `secret`.
 */
export type Webhook = Omit<components['schemas']['Webhook'], 'secret'> & {
  /**
   * The signing secret; empty only for a webhook created elsewhere with an empty secret (Twenty's own Zapier app does
   * this), whose deliveries are unsigned.
   */
  secret: string
}

/** Events a webhook listens to: `person.created`, `*.updated`, `company.*` or `*.*` (the only wildcard forms Twenty matches). */
export type WebhookOperation = `${string}.${string}`

/** What {@link WebhooksResource.create} takes; only `targetUrl` is required. */
export interface WebhookCreateInput {
  /** Where Twenty POSTs each event: an http or https URL reachable from the Twenty server. */
  targetUrl: string
  /** Defaults to `['*.*']`, every event of every object. */
  operations?: readonly WebhookOperation[]
  /** Shown in Twenty's settings, to tell subscriptions apart. */
  description?: string
  /**
   * Signing secret, at least 16 characters; generated ({@link generateWebhookSecret}) when omitted. Empty secrets
   * are refused: they turn signing off.
   */
  secret?: string
}

/**
 * What {@link WebhooksResource.update} takes: the fields to change. To replace the secret, prefer {@link
 * WebhooksResource.rotateSecret}.
 */
export type WebhookUpdateInput = Partial<WebhookCreateInput>

/**
 * A strong signing secret: 32 random bytes from the platform's CSPRNG, hex-encoded (64 characters). What {@link
 * WebhooksResource.create} and {@link WebhooksResource.rotateSecret} use; call it yourself to set the secret of a
 * webhook made elsewhere, or to give a test receiver a secret.
 */
export function generateWebhookSecret(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Manages the workspace's webhook subscriptions (`/rest/metadata/webhooks`). Unlike Twenty's own Zapier app,
 * `create` never leaves the secret empty, so every delivery is signed and can be verified with
 * `twenty-sdk/webhooks`. The key's role needs Twenty's "API keys and webhooks" permission.
 *
 * @example
 * const hook = await twenty.webhooks.create({ targetUrl: 'https://example.com/twenty', operations: ['person.created'] })
 * saveSecret(hook.secret) // store it where your receiver can read it
 */
export class WebhooksResource {
  constructor(private readonly http: HttpClient) {}

  /**
   * Creates a subscription, generating a strong secret ({@link generateWebhookSecret}) when none is given; the
   * result carries the secret.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` for a `targetUrl` that is not an http(s) URL, an
   * operation that is not `object.action`, a secret shorter than 16 characters or an unknown field, before anything
   * is sent.
   * @throws {@link TwentyPermissionError} when the key's role lacks the "API keys and webhooks" permission.
   */
  async create(input: WebhookCreateInput, options: CallOptions = {}): Promise<Webhook> {
    const body = await validateLazily((s) => s.webhookCreateSchema, input, 'webhook')
    return this.http.request<Webhook>({
      method: 'POST',
      path: '/metadata/webhooks',
      body: {
        ...body,
        operations: body.operations ?? ['*.*'],
        secret: body.secret ?? generateWebhookSecret(),
      },
      signal: options.signal,
    })
  }

  /**
   * Every subscription of the workspace, secrets included, in one answer: Twenty does not page them.
   *
   * @throws {@link TwentyPermissionError} when the key's role lacks the "API keys and webhooks" permission.
   */
  async list(options: CallOptions = {}): Promise<Webhook[]> {
    return this.http.request<Webhook[]>({ method: 'GET', path: '/metadata/webhooks', signal: options.signal })
  }

  /**
   * One subscription by id.
   *
   * @throws {@link TwentyNotFoundError} with code `WEBHOOK_NOT_FOUND` for an unknown id (Twenty answers `null`,
   * which the SDK turns into the error rather than hand back as a webhook).
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, before anything is
   * sent.
   */
  async get(id: string, options: CallOptions = {}): Promise<Webhook> {
    await checkId(id, (s) => s.webhookIdSchema, 'webhook id')
    const webhook = await this.http.request<Webhook | null>({
      method: 'GET',
      path: `/metadata/webhooks/${id}`,
      signal: options.signal,
    })
    if (!webhook) throw webhookNotFound(id, 'GET')
    return webhook
  }

  /**
   * Changes the given fields of a subscription (its URL, operations, description or secret) and returns it.
   *
   * @throws {@link TwentyNotFoundError} with code `WEBHOOK_NOT_FOUND` for an unknown id.
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID or the patch is
   * malformed (see {@link WebhooksResource.create}), before anything is sent.
   * @example
   * await twenty.webhooks.update(hook.id, { operations: ['person.*', 'company.*'] })
   */
  async update(id: string, patch: WebhookUpdateInput, options: CallOptions = {}): Promise<Webhook> {
    await checkId(id, (s) => s.webhookIdSchema, 'webhook id')
    const body = await validateLazily((s) => s.webhookUpdateSchema, patch, 'webhook update')
    const webhook = await this.http.request<Webhook | null>({
      method: 'PATCH',
      path: `/metadata/webhooks/${id}`,
      body,
      signal: options.signal,
    })
    // Twenty answers an unknown id with null, not a 404: say so, rather than hand back null as a Webhook.
    if (!webhook) throw webhookNotFound(id, 'PATCH')
    return webhook
  }

  /**
   * Deletes a subscription; resolves `true` when it existed (Twenty's boolean answer), so deleting twice is not an
   * error.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, before anything is
   * sent.
   */
  async delete(id: string, options: CallOptions = {}): Promise<boolean> {
    await checkId(id, (s) => s.webhookIdSchema, 'webhook id')
    return this.http.request<boolean>({
      method: 'DELETE',
      path: `/metadata/webhooks/${id}`,
      signal: options.signal,
    })
  }

  /**
   * Replaces the secret with a fresh one and returns the webhook with it. Deliveries signed with the old secret
   * may still be in flight: verify with both (`secret: [next, previous]`) for a few minutes.
   *
   * @throws {@link TwentyNotFoundError} with code `WEBHOOK_NOT_FOUND` for an unknown id.
   * @example
   * const { secret } = await twenty.webhooks.rotateSecret(hook.id)
   * await saveSecrets([secret, previousSecret]) // the receiver accepts both until old deliveries have drained
   */
  async rotateSecret(id: string, options: CallOptions = {}): Promise<Webhook> {
    return this.update(id, { secret: generateWebhookSecret() }, options)
  }
}

function webhookNotFound(id: string, method: 'GET' | 'PATCH'): TwentyNotFoundError {
  return new TwentyNotFoundError({
    message: `Webhook ${id} not found`,
    status: 404,
    code: 'WEBHOOK_NOT_FOUND' satisfies TwentySdkErrorCode,
    method,
  })
}
