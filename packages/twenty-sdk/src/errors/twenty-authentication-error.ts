import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * Twenty answered 401: the API key is invalid, garbled, revoked or expired (`Token invalid.`, `No payload`, `Token
 * has expired.`); or, with no request sent, a key provider returned an empty key (`code: 'MISSING_API_KEY'`) or one
 * a header cannot carry, such as a pasted smart quote (`code: 'MALFORMED_API_KEY'`), or threw
 * (`code: 'API_KEY_FUNCTION_FAILED'`, its error as `cause`).
 * Never retried, except once with a fresh key when `apiKey` is a provider function. Test for it with `instanceof` or
 * {@link isTwentyAuthenticationError}.
 *
 * Reconnect with a fresh key. A key provider (`apiKey: () => …`) lets the client pick up a rotated key without a
 * restart.
 */
export class TwentyAuthenticationError extends TwentyError {
  override readonly name = 'TwentyAuthenticationError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyAuthenticationError, 'TwentyAuthenticationError')
