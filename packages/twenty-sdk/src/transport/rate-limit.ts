import type Bottleneck from 'bottleneck'
import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyConnectionError } from '../errors/twenty-connection-error.js'
import { definedOnly } from '../internal/defined.js'
import { loadOnce } from '../internal/load-once.js'
import { ArrivalPacer } from './arrival-pacer.js'
import { arrivalSpacingMs, bucketSettings, tokenPeriodMs } from './bucket-settings.js'
import { RedisHealth } from './redis-health.js'
import { recoverLostKeys } from './redis-lost-keys.js'
import type { RequestContext, Send, SendWrapper } from './types.js'

/**
 * Twenty's two token buckets per workspace (API_RATE_LIMITING_SHORT_* and _LONG_*): by default 100 requests
 * per second and 100 per minute. Twenty Cloud is stricter (users see about 50 per minute): lower `longLimit`.
 */
export interface RateLimitOptions {
  /** Requests per `shortTtlMs` (default 100): Twenty's `API_RATE_LIMITING_SHORT_LIMIT`. */
  shortLimit?: number
  /** The short bucket's window in ms (default 1,000): `API_RATE_LIMITING_SHORT_TTL_IN_MS`. */
  shortTtlMs?: number
  /** Requests per `longTtlMs` (default 100; about 50 on Twenty Cloud): `API_RATE_LIMITING_LONG_LIMIT`. */
  longLimit?: number
  /** The long bucket's window in ms (default 60,000): `API_RATE_LIMITING_LONG_TTL_IN_MS`. */
  longTtlMs?: number
  /** Requests in flight at once (default 16). */
  maxConcurrent?: number
  /**
   * Share of each bucket's burst left unused as a safety margin (default 0.05). The refill keeps a fixed margin of
   * its own (25 ms per token), since Twenty drops the part of a token earned between two requests.
   */
  headroom?: number
  /**
   * Share one budget across processes and machines through Redis (bottleneck's clustering). Every client with
   * the same `id` on the same Redis draws from the same buckets. Pass your ioredis client (`new Redis(url)`):
   * the SDK does not depend on ioredis itself. While Redis is unreachable no token can be granted: calls then
   * wait up to `unavailableTimeoutMs` (default 10,000) for it, and fail with a `TwentyConnectionError` whose
   * `code` is `'RATE_LIMITER_UNAVAILABLE'`; sooner when ioredis gives up on a command first (`maxRetriesPerRequest`).
   */
  redis?: { id: string; client: IORedisLike; unavailableTimeoutMs?: number }
}

/** An ioredis client; only what bottleneck uses of it is named here, so the SDK needs no ioredis types. */
export interface IORedisLike {
  /** bottleneck opens its second connection (for its messages) with this. */
  duplicate(): unknown
}

export const TWENTY_DEFAULT_LIMITS = { shortLimit: 100, shortTtlMs: 1_000, longLimit: 100, longTtlMs: 60_000 }

/** How long calls wait for an unreachable Redis of a shared budget before failing. */
const DEFAULT_REDIS_UNAVAILABLE_MS = 10_000

/** A limiter: the wrapper for the client (which also drains the budget after a 429), and a way to stop. */
export interface RateLimiter {
  wrapper: SendWrapper
  disconnect(): Promise<void>
}

