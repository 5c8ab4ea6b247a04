import { TwentyError, type TwentyErrorOptions } from './twenty-error.js'

/**
 * No answer arrived: DNS failure, refused or reset connection, or a request aborted by the caller's signal.

`status` is undefined. The original socket error is kept as `cause`.
 */
export class TwentyConnectionError extends TwentyError {
  override readonly name = 'TwentyConnectionError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}
