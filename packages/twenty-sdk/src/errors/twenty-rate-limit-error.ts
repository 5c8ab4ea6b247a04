import { TwentyError, type TwentyErrorOptions, tagErrorClass } from './twenty-error.js'

/**
 * Twenty answered 429 (`Limit reached (100 tokens per 60000 ms)`): the workspace's request budget is spent. The
 * client retries 429s itself (see {@link TwentyClientOptions.retry}) and paces requests to avoid them ({@link
 * TwentyClientOptions.rateLimit}), so this reaches you only when the retries gave up, or with retries off. Test for
 * it with `instanceof` or {@link isTwentyRateLimitError}.
 *
 * Twenty sends no `Retry-After` and no rate-limit headers, so `retryAfterMs` is set only when a proxy in front of
 * Twenty (or the sandbox, on request) sends one; otherwise callers compute their own delay.
 */
export class TwentyRateLimitError extends TwentyError {
  override readonly name = 'TwentyRateLimitError' as const
  /** Delay the server asked for, in milliseconds, when it sent `Retry-After`. */
  readonly retryAfterMs: number | undefined

  constructor(options: TwentyErrorOptions & { retryAfterMs?: number }) {
    super(options)
    this.retryAfterMs = options.retryAfterMs
  }
}

tagErrorClass(TwentyRateLimitError, 'TwentyRateLimitError')
