import { TwentyError, tagErrorClass } from './twenty-error.js'

/** Why a delivery was refused. */
export type WebhookVerificationFailure =
  | 'missing_secret'
  | 'missing_signature'
  | 'missing_timestamp'
  | 'invalid_timestamp'
  | 'timestamp_out_of_tolerance'
  | 'signature_mismatch'
  | 'invalid_payload'
  /** The body is over the handler's `maxBodyBytes`. */
  | 'payload_too_large'

/**
 * A webhook delivery could not be trusted. `reason` says why in a stable form; the message explains how to fix
 * it. Neither ever contains the secret or the expected signature.
 */
export class TwentyWebhookVerificationError extends TwentyError {
  override readonly name = 'TwentyWebhookVerificationError' as const
  /** Why, in a stable form to branch on or count (`signature_mismatch`, `timestamp_out_of_tolerance`, …); also `code`. */
  readonly reason: WebhookVerificationFailure

  constructor(reason: WebhookVerificationFailure, message: string) {
    super({ message, code: reason })
    this.reason = reason
  }
}

tagErrorClass(TwentyWebhookVerificationError, 'TwentyWebhookVerificationError')
