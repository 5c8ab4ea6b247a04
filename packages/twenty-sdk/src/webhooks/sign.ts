import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import { rawPayload } from './checks.js'
import { NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './headers.js'
import { nodeCrypto } from './node-crypto.js'
import { hmacHexAsync } from './verify-async.js'

/** What {@link signWebhook} and {@link signWebhookAsync} take. */
export interface SignWebhookOptions {
  /** The exact body that will be sent: a string, Buffer, Uint8Array or ArrayBuffer. */
  payload: string | Uint8Array | ArrayBuffer
  /** The webhook's secret, as Twenty returned it when the webhook was created. */
  secret: string
  /**
   * Milliseconds since the epoch, like Twenty's `Date.now()` (default: now): a whole number, since the verifier
   * accepts digits only.
   */
  timestamp?: number
  /** 32 hex characters (default: random, as Twenty does). */
  nonce?: string
}

/** The three headers Twenty sends with a signed delivery, as {@link signWebhook} returns them. */
export interface TwentyWebhookSignatureHeaders {
  /** Hex HMAC-SHA256 of `<timestamp>:<payload>` ({@link SIGNATURE_HEADER}). */
  'x-twenty-webhook-signature': string
  /** Milliseconds since the epoch, as digits ({@link TIMESTAMP_HEADER}). */
  'x-twenty-webhook-timestamp': string
  /** 32 random hex characters ({@link NONCE_HEADER}). */
  'x-twenty-webhook-nonce': string
}

/**
 * Signs a payload exactly as Twenty does, returning the headers to send with it: for tests of your receiver, for
 * fixtures, and for forwarding deliveries you re-sign. Node only (`node:crypto`); see {@link signWebhookAsync}
 * elsewhere.
 *
 * @throws {@link index!TwentyValidationError | TwentyValidationError} with code `MISSING_SECRET` for an empty secret
 * (Twenty would send the delivery unsigned), `INVALID_PAYLOAD` for a payload that is not a string or bytes, or
 * `INVALID_OPTIONS` for a `timestamp` that is not a whole number of at least 0.
 *
 * @example
 * const body = JSON.stringify(event)
 * await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signWebhook({ payload: body, secret }) } })
 */
export function signWebhook(options: SignWebhookOptions): TwentyWebhookSignatureHeaders {
  const { createHmac, randomBytes } = nodeCrypto()
  const timestamp = timestampOf(options.timestamp)
  const signature = createHmac('sha256', requireSecret(options.secret))
    .update(`${timestamp}:`)
    .update(requirePayload(options.payload))
    .digest('hex')
  return headers(signature, timestamp, options.nonce ?? randomBytes(16).toString('hex'))
}

/**
 * {@link signWebhook} with Web Crypto only, for runtimes without `node:crypto` (edge runtimes, browsers).
 *
 * @throws {@link index!TwentyValidationError | TwentyValidationError} (the promise rejects) as {@link signWebhook}
 * does.
 */
export async function signWebhookAsync(options: SignWebhookOptions): Promise<TwentyWebhookSignatureHeaders> {
  const timestamp = timestampOf(options.timestamp)
  const signature = await hmacHexAsync(
    requireSecret(options.secret),
    timestamp,
    requirePayload(options.payload),
  )
  const nonce =
    options.nonce ??
    Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('')
  return headers(signature, timestamp, nonce)
}

function headers(signature: string, timestamp: string, nonce: string): TwentyWebhookSignatureHeaders {
  return {
    [SIGNATURE_HEADER]: signature,
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
  } as TwentyWebhookSignatureHeaders
}

function requireSecret(secret: string): string {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new TwentyValidationError({
      message: 'signWebhook needs a non-empty secret: Twenty sends no signature when the secret is empty',
      code: 'MISSING_SECRET' satisfies TwentySdkErrorCode,
      issues: [{ path: 'secret', message: 'Expected a non-empty string' }],
    })
  }
  return secret
}

// Web Crypto would sign an object as the text "[object Object]": refuse it, as the verifiers do.
function requirePayload(payload: unknown): string | Uint8Array {
  const raw = rawPayload(payload)
  if (raw === undefined) {
    throw new TwentyValidationError({
      message: 'signWebhook signs the exact body that will be sent: a string or bytes, not an object',
      code: 'INVALID_PAYLOAD' satisfies TwentySdkErrorCode,
      issues: [{ path: 'payload', message: 'Expected a string, a Uint8Array or an ArrayBuffer' }],
    })
  }
  return raw
}

// String(NaN) or String(1.5e12 + 0.5) would make a timestamp header every verifier refuses, far from its cause.
function timestampOf(timestamp: number | undefined): string {
  if (timestamp === undefined) return String(Date.now())
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new TwentyValidationError({
      // Only a number is echoed: a string here could be the secret passed in the wrong field.
      message: `signWebhook needs timestamp in whole milliseconds since the epoch, like Date.now(); got ${typeof timestamp === 'number' ? String(timestamp) : `a ${typeof timestamp}`}.`,
      code: 'INVALID_OPTIONS' satisfies TwentySdkErrorCode,
      issues: [{ path: 'timestamp', message: 'Expected a whole number of milliseconds >= 0' }],
    })
  }
  return String(timestamp)
}
