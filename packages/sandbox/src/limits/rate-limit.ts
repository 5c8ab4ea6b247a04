import type { HandlerResponse } from '../handlers/context.js'
import { HttpError } from '../server/http-error.js'
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
  return { status: 429, body: limitError(capacity, windowMs).toBody() }
}

function limitError(capacity: number, windowMs: number, headers: Record<string, string> = {}): HttpError {
  return new HttpError(
    429,
    'HttpException',
    `Limit reached (${capacity} tokens per ${windowMs} ms)`,
    undefined,
    headers,
  )
}

/** What the limiter saw, for assertions: how many requests it let through and how many it refused. */
export interface RateLimitStats {
  allowed: number
  limited: number
}

/** Spends one token per record operation, and what the limiter saw. */
export interface RateLimiter {
  /** Spends a token from each bucket; throws Twenty's 429 when one is empty. */
  throttle(): void
  stats: RateLimitStats
}

/**
 * Twenty's throttleQueryExecution (api/common/common-query-runners/common-base-query-runner.service.ts): the first
 * step of its query runner's `execute`, so only record operations that got past authentication, parseCorePath, the
 * object lookup and the REST input parsers spend a token; handlers call `throttle` at that point. The short bucket
 * spends its token first and the long bucket is asked after, so a request the long bucket refuses has still spent a
 * short-bucket token.
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const short = new TokenBucket(options.shortLimit ?? 100, options.shortTtlMs ?? 1_000)
  const long = new TokenBucket(options.longLimit ?? 100, options.longTtlMs ?? 60_000)
  const stats: RateLimitStats = { allowed: 0, limited: 0 }
  const throttle = () => {
    for (const bucket of [short, long]) {
      if (bucket.take()) continue
      stats.limited++
      const headers: Record<string, string> = options.retryAfter
        ? { 'retry-after': String(Math.max(1, Math.ceil(bucket.waitMs() / 1000))) }
        : {}
      throw limitError(bucket.capacity, bucket.windowMs, headers)
    }
    stats.allowed++
  }
  return { throttle, stats }
}
