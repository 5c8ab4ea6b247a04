import { checkDelivery, mismatch, notHexDigest, parseEvent, type VerifyWebhookOptions } from './checks.js'
import type { TwentyWebhookEvent } from './events.js'
import { hmacKey } from './hmac-key-cache.js'
import { nodeCrypto } from './node-crypto.js'

/**
 * Verifies a Twenty webhook delivery and returns its typed event. Node only (`node:crypto`); on edge runtimes use
 * {@link verifyWebhookAsync}, and for a ready-made endpoint {@link twentyWebhookMiddleware} (Node, Express) or
 * {@link createFetchWebhookHandler} (Fetch API).
 *
 * Twenty signs `${timestamp}:${rawBody}` with HMAC-SHA256 and the webhook's secret, hex-encoded, and sends the
 * timestamp in milliseconds. This checks the headers, the time window (both directions), and the signature in
 * constant time against each given secret, then parses the body. A captured delivery can be replayed within the
 * tolerance: pair it with {@link createWebhookDeduper} when a repeat matters.
 *
 * @typeParam TEvent the event type to return; {@link TwentyWebhookEvent} unless you pass your own
 * @throws {@link TwentyWebhookVerificationError} when the delivery cannot be trusted, with a `reason` (and `code`)
 * from {@link WebhookVerificationFailure}: `missing_secret`, `missing_signature`, `missing_timestamp`,
 * `invalid_timestamp`, `timestamp_out_of_tolerance`, `signature_mismatch` or `invalid_payload`. Answer those with a
 * 400.
 * @throws {@link index!TwentyValidationError | TwentyValidationError} with code `INVALID_OPTIONS` when `toleranceMs`
 * is not a finite number of at least 0: a mistake in the app, not in the delivery.
 *
 * @example
 * app.post('/twenty', express.raw({ type: 'application/json', limit: '1mb' }), (req, res) => {
 *   const event = verifyWebhook({ payload: req.body, headers: req.headers, secret: process.env.TWENTY_WEBHOOK_SECRET! })
 *   // isEventFor narrows `record`; comparing eventName alone does not, since custom objects share the pattern.
 *   if (isEventFor(event, 'person')) console.log(event.eventName, event.record.emails?.primaryEmail)
 *   res.sendStatus(204)
 * })
 */
export function verifyWebhook<TEvent = TwentyWebhookEvent>(options: VerifyWebhookOptions): TEvent {
  return parseEvent<TEvent>(verifiedPayload(options))
}

// Two 32-byte buffers reused by every verification, made on the first one (Buffer is Node's).
let digests: { received: Buffer; expected: Buffer } | undefined

/**
 * Checks the signature only, without parsing the body: for proxies that forward the raw bytes, or bodies that are
 * not Twenty events. Throws as {@link verifyWebhook} does, except for `invalid_payload` from a body that is not
 * JSON.
 *
 * @example
 * verifyWebhookSignature({ payload: rawBody, headers, secret })
 * await queue.send(rawBody) // parsed later by the worker
 */
export function verifyWebhookSignature(options: VerifyWebhookOptions): void {
  verifiedPayload(options)
}

/** Checks the delivery and its signature, and returns the body that was signed. */
function verifiedPayload(options: VerifyWebhookOptions): string | Uint8Array {
  const { payload, signature, timestamp, secrets } = checkDelivery(options)
  const { createHmac, timingSafeEqual } = nodeCrypto()
  // Verification is synchronous, so no call can see another's bytes; allocating per call cost small deliveries
  // a tenth of their time (measured, `bench:webhooks`).
  digests ??= { received: Buffer.alloc(32), expected: Buffer.alloc(32) }
  const { received, expected } = digests
  // Buffer's hex decoder stops at the first non-hex character, but keeps only the low byte of a character above
  // U+00FF ("\u0161" reads as "a"). Those take two or more bytes in UTF-8, so 64 UTF-8 bytes that decode to 32
  // are 64 ASCII hex digits: what the Web Crypto verifier accepts, checked in a third of a regular expression's
  // time (measured with a one-off loop: 30 ns against 100 ns per call).
  if (
    signature.length !== 64 ||
    Buffer.byteLength(signature) !== 64 ||
    received.write(signature, 'hex') !== 32
  )
    throw notHexDigest()
  let matched = false
  // Every secret is tried, so timing does not reveal which one matched.
  for (const secret of secrets) {
    const hmac = createHmac('sha256', hmacKey(secret)).update(`${timestamp}:`).update(payload)
    expected.write(hmac.digest('binary'), 'binary')
    if (timingSafeEqual(expected, received)) matched = true
  }
  // The digest of the body just checked is not left behind: for a forged body it would be a valid signature.
  expected.fill(0)
  if (!matched) throw mismatch()
  return payload
}
