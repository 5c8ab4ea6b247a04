import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * Twenty answered 403: the request carried no token at all (Twenty's `Missing authentication token`), or the key's
 * role may not do this (e.g. webhooks need the API keys and webhooks permission). Fix the key's role in Twenty's
 * settings; retrying does not help.
 */
export class TwentyPermissionError extends TwentyError {
  override readonly name = 'TwentyPermissionError' as const

  constructor(options: TwentyErrorOptions) {
    super(options)
  }
}

tagErrorClass(TwentyPermissionError, 'TwentyPermissionError')
