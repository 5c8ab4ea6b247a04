import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { tagErrorClass } from '../errors/twenty-error.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'

/** What a {@link TwentyMappingError} is built from. */
export interface TwentyMappingErrorOptions {
  /** The field being mapped, e.g. `phones` or a field map's target key. */
  field: string
  /** The raw input exactly as it was given, so a report can show the user what to fix. */
  value: unknown
  /** Why the value was refused, in words a person importing a spreadsheet can act on. */
  message: string
  /** The underlying failure (a libphonenumber-js error, a `RangeError` from `Intl`, …). */
  cause?: unknown
}

/**
 * A source value could not be turned into the shape Twenty expects (an unparseable phone number, an amount with
 * a misplaced separator, a date that does not exist, …).
 *
 * It extends {@link TwentyValidationError}, so code that already catches validation errors (with `instanceof`
 * or `isTwentyValidationError`) handles mapping failures too; for the same reason its `name` stays
 * `TwentyValidationError`. Tell it apart with `instanceof TwentyMappingError` or {@link isTwentyMappingError}.
 * Its `status` is `undefined` (no request was sent), its `code` is `MAPPING_FAILED`, and `issues` holds one
 * issue whose `path` is {@link TwentyMappingError.field}.
 */
export class TwentyMappingError extends TwentyValidationError {
  /** The field being mapped. */
  readonly field: string
  /** The raw input that was refused. */
  readonly value: unknown

  constructor(options: TwentyMappingErrorOptions) {
    super({
      message: options.message,
      code: 'MAPPING_FAILED' satisfies TwentySdkErrorCode,
      issues: [{ path: options.field, message: options.message }],
      cause: options.cause,
    })
    this.field = options.field
    this.value = options.value
  }

  /** A stable marker, so {@link isTwentyMappingError} works when two copies of the SDK are loaded. */
  get isTwentyMappingError(): true {
    return true
  }
}

tagErrorClass(TwentyMappingError, 'TwentyMappingError')

/** True when a mapping helper refused a value; like `instanceof TwentyMappingError`, it holds across SDK copies. */
export function isTwentyMappingError(error: unknown): error is TwentyMappingError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { isTwentyMappingError?: unknown }).isTwentyMappingError === true
  )
}

const MAX_QUOTED_LENGTH = 60

/** Renders a raw value for an error message: strings quoted and shortened, other values by kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shortened = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value
    return JSON.stringify(shortened)
  }
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value)
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString()
  if (value === null || value === undefined) return String(value)
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`
}
