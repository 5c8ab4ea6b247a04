// The one list of the codes the SDK sets on its own errors; the types below are built from it. It imports nothing,
// so `twenty-sdk/webhooks`, which exports part of it, stays light. docs/test/error-codes.test.ts checks that the
// errors guide names exactly these.

/** Every {@link WebhookVerificationFailure}: why a webhook delivery was refused, also the refusal's `code`. */
export const WEBHOOK_VERIFICATION_FAILURES = [
  'missing_secret',
  'missing_signature',
  'missing_timestamp',
  'invalid_timestamp',
  'timestamp_out_of_tolerance',
  'signature_mismatch',
  'invalid_payload',
  'payload_too_large',
] as const

/**
 * Every code the SDK sets itself ({@link TwentySdkErrorCode}), in the order the errors guide lists them: to tell
 * an SDK code from one of Twenty's at run time, e.g. `TWENTY_SDK_ERROR_CODES.some((code) => code === error.code)`.
 */
export const TWENTY_SDK_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_FILTER',
  'FILTER_REQUIRED',
  'INVALID_OPTIONS',
  'MISSING_SECRET',
  'INVALID_PAYLOAD',
  'INVALID_LIMIT',
  'INVALID_OBJECT_NAME',
  'NOT_A_SELECT_FIELD',
  'MAPPING_FAILED',
  'WEBHOOK_NOT_FOUND',
  'MISSING_API_KEY',
  'MALFORMED_API_KEY',
  'API_KEY_FUNCTION_FAILED',
  'TIMEOUT',
  'ABORTED',
  'CONNECTION_FAILED',
  'CLIENT_CLOSED',
  'RATE_LIMITER_UNAVAILABLE',
  'INVALID_RESPONSE',
  'UNEXPECTED_RESPONSE',
  'CURSOR_DID_NOT_ADVANCE',
  'REDIRECTED',
  ...WEBHOOK_VERIFICATION_FAILURES,
] as const

/**
 * A code the SDK sets itself on a {@link TwentyError} (`INVALID_FILTER`, `TIMEOUT`, `signature_mismatch`, …): the
 * part of {@link TwentyErrorCode} a `switch` can cover exhaustively.
 */
export type TwentySdkErrorCode = (typeof TWENTY_SDK_ERROR_CODES)[number]

/**
 * {@link TwentyError.code}: one of the SDK's own codes ({@link TwentySdkErrorCode}, which editors offer after
 * `error.code === `), or the `error` name of Twenty's answer (`BadRequestException`, `NotFoundException`,
 * `UNAUTHENTICATED`, …), which no list can hold. Any string fits, so a misspelt code compiles; write
 * `'INVALID_FILTER' satisfies TwentySdkErrorCode` where you want the compiler to check one.
 */
// `string & {}` keeps the literals from collapsing into `string`, so editors still offer them.
export type TwentyErrorCode = TwentySdkErrorCode | (string & {})

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
export type WebhookVerificationFailure = (typeof WEBHOOK_VERIFICATION_FAILURES)[number]
