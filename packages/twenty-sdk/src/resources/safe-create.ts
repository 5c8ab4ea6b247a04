import pRetry from 'p-retry'
import { lookUpSpellings } from '../bulk/look-up.js'
import { normaliseKey } from '../bulk/record-keys.js'
import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyConnectionError } from '../errors/twenty-connection-error.js'
import { TwentyError } from '../errors/twenty-error.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import { nestAtPath, readPath } from '../internal/field-path.js'

/**
 * True for failures after which a create may or may not have been committed: no answer (timeout, reset), a
 * 5xx, or a 2xx whose body was cut off. A 4xx means Twenty refused the write; an abort is the caller's wish.
 */
export function isAmbiguousWriteFailure(error: unknown): boolean {
  if (!(error instanceof TwentyError) || error.code === 'ABORTED') return false
  if (error.name === 'TwentyTimeoutError' || error.name === 'TwentyConnectionError') return true
  return error.name === 'TwentyServerError'
}

/** Reads `emails.primaryEmail` from an input; the value a safe create looks records up by. */
export function uniqueValue(input: unknown, path: string): string {
  if (typeof path !== 'string') {
    throw new TwentyValidationError({
      message: "uniqueBy: expected a field path such as 'emails.primaryEmail'",
      code: 'INVALID_OPTIONS' satisfies TwentySdkErrorCode,
      issues: [{ path: 'uniqueBy', message: 'Expected a field path (a string)' }],
    })
  }
  const value = readPath(input, path)
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TwentyValidationError({
      message: `uniqueBy: the input has no value at '${path}', so a failed create could not be checked before retrying`,
      code: 'INVALID_INPUT' satisfies TwentySdkErrorCode,
      issues: [{ path, message: 'Expected a non-empty string to look the record up by' }],
    })
  }
  return value
}

/** The retries of a `uniqueBy` create: 3 by default, else a whole number of at least 0. */
export function retriesOf(maxRetries: unknown): number {
  if (maxRetries === undefined) return 3
  if (typeof maxRetries === 'number' && Number.isInteger(maxRetries) && maxRetries >= 0) return maxRetries
  throw new TwentyValidationError({
    message: 'maxRetries: expected an integer of at least 0',
    code: 'INVALID_OPTIONS' satisfies TwentySdkErrorCode,
    issues: [{ path: 'maxRetries', message: 'Expected an integer of at least 0' }],
  })
}

/**
 * Creates without ever writing twice: after an ambiguous failure it first looks the record up by its unique
 * key (the caller names it) and returns it when the earlier attempt did commit; only when none exists is the
 * create sent again. Other failures surface at once.
 */
export async function createSafely<T>(steps: {
  create: () => Promise<T>
  lookup: () => Promise<T | undefined>
  maxRetries: number
  signal?: AbortSignal
}): Promise<T> {
  let attempts = 0
  return pRetry(
    async (attempt) => {
      attempts = attempt
      if (attempt > 1) {
        const existing = await steps.lookup()
        if (existing !== undefined) return existing
      }
      return steps.create()
    },
    {
      retries: steps.maxRetries,
      minTimeout: 100,
      maxTimeout: 2_000,
      randomize: true,
      signal: steps.signal,
      shouldRetry: ({ error }) => isAmbiguousWriteFailure(error),
    },
  ).catch((error: unknown) => {
    // p-retry rejects with the signal's bare reason when the abort comes between attempts; callers are promised
    // the TwentyConnectionError an abort during a request gives.
    if (error instanceof TwentyError || !steps.signal?.aborted) throw error
    throw new TwentyConnectionError({
      message:
        attempts === 0
          ? 'Create aborted by the caller before it was sent'
          : 'Create aborted by the caller while waiting to retry: the attempt whose answer was lost may have been committed',
      code: 'ABORTED' satisfies TwentySdkErrorCode,
      method: 'POST',
      cause: steps.signal.reason,
    })
  })
}

/**
 * The filter that finds the record a lost create may have committed, under every spelling Twenty may have stored
 * it by: Twenty lower-cases emails and the origin of links on write, so `Linh@Example.com` is stored as
 * `linh@example.com`, which an `eq` on the value as given would miss, and the create would be sent again.
 */
export function committedRecordFilter(path: string, value: string): Record<string, unknown> {
  return { or: lookUpSpellings(value, path).map((spelling) => nestAtPath(path, { eq: spelling })) }
}

/** Of the records {@link committedRecordFilter} found, the one the input names: the same value, else the same key. */
export function pickCommitted<T>(records: readonly T[], path: string, value: string): T | undefined {
  const key = normaliseKey(value, path)
  return (
    records.find((record) => readPath(record, path) === value) ??
    records.find((record) => normaliseKey(readPath(record, path), path) === key)
  )
}
