import type { FetchLike } from 'twenty-sdk'
import type { HttpRequestOptions, ZObject } from 'zapier-platform-core'

/** Options core reads that its typings do not list yet. */
type ZRequestOptions = HttpRequestOptions & {
  url: string
  /** false: let a 429 reach the SDK instead of core's ThrottledError with a null delay (Twenty sends no Retry-After). */
  throwForThrottlingEarly: boolean
  /**
   * false: skip core's `{{curlies}}` handling. This app never uses `requestTemplate`, and with `merge` on, core
   * refuses any request whose body contains `{{bundle.…}}` or `{{process.…}}`, i.e. any note or name a Zap
   * user wrote with such text.
   */
  merge: boolean
  signal?: AbortSignal
}

// Statuses whose Response may not carry a body (the Fetch standard's "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/**
 * A `fetch` over `z.request`, handed to the SDK so every Twenty call goes through Zapier's HTTP client: its
 * logging (secrets scrubbed), middleware and redirect guard apply, and no request leaves the app any other way.
 *
 * Statuses are left to the SDK (`skipThrowForStatus`), which turns them into typed errors that
 * `toZapierError` maps in one place; 429 included (`throwForThrottlingEarly: false`), so the app can compute the
 * delay Twenty never sends.
 */
export function zRequestFetch(z: ZObject): FetchLike {
  return async (input, init = {}) => {
    const request = input instanceof Request ? input : undefined
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const options: ZRequestOptions = {
      url,
      method: (init.method ?? request?.method ?? 'GET').toUpperCase() as HttpRequestOptions['method'],
      headers: plainHeaders(init.headers ?? request?.headers),
      skipThrowForStatus: true,
      throwForThrottlingEarly: false,
      merge: false,
    }
    const body = await textBody(init.body ?? request?.body)
    if (body !== undefined) options.body = body
    const signal = init.signal ?? request?.signal
    if (signal) options.signal = signal
    const response = await z.request(options)
    const headers = new Headers()
    response.headers.forEach((value: string, name: string) => {
      headers.append(name, value)
    })
    const content = NULL_BODY_STATUSES.has(response.status) ? null : response.content
    return new Response(content, { status: response.status, headers })
  }
}

function plainHeaders(headers: HeadersInit | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  new Headers(headers).forEach((value, name) => {
    result[name] = value
  })
  return result
}

// The SDK sends JSON strings; anything else a fetch body can be is read as text rather than dropped.
async function textBody(body: BodyInit | ReadableStream | null | undefined): Promise<string | undefined> {
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return body
  return new Response(body).text()
}
