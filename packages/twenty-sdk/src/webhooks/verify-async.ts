import {
  checkDelivery,
  isHexDigest,
  mismatch,
  notHexDigest,
  parseEvent,
  type VerifyWebhookOptions,
} from './checks.js'
import type { TwentyWebhookEvent } from './events.js'

const encoder = new TextEncoder()

/**
 * Same as {@link verifyWebhook}, with Web Crypto only (`crypto.subtle`): for Cloudflare Workers, Deno, Bun, Vercel
 * Edge and browsers. `crypto.subtle.verify` compares in constant time. For a Fetch `Request`, {@link
 * handleWebhookRequest} reads the body and calls this.
 *
 * @throws {@link TwentyWebhookVerificationError} (the promise rejects) for a delivery that cannot be trusted, with
 * the same `reason`s as {@link verifyWebhook}.
 * @throws {@link index!TwentyValidationError | TwentyValidationError} with code `INVALID_OPTIONS` for a
 * `toleranceMs` that is not a finite number of at least 0.
 *
 * @example
 * export default { async fetch(request, env) {
 *   const event = await verifyWebhookAsync({ payload: await request.text(), headers: request.headers, secret: env.SECRET })
 *   return new Response(null, { status: 204 })
 * } }
 */
export async function verifyWebhookAsync<TEvent = TwentyWebhookEvent>(
  options: VerifyWebhookOptions,
): Promise<TEvent> {
  const { payload, signature, timestamp, secrets } = checkDelivery(options)
  if (!isHexDigest(signature)) throw notHexDigest()
  const message = signedBytes(timestamp, payload)
  const received = hexToBytes(signature)
  let matched = false
  for (const secret of secrets) {
    const key = await importKey(secret, 'verify')
    if (await globalThis.crypto.subtle.verify('HMAC', key, received, message)) matched = true
  }
  if (!matched) throw mismatch()
  return parseEvent<TEvent>(payload)
}

/** HMAC-SHA256 of `${timestamp}:${payload}` with Web Crypto, hex-encoded. */
export async function hmacHexAsync(
  secret: string,
  timestamp: string,
  payload: string | Uint8Array,
): Promise<string> {
  const key = await importKey(secret, 'sign')
  const digest = new Uint8Array(
    await globalThis.crypto.subtle.sign('HMAC', key, signedBytes(timestamp, payload)),
  )
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function importKey(secret: string, usage: 'sign' | 'verify') {
  return globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    [usage],
  )
}

function signedBytes(timestamp: string, payload: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}:`)
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload
  const bytes = new Uint8Array(prefix.length + body.length)
  bytes.set(prefix, 0)
  bytes.set(body, prefix.length)
  return bytes
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}
