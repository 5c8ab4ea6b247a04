import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * Twenty answered 409. Rare: Twenty reports most conflicts, duplicate ids included, as 400 validation errors ({@link
 * TwentyValidationError}).
 */
export class TwentyConflictError extends TwentyError {
  override readonly name = 'TwentyConflictError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyConflictError, 'TwentyConflictError')
