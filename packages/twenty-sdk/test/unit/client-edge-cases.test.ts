import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  TwentyClient,
  TwentyConnectionError,
  TwentyRateLimitError,
  TwentyServerError,
  TwentyTimeoutError,
  TwentyValidationError,
} from '../../src/index.js'
import { API_KEY, errorOf, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

const person = { data: { person: { id: PERSON_ID } } }

/** Answers after `ms`, or rejects as soon as the request's signal aborts (like a real fetch). */
const answerAfter =
  (ms: number) =>
  (_input: unknown, init?: RequestInit): Promise<Response> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(Response.json(person)), ms)
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(init.signal?.reason)
      })
    })

describe('client options', () => {
  it('keeps the default budget when a rate-limit option is passed as undefined, instead of never sending', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      rateLimit: { longLimit: undefined },
    })
    const outcome = await Promise.race([
      twenty.people.get(PERSON_ID).then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 2 s'), 2_000)),
    ])
    expect(outcome).toBe('answered')
    expect(requests).toHaveLength(1)
    await twenty.close()
  })

  it('keeps the default retry settings when a retry option is passed as undefined, and still retries a 503', async () => {
    let calls = 0
    const { fetch, requests } = mockFetch(() =>
      calls++ === 0 ? { status: 503, body: {} } : { body: person },
    )
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      rateLimit: false,
      retry: { maxRetries: undefined, baseDelayMs: 1 },
    })
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(requests).toHaveLength(2)
  })

  it('refuses a rate-limit budget or retry setting that is not a usable number when the client is created', () => {
    for (const rateLimit of [{ longLimit: 0 }, { shortTtlMs: -1 }, { maxConcurrent: Number.NaN }]) {
      expect(() => new TwentyClient({ apiKey: API_KEY, rateLimit })).toThrow(TwentyValidationError)
    }
    for (const retry of [{ maxRetries: -1 }, { baseDelayMs: Number.NaN }, { maxRetries: 1.5 }]) {
      expect(() => new TwentyClient({ apiKey: API_KEY, retry })).toThrow(TwentyValidationError)
    }
  })

  it('waits for a slow answer when timeoutMs is larger than a timer can hold, instead of timing out at once', async () => {
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch: answerAfter(50),
      retry: false,
      rateLimit: false,
      timeoutMs: 2 ** 31,
    })
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
  })

  it('sends a cookie given in headers as it is, while middleware sees it masked', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const seen: string[] = []
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      rateLimit: false,
      headers: { Cookie: 'CF_Authorization=proxy-session-0123456789' },
      middleware: [{ onRequest: ({ context }) => void seen.push(context.headers.cookie ?? '') }],
    })
    await twenty.people.get(PERSON_ID)
    await twenty.request({ method: 'GET', path: '/people', headers: { cookie: 'per-request-0123456789' } })
    expect(requests.map((request) => request.headers.get('cookie'))).toEqual([
      'CF_Authorization=proxy-session-0123456789',
      'per-request-0123456789',
    ])
    expect(seen).toEqual(['[REDACTED]', '[REDACTED]'])
  })

  it('sends proxy credentials given in headers as they are, while middleware sees them masked', async () => {
    // A self-hosted Twenty behind Cloudflare Access or an authenticating proxy takes credentials of its own.
    const credentials = {
      'CF-Access-Client-Secret': 'cf-access-secret-0123456789',
      'Proxy-Authorization': 'Basic cHJveHk6cGFzc3dvcmQtMDEyMzQ1',
      'X-Api-Key': 'gateway-key-0123456789',
    }
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const seen: Record<string, string>[] = []
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      rateLimit: false,
      headers: { 'CF-Access-Client-Id': 'client-id.access', ...credentials },
      middleware: [{ onRequest: ({ context }) => void seen.push({ ...context.headers }) }],
    })
    await twenty.people.get(PERSON_ID)
    for (const [name, value] of Object.entries(credentials)) {
      expect(requests[0]?.headers.get(name)).toBe(value)
      expect(JSON.stringify(seen)).not.toContain(value.split(' ').pop())
    }
    expect(seen[0]).toMatchObject({
      'cf-access-client-id': 'client-id.access',
      'cf-access-client-secret': '[REDACTED]',
      'proxy-authorization': 'Basic [REDACTED]',
      'x-api-key': '[REDACTED]',
    })
  })

  it('sends a token query parameter as given, while middleware sees it masked in query and url', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const seen: unknown[] = []
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      rateLimit: false,
      middleware: [{ onRequest: ({ context }) => void seen.push(context.query, context.url) }],
    })
    await twenty.request({
      method: 'GET',
      path: '/people',
      query: { token: 'query-secret-0123456789', limit: 5 },
    })
    expect(new URL(requests[0]?.url ?? '').searchParams.get('token')).toBe('query-secret-0123456789')
    expect(JSON.stringify(seen)).not.toContain('query-secret-0123456789')
    expect(seen[0]).toEqual({ token: '[REDACTED]', limit: 5 })
  })
})

