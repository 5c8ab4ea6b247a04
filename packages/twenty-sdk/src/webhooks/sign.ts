import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import { isBytes } from './checks.js'
import { NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './headers.js'
import { nodeCrypto } from './node-crypto.js'
import { hmacHexAsync } from './verify-async.js'

/** What {@link signWebhook} and {@link signWebhookAsync} take. */
export interface SignWebhookOptions {
  /** The exact body that will be sent. */
  payload: string | Uint8Array
  /** The webhook's secret, as Twenty returned it when the webhook was created. */
  secret: string
  /** Milliseconds since the epoch, like Twenty's `Date.now()` (default: now). */
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
 * (Twenty would send the delivery unsigned), or `INVALID_PAYLOAD` for a payload that is not a string or bytes.
 *
 * @example
 * const body = JSON.stringify(event)
 * await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signWebhook({ payload: body, secret }) } })
 */
export function signWebhook(options: SignWebhookOptions): TwentyWebhookSignatureHeaders {
  const { createHmac, randomBytes } = nodeCrypto()
  const timestamp = String(options.timestamp ?? Date.now())
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
  const timestamp = String(options.timestamp ?? Date.now())
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
function requirePayload(payload: string | Uint8Array): string | Uint8Array {
  if (typeof payload !== 'string' && !isBytes(payload)) {
    throw new TwentyValidationError({
      message: 'signWebhook signs the exact body that will be sent: a string or bytes, not an object',
      code: 'INVALID_PAYLOAD' satisfies TwentySdkErrorCode,
      issues: [{ path: 'payload', message: 'Expected a string or a Uint8Array' }],
    })
  }
  return payload
}
