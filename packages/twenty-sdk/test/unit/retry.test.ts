import { describe, expect, it } from 'vitest'
import {
  TwentyClient,
  TwentyConnectionError,
  TwentyRateLimitError,
  TwentyServerError,
  TwentyTimeoutError,
} from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

const limit = {
  statusCode: 429,
  error: 'HttpException',
  messages: ['Limit reached (100 tokens per 60000 ms)'],
}
const person = { data: { person: { id: PERSON_ID } } }
const fast = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 20 }

function sequence(
  replies: Parameters<typeof mockFetch>[0] extends (r: never) => infer R ? Awaited<R>[] : never,
) {
  let index = 0
  return mockFetch(() => replies[Math.min(index++, replies.length - 1)] as never)
}

describe('retries', () => {
  it('backs off a 429 without Retry-After and succeeds on a later attempt', async () => {
    const { fetch, requests } = sequence([
      { status: 429, body: limit },
      { status: 429, body: limit },
      { body: person },
    ])
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: fast, rateLimit: false })
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(requests).toHaveLength(3)
  })

  it('waits Retry-After when the header is present', async () => {
    const { fetch } = sequence([
      { status: 429, body: limit, headers: { 'retry-after': '0.2' } },
      { body: person },
    ])
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: { ...fast, maxDelayMs: 1_000 },
      rateLimit: false,
    })
    const started = performance.now()
    await twenty.people.get(PERSON_ID)
    expect(performance.now() - started).toBeGreaterThanOrEqual(190)
  })

  it('surfaces TwentyRateLimitError only once retries are exhausted', async () => {
    const { fetch, requests } = sequence([{ status: 429, body: limit }])
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: fast, rateLimit: false })
    await expect(twenty.people.get(PERSON_ID)).rejects.toBeInstanceOf(TwentyRateLimitError)
    expect(requests).toHaveLength(4)
  })

  it('retries a 503 on an idempotent GET', async () => {
    const { fetch, requests } = sequence([{ status: 503, body: {} }, { body: person }])
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: fast, rateLimit: false })
    await twenty.people.get(PERSON_ID)
    expect(requests).toHaveLength(2)
  })

  it('never retries a plain create after a 5xx, since it may have been written', async () => {
    const { fetch, requests } = sequence([
      { status: 502, body: {} },
      { status: 201, body: { data: { createPerson: {} } } },
    ])
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: fast, rateLimit: false })
    await expect(twenty.people.create({ name: { firstName: 'A' } })).rejects.toBeInstanceOf(TwentyServerError)
    expect(requests).toHaveLength(1)
  })

  it('never retries a plain create after a lost connection, but does retry an upsert', async () => {
    const reset = () =>
      Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      })
    const created = { status: 201, body: { data: { createPerson: { id: PERSON_ID } } } }
    const plain = sequence([reset(), created])
    await expect(
      new TwentyClient({ apiKey: API_KEY, fetch: plain.fetch, retry: fast, rateLimit: false }).people.create({
        name: { firstName: 'A' },
      }),
    ).rejects.toBeInstanceOf(TwentyConnectionError)
    expect(plain.requests).toHaveLength(1)
    const upsert = sequence([reset(), created])
    await expect(
      new TwentyClient({ apiKey: API_KEY, fetch: upsert.fetch, retry: fast, rateLimit: false }).people.upsert(
        { emails: { primaryEmail: 'a@b.co' } },
      ),
    ).resolves.toEqual({ id: PERSON_ID })
    expect(upsert.requests).toHaveLength(2)
  })

  it('never resends a merge after a lost connection, since it may have happened, but resends its dry run', async () => {
    const reset = () =>
      Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      })
    const ids = [PERSON_ID, '5d2e8b1a-3c4f-4a6b-8d9e-0f1a2b3c4d5e']
    const merged = { body: { data: { mergePerson: { id: PERSON_ID } } } }
    const real = sequence([reset(), merged])
    await expect(
      new TwentyClient({ apiKey: API_KEY, fetch: real.fetch, retry: fast, rateLimit: false }).people.merge(
        ids,
      ),
    ).rejects.toBeInstanceOf(TwentyConnectionError)
    expect(real.requests).toHaveLength(1)
    const dry = sequence([reset(), merged])
    await expect(
      new TwentyClient({ apiKey: API_KEY, fetch: dry.fetch, retry: fast, rateLimit: false }).people.merge(
        ids,
        {
          dryRun: true,
        },
      ),
    ).resolves.toEqual({ id: PERSON_ID })
    expect(dry.requests).toHaveLength(2)
  })

  it('fails an answer it will not retry at once, without waiting a backoff first', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    })
    const slowBackoff = { maxRetries: 3, baseDelayMs: 5_000, maxDelayMs: 5_000 }
    // After a retried 429, a lost connection on a plain create ends the call: it is not retried, so no wait.
    const { fetch, requests } = sequence([
      { status: 429, body: limit, headers: { 'retry-after': '0' } },
      reset,
      { status: 201, body: { data: { createPerson: { id: PERSON_ID } } } },
    ])
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: slowBackoff, rateLimit: false })
    const started = performance.now()
    await expect(twenty.people.create({ name: { firstName: 'A' } })).rejects.toBeInstanceOf(
      TwentyConnectionError,
    )
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(requests).toHaveLength(2)
  })

  it('retries a POST marked idempotent (a GraphQL query) after a 503, and never an unmarked one', async () => {
    const answer = { data: { currentWorkspace: { id: PERSON_ID, displayName: 'Acme' } } }
    const marked = sequence([{ status: 503, body: {} }, { body: answer }])
    const markedClient = new TwentyClient({
      apiKey: API_KEY,
      fetch: marked.fetch,
      retry: fast,
      rateLimit: false,
    })
    await expect(markedClient.workspace.current()).resolves.toMatchObject({ displayName: 'Acme' })
    await expect(
      new TwentyClient({
        apiKey: API_KEY,
        fetch: sequence([{ status: 503, body: {} }, { body: answer }]).fetch,
        retry: fast,
        rateLimit: false,
      }).request({
        method: 'POST',
        path: '/graphql',
        fromOrigin: true,
        idempotent: true,
        body: { query: '{ a }' },
      }),
    ).resolves.toEqual(answer)
    expect(marked.requests).toHaveLength(2)
    const unmarked = sequence([{ status: 503, body: {} }, { body: answer }])
    await expect(
      new TwentyClient({ apiKey: API_KEY, fetch: unmarked.fetch, retry: fast, rateLimit: false }).request({
        method: 'POST',
        path: '/graphql',
        fromOrigin: true,
        body: { query: '{ a }' },
      }),
    ).rejects.toBeInstanceOf(TwentyServerError)
    expect(unmarked.requests).toHaveLength(1)
  })

  it('retries a 429 even on a plain create, because Twenty refused it before writing', async () => {
    const { fetch, requests } = sequence([
      { status: 429, body: limit },
      { status: 201, body: { data: { createPerson: { id: PERSON_ID } } } },
    ])
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: fast, rateLimit: false })
    await twenty.people.create({ name: { firstName: 'A' } })
    expect(requests).toHaveLength(2)
  })

  it('retries a timed-out GET', async () => {
    let calls = 0
    const fetch = (_input: unknown, init?: RequestInit) =>
      ++calls === 1
        ? new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          )
        : Promise.resolve(Response.json(person))
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: fast, rateLimit: false, timeoutMs: 30 })
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(calls).toBe(2)
  })

  it('stops waiting when the caller aborts during a backoff', async () => {
    const { fetch } = sequence([{ status: 429, body: limit }])
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: { maxRetries: 5, baseDelayMs: 5_000, maxDelayMs: 5_000 },
      rateLimit: false,
    })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 30)
    const started = performance.now()
    const error = await twenty.people.get(PERSON_ID, { signal: controller.signal }).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(error.code).toBe('ABORTED')
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('fails a call waiting for its next retry at once with CLIENT_CLOSED when the client is closed', async () => {
    const { fetch, requests } = sequence([{ status: 503, body: {} }, { body: person }])
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      rateLimit: false,
      retry: { maxRetries: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, deadlineMs: 600_000 },
    })
    const random = Math.random
    Math.random = () => 0.99
    try {
      const call = twenty.people.get(PERSON_ID).catch((error: unknown) => error)
      await new Promise((resolve) => setTimeout(resolve, 50))
      const started = performance.now()
      await twenty.close()
      const error = await call
      expect(performance.now() - started).toBeLessThan(1_000)
      expect(error).toBeInstanceOf(TwentyConnectionError)
      expect(error).toMatchObject({ code: 'CLIENT_CLOSED' })
      expect(requests).toHaveLength(1)
    } finally {
      Math.random = random
    }
  })

  it('gives up at the deadline instead of waiting past it', async () => {
    const { fetch, requests } = sequence([{ status: 429, body: limit, headers: { 'retry-after': '10' } }])
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: { maxRetries: 5, deadlineMs: 1_000, maxDelayMs: 60_000 },
      rateLimit: false,
    })
    await expect(twenty.people.get(PERSON_ID)).rejects.toBeInstanceOf(TwentyRateLimitError)
    expect(requests).toHaveLength(1)
  })

  it('shows each attempt to middleware with its attempt number', async () => {
    const attempts: number[] = []
    const { fetch } = sequence([{ status: 503, body: {} }, { body: person }])
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: fast, rateLimit: false })
    twenty.use({ onRequest: ({ context }) => void attempts.push(context.attempt) })
    await twenty.people.get(PERSON_ID)
    expect(attempts).toEqual([1, 2])
  })

  it('numbers attempts 1, 2, 3 when a refreshed key is followed by a retry, never repeating a number', async () => {
    const attempts: number[] = []
    const { fetch, requests } = sequence([
      { status: 401, body: { statusCode: 401, error: 'Unauthorized', messages: ['Token invalid.'] } },
      { status: 503, body: {} },
      { body: person },
    ])
    const keys = ['tw_stale_key_0123456789abcdefghij', API_KEY]
    const twenty = new TwentyClient({
      apiKey: () => (keys.length > 1 ? (keys.shift() as string) : API_KEY),
      fetch,
      retry: fast,
      rateLimit: false,
    })
    twenty.use({ onRequest: ({ context }) => void attempts.push(context.attempt) })
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(requests).toHaveLength(3)
    expect(attempts).toEqual([1, 2, 3])
  })

  it('numbers a refresh after retries after them: 1, 2, then 3 for the attempt with the re-read key', async () => {
    const attempts: number[] = []
    const { fetch } = sequence([
      { status: 503, body: {} },
      { status: 401, body: { statusCode: 401, error: 'Unauthorized', messages: ['Token invalid.'] } },
      { body: person },
    ])
    const twenty = new TwentyClient({ apiKey: () => API_KEY, fetch, retry: fast, rateLimit: false })
    twenty.use({ onRequest: ({ context }) => void attempts.push(context.attempt) })
    await twenty.people.get(PERSON_ID)
    expect(attempts).toEqual([1, 2, 3])
  })

  it('is a timeout error, not a connection error, when every attempt times out', async () => {
    const fetch = (_input: unknown, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: { ...fast, maxRetries: 1 },
      rateLimit: false,
      timeoutMs: 20,
    })
    await expect(twenty.people.get(PERSON_ID)).rejects.toBeInstanceOf(TwentyTimeoutError)
  })
})

