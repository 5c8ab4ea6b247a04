import type { IncomingMessage, ServerResponse } from 'node:http'
import { TwentyWebhookVerificationError } from '../errors/twenty-webhook-verification-error.js'
import {
  checkNumberOption,
  checkOnEventOption,
  checkSecretOption,
  isBytes,
  type VerifyWebhookOptions,
} from './checks.js'
import type { TwentyWebhookEvent } from './events.js'
import { verifyWebhook } from './verify.js'

/** Options of {@link twentyWebhookMiddleware}. */
export interface NodeWebhookHandlerOptions
  extends Pick<VerifyWebhookOptions, 'secret' | 'toleranceMs' | 'now'> {
  /**
   * Called with each verified event; the delivery is answered 204 once it resolves, 500 if it throws (with Express's
   * `next`, the error goes to your error handler instead). Without it, the event is left on `req.twentyEvent` for
   * the next handler.
   */
  onEvent?: (event: TwentyWebhookEvent, request: IncomingMessage) => void | Promise<void>
  /**
   * Largest body read from the stream, in bytes (default 1 MiB); larger deliveries get 413, as soon as their
   * `Content-Length` says so.
   */
  maxBodyBytes?: number
}

type NodeRequest = IncomingMessage & { body?: unknown; rawBody?: unknown; twentyEvent?: TwentyWebhookEvent }
type Next = (error?: unknown) => void

/**
 * A body parser (`express.json()`, say) consumed the body before {@link twentyWebhookMiddleware} could read the raw
 * bytes, so the signature cannot be checked. A mistake in the app's setup, not in the delivery: it is passed to
 * Express's `next(error)`, or answered 500 `raw_body_unavailable` without `next`. Its message says how to mount the
 * route.
 */
export class RawBodyUnavailableError extends Error {
  /** Always `'RawBodyUnavailableError'`, also in the CommonJS build. */
  override readonly name = 'RawBodyUnavailableError'
}
// Named here too: the CommonJS build renames the class, and `console.log` would print `_class [RawBody…]`.
Object.defineProperty(RawBodyUnavailableError, 'name', {
  value: 'RawBodyUnavailableError',
  configurable: true,
})

/** The delivery is larger than `maxBodyBytes`: answered 413, the only read failure that is the sender's fault. */
class BodyTooLargeError extends RangeError {}

/**
 * Node `http` / Express / Connect middleware that verifies Twenty deliveries on the raw body.
 *
 * It reads the body from the stream itself, or uses `req.body` when it is a Buffer or string (from
 * `express.raw()`), or `req.rawBody` when a framework parsed the JSON but kept the bytes there (NestJS with
 * `rawBody: true`, Google Cloud Functions, Firebase). If a JSON parser turned the body into an object and kept no
 * bytes, the signature can no longer be checked, so it fails loudly with a message saying what to change. Refused deliveries get 400 with the reason.
 * With `next` (Express), the verified event is stored on `req.twentyEvent` and `next()` is called when there is
 * no `onEvent`.
 *
 * @throws {@link index!TwentyValidationError | TwentyValidationError} when created: code `MISSING_SECRET` for no
 * usable secret (an unset environment variable), `INVALID_OPTIONS` for a `maxBodyBytes` or `toleranceMs` out of
 * range or an `onEvent` that is set but not a function; a `TypeError` without options.
 *
 * @example
 * app.post('/webhooks/twenty', twentyWebhookMiddleware({ secret, onEvent: async (event) => handle(event) }))
 */
export function twentyWebhookMiddleware(options: NodeWebhookHandlerOptions) {
  // A missing options object is a mistake in the app, not in a delivery: say so at startup, not on every request.
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      'twentyWebhookMiddleware needs its options: twentyWebhookMiddleware({ secret, onEvent }), secret being the webhook secret',
    )
  }
  // A NaN limit or tolerance would turn its check off for every delivery: refuse it here, at startup.
  checkNumberOption('maxBodyBytes', options.maxBodyBytes, 1)
  checkNumberOption('toleranceMs', options.toleranceMs, 0)
  checkSecretOption(options.secret)
  checkOnEventOption(options.onEvent, false)
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024
  // Without `next` this is a bare `http` listener whose promise nobody awaits: it must never reject, or a client
  // hanging up mid-body would be an unhandled rejection that ends the process.
  return async (request: NodeRequest, response: ServerResponse, next?: Next): Promise<void> => {
    let payload: string | Uint8Array
    try {
      payload = await readRawBody(request, maxBodyBytes)
    } catch (error) {
      if (error instanceof BodyTooLargeError) return reply(response, 413, { error: 'payload_too_large' })
      if (next) return next(error)
      if (error instanceof RawBodyUnavailableError) {
        return reply(response, 500, { error: 'raw_body_unavailable', message: error.message })
      }
      return reply(response, 400, { error: 'body_unreadable' })
    }
    let event: TwentyWebhookEvent
    try {
      event = verifyWebhook({ ...options, payload, headers: request.headers })
    } catch (error) {
      if (error instanceof TwentyWebhookVerificationError) {
        return reply(response, 400, { error: error.reason, message: error.message })
      }
      if (next) return next(error)
      return reply(response, 500, { error: 'verification_failed' })
    }
    request.twentyEvent = event
    if (!options.onEvent) {
      if (next) return next()
      return reply(response, 204)
    }
    try {
      await options.onEvent(event, request)
    } catch (error) {
      if (next) return next(error)
      return reply(response, 500, { error: 'handler_failed' })
    }
    reply(response, 204)
  }
}

async function readRawBody(request: NodeRequest, maxBytes: number): Promise<string | Uint8Array> {
  // `express.raw()` or `express.text()` leave the bytes on `req.body`; frameworks that parse JSON but keep them
  // leave them on `req.rawBody`: NestJS with `rawBody: true`, Google Cloud Functions and Firebase, an Express
  // `verify` callback that stores them. Either way `maxBodyBytes` applies, as it does to the stream.
  for (const kept of [request.body, request.rawBody]) {
    if (typeof kept !== 'string' && !isBytes(kept)) continue
    if ((typeof kept === 'string' ? Buffer.byteLength(kept) : kept.byteLength) > maxBytes)
      throw new BodyTooLargeError(`body over ${maxBytes} bytes`)
    return kept
  }
  // A parser that consumed the stream leaves an object behind, other middleware may leave nothing; either way
  // reading the stream again would give no bytes, and a 400 signature_mismatch would blame the delivery.
  // An untouched stream can still be read.
  if (request.readableEnded || (request as { _body?: unknown })._body === true) {
    const what = request.body == null ? 'read by an earlier middleware' : 'parsed (req.body is an object)'
    throw new RawBodyUnavailableError(
      `The request body was already ${what} and there is no req.rawBody, so the signature ` +
        'cannot be checked. Mount the Twenty webhook route before express.json(), use express.raw({ type: ' +
        "'application/json' }) on it, or keep the bytes on req.rawBody (NestJS: rawBody: true).",
    )
  }
  // Refused before reading a byte when the sender announces the size (Twenty's axios always does).
  if (Number(request.headers['content-length']) > maxBytes)
    throw new BodyTooLargeError(`body over ${maxBytes} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > maxBytes) throw new BodyTooLargeError(`body over ${maxBytes} bytes`)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

function reply(response: ServerResponse, status: number, body?: unknown): void {
  if (response.headersSent || response.destroyed) return
  response.statusCode = status
  if (body === undefined) {
    response.end()
    return
  }
  response.setHeader('content-type', 'application/json')
  response.end(JSON.stringify(body))
}
