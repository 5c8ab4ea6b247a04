import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * No answer arrived: DNS failure, refused or reset connection, or a request aborted by the caller's signal
 * (`code: 'ABORTED'`).
 *
 * `status` is undefined. The original socket error (or the signal's reason) is kept as `cause`.
 */
export class TwentyConnectionError extends TwentyError {
  override readonly name = 'TwentyConnectionError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyConnectionError, 'TwentyConnectionError')
