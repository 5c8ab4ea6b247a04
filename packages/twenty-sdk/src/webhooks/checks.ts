import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import { TwentyWebhookVerificationError } from '../errors/twenty-webhook-verification-error.js'
import { readHeader, SIGNATURE_HEADER, TIMESTAMP_HEADER, type WebhookHeaders } from './headers.js'

/**
 * Deliveries older or newer than this are refused by default: 5 minutes, as Stripe and Standard Webhooks do.
 * Override it with {@link VerifyWebhookOptions.toleranceMs}.
 */
export const DEFAULT_TOLERANCE_MS = 5 * 60_000

/** What {@link verifyWebhook} and {@link verifyWebhookAsync} take. */
export interface VerifyWebhookOptions {
  /**
   * The raw request body exactly as received: a string, Buffer, Uint8Array or ArrayBuffer (what a Fetch
   * `request.arrayBuffer()` gives). Never a parsed object.
   */
  payload: string | Uint8Array | ArrayBuffer
  /** The request's headers as received, in any shape a framework hands over ({@link WebhookHeaders}). */
  headers: WebhookHeaders
  /**
   * The webhook's secret (the `secret` of its {@link index!Webhook | Webhook}); several during a rotation (any one
   * may match, see {@link index!WebhooksResource.rotateSecret | WebhooksResource.rotateSecret}). Empty strings are
   * ignored, and none left is `missing_secret`.
   */
  secret: string | readonly string[]
  /**
   * Accepted clock difference, both directions, in milliseconds (default {@link DEFAULT_TOLERANCE_MS}, 5 minutes). A
   * larger window accepts older replays; `0` demands equal clocks.
   */
  toleranceMs?: number
  /** The current time in milliseconds (default `Date.now`), for tests that replay a recorded delivery. */
  now?: () => number
}

/** The checked inputs both verifiers share. */
export interface CheckedDelivery {
  /** The body to sign and parse, an ArrayBuffer given as a view of its bytes. */
  payload: string | Uint8Array
  signature: string
  timestamp: string
  secrets: readonly string[]
}

// Twenty signs with Date.now(): milliseconds. A 10-digit value is a timestamp in seconds (from a hand-written
// signer or a proxy), which would otherwise fail with a puzzling mismatch.
const SECONDS_TIMESTAMP = /^\d{9,10}$/
const DIGITS = /^\d{1,16}$/
const HEX_SHA256 = /^[0-9a-f]{64}$/i

/** Checks everything but the signature itself, cheapest first, and returns what the HMAC needs. */
export function checkDelivery(options: VerifyWebhookOptions): CheckedDelivery {
  checkNumberOption('toleranceMs', options.toleranceMs, 0)
  const secrets = usableSecrets(options.secret)
  if (secrets.length === 0) {
    throw fail(
      'missing_secret',
      'No webhook secret given. Twenty signs deliveries only when the webhook has a non-empty secret: create it with one.',
    )
  }
  const payload = rawPayload(options.payload)
  if (payload === undefined) {
    throw fail(
      'invalid_payload',
      'The payload must be the raw body (a string, Buffer, Uint8Array or ArrayBuffer), not a parsed object: the signature covers the exact bytes Twenty sent.',
    )
  }
  if (typeof options.headers !== 'object' || options.headers === null) {
    throw fail('missing_signature', 'No headers given: pass the request headers as received.')
  }
  const signature = readHeader(options.headers, SIGNATURE_HEADER)?.trim()
  if (!signature)
    throw fail('missing_signature', `Missing ${SIGNATURE_HEADER} header: the delivery is unsigned.`)
  const timestamp = readHeader(options.headers, TIMESTAMP_HEADER)?.trim()
  if (!timestamp) throw fail('missing_timestamp', `Missing ${TIMESTAMP_HEADER} header.`)
  if (!DIGITS.test(timestamp)) {
    throw fail('invalid_timestamp', `${TIMESTAMP_HEADER} must be milliseconds since the epoch, as digits.`)
  }
  if (timestamp.length <= 10 && SECONDS_TIMESTAMP.test(timestamp)) {
    throw fail(
      'invalid_timestamp',
      `${TIMESTAMP_HEADER} looks like seconds; Twenty sends milliseconds (Date.now()). Re-sign with milliseconds.`,
    )
  }
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS
  const now = options.now ? options.now() : Date.now()
  // Written so that a NaN (from `now`) refuses the delivery instead of skipping the check.
  if (!(Math.abs(now - Number(timestamp)) <= tolerance)) {
    throw fail(
      'timestamp_out_of_tolerance',
      `The delivery's timestamp is more than ${formatTolerance(tolerance)} away from now: a replay, or a clock out of sync.`,
    )
  }
  return { payload, signature, timestamp, secrets }
}

