import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * Twenty answered 401: the API key is invalid, garbled, revoked or expired (`Token invalid.`, `No payload`,
 * `Token has expired.`).
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
