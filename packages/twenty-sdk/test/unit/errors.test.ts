import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  isTwentyError,
  isTwentyRateLimitError,
  TwentyAuthenticationError,
  TwentyClient,
  TwentyConflictError,
  TwentyConnectionError,
  TwentyError,
  TwentyNotFoundError,
  TwentyPermissionError,
  TwentyRateLimitError,
  TwentyServerError,
  TwentyTimeoutError,
  TwentyValidationError,
} from '../../src/index.js'
import { API_KEY, errorOf, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

function failing(status: number, body: unknown, headers?: Record<string, string>) {
  const { fetch } = mockFetch(() => ({ status, body, headers }))
  return new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com', fetch, retry: false })
}

const cases = [
  [400, TwentyValidationError, 'BadRequestException', 'Record already exists'],
  [401, TwentyAuthenticationError, 'UNAUTHENTICATED', 'Token invalid.'],
  [403, TwentyPermissionError, 'FORBIDDEN_EXCEPTION', 'Missing authentication token'],
  [404, TwentyNotFoundError, 'NotFoundException', 'Record not found'],
  [409, TwentyConflictError, 'ConflictException', 'Conflict'],
  [429, TwentyRateLimitError, 'HttpException', 'Limit reached (100 tokens per 60000 ms)'],
  [500, TwentyServerError, 'InternalServerErrorException', 'Internal server error'],
  [503, TwentyServerError, 'ServiceUnavailableException', 'Service unavailable'],
] as const

describe('errors from Twenty answers', () => {
  for (const [status, ErrorClass, code, message] of cases) {
    it(`turns a ${status} into ${ErrorClass.name} carrying status, Twenty's code and messages`, async () => {
      const error = await errorOf(
        failing(status, { statusCode: status, error: code, messages: [message] }).people.get(PERSON_ID),
      )
      expect(error).toBeInstanceOf(ErrorClass)
      expect(error).toBeInstanceOf(TwentyError)
      expect(error.name).toBe(ErrorClass.name)
      expect(error).toMatchObject({ status, code, messages: [message], method: 'GET' })
      expect(error.url).toBe(`https://crm.example.com/rest/people/${PERSON_ID}`)
      expect(error.message).toBe(
        `[GET https://crm.example.com/rest/people/${PERSON_ID}] ${status} ${code}: ${message}`,
      )
      expect(isTwentyError(error)).toBe(true)
    })
  }

  it('reads a singular `message` body as Twenty documents in its OpenAPI examples', async () => {
    const error = await errorOf(
      failing(401, { statusCode: 401, message: 'Token invalid.' }).people.get(PERSON_ID),
    )
    expect(error.messages).toEqual(['Token invalid.'])
  })

  it("reads an older Twenty's 400 Record not found as a TwentyNotFoundError, other 400s staying validation errors", async () => {
    const missing = await errorOf(
      failing(400, {
        statusCode: 400,
        error: 'BadRequestException',
        messages: ['Record not found'],
      }).people.get(PERSON_ID),
    )
    expect(missing).toBeInstanceOf(TwentyNotFoundError)
    expect(missing).toMatchObject({ status: 400, messages: ['Record not found'] })
    const refused = await errorOf(
      failing(400, {
        statusCode: 400,
        error: 'BadRequestException',
        messages: ['Record not found here'],
      }).people.get(PERSON_ID),
    )
    expect(refused).toBeInstanceOf(TwentyValidationError)
  })

  it('leaves retryAfterMs unset on a 429 without Retry-After, as Twenty sends it', async () => {
    const error = await errorOf(
      failing(429, { statusCode: 429, messages: ['Limit reached'] }).people.get(PERSON_ID),
    )
    expect(isTwentyRateLimitError(error)).toBe(true)
    expect((error as TwentyRateLimitError).retryAfterMs).toBeUndefined()
  })

  it('reads Retry-After seconds into retryAfterMs when a proxy sends it', async () => {
    const error = await errorOf(failing(429, {}, { 'retry-after': '7' }).people.get(PERSON_ID))
    expect((error as TwentyRateLimitError).retryAfterMs).toBe(7000)
  })

  it('reports a 2xx answer that is not JSON as a server error instead of returning text', async () => {
    const error = await errorOf(failing(200, '<html>proxy page</html>').people.get(PERSON_ID))
    expect(error).toBeInstanceOf(TwentyServerError)
    expect(error.code).toBe('INVALID_RESPONSE')
  })

  it('reports an unexpected envelope instead of returning undefined as a record', async () => {
    const error = await errorOf(failing(200, { data: { somethingElse: {} } }).people.get(PERSON_ID))
    expect(error).toBeInstanceOf(TwentyServerError)
    expect(error.message).toContain('data.person')
  })

  it('turns a refused connection into TwentyConnectionError with the socket error as cause', async () => {
    const cause = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    })
    const { fetch } = mockFetch(() => cause)
    const error = await errorOf(
      new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com', fetch }).people.get(PERSON_ID),
    )
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(error.status).toBeUndefined()
    expect(error.message).toContain('ECONNREFUSED')
  })

  it('turns a slow answer into TwentyTimeoutError after timeoutMs', async () => {
    const slowFetch = (_input: unknown, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      baseUrl: 'https://crm.example.com',
      fetch: slowFetch,
      timeoutMs: 50,
    })
    const error = await errorOf(twenty.people.get(PERSON_ID))
    expect(error).toBeInstanceOf(TwentyTimeoutError)
    expect(error.message).toContain('no answer within 50 ms')
  })

  it('turns an answer whose body stalls after the headers into TwentyTimeoutError after timeoutMs', async () => {
    // The body is read by the SDK after fetch resolves, so the timeout must still cover it.
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"data":{"person":')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const twenty = new TwentyClient({
        apiKey: API_KEY,
        baseUrl: `http://127.0.0.1:${port}`,
        timeoutMs: 200,
        retry: false,
        rateLimit: false,
      })
      const error = await errorOf(twenty.people.get(PERSON_ID))
      expect(error).toBeInstanceOf(TwentyTimeoutError)
      expect(error.message).toContain('no answer within 200 ms')
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('reports a caller abort as an aborted connection, not a timeout', async () => {
    const controller = new AbortController()
    // Like a real fetch: rejects at once when the signal is already aborted, else when it aborts.
    const slowFetch = (_input: unknown, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        if (init?.signal?.aborted) reject(init.signal.reason)
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
      })
    const twenty = new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com', fetch: slowFetch })
    const pending = errorOf(twenty.people.get(PERSON_ID, { signal: controller.signal }))
    controller.abort()
    const error = await pending
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(error.code).toBe('ABORTED')
  })
})