describe('closed client', () => {
  it('refuses every call after close() with CLIENT_CLOSED and sends nothing, also without a rate limiter', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: false, rateLimit: false })
    await twenty.people.get(PERSON_ID)
    await twenty.close()
    const error = await errorOf(twenty.people.get(PERSON_ID))
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(error.code).toBe('CLIENT_CLOSED')
    expect(requests).toHaveLength(1)
  })
})

describe('the API key in what the server answers', () => {
  it('is redacted from messages, body and url when an answer echoes it', async () => {
    const { fetch } = mockFetch(() => ({
      status: 400,
      body: {
        statusCode: 400,
        error: 'BadRequestException',
        messages: [`bad token ${API_KEY}`],
        echo: { API_KEY },
      },
    }))
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: false, rateLimit: false })
    const error = await errorOf(
      twenty.request({ method: 'GET', path: '/open-api/core', query: { jwt: API_KEY } }),
    )
    expect(error.messages).toEqual(['bad token [REDACTED]'])
    for (const rendering of [JSON.stringify(error), inspect(error, { depth: 10 }), String(error.url)]) {
      expect(rendering).not.toContain(API_KEY)
    }
  })

  it('is redacted from a non-JSON error page that echoes it', async () => {
    const { fetch } = mockFetch(() => ({ status: 502, body: `<pre>upstream said Bearer ${API_KEY}</pre>` }))
    const twenty = new TwentyClient({ apiKey: async () => API_KEY, fetch, retry: false, rateLimit: false })
    const error = await errorOf(twenty.people.get(PERSON_ID))
    expect(error).toBeInstanceOf(TwentyServerError)
    expect(JSON.stringify(error)).not.toContain(API_KEY)
    expect(inspect(error, { depth: 10 })).not.toContain(API_KEY)
  })
})

describe('error bodies', () => {
  it('reads a NestJS-style `message` array into messages', async () => {
    const { fetch } = mockFetch(() => ({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: ['name must be a string', 'city is too long'] },
    }))
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: false, rateLimit: false })
    const error = await errorOf(twenty.people.get(PERSON_ID))
    expect(error.messages).toEqual(['name must be a string', 'city is too long'])
    expect(error.message).toContain('name must be a string; city is too long')
  })

  it('ignores a Retry-After that is neither delta-seconds nor an HTTP date', async () => {
    for (const value of ['0x10', '1e3', '-5', 'Infinity']) {
      const { fetch } = mockFetch(() => ({ status: 429, body: {}, headers: { 'retry-after': value } }))
      const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: false, rateLimit: false })
      const error = await errorOf(twenty.people.get(PERSON_ID))
      expect(error).toBeInstanceOf(TwentyRateLimitError)
      expect([value, (error as TwentyRateLimitError).retryAfterMs]).toEqual([value, undefined])
    }
  })
})

describe('pagination against a misbehaving server', () => {
  const pageOf = (ids: string[], pageInfo: object) => ({
    body: { data: { people: ids.map((id) => ({ id })) }, pageInfo, totalCount: 9 },
  })

  it('fails with CURSOR_DID_NOT_ADVANCE before yielding a repeated page a second time', async () => {
    let calls = 0
    const { fetch } = mockFetch(() =>
      pageOf(calls++ === 0 ? ['a', 'b'] : ['a', 'b'], {
        hasNextPage: true,
        startCursor: 's',
        endCursor: 'same',
      }),
    )
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, rateLimit: false })
    const ids: string[] = []
    const error = await errorOf(
      (async () => {
        for await (const record of twenty.people.iterate()) ids.push(record.id)
      })(),
    )
    expect(error.code).toBe('CURSOR_DID_NOT_ADVANCE')
    expect(ids).toEqual(['a', 'b'])
  })

  it('fails instead of silently stopping when hasNextPage is true but endCursor is null', async () => {
    const { fetch, requests } = mockFetch(() =>
      pageOf(['a'], { hasNextPage: true, startCursor: null, endCursor: null }),
    )
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, rateLimit: false })
    const error = await errorOf(twenty.people.iterate().toArray({ limit: 100 }))
    expect(error.code).toBe('UNEXPECTED_RESPONSE')
    expect(requests).toHaveLength(1)
  })
})

describe('timeouts', () => {
  it('still times out a request whose answer never comes, after a huge timeoutMs is capped', async () => {
    // Guard for the timer cap: a normal timeoutMs still applies.
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch: answerAfter(10_000),
      retry: false,
      rateLimit: false,
      timeoutMs: 30,
    })
    await expect(twenty.people.get(PERSON_ID)).rejects.toBeInstanceOf(TwentyTimeoutError)
  })
})
