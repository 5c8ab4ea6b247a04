import type { RequestContext } from './types.js'

/** How the SDK retries. `false` turns retries off. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  maxRetries?: number
  /** First backoff ceiling in ms (default 500); doubles each retry. */
  baseDelayMs?: number
  /** Largest single wait in ms (default 30 s), including a server's Retry-After. */
  maxDelayMs?: number
  /** Gives up once this much time has passed since the first attempt (default 120 s). */
  deadlineMs?: number
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  deadlineMs: 120_000,
}

/**
 * True when sending the request again cannot write twice. GET, PUT, PATCH (same body) and DELETE are idempotent;
 * a POST is only when it is an upsert (matched on a unique field), a read (`/duplicates`), or marked as one
 * (`idempotent: true`, e.g. a GraphQL query). A plain create that timed out may have been committed, so it is
 * never retried blindly. Nor is a merge (a PATCH): once it happened, the records it deleted cannot be merged
 * again, so only its dry run is retried.
 */
export function isIdempotent(
  context: Pick<RequestContext, 'method' | 'path' | 'query'> & { idempotent?: boolean; body?: unknown },
): boolean {
  if (context.method === 'PATCH' && context.path.endsWith('/merge')) {
    return (context.body as { dryRun?: unknown } | undefined)?.dryRun === true
  }
  if (context.method !== 'POST' || context.idempotent === true) return true
  if (context.query.upsert === true || context.query.upsert === 'true') return true
  return context.path.endsWith('/duplicates')
}

/** Statuses worth another attempt: throttling, and server errors that may be transient. */
export function isRetryableStatus(status: number): boolean {
  return (
    status === 429 || status === 408 || status === 502 || status === 503 || status === 504 || status === 500
  )
}

/**
 * "Full jitter" exponential backoff: a random wait between 0 and min(maxDelay, base × 2^retry), so clients that
 * were throttled together do not come back together. Twenty's 429 carries no Retry-After, so this is the delay
 * used unless a proxy sends one.
 */
export function backoffDelay(
  retry: number,
  options: Required<RetryOptions>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1))
  return Math.floor(random() * ceiling)
}