// In seconds when whole, else in milliseconds: a 400 ms window must not read "more than 0 s".
function formatTolerance(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

/** The non-empty string secrets given; the common case (one string) allocates only a one-element array. */
function usableSecrets(secret: unknown): readonly string[] {
  if (typeof secret === 'string') return secret.length > 0 ? [secret] : []
  return Array.isArray(secret)
    ? secret.filter((one): one is string => typeof one === 'string' && one.length > 0)
    : []
}

/**
 * Refuses, when a handler is created, a secret that would refuse every delivery: an unset environment variable
 * is a mistake in the app, to report at startup rather than as a 400 to each sender.
 */
export function checkSecretOption(secret: unknown): void {
  if (usableSecrets(secret).length > 0) return
  throw new TwentyValidationError({
    message:
      'The webhook handler needs the webhook secret (a non-empty string, or several during a rotation); got none. Is its environment variable set?',
    code: 'MISSING_SECRET' satisfies TwentySdkErrorCode,
    issues: [{ path: 'secret', message: 'Expected a non-empty string or a list of them' }],
  })
}

/**
 * Refuses, when a handler is created, an `onEvent` that is not a function (required by the Fetch handler): otherwise
 * every delivery would be verified and then answered 500 by a TypeError, and its event lost.
 */
export function checkOnEventOption(onEvent: unknown, required: boolean): void {
  if (typeof onEvent === 'function' || (!required && onEvent == null)) return
  throw new TwentyValidationError({
    message: `The webhook handler's onEvent must be a function that handles each verified event; got ${onEvent === undefined ? 'none' : `a ${typeof onEvent}`}.`,
    code: 'INVALID_OPTIONS' satisfies TwentySdkErrorCode,
    issues: [{ path: 'onEvent', message: 'Expected a function' }],
  })
}

/**
 * True for a Uint8Array (a Buffer too), including one made in another realm (a vm context, jsdom, an edge
 * sandbox), where `instanceof Uint8Array` is false although Node's and Web Crypto's functions accept it.
 */
export function isBytes(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array ||
    (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]')
  )
}

/**
 * The body as a string or bytes, an ArrayBuffer (also from another realm) read through a view without copying;
 * `undefined` for anything else.
 */
export function rawPayload(value: unknown): string | Uint8Array | undefined {
  if (typeof value === 'string' || isBytes(value)) return value
  if (value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
    return new Uint8Array(value as ArrayBuffer)
  }
  return undefined
}

/** Refuses a signature header that is not 64 hex characters (each verifier calls it on its own decoding). */
export function notHexDigest(): TwentyWebhookVerificationError {
  return fail('signature_mismatch', `${SIGNATURE_HEADER} is not a hex HMAC-SHA256 digest.`)
}

/** True for the 64 hex characters of an HMAC-SHA256 digest. */
export function isHexDigest(signature: string): boolean {
  return signature.length === 64 && HEX_SHA256.test(signature)
}

/** The error for a well-formed signature that matches none of the secrets. */
export function mismatch(): TwentyWebhookVerificationError {
  return fail(
    'signature_mismatch',
    'The signature does not match. Verify the raw body exactly as received (a body parsed and re-serialized, ' +
      'e.g. by express.json(), no longer matches) and check the secret.',
  )
}

/** Parses the verified body into the event; a body that is not a JSON object is refused. */
export function parseEvent<T>(payload: string | Uint8Array): T {
  // TextDecoder drops a leading byte order mark; a string gets the same treatment, so both forms parse alike.
  const text =
    typeof payload === 'string'
      ? payload.charCodeAt(0) === 0xfeff
        ? payload.slice(1)
        : payload
      : new TextDecoder().decode(payload)
  let event: unknown
  try {
    event = JSON.parse(text)
  } catch {
    throw fail('invalid_payload', 'The signature matches but the body is not JSON.')
  }
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    throw fail('invalid_payload', 'The signature matches but the body is not a JSON object.')
  }
  // The event's type promises these two; without them isEventFor and the deduper would fail on a TypeError.
  const { eventName, record } = event as { eventName?: unknown; record?: unknown }
  if (typeof eventName !== 'string' || typeof record !== 'object' || record === null) {
    throw fail(
      'invalid_payload',
      'The signature matches but the body is not a Twenty webhook event (no eventName or record).',
    )
  }
  return event as T
}

/**
 * Refuses a numeric option that is not a finite number of at least `min`, when it is set. A NaN (say from
 * `Number(process.env.X)` with X unset) compares false with everything and would silently turn a check off.
 */
export function checkNumberOption(path: string, value: unknown, min: number): void {
  if (value === undefined) return
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    const got = typeof value === 'number' ? String(value) : `a ${typeof value}`
    throw new TwentyValidationError({
      message: `${path} must be a finite number of at least ${min}; got ${got}.`,
      code: 'INVALID_OPTIONS' satisfies TwentySdkErrorCode,
      issues: [{ path, message: `Expected a finite number >= ${min}` }],
    })
  }
}

export function fail(reason: TwentyWebhookVerificationError['reason'], message: string) {
  return new TwentyWebhookVerificationError(reason, message)
}
