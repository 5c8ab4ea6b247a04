import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * Twenty answered 404: the record (or route) does not exist, or it was destroyed.
 */
export class TwentyNotFoundError extends TwentyError {
  override readonly name = 'TwentyNotFoundError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyNotFoundError, 'TwentyNotFoundError')
