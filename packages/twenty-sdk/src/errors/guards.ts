import type { TwentyAuthenticationError } from './twenty-authentication-error.js'
import type { TwentyError } from './twenty-error.js'
import type { TwentyNotFoundError } from './twenty-not-found-error.js'
import type { TwentyRateLimitError } from './twenty-rate-limit-error.js'
import type { TwentyValidationError } from './twenty-validation-error.js'

// Guards check the marker and `name`, so they hold when two copies of the SDK are loaded (as `instanceof` does).

/** True for every error the SDK throws on purpose. */
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

/** True when input was refused, locally or by Twenty's 400. */
export const isTwentyValidationError = (error: unknown): error is TwentyValidationError =>
  hasName<TwentyValidationError>(error, 'TwentyValidationError')
/** True when the key was refused (401). */
export const isTwentyAuthenticationError = (error: unknown): error is TwentyAuthenticationError =>
  hasName<TwentyAuthenticationError>(error, 'TwentyAuthenticationError')
/** True when the record was not found (404). */
export const isTwentyNotFoundError = (error: unknown): error is TwentyNotFoundError =>
  hasName<TwentyNotFoundError>(error, 'TwentyNotFoundError')
/** True when the workspace's rate limit was hit (429). */
export const isTwentyRateLimitError = (error: unknown): error is TwentyRateLimitError =>
  hasName<TwentyRateLimitError>(error, 'TwentyRateLimitError')
