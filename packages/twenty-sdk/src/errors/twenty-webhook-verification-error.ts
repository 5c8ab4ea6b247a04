import type { TwentySdkErrorCode, WebhookVerificationFailure } from './error-codes.js'
import { TwentyError, tagErrorClass } from './twenty-error.js'

export type { WebhookVerificationFailure }

/**
 * A webhook delivery could not be trusted. `reason` says why in a stable form; the message explains how to fix it.
 * Neither ever contains the secret or the expected signature. Thrown by {@link verifyWebhook}, {@link
 * verifyWebhookAsync} and {@link handleWebhookRequest}; the handlers answer it with a 400 (413 for
 * `payload_too_large`). Answer a delivery you refused with a 4xx: it is not worth retrying.
 *
 * @example
 * try {
 *   event = verifyWebhook({ payload, headers, secret })
 * } catch (error) {
 *   if (error instanceof TwentyWebhookVerificationError) return res.status(400).json({ error: error.reason })
 *   throw error
 * }
 */
export class TwentyWebhookVerificationError extends TwentyError {
  override readonly name = 'TwentyWebhookVerificationError' as const
  /** Why, in a stable form to branch on or count (`signature_mismatch`, `timestamp_out_of_tolerance`, …); also `code`. */
  readonly reason: WebhookVerificationFailure
  /** The same as {@link reason}: a refusal's `code` is always one of these. */
  declare readonly code: WebhookVerificationFailure

  constructor(reason: WebhookVerificationFailure, message: string) {
    super({ message, code: reason satisfies TwentySdkErrorCode })
    this.reason = reason
  }
}

tagErrorClass(TwentyWebhookVerificationError, 'TwentyWebhookVerificationError')
