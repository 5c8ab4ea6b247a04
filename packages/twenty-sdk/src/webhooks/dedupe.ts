import { checkNumberOption } from './checks.js'
import type { TwentyWebhookEvent } from './events.js'

/**
 * Where seen delivery keys are remembered, for {@link createWebhookDeduper}. {@link MemoryDedupeStore} is the
 * default; implement this on a shared store (Redis, a database's unique index) when several processes receive
 * webhooks. `setIfAbsent` must be atomic, or two processes could both handle one event.
 *
 * @example
 * const redisStore: DedupeStore = {
 *   setIfAbsent: async (key, ttlMs) => (await redis.set(`twenty:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK',
 * }
 */
export interface DedupeStore {
  /** Stores the key for `ttlMs` and resolves true, or resolves false when it is already there. */
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>
}

/**
 * An in-process store with expiry, the default. Use a shared store when several processes receive webhooks.
 * It holds at most `maxEntries` keys (default 100,000, a few tens of MB): past that the oldest is forgotten, so a
 * busy receiver's memory stays bounded, at the price of not recognising a replay of an event that old.
 */
export class MemoryDedupeStore implements DedupeStore {
  readonly #expiries = new Map<string, number>()
  readonly #now: () => number
  readonly #maxEntries: number
  #sweepAt = 1024

  /**
   * @param options.now the clock, in milliseconds (default `Date.now`), for tests
   * @param options.maxEntries the most keys kept (default 100,000); the oldest is forgotten past it
   * @throws {@link index!TwentyValidationError | TwentyValidationError} with code `INVALID_OPTIONS` when
   * `maxEntries` is not a finite number of at least 1.
   */
  constructor(options: { now?: () => number; maxEntries?: number } = {}) {
    checkNumberOption('maxEntries', options.maxEntries, 1)
    this.#now = options.now ?? Date.now
    this.#maxEntries = options.maxEntries ?? 100_000
  }

  /** Stores the key for `ttlMs` and resolves true, or resolves false while it is stored and unexpired. */
  async setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    const now = this.#now()
    const expiry = this.#expiries.get(key)
    if (expiry !== undefined && expiry > now) return false
    // Deleted first so the map's order stays the order keys were stored in, oldest first.
    if (expiry !== undefined) this.#expiries.delete(key)
    this.#expiries.set(key, now + ttlMs)
    if (this.#expiries.size > this.#maxEntries) {
      const oldest = this.#expiries.keys().next().value
      if (oldest !== undefined) this.#expiries.delete(oldest)
    }
    if (this.#expiries.size >= this.#sweepAt) {
      this.#sweep(now)
      // The next sweep waits until the map has doubled, so sweeping costs O(1) per key stored even when the live
      // keys stay just under the threshold, and memory stays within twice the live keys.
      this.#sweepAt = Math.max(1024, this.#expiries.size * 2)
    }
    return true
  }

  #sweep(now: number): void {
    for (const [key, expiry] of this.#expiries) if (expiry <= now) this.#expiries.delete(key)
  }
}

/**
 * The identity of a delivery, what {@link createWebhookDeduper} stores. Twenty sends no event id (the nonce changes
 * per delivery), so an event is identified by its webhook, record, event name and event date. Use it as an
 * idempotency key in your own store, e.g. a unique column of the table the handler writes to.
 */
export function deliveryKey(event: TwentyWebhookEvent): string {
  const recordId = (event.record as { id?: unknown } | undefined)?.id
  return [event.webhookId, String(recordId ?? ''), event.eventName, event.eventDate].join('|')
}

/** Options of {@link createWebhookDeduper}. */
export interface WebhookDeduperOptions {
  /** How long a delivery is remembered, in milliseconds (default 24 hours); keep it above the verifier's tolerance. */
  ttlMs?: number
  /** Where keys are kept (default a {@link MemoryDedupeStore} of this process). */
  store?: DedupeStore
}

/** What {@link createWebhookDeduper} returns: named so it can be typed as a field or passed to a handler. */
export interface WebhookDeduper {
  /** True the first time an event is seen within the window; false for a repeat. */
  isNew(event: TwentyWebhookEvent): Promise<boolean>
}

/**
 * Drops replays and duplicates of deliveries seen within `ttlMs` (default 24 h), keyed by {@link deliveryKey}. A
 * signed delivery can be replayed by anyone who captured it, within the timestamp tolerance, and a job re-run can
 * send an event twice: check `isNew` after verifying, before acting. The key is stored when first seen, so a handler
 * that fails after `isNew` will not get the event again; remember it only once handled if you need that.
 *
 * @throws {@link index!TwentyValidationError | TwentyValidationError} with code `INVALID_OPTIONS` when `ttlMs` is
 * not a finite number of at least 1.
 * @example
 * const dedupe = createWebhookDeduper()
 * if (await dedupe.isNew(event)) await handle(event)
 */
export function createWebhookDeduper(options: WebhookDeduperOptions = {}): WebhookDeduper {
  // A NaN window would make the memory store forget every key at once, and let every replay through.
  checkNumberOption('ttlMs', options.ttlMs, 1)
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000
  const store = options.store ?? new MemoryDedupeStore()
  return {
    isNew(event: TwentyWebhookEvent): Promise<boolean> {
      return store.setIfAbsent(deliveryKey(event), ttlMs)
    },
  }
}
