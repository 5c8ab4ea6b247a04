import type { HandlerResponse } from '../handlers/context.js'
import type { Interceptor } from '../server/http-server.js'
import { TokenBucket } from './token-bucket.js'

/** Twenty's API-key throttling: two buckets per workspace (defaults 100 per second and 100 per minute). */
export interface RateLimitOptions {
  shortLimit?: number
  shortTtlMs?: number
  longLimit?: number
  longTtlMs?: number
  /**
   * Twenty sends no `Retry-After` (nor any rate-limit header). Set this to also send `Retry-After` (seconds), to
   * test the client path that honours it.
   */
  retryAfter?: boolean
}

/** Twenty's 429 answer when a bucket is empty: `Limit reached (N tokens per M ms)`, and no headers. */
export function limitReached(capacity: number, windowMs: number): HandlerResponse {
  return {
    status: 429,
    body: {
      statusCode: 429,
      error: 'HttpException',
      messages: [`Limit reached (${capacity} tokens per ${windowMs} ms)`],
    },
  }
}

/** What the limiter saw, for assertions: how many requests it let through and how many it refused. */
export interface RateLimitStats {
  allowed: number
  limited: number
}

// Only record operations go through Twenty's query runner, which is where throttling happens: not webhook
// metadata, nor the OpenAPI document.
const THROTTLED = /^\/rest\/(?!metadata\/|webhooks(\/|$)|open-api\/)/

/**
 * An interceptor answering 429 `Limit reached (N tokens per M ms)` when a bucket is empty, with Twenty's body and, by
 * default, no headers. As Twenty's throttleQueryExecution (common-base-query-runner.service.ts) does, the short
 * bucket spends its token first and the long bucket is asked after, so a request the long bucket refuses has still
 * spent a short-bucket token.
 */
export function createRateLimiter(options: RateLimitOptions = {}): {
  interceptor: Interceptor
  stats: RateLimitStats
} {
  const short = new TokenBucket(options.shortLimit ?? 100, options.shortTtlMs ?? 1_000)
  const long = new TokenBucket(options.longLimit ?? 100, options.longTtlMs ?? 60_000)
  const stats: RateLimitStats = { allowed: 0, limited: 0 }
  const interceptor: Interceptor = async (request, next) => {
    if (!THROTTLED.test(request.path)) return next()
    for (const bucket of [short, long]) {
      if (bucket.take()) continue
      stats.limited++
      return {
        ...limitReached(bucket.capacity, bucket.windowMs),
        headers: options.retryAfter
          ? { 'retry-after': String(Math.max(1, Math.ceil(bucket.waitMs() / 1000))) }
          : {},
      }
    }
    stats.allowed++
    return next()
  }
  return { interceptor, stats }
}
