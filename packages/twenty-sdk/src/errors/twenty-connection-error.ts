import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * No answer arrived: DNS failure, refused or reset connection (`code: 'CONNECTION_FAILED'`), a request aborted by
 * the caller's signal (`code: 'ABORTED'`), or a call made on or pending at a closed client (`code: 'CLIENT_CLOSED'`,
 * see {@link TwentyClient.close}).
 *
 * `status` is undefined. The original socket error (or the signal's reason) is kept as `cause`. Lost connections are
 * retried for idempotent requests before this reaches you; a create may have been committed.
 */
export class TwentyConnectionError extends TwentyError {
  override readonly name = 'TwentyConnectionError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyConnectionError, 'TwentyConnectionError')
