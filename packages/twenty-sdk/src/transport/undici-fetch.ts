import request from 'undici/lib/api/api-request.js'
import Agent from 'undici/lib/dispatcher/agent.js'
import { ACCEPTED_ENCODINGS, decodeBody } from './decode-body.js'
import type { FetchLike } from './types.js'

/** Statuses a Response must not carry a body with. */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304])

/**
 * The fetch ofetch sends through on Node when the caller gives none: undici's `request`, on one keep-alive pool for
 * the process. undici is the HTTP client Node's own fetch is built on; its `request` skips what fetch adds around
 * it for every call (a WHATWG Request, a body stream, CORS bookkeeping). At 16 requests in flight that was about half
 * of the client's CPU per `get` (docs/benchmarks.md).
 *
 * It follows fetch where the SDK relies on it: redirects are answered, not followed (the SDK reports them); the
 * caller's signal aborts the request and the reading of its body; gzip, deflate and br answers are decoded. A
 * request it was not made for (a Request object, a stream or form body) goes to `fallback`, Node's fetch.
 */
export function createUndiciFetch(fallback: FetchLike): FetchLike {
  const pool = new Agent()
  return async (input, init = {}) => {
    const { body } = init
    if (
      input instanceof Request ||
      !(body == null || typeof body === 'string' || body instanceof Uint8Array)
    ) {
      return fallback(input, init)
    }
    const headers = headerRecord(init.headers)
    headers['accept-encoding'] ??= ACCEPTED_ENCODINGS
    const url = typeof input === 'string' ? new URL(input) : input
    const answer = await request.call(pool, {
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: (init.method ?? 'GET') as 'GET',
      headers,
      body: body ?? undefined,
      signal: init.signal ?? undefined,
    })
    const encoding = answer.headers['content-encoding']
    const text =
      encoding === undefined
        ? await answer.body.text()
        : await decodeBody(Buffer.from(await answer.body.arrayBuffer()), String(encoding))
    const status = answer.statusCode
    return new Response(NULL_BODY_STATUSES.has(status) || text === '' ? null : text, {
      status,
      headers: responseHeaders(answer.headers),
    })
  }
}

/** Request headers as undici takes them: lower-case names, repeated ones joined as fetch joins them. */
function headerRecord(given: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {}
  const add = (value: string, name: string) => {
    const key = name.toLowerCase()
    const previous = record[key]
    record[key] = previous === undefined ? value : `${previous}, ${value}`
  }
  if (given instanceof Headers) given.forEach(add)
  else if (Array.isArray(given)) for (const [name, value] of given) add(value, name)
  else if (given !== undefined) for (const name in given) add(String(given[name]), name)
  return record
}

function responseHeaders(received: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers()
  for (const name in received) {
    const value = received[name]
    if (typeof value === 'string') headers.append(name, value)
    else if (value !== undefined) for (const item of value) headers.append(name, item)
  }
  return headers
}
