import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * No answer arrived within `timeoutMs`.
 *
 * For a create, a timeout does not mean nothing was written: Twenty may have committed the record.
 */
export class TwentyTimeoutError extends TwentyError {
  override readonly name = 'TwentyTimeoutError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyTimeoutError, 'TwentyTimeoutError')
