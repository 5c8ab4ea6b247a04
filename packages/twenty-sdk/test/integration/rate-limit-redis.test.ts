import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { startRedis } from '../helpers/redis-server.js'

const person = { data: { person: { id: PERSON_ID } } }

function clientOn(redis: Redis, fetch: ReturnType<typeof mockFetch>['fetch']) {
  return new TwentyClient({
    apiKey: API_KEY,
    fetch,
    retry: { baseDelayMs: 1 },
    rateLimit: { redis: { id: `budget-${crypto.randomUUID()}`, client: redis, unavailableTimeoutMs: 300 } },
  })
}

describe('shared budget when its Redis is unreachable', () => {
  it('fails a call with RATE_LIMITER_UNAVAILABLE instead of waiting forever when Redis is down at startup', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    // Nothing listens on port 1; ioredis keeps reconnecting in the background.
    const redis = new Redis({ host: '127.0.0.1', port: 1, retryStrategy: () => 50 })
    redis.on('error', () => undefined)
    const twenty = clientOn(redis, fetch)
    const started = performance.now()
    const error = await twenty.people.get(PERSON_ID).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect((error as TwentyConnectionError).code).toBe('RATE_LIMITER_UNAVAILABLE')
    expect((error as Error).message).not.toContain(API_KEY)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(requests).toHaveLength(0)
    await twenty.close()
    redis.disconnect()
  })

  it('fails waiting calls with RATE_LIMITER_UNAVAILABLE when Redis goes away mid-run, and close() still returns', async () => {
    const server = await startRedis()
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const redis = new Redis({ host: server.host, port: server.port, retryStrategy: () => 50 })
    redis.on('error', () => undefined)
    const twenty = clientOn(redis, fetch)
    try {
      await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
      await server.stop()
      const started = performance.now()
      const error = await twenty.people.get(PERSON_ID).catch((caught: unknown) => caught)
      expect((error as TwentyConnectionError).code).toBe('RATE_LIMITER_UNAVAILABLE')
      expect(performance.now() - started).toBeLessThan(5_000)
      expect(requests).toHaveLength(1)
    } finally {
      await twenty.close()
      redis.disconnect()
      await server.stop()
    }
  }, 30_000)
})
