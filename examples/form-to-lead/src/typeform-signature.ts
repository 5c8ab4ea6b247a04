// Typeform signs each delivery with the form webhook's secret: `Typeform-Signature: sha256=<base64 HMAC-SHA256
// of the raw body>`. Checking it is what stops anyone who finds the URL from creating leads in the CRM.
import { createHmac, timingSafeEqual } from 'node:crypto'

export const TYPEFORM_SIGNATURE_HEADER = 'typeform-signature'

/** The header value Typeform would send for this body; used by the sample replay and the tests. */
export function signTypeformPayload(rawBody: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('base64')}`
}

/** True only when the header carries the HMAC of exactly these bytes; compared in constant time. */
export function isTypeformSignatureValid(
  rawBody: Buffer,
  header: string | undefined,
  secret: string,
): boolean {
  if (!header?.startsWith('sha256=')) return false
  const given = Buffer.from(header.slice('sha256='.length), 'base64')
  const expected = createHmac('sha256', secret).update(rawBody).digest()
  return given.length === expected.length && timingSafeEqual(given, expected)
}