describe('proactive rate limiting', () => {
  it('spaces requests to the configured budget instead of bursting past it', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      rateLimit: { shortLimit: 5, shortTtlMs: 200, longLimit: 1000, longTtlMs: 60_000 },
    })
    const started = performance.now()
    await Promise.all(Array.from({ length: 10 }, () => twenty.people.get(PERSON_ID)))
    // 5 tokens at once, then 5 more refilled over ~200 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(150)
    expect(requests).toHaveLength(10)
    await twenty.close()
  })

  it('settles a call aborted while it waits for a token at once, and never sends it', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      rateLimit: { longLimit: 1, longTtlMs: 60_000, headroom: 0 },
    })
    await twenty.people.get(PERSON_ID)
    const controller = new AbortController()
    const waiting = twenty.people.get(PERSON_ID, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    const started = performance.now()
    const error = await waiting.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect((error as TwentyConnectionError).code).toBe('ABORTED')
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(requests).toHaveLength(1)
    await twenty.close()
  })

  it('drains the budget when Twenty answers 429 even with retries off, so the next request waits for a refill', async () => {
    let calls = 0
    const { fetch } = mockFetch(() => (calls++ === 0 ? { status: 429, body: limit } : { body: person }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      // One token a second once drained; 60 in the bucket to start with.
      rateLimit: { longLimit: 60, longTtlMs: 60_000, headroom: 0 },
    })
    await expect(twenty.people.get(PERSON_ID)).rejects.toBeInstanceOf(TwentyRateLimitError)
    const started = performance.now()
    await twenty.people.get(PERSON_ID)
    expect(performance.now() - started).toBeGreaterThanOrEqual(500)
    await twenty.close()
  })

  it('keeps sending after a 429 with retries on: the drained budget refills and the retry goes through', async () => {
    let calls = 0
    const { fetch, requests } = mockFetch(() =>
      calls++ === 0 ? { status: 429, body: limit } : { body: person },
    )
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: fast,
      rateLimit: { longLimit: 60, longTtlMs: 60_000, headroom: 0 },
    })
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(requests).toHaveLength(3)
    await twenty.close()
  }, 10_000)
})
