import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * Twenty answered 5xx, or an answer the SDK could not understand: a body that is not JSON (`code:
 * 'INVALID_RESPONSE'`), or an envelope without the expected key (`code: 'UNEXPECTED_RESPONSE'`).
 *
 * Idempotent requests that fail this way are safe to retry; creates are not (the write may have been committed).
 */
export class TwentyServerError extends TwentyError {
  override readonly name = 'TwentyServerError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyServerError, 'TwentyServerError')
