import pRetry from 'p-retry'
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
  const value = readPath(input, path)
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TwentyValidationError({
      message: `uniqueBy: the input has no value at '${path}', so a failed create could not be checked before retrying`,
      code: 'INVALID_INPUT',
      issues: [{ path, message: 'Expected a non-empty string to look the record up by' }],
    })
  }
  return value
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
  return pRetry(
    async (attempt) => {
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
  )
}

/** `emails.primaryEmail`, `x` → `{ emails: { primaryEmail: { eq: 'x' } } }`, compiled with Twenty-safe quoting. */
export function equalsAt(path: string, value: string): Record<string, unknown> {
  return nestAtPath(path, { eq: value })
}
