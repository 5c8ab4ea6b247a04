import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/** One problem with one field of the input, as reported by local validation or by Twenty. */
export interface TwentyValidationIssue {
  /** Dotted path of the field, e.g. `emails.primaryEmail`; empty for the input as a whole. */
  path: string
  /** What is wrong with it, e.g. `Invalid email address`. */
  message: string
}

/**
 * The input was refused: locally, before any request was sent (`status` undefined), or by Twenty with a 400. Never
 * retried: the same input would be refused again. Test for it with `instanceof` or {@link isTwentyValidationError}.
 *
 * Local refusals carry a stable `code`: `INVALID_INPUT` (a record, id or parameter), `INVALID_FILTER`,
 * `FILTER_REQUIRED` (a filtered write without a condition), `INVALID_OPTIONS` (an option of a call or of the
 * client), `INVALID_OBJECT_NAME`, `INVALID_LIMIT`, `NOT_A_SELECT_FIELD`, `MISSING_SECRET`, `INVALID_PAYLOAD`, and
 * `MAPPING_FAILED` (a {@link mapping!TwentyMappingError | TwentyMappingError} from `twenty-sdk/mapping`).
 *
 * Twenty answers 400 for most bad input, including a duplicate id (`Record already exists`), an invalid filter
 * or cursor, and unknown fields. Local checks name the field in `issues`, so a user interface can point at it.
 */
export class TwentyValidationError extends TwentyError {
  override readonly name = 'TwentyValidationError' as const
  /** One entry per bad field when the SDK refused the input itself; empty for Twenty's 400s, which name no field. */
  readonly issues: readonly TwentyValidationIssue[]

  constructor(options: TwentyErrorOptions & { issues?: readonly TwentyValidationIssue[] }) {
    super(options)
    this.issues = options.issues ?? []
  }
}

tagErrorClass(TwentyValidationError, 'TwentyValidationError')
