import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * Twenty answered 404: the record (or route) does not exist, or it was destroyed. Some Twenty versions answer a
 * missing record with 400 `Record not found`; that is a `TwentyNotFoundError` too. The SDK also throws it, with code
 * `WEBHOOK_NOT_FOUND`, for an unknown webhook id, which Twenty answers with `null`. Test for it with `instanceof` or
 * {@link isTwentyNotFoundError}.
 */
export class TwentyNotFoundError extends TwentyError {
  override readonly name = 'TwentyNotFoundError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyNotFoundError, 'TwentyNotFoundError')
