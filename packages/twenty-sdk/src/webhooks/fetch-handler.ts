import { TwentyWebhookVerificationError } from '../errors/twenty-webhook-verification-error.js'
import type { VerifyWebhookOptions } from './checks.js'
import type { TwentyWebhookEvent } from './events.js'
import { verifyWebhookAsync } from './verify-async.js'

/** Options of the Fetch-API handlers. */
export type FetchWebhookOptions = Pick<VerifyWebhookOptions, 'secret' | 'toleranceMs' | 'now'>

/**
 * Verifies a Fetch `Request` (edge runtimes, Next.js route handlers, Hono, Deno, Bun) and returns its event.
 * Reads the body as bytes, so nothing is re-serialized. Throws {@link TwentyWebhookVerificationError}.
 */
export async function handleWebhookRequest(
  request: Request,
  options: FetchWebhookOptions,
): Promise<TwentyWebhookEvent> {
  if (request.bodyUsed) {
    throw new TwentyWebhookVerificationError(
      'invalid_payload',
      'The request body was already read; pass the request before parsing it (or clone it first).',
    )
  }
  const payload = new Uint8Array(await request.arrayBuffer())
  return verifyWebhookAsync({ ...options, payload, headers: request.headers })
}

/**
 * A complete `(request) => Response` endpoint: 204 after `onEvent` resolves, 400 with the reason for a refused
 * delivery, 405 for anything but POST.
 *
 * @example
 * export const POST = createFetchWebhookHandler({ secret: process.env.TWENTY_WEBHOOK_SECRET!, onEvent: handle })
 */
export function createFetchWebhookHandler(
  options: FetchWebhookOptions & { onEvent: (event: TwentyWebhookEvent) => void | Promise<void> },
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } })
    let event: TwentyWebhookEvent
    try {
      event = await handleWebhookRequest(request, options)
    } catch (error) {
      if (!(error instanceof TwentyWebhookVerificationError)) throw error
      return Response.json({ error: error.reason, message: error.message }, { status: 400 })
    }
    await options.onEvent(event)
    return new Response(null, { status: 204 })
  }
}
