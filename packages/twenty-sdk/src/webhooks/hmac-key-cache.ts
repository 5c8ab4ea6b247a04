import type { KeyObject } from 'node:crypto'
import { nodeCrypto } from './node-crypto.js'

// A receiver verifies every delivery with the same one or two secrets. Turning the secret string into an HMAC
// key on each call is a measurable part of verifying a small body (about 7 % at 1 KB, `bench:webhooks`), so
// the last few keys are kept. The cap bounds memory for receivers that serve many webhooks.
const MAX_KEYS = 16
const keys = new Map<string, KeyObject>()

/** The HMAC key for a webhook secret, created once per secret (among the last 16 used). */
export function hmacKey(secret: string): KeyObject {
  const cached = keys.get(secret)
  if (cached) return cached
  const key = nodeCrypto().createSecretKey(Buffer.from(secret, 'utf8'))
  if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value as string)
  keys.set(secret, key)
  return key
}
