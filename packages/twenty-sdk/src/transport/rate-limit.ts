import Bottleneck from 'bottleneck'
import type { Send, SendWrapper } from './types.js'

/**
 * Twenty's two token buckets per workspace (API_RATE_LIMITING_SHORT_* and _LONG_*): by default 100 requests
 * per second and 100 per minute. Twenty Cloud is stricter (users see about 50 per minute): lower `longLimit`.
 */
export interface RateLimitOptions {
  shortLimit?: number
  shortTtlMs?: number
  longLimit?: number
  longTtlMs?: number
  /** Requests in flight at once (default 16). */
  maxConcurrent?: number
  /**
   * Share one budget across processes and machines through Redis (bottleneck's clustering). Every client with
   * the same `id` on the same Redis draws from the same buckets.
   */
  redis?: { id: string; clientOptions?: Record<string, unknown>; connection?: unknown }
}

export const TWENTY_DEFAULT_LIMITS = { shortLimit: 100, shortTtlMs: 1_000, longLimit: 100, longTtlMs: 60_000 }

/** A started limiter: the wrapper for the client, and a way to drain the budget after a 429 or to stop. */
export interface RateLimiter {
  wrapper: SendWrapper
  /** Empties the buckets so every sender waits for a refill: called after a 429. */
  drain(): Promise<void>
  disconnect(): Promise<void>
}

// Bottleneck's "increase" reservoir refills linearly like Twenty's token bucket: `amount` tokens every
// `interval`, up to the bucket size.
function bucket(limit: number, ttlMs: number) {
  const interval = Math.max(10, Math.ceil(ttlMs / limit))
  const amount = Math.max(1, Math.round((limit * interval) / ttlMs))
  return { reservoir: limit, reservoirIncreaseInterval: interval, reservoirIncreaseAmount: amount, reservoirIncreaseMaximum: limit }
}

/**
 * Proactive limiting with bottleneck: requests wait for a token instead of being refused by Twenty, so a bulk
 * job runs at the budget's pace rather than bouncing off 429s.
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const limits = { ...TWENTY_DEFAULT_LIMITS, ...options }
  const cluster = options.redis
    ? {
        datastore: options.redis.connection ? undefined : ('ioredis' as const),
        connection: options.redis.connection as Bottleneck.IORedisConnection | undefined,
        clientOptions: options.redis.clientOptions,
        id: options.redis.id,
        clearDatastore: false,
        timeout: 60_000,
      }
    : {}
  const common = { maxConcurrent: null, ...cluster }
  const long = new Bottleneck({
    ...common,
    ...bucket(limits.longLimit, limits.longTtlMs),
    ...(options.redis ? { id: `${options.redis.id}:long` } : {}),
  })
  const short = new Bottleneck({
    ...common,
    maxConcurrent: options.maxConcurrent ?? 16,
    ...bucket(limits.shortLimit, limits.shortTtlMs),
    ...(options.redis ? { id: `${options.redis.id}:short` } : {}),
  })
  short.chain(long)
  return {
    wrapper: (next: Send): Send => (context) => short.schedule(() => next(context)),
    async drain() {
      await Promise.all([long.updateSettings({ reservoir: 0 }), short.updateSettings({ reservoir: 0 })])
    },
    async disconnect() {
      await Promise.all([short.disconnect(), long.disconnect()])
    },
  }
}
