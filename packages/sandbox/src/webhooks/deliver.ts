import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { RecordEvent, RecordStore } from '../store/record-store.js'
import { toWebhookEvents } from './webhook-events.js'
import type { WebhookEntity, WebhookRegistry } from './webhook-registry.js'

/** One delivery attempt, as the sandbox logged it. */
export interface WebhookDelivery {
  webhookId: string
  targetUrl: string
  eventName: string
  /** The exact bytes sent. */
  body: string
  headers: Record<string, string>
  /** HTTP status of the receiver, or null when it failed (timeout, refused, reset). */
  status: number | null
  error: string | null
  durationMs: number
}

/** Twenty's delivery timeout: 5 seconds, then the attempt is abandoned (and never retried). */
export const DELIVERY_TIMEOUT_MS = 5_000

// Stable per-object metadata ids, so payloads look like Twenty's (`objectMetadata.id` is a uuid).
function objectMetadataId(nameSingular: string): string {
  const hex = createHash('sha256').update(`object:${nameSingular}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * Sends every record event to the matching webhooks, byte for byte in Twenty's form (facts §4): one POST per
 * webhook event (see `toWebhookEvents`: a write can fire two) and webhook, JSON of `{ targetUrl, eventName, objectMetadata, workspaceId, webhookId, eventDate,
 * record, updatedFields? }`; signed with HMAC-SHA256 over `${timestampMs}:${body}` (hex) only when the secret
 * is non-empty; 5 s timeout; no retry. Every attempt lands in `deliveries`.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = []
  readonly #inFlight = new Set<Promise<void>>()
  readonly #listener = (event: RecordEvent) => this.#dispatch(event)

  constructor(
    private readonly store: RecordStore,
    private readonly registry: WebhookRegistry,
    private readonly workspaceId: string,
    private readonly timeoutMs = DELIVERY_TIMEOUT_MS,
  ) {
    store.events.on('record', this.#listener)
  }

  /** Resolves once every delivery started so far has finished (tests await it before asserting). */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight])
  }

  stop(): void {
    this.store.events.off('record', this.#listener)
  }

  #dispatch(event: RecordEvent): void {
    for (const { action, record, updatedFields } of toWebhookEvents(event)) {
      const eventName = `${event.object.singular}.${action}`
      for (const webhook of this.registry.matching(event.object.singular, action)) {
        const payload = {
          targetUrl: webhook.targetUrl,
          eventName,
          objectMetadata: {
            id: objectMetadataId(event.object.singular),
            nameSingular: event.object.singular,
          },
          workspaceId: this.workspaceId,
          webhookId: webhook.id,
          eventDate: event.eventDate,
          record,
          ...(updatedFields && { updatedFields }),
        }
        const attempt = this.#send(webhook, eventName, JSON.stringify(payload))
        this.#inFlight.add(attempt)
        void attempt.finally(() => this.#inFlight.delete(attempt))
      }
    }
  }

  async #send(webhook: WebhookEntity, eventName: string, body: string): Promise<void> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (webhook.secret !== '') {
      const timestamp = String(Date.now())
      headers['X-Twenty-Webhook-Timestamp'] = timestamp
      headers['X-Twenty-Webhook-Signature'] = createHmac('sha256', webhook.secret)
        .update(`${timestamp}:${body}`)
        .digest('hex')
      headers['X-Twenty-Webhook-Nonce'] = randomBytes(16).toString('hex')
    }
    const started = performance.now()
    const delivery: WebhookDelivery = {
      webhookId: webhook.id,
      targetUrl: webhook.targetUrl,
      eventName,
      body,
      headers,
      status: null,
      error: null,
      durationMs: 0,
    }
    try {
      const response = await fetch(webhook.targetUrl, {
        method: 'POST',
        headers,
        body,
        // Twenty posts with a default axios, which follows redirects (a 307/308 re-posts, a 301/302 turns to GET).
        redirect: 'follow',
        signal: AbortSignal.timeout(this.timeoutMs),
      })
      await response.arrayBuffer().catch(() => undefined)
      delivery.status = response.status
    } catch (error) {
      delivery.error =
        (error as Error).name === 'TimeoutError'
          ? `timed out after ${this.timeoutMs} ms`
          : String((error as Error).message)
    } finally {
      delivery.durationMs = Math.round(performance.now() - started)
      this.deliveries.push(delivery)
    }
  }
}
