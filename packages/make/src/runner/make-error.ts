import type { MakeErrorType } from '../format/types.js'

/**
 * A module failure as Make reports it: the error type decides what a scenario does (retry a RateLimitError or
 * ConnectionError, stop on InvalidAccessTokenError, …); the message is what the app's IML made of the answer.
 */
export class MakeError extends Error {
  override readonly name = 'MakeError'
  constructor(
    readonly type: MakeErrorType,
    message: string,
    /** The HTTP status that caused it, when there was an answer. */
    readonly statusCode?: number,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/** A clone that fails the offline checks; the runner refuses to run it. */
export class InvalidAppError extends Error {
  override readonly name = 'InvalidAppError'
  constructor(readonly problems: readonly string[]) {
    super(`The app has ${problems.length} problem(s):\n${problems.join('\n')}`)
  }
}