/**
 * Proactive limiting with bottleneck: requests wait for a token instead of being refused by Twenty, so a bulk
 * job runs at the budget's pace rather than bouncing off 429s.
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  /** Calls waiting for a token, each with the function that fails it: `close()` and a lost Redis fail them all. */
  const waiting = new Set<{ context: RequestContext; giveUp: (error: unknown) => void }>()
  const failWaiting = (error: (context: RequestContext) => unknown) => {
    for (const { context, giveUp } of [...waiting]) giveUp(error(context))
  }
  const redisTimeoutMs = options.redis?.unavailableTimeoutMs ?? DEFAULT_REDIS_UNAVAILABLE_MS
  const redisUnavailable = (context: RequestContext) =>
    limiterError(
      context,
      'RATE_LIMITER_UNAVAILABLE',
      `the Redis of the shared rate-limit budget was unreachable for ${redisTimeoutMs} ms`,
    )
  const closedError = (context: RequestContext) =>
    limiterError(context, 'CLIENT_CLOSED', 'the client was closed')
  // bottleneck (about 15 ms of a cold start) is loaded with the first request, and so is the Redis connection
  // of a shared budget: nothing is started for a client that never sends.
  const buckets = loadOnce(async () =>
    createBuckets((await import('bottleneck')).default, options, redisTimeoutMs, () =>
      failWaiting(redisUnavailable),
    ),
  )
  let closed = false
  /** Aborted by close(): ends a wait for the pacer, which would otherwise keep the process up for a period. */
  const closing = new AbortController()
  return {
    wrapper:
      (next: Send): Send =>
      async (context) => {
        if (closed) throw closedError(context)
        const ready = buckets.value ?? (await buckets.get())
        // close() may have come while bottleneck was loading: its buckets are being disconnected, and a job
        // scheduled now would never settle.
        if (closed) throw closedError(context)
        if (ready.health?.unavailable) throw redisUnavailable(context)
        // A queued job cannot be taken back from bottleneck, so a call given up while it waits (abort, close,
        // Redis gone) settles at once and the job, when its token comes, sends nothing.
        let givenUp = false
        let started = false
        return new Promise((resolve, reject) => {
          const job = ready.long.schedule(async () => {
            if (givenUp) throw new Error('given up while waiting for a token')
            context.signal?.throwIfAborted()
            await ready.arrivals?.pass([context.signal, closing.signal])
            if (givenUp) throw new Error('given up while waiting for a token')
            started = true
            const sent = next(context)
            // The caller has its answer as soon as Twenty gave it, not once bottleneck has recorded the job as done:
            // with a shared budget that takes Redis round trips, and while Redis is away an answered call (a create
            // Twenty committed) waited for it to come back, far beyond `unavailableTimeoutMs`.
            sent.then((response) => {
              // Twenty refused: its bucket is empty, whatever this side counted (other integrations share it), so
              // every sender on this budget waits for a refill instead of being refused in turn.
              if (response.status === 429) drain(ready, response.data).catch(() => undefined)
              resolve(response)
            }, reject)
            return sent
          })
          job.catch(() => undefined)
          const entry = {
            context,
            giveUp: (error: unknown) => {
              if (started) return
              givenUp = true
              reject(error)
            },
          }
          const onAbort = () => entry.giveUp(context.signal?.reason)
          waiting.add(entry)
          if (context.signal?.aborted) onAbort()
          context.signal?.addEventListener('abort', onAbort, { once: true })
          // A job that failed before it ran failed in bottleneck: with a shared budget, a Redis command that ioredis
          // gave up on (`maxRetriesPerRequest`, no offline queue) before `unavailableTimeoutMs` ran out.
          const failed = (error: unknown) =>
            reject(started || !options.redis || context.signal?.aborted ? error : redisFailed(context, error))
          job.then(resolve, failed).finally(() => {
            waiting.delete(entry)
            context.signal?.removeEventListener('abort', onAbort)
          })
        })
      },
    async disconnect() {
      closed = true
      closing.abort()
      failWaiting(closedError)
      if (!buckets.started) return
      const { long, short, connection, health } = await buckets.get()
      health?.stop()
      // A shared budget's connection stops both buckets' heartbeats itself. Their own disconnect() would only
      // unsubscribe their channels, unawaited: closed a moment later, or before Redis even answered, those commands
      // failed as unhandled rejections, which end a Node process.
      if (connection) await connection.disconnect(false)
      else await Promise.all([short.disconnect(false), long.disconnect(false)])
    },
  }
}

function limiterError(
  context: RequestContext,
  code: TwentySdkErrorCode,
  reason: string,
  cause?: unknown,
): TwentyConnectionError {
  return new TwentyConnectionError({
    message: `[${context.method} ${context.url}] not sent: ${reason}`,
    code,
    method: context.method,
    url: context.url,
    requestId: context.id,
    cause,
  })
}

function redisFailed(context: RequestContext, error: unknown): TwentyConnectionError {
  const reason = error instanceof Error ? error.message : String(error)
  return limiterError(
    context,
    'RATE_LIMITER_UNAVAILABLE',
    `the Redis of the shared rate-limit budget failed (${reason})`,
    error,
  )
}

