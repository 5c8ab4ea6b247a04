import type { TwentyAuthenticationError } from './twenty-authentication-error.js'
import type { TwentyError } from './twenty-error.js'
import type { TwentyNotFoundError } from './twenty-not-found-error.js'
import type { TwentyRateLimitError } from './twenty-rate-limit-error.js'
import type { TwentyValidationError } from './twenty-validation-error.js'

// Guards check the marker and `name`, so they hold when two copies of the SDK are loaded (as `instanceof` does).

/**
 * True for every error the SDK throws on purpose ({@link TwentyError} and its subclasses), including one thrown by
 * another copy of the SDK. Same answer as `error instanceof TwentyError`; handy where a predicate is wanted, e.g. a
 * retry library's `shouldRetry`.
 *
 * `instanceof` is the way to test for any error class, and holds across copies of the SDK too; guards exist for the
 * base class and the failures callers branch on most (validation, authentication, not found, rate limit). For the
 * others, write `error instanceof TwentyPermissionError`.
 */
export function isTwentyError(error: unknown): error is TwentyError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { isTwentyError?: unknown }).isTwentyError === true
  )
}

function hasName<T extends TwentyError>(error: unknown, name: T['name']): error is T {
  return isTwentyError(error) && error.name === name
}

/** True for a {@link TwentyValidationError}: input refused, locally (`status` undefined) or by Twenty's 400. */
export const isTwentyValidationError = (error: unknown): error is TwentyValidationError =>
  hasName<TwentyValidationError>(error, 'TwentyValidationError')
/**
 * True for a {@link TwentyAuthenticationError}: the key was refused (401), or a key provider returned a key the SDK
 * would not send (`MISSING_API_KEY`, `MALFORMED_API_KEY`, with `status` undefined).
 */
export const isTwentyAuthenticationError = (error: unknown): error is TwentyAuthenticationError =>
  hasName<TwentyAuthenticationError>(error, 'TwentyAuthenticationError')
/**
 * True for a {@link TwentyNotFoundError}: the record was not found (404, or an older Twenty's 400 saying so), or
 * an unknown webhook id (`WEBHOOK_NOT_FOUND`).
 */
export const isTwentyNotFoundError = (error: unknown): error is TwentyNotFoundError =>
  hasName<TwentyNotFoundError>(error, 'TwentyNotFoundError')
/** True for a {@link TwentyRateLimitError}: the workspace's rate limit was hit (429) and retries gave up. */
export const isTwentyRateLimitError = (error: unknown): error is TwentyRateLimitError =>
  hasName<TwentyRateLimitError>(error, 'TwentyRateLimitError')
