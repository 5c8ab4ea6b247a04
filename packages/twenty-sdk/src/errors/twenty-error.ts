/** What every {@link TwentyError} can carry; all but `message` are optional because not every failure has a response. */
export interface TwentyErrorOptions {
  message: string
  /** HTTP status of Twenty's answer; `undefined` when no response arrived (network, timeout, local validation). */
  status?: number
  /** Twenty's `error` field (`UNAUTHENTICATED`, `BadRequestException`, …) or an SDK code for local failures. */
  code?: string
  /** Twenty's `messages[]` (a singular `message` body is normalised into this list). */
  messages?: readonly string[]
  /** The request id, when the server or a middleware assigned one. */
  requestId?: string
  /** HTTP method of the failed request. */
  method?: string
  /** URL of the failed request, with any credential already redacted. */
  url?: string
  /** The parsed response body, for debugging; never contains the API key. */
  body?: unknown
  /** The underlying failure (an ofetch `FetchError`, a zod error, a socket error, …). */
  cause?: unknown
}

/**
 * Base class of every error the SDK throws on purpose.
 *
 * Catch this to handle any Twenty failure in one place, then narrow with `instanceof` on a subclass or with
 * {@link isTwentyError}. Subclasses narrow `name` to a literal so the check also works across realms.
 */
export class TwentyError extends Error {
  override readonly name: string = 'TwentyError'
  readonly status: number | undefined
  readonly code: string | undefined
  readonly messages: readonly string[]
  readonly requestId: string | undefined
  readonly method: string | undefined
  readonly url: string | undefined
  readonly body: unknown

  constructor(options: TwentyErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause })
    this.status = options.status
    this.code = options.code
    this.messages = options.messages ?? []
    this.requestId = options.requestId
    this.method = options.method
    this.url = options.url
    this.body = options.body
  }

  /** A stable marker, so `isTwentyError` works when two copies of the SDK are loaded. */
  get isTwentyError(): true {
    return true
  }
}
