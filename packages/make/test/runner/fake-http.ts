import type { FetchLike } from '../../src/runner/http.js'

/** One request the fake server received. */
export interface Received {
  method: string
  url: URL
  headers: Headers
  body: string | undefined
}

export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> }

/**
 * An injected fetch that answers from a handler and records every request, so a test can assert exactly what
 * the runner sent, with no server at all.
 */
export function fakeFetch(handler: (request: Received, index: number) => Reply): {
  fetch: FetchLike
  received: Received[]
} {
  const received: Received[] = []
  const fetch: FetchLike = async (input, init) => {
    const request: Received = {
      method: init.method ?? 'GET',
      url: new URL(input),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
    }
    received.push(request)
    const reply = handler(request, received.length - 1)
    const text =
      reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    return new Response(text, {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', ...reply.headers },
    })
  }
  return { fetch, received }
}
