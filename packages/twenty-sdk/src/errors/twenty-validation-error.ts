import { TwentyError, type TwentyErrorOptions } from './twenty-error.js'

/** One problem with one field of the input, as reported by local validation or by Twenty. */
export interface TwentyValidationIssue {
  /** Dotted path of the field, e.g. `emails.primaryEmail`; empty for the input as a whole. */
  path: string
  message: string
}

/**
 * The input was refused: locally, before any request was sent (`status` undefined), or by Twenty with a 400.
 *
 * Twenty answers 400 for most bad input, including a duplicate id (`Record already exists`), an invalid filter
 * or cursor, and unknown fields. Local checks name the field in `issues`, so a user interface can point at it.
 */
export class TwentyValidationError extends TwentyError {
  override readonly name = 'TwentyValidationError' as const
  readonly issues: readonly TwentyValidationIssue[]

  constructor(options: TwentyErrorOptions & { issues?: readonly TwentyValidationIssue[] }) {
    super(options)
    this.issues = options.issues ?? []
  }
}
