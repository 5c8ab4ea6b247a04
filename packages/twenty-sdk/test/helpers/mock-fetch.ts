import type { FetchLike, TwentyError } from '../../src/index.js'

/** A request as the injected fetch received it. */
export interface RecordedRequest {
  method: string
  url: URL
  headers: Headers
  body: unknown
}

type Reply = { status?: number; body?: unknown; headers?: Record<string, string> } | Error

/**
 * A per-test fetch: answers each request with the handler's reply and records what was sent, so tests assert
 * the exact request without a global mock.
 */
export function mockFetch(handler: (request: RecordedRequest) => Reply | Promise<Reply>) {
  const requests: RecordedRequest[] = []
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const text = await request.text()
    const recorded: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    }
    requests.push(recorded)
    const reply = await handler(recorded)
    if (reply instanceof Error) throw reply
    const body =
      typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body)
    return new Response(body === '' ? null : body, {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', ...reply.headers },
    })
  }
  return { fetch, requests }
}

/** A fetch that fails the test if anything is sent. */
export const fetchThatMustNotBeCalled: FetchLike = async (input) => {
  throw new Error(`No request should have been sent, but one went to ${String(input)}`)
}

export const API_KEY = 'tw_test_key_0123456789abcdefghijklmnopqrstuvwxyz'
export const PERSON_ID = '3f1c9a52-8e0b-4f6e-9a51-2d4c5b6a7e81'

/** The error a call rejects with; fails the test when it resolves instead. */
export async function errorOf(promise: Promise<unknown>): Promise<TwentyError> {
  try {
    await promise
  } catch (error) {
    return error as TwentyError
  }
  throw new Error('expected a rejection')
}
