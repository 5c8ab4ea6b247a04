import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'

/**
 * Refuses a value that is not an array where a call takes a list (`createMany(record)` instead of
 * `createMany([record])`), with a typed error before anything is sent instead of a `TypeError` from inside.
 */
export function checkArray(value: unknown, what: string, path: string): asserts value is readonly unknown[] {
  if (Array.isArray(value)) return
  const message = 'Expected an array'
  throw new TwentyValidationError({
    message: `Invalid ${what}: ${path ? `${path}: ` : ''}${message}`,
    code: 'INVALID_INPUT' satisfies TwentySdkErrorCode,
    issues: [{ path, message }],
  })
}
