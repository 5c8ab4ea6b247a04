import { TwentyWebhookVerificationError } from '../errors/twenty-webhook-verification-error.js'
import {
  checkNumberOption,
  checkOnEventOption,
  checkSecretOption,
  type VerifyWebhookOptions,
} from './checks.js'
import type { TwentyWebhookEvent } from './events.js'
import { verifyWebhookAsync } from './verify-async.js'

/** Options of the Fetch-API handlers, {@link handleWebhookRequest} and {@link createFetchWebhookHandler}. */
export type FetchWebhookOptions = Pick<VerifyWebhookOptions, 'secret' | 'toleranceMs' | 'now'> & {
  /**
   * Largest body read, in bytes (default 1 MiB). A larger delivery is refused as soon as its `Content-Length`
   * or its bytes pass the limit: 413 from `createFetchWebhookHandler`, `payload_too_large` from
   * `handleWebhookRequest`.
   */
  maxBodyBytes?: number
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

/**
 * Verifies a Fetch `Request` (edge runtimes, Next.js route handlers, Hono, Deno, Bun) and returns its event. Reads
 * the body as bytes, up to `maxBodyBytes`, so nothing is re-serialized. Use it when you write the response yourself;
 * {@link createFetchWebhookHandler} answers for you.
 *
 * @throws {@link TwentyWebhookVerificationError} with a `reason` as {@link verifyWebhook}'s, or `payload_too_large`
 * over `maxBodyBytes`, or `invalid_payload` when the body was already read.
 * @throws {@link index!TwentyValidationError | TwentyValidationError} with code `INVALID_OPTIONS` for a
 * `maxBodyBytes` or `toleranceMs` that is not a finite number in range.
 * @example
 * app.post('/twenty', async (c) => {
 *   const event = await handleWebhookRequest(c.req.raw, { secret: c.env.TWENTY_WEBHOOK_SECRET })
 *   await c.env.QUEUE.send(event)
 *   return c.body(null, 204)
 * })
 */
export async function handleWebhookRequest(
  request: Request,
  options: FetchWebhookOptions,
): Promise<TwentyWebhookEvent> {
  checkNumberOption('maxBodyBytes', options.maxBodyBytes, 1)
  if (request.bodyUsed) {
    throw new TwentyWebhookVerificationError(
      'invalid_payload',
      'The request body was already read; pass the request before parsing it (or clone it first).',
    )
  }
  const payload = await readBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
  return verifyWebhookAsync({ ...options, payload, headers: request.headers })
}

/**
 * A complete `(request) => Response` endpoint: 204 after `onEvent` resolves, 400 with the reason for a refused
 * delivery, 413 for a body over `maxBodyBytes`, 405 for anything but POST. An error thrown by `onEvent`
 * propagates, so the runtime logs it and answers 500.
 *
 * It refuses a missing secret when created, so a Next.js route makes it on the first request: `next build` loads
 * route modules, often without the runtime's secrets.
 *
 * @throws {@link index!TwentyValidationError | TwentyValidationError} when created: code `MISSING_SECRET` for no
 * usable secret (an unset environment variable), `INVALID_OPTIONS` for a `maxBodyBytes` or `toleranceMs` out of
 * range or an `onEvent` that is not a function.
 *
 * @example
 * let handler: ((request: Request) => Promise<Response>) | undefined
 * export function POST(request: Request) {
 *   handler ??= createFetchWebhookHandler({ secret: process.env.TWENTY_WEBHOOK_SECRET!, onEvent: handle })
 *   return handler(request)
 * }
 */
export function createFetchWebhookHandler(
  options: FetchWebhookOptions & { onEvent: (event: TwentyWebhookEvent) => void | Promise<void> },
): (request: Request) => Promise<Response> {
  // A NaN limit or tolerance would turn its check off for every delivery: refuse it here, at startup.
  checkNumberOption('maxBodyBytes', options.maxBodyBytes, 1)
  checkNumberOption('toleranceMs', options.toleranceMs, 0)
  checkSecretOption(options.secret)
  checkOnEventOption(options.onEvent, true)
  return async (request) => {
    if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } })
    // A framework that already read the body (Hono's `c.req.json()`) left nothing to verify: a mistake in the
    // app, answered 500 as the Node middleware does, not a 400 that would blame the delivery.
    if (request.bodyUsed) {
      const message =
        'The request body was already read, so its signature cannot be checked: pass the request to the handler ' +
        'before reading it (for Hono, `c.req.raw` untouched).'
      return Response.json({ error: 'raw_body_unavailable', message }, { status: 500 })
    }
    let event: TwentyWebhookEvent
    try {
      event = await handleWebhookRequest(request, options)
    } catch (error) {
      if (!(error instanceof TwentyWebhookVerificationError)) throw error
      if (error.reason === 'payload_too_large') {
        return Response.json({ error: error.reason }, { status: 413 })
      }
      return Response.json({ error: error.reason, message: error.message }, { status: 400 })
    }
    await options.onEvent(event)
    return new Response(null, { status: 204 })
  }
}

/** The body's bytes, refused once they pass `maxBytes` (without reading further) rather than buffered whole. */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new TwentyWebhookVerificationError(
      'payload_too_large',
      `The request body is larger than maxBodyBytes (${maxBytes} bytes).`,
    )
  if (Number(request.headers.get('content-length')) > maxBytes) throw tooLarge()
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
