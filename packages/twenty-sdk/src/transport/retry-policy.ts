import { readPath } from '../internal/field-path.js'
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
 * a POST is only when it is an upsert whose every record Twenty can match again (see {@link upsertMatchesAgain}), a
 * read (`/duplicates`), or marked as one (`idempotent: true`, e.g. a GraphQL query). A plain create that timed out
 * may have been committed, so it is never retried blindly. Nor is a merge (a PATCH): once it happened, the records
 * it deleted cannot be merged again, so only its dry run is retried.
 */
export function isIdempotent(
  context: Pick<RequestContext, 'method' | 'path' | 'query'> & { idempotent?: boolean; body?: unknown },
): boolean {
  if (context.method === 'PATCH' && context.path.endsWith('/merge')) {
    return (context.body as { dryRun?: unknown } | undefined)?.dryRun === true
  }
  if (context.method !== 'POST' || context.idempotent === true) return true
  if (context.query.upsert === true || context.query.upsert === 'true') {
    return upsertMatchesAgain(context.path, context.body)
  }
  return context.path.endsWith('/duplicates')
}

/** The field Twenty's upsert matches on besides the id, by REST object; custom objects' unique fields are unknown here. */
const UPSERT_MATCH_FIELDS: Readonly<Record<string, string>> = {
  people: 'emails.primaryEmail',
  companies: 'domainName.primaryLinkUrl',
  workspaceMembers: 'userEmail',
}

/**
 * True when every record of an upsert carries its id or a value of the object's unique field, so a second send
 * updates what the first one wrote. Twenty's upsert matches on nothing else: an opportunity, a task or a person
 * without an email is inserted again, and a lost answer retried made a duplicate.
 */
function upsertMatchesAgain(path: string, body: unknown): boolean {
  const field = UPSERT_MATCH_FIELDS[path.slice(path.lastIndexOf('/') + 1)]
  const records = Array.isArray(body) ? body : [body]
  return (
    records.length > 0 &&
    records.every((record) => {
      const id = readPath(record, 'id')
      if (typeof id === 'string' && id !== '') return true
      const value = field === undefined ? undefined : readPath(record, field)
      return typeof value === 'string' && value !== ''
    })
  )
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
