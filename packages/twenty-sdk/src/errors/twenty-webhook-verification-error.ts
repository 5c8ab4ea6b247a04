import { TwentyError, tagErrorClass } from './twenty-error.js'

/**
 * Why a delivery was refused, in a stable form ({@link TwentyWebhookVerificationError.reason}):
 * - `missing_secret`: no non-empty secret was given to verify with; a mistake in the app.
 * - `missing_signature`: no signature header (or no headers); the webhook has no secret, so Twenty signs nothing.
 * - `missing_timestamp`: no timestamp header.
 * - `invalid_timestamp`: the timestamp is not digits, or is in seconds where Twenty sends milliseconds.
 * - `timestamp_out_of_tolerance`: signed too long ago or in the future (a replay, or a clock out of sync).
 * - `signature_mismatch`: the signature is not a hex digest, or matches none of the secrets (a forged or altered
 * body, a re-serialized body, or the wrong secret).
 * - `invalid_payload`: the payload is a parsed object rather than the raw body, or the signed body is not a Twenty
 * event.
 * - `payload_too_large`: the body is over the handler's `maxBodyBytes`.
 */
export type WebhookVerificationFailure =
  | 'missing_secret'
  | 'missing_signature'
  | 'missing_timestamp'
  | 'invalid_timestamp'
  | 'timestamp_out_of_tolerance'
  | 'signature_mismatch'
  | 'invalid_payload'
  | 'payload_too_large'

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

  constructor(reason: WebhookVerificationFailure, message: string) {
    super({ message, code: reason })
    this.reason = reason
  }
}

tagErrorClass(TwentyWebhookVerificationError, 'TwentyWebhookVerificationError')
