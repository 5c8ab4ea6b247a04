import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * No answer arrived within {@link TwentyClientOptions.timeoutMs} (default 30 s) for one attempt; `code` is
 * `'TIMEOUT'` and `status` undefined. Idempotent requests are retried first.
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
