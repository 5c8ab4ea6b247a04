import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError, TwentyRateLimitError } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { startRedis } from '../helpers/redis-server.js'
import { personAnswer as person, refusedTogether, within } from '../helpers/waiting.js'

describe('shared budget through Redis', () => {
  it('lets several clients of one budget send again about one refill after they were all refused with 429 at once', async () => {
    const server = await startRedis()
    const { fetch } = refusedTogether(6)
    const id = `budget-${crypto.randomUUID()}`
    const onBudget = () =>
      new TwentyClient({
        apiKey: API_KEY,
        fetch,
        retry: false,
        // One token a second once drained.
        rateLimit: {
          longLimit: 60,
          longTtlMs: 60_000,
          headroom: 0,
          redis: { id, client: new Redis({ host: server.host, port: server.port }) },
        },
      })
    const first = onBudget()
    const clients = [first, onBudget(), onBudget()]
    try {
      const calls = clients.flatMap((twenty) =>
        [1, 2].map(() => twenty.people.get(PERSON_ID).catch((error: unknown) => error)),
      )
      for (const error of await Promise.all(calls)) expect(error).toBeInstanceOf(TwentyRateLimitError)
      await expect(within(first.people.get(PERSON_ID), 4_000)).resolves.toEqual({ id: PERSON_ID })
    } finally {
      await Promise.all(clients.map((twenty) => twenty.close()))
      await server.stop()
    }
  }, 20_000)

  it('fails calls made just before close(), while the shared limiter was still starting, with CLIENT_CLOSED', async () => {
    const server = await startRedis()
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      rateLimit: {
        redis: {
          id: `budget-${crypto.randomUUID()}`,
          client: new Redis({ host: server.host, port: server.port }),
        },
      },
    })
    try {
      const calls = [1, 2].map(() =>
        twenty.request({ method: 'GET', path: '/people' }).catch((error: unknown) => error),
      )
      await twenty.close()
      const errors = await within(Promise.all(calls), 3_000)
      expect(errors).not.toBe('still waiting')
      for (const error of errors as unknown[]) {
        expect((error as TwentyConnectionError).code).toBe('CLIENT_CLOSED')
      }
      expect(requests).toHaveLength(0)
    } finally {
      await server.stop()
    }
  }, 20_000)

  it('fails a call with RATE_LIMITER_UNAVAILABLE when ioredis gives up on Redis before unavailableTimeoutMs runs out', async () => {
    const server = await startRedis()
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    // ioredis fails a command after 20 reconnections (maxRetriesPerRequest): here after about 1 s.
    const redis = new Redis({ host: server.host, port: server.port, retryStrategy: () => 50 })
    redis.on('error', () => undefined)
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: { baseDelayMs: 1 },
      rateLimit: {
        redis: { id: `budget-${crypto.randomUUID()}`, client: redis, unavailableTimeoutMs: 20_000 },
      },
    })
    try {
      await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
      await server.stop()
      const error = await twenty.people.get(PERSON_ID).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(TwentyConnectionError)
      expect((error as TwentyConnectionError).code).toBe('RATE_LIMITER_UNAVAILABLE')
      expect(requests).toHaveLength(1)
    } finally {
      await twenty.close()
      await server.stop()
    }
  }, 20_000)

  it('leaves no unhandled rejection, which would end the process, whenever close() comes during its start', async () => {
    const server = await startRedis()
    const unhandled: unknown[] = []
    const record = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', record)
    const { fetch } = mockFetch(() => ({ body: person }))
    try {
      // close() lands at a different step of bottleneck's start each time (scripts, registration, heartbeat).
      for (let step = 0; step < 40; step++) {
        const redis = new Redis({ host: server.host, port: server.port })
        await new Promise((resolve) => redis.once('ready', resolve))
        const twenty = new TwentyClient({
          apiKey: API_KEY,
          fetch,
          retry: false,
          rateLimit: { redis: { id: `budget-${crypto.randomUUID()}`, client: redis } },
        })
        twenty.request({ method: 'GET', path: '/people' }).catch(() => undefined)
        const started = performance.now()
        while (performance.now() - started < step / 10) await new Promise((resolve) => setImmediate(resolve))
        await twenty.close()
      }
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', record)
      await server.stop()
    }
  }, 30_000)
})