// Empties the bucket Twenty found empty (both when its answer does not say which); it then refills at the budget's
// pace. Not with updateSettings({ reservoir: 0 }): in bottleneck 2.19.5 that clears a local limiter's refill timer
// for good, and every later request waits forever.
async function drain(
  { long, short, shortTtlMs, longTtlMs, arrivals }: Buckets,
  refusal: unknown,
): Promise<void> {
  // `Limit reached (100 tokens per 1000 ms)` names the per-second bucket, which refills within its second:
  // emptying the per-minute one too held every sender of the budget to its slow refill for up to a minute.
  const windowMs = refusedWindowMs(refusal)
  const empty = windowMs === shortTtlMs && windowMs !== longTtlMs ? [short] : [long, short]
  if (empty.includes(long)) arrivals?.empty()
  await Promise.all(
    empty.map(async (bucket) => {
      const left = await bucket.currentReservoir()
      if (left === null || left <= 0) return
      const after = await bucket.incrementReservoir(-left)
      // Drains that overlap (429s answered together, or other processes of a shared budget) all read the same
      // `left`, and together took the bucket that many times below zero: minutes without a token. Each gives back
      // what it took below zero; a bucket never goes below zero otherwise, so what is left is exactly empty.
      if (after < 0) await bucket.incrementReservoir(Math.min(left, -after))
    }),
  )
}

/** The window of the bucket a Twenty 429 names (`Limit reached (<max> tokens per <ms> ms)`), if it names one. */
function refusedWindowMs(body: unknown): number | undefined {
  const messages = (body as { messages?: unknown } | undefined)?.messages
  const message = Array.isArray(messages) ? messages[0] : undefined
  const match = typeof message === 'string' ? /tokens per (\d+) ms/.exec(message) : null
  return match ? Number(match[1]) : undefined
}

interface Buckets {
  long: Bottleneck
  short: Bottleneck
  /** The windows of both buckets, to tell which one a 429 names. */
  shortTtlMs: number
  longTtlMs: number
  connection: Bottleneck.IORedisConnection | undefined
  /** Set for a shared budget: tells when its Redis has been unreachable too long. */
  health: RedisHealth | undefined
  /** Set for a local budget: Twenty's per-minute bucket, checked as each request leaves (see ArrivalPacer). */
  arrivals: ArrivalPacer | undefined
}

function createBuckets(
  BottleneckClass: typeof Bottleneck,
  options: RateLimitOptions,
  redisTimeoutMs: number,
  onRedisLost: () => void,
): Buckets {
  const limits = { ...TWENTY_DEFAULT_LIMITS, ...definedOnly(options) }
  // One connection for both buckets; passing the client's own class keeps bottleneck from require()-ing
  // ioredis, which a strict package manager would not let it find.
  const connection = options.redis
    ? new BottleneckClass.IORedisConnection({
        client: options.redis.client as never,
        Redis: (options.redis.client as { constructor: unknown }).constructor as never,
      } as Bottleneck.IORedisConnectionOptions)
    : undefined
  if (connection) recoverLostKeys(connection)
  const cluster = options.redis
    ? {
        datastore: 'ioredis' as const,
        connection,
        id: options.redis.id,
        clearDatastore: false,
        timeout: 60_000,
        heartbeatInterval: 100,
      }
    : {}
  const long = new BottleneckClass({
    maxConcurrent: null,
    ...bucketSettings(limits.longLimit, limits.longTtlMs, options.headroom ?? 0.05),
    ...cluster,
    ...(options.redis ? { id: `${options.redis.id}:long` } : {}),
  })
  const short = new BottleneckClass({
    maxConcurrent: options.maxConcurrent ?? 16,
    ...bucketSettings(limits.shortLimit, limits.shortTtlMs, options.headroom ?? 0.05),
    minTime: arrivalSpacingMs(limits.shortLimit, limits.shortTtlMs),
    ...cluster,
    ...(options.redis ? { id: `${options.redis.id}:short` } : {}),
  })
  // The per-second bucket is the last gate before the network, so what it counts is what Twenty counts, even
  // when the per-minute bucket releases queued requests together.
  long.chain(short)
  // A shared budget's start (scripts, registration) fails when close() disconnects Redis first; the calls that
  // needed it fail on their own, but the failed start itself was an unhandled rejection, which ends a Node process.
  if (options.redis) for (const limiter of [long, short]) limiter.ready().catch(() => undefined)
  const clients = connection as unknown as { client?: unknown; subscriber?: unknown } | undefined
  const health = options.redis
    ? new RedisHealth([clients?.client, clients?.subscriber], redisTimeoutMs, onRedisLost)
    : undefined
  const arrivals = options.redis
    ? undefined
    : new ArrivalPacer(limits.longLimit, tokenPeriodMs(limits.longLimit, limits.longTtlMs))
  return {
    long,
    short,
    shortTtlMs: limits.shortTtlMs,
    longTtlMs: limits.longTtlMs,
    connection,
    health,
    arrivals,
  }
}