describe('the API key never leaks', () => {
  it('is absent from every serialization of an error, including its cause', async () => {
    const { fetch } = mockFetch(() => ({
      status: 401,
      body: { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] },
    }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      baseUrl: `https://crm.example.com/?token=${API_KEY}`,
      fetch,
    })
    const error = await errorOf(twenty.people.get(PERSON_ID))
    const renderings = [
      String(error),
      error.message,
      error.stack ?? '',
      JSON.stringify(error),
      JSON.stringify({ ...error }),
      inspect(error, { depth: 10, showHidden: true }),
      inspect(error.cause, { depth: 10 }),
    ]
    for (const rendering of renderings) expect(rendering).not.toContain(API_KEY)
  })

  it('is absent from a network error whose underlying message echoes the key', async () => {
    const { fetch } = mockFetch(() => new TypeError(`proxy refused Bearer ${API_KEY}`))
    const error = await errorOf(new TwentyClient({ apiKey: API_KEY, fetch }).people.get(PERSON_ID))
    expect(error.message).not.toContain(API_KEY)
    expect(inspect(error, { depth: 10 })).not.toContain(API_KEY)
  })

  it('is absent from an answer that echoes the key as sent, when the key was given with surrounding whitespace', async () => {
    // fetch strips the whitespace of a header value: a key read from a CRLF .env file or pasted with a trailing
    // space goes out without it, and that is what a proxy echoes back.
    for (const apiKey of [`${API_KEY}\r\n`, ` ${API_KEY} `, async () => `${API_KEY}\n`]) {
      const { fetch } = mockFetch((request) => ({
        status: 401,
        body: `<h1>401</h1> proxy refused ${request.headers.get('authorization')}`,
      }))
      const twenty = new TwentyClient({ apiKey, fetch, retry: false, rateLimit: false })
      const error = await errorOf(twenty.people.get(PERSON_ID))
      expect(error).toBeInstanceOf(TwentyAuthenticationError)
      for (const rendering of [error.message, JSON.stringify(error), inspect(error, { depth: 10 })]) {
        expect(rendering).not.toContain(API_KEY)
      }
    }
  })

  it('is absent from the client when it is logged, serialized or turned into a string', () => {
    const twenty = new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com' })
    expect(String(twenty)).toBe(
      "TwentyClient { restUrl: 'https://crm.example.com/rest', apiKey: '[REDACTED]' }",
    )
    expect(`${twenty}`).not.toContain(API_KEY)
    expect(inspect(twenty, { depth: 10, showHidden: true })).not.toContain(API_KEY)
    expect(JSON.stringify(twenty)).not.toContain(API_KEY)
    expect(String(inspect(twenty.people, { depth: 10, showHidden: true }))).not.toContain(API_KEY)
  })
})
