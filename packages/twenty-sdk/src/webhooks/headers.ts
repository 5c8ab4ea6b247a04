/** The signature of a delivery: hex HMAC-SHA256 of `<timestamp>:<raw body>` with the webhook's secret. */
export const SIGNATURE_HEADER = 'x-twenty-webhook-signature'
/** When Twenty signed the delivery, in milliseconds since the epoch; part of what is signed, so replays age out. */
export const TIMESTAMP_HEADER = 'x-twenty-webhook-timestamp'
/** 16 random bytes in hex, new on every delivery: it does not identify the event (see `deliveryKey`). */
export const NONCE_HEADER = 'x-twenty-webhook-nonce'

/**
 * Headers in any of the shapes frameworks hand over: a Fetch `Headers`, Node's `IncomingHttpHeaders`
 * (lower-case, arrays for repeats), a plain object in any casing, or Zapier's `rawRequest.headers`
 * (`Http-X-Twenty-Webhook-Signature`).
 */
export type WebhookHeaders =
  | {
      /** A Fetch `Headers`' lookup: case-insensitive, `null` when absent. */
      get(name: string): string | null
    }
  | Readonly<Record<string, string | readonly string[] | undefined>>

/** Reads one header from any supported shape; the first value when repeated; `undefined` when absent. */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return first((headers as { get(name: string): unknown }).get(name))
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>
  const direct = record[name]
  if (direct !== undefined) return first(direct)
  for (const key of Object.keys(record)) {
    const lower = key.toLowerCase()
    if (lower === name || lower === `http-${name}`) return first(record[key])
  }
  return undefined
}

// Anything but a string (a number or object from a hand-built header object) counts as absent.
function first(value: unknown): string | undefined {
  const candidate = Array.isArray(value) ? value[0] : value
  return typeof candidate === 'string' ? candidate : undefined
}
