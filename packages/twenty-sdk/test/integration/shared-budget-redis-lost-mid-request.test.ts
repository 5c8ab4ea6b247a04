import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { startRedis } from '../helpers/redis-server.js'

const created = { data: { createPerson: { id: PERSON_ID, name: { firstName: 'Linh', lastName: 'Nguyen' } } } }

describe('shared budget whose Redis goes away while a request is in flight', () => {
  it('hands the caller the answer Twenty gave as soon as it comes, without waiting for Redis to come back', async () => {
    const server = await startRedis()
    // Twenty answers the create 300 ms after it arrived; Redis stops as it arrives.
    let arrived = () => {}
    const createArrived = new Promise<void>((resolve) => {
      arrived = resolve
    })
    const { fetch, requests } = mockFetch(async (request) => {
      if (request.method !== 'POST') return { body: { data: { person: { id: PERSON_ID } } } }
      arrived()
      await new Promise((resolve) => setTimeout(resolve, 300))
      return { status: 201, body: created }
    })
    // ioredis keeps buffering commands through 20 reconnections, 250 ms apart: about 5 s before it gives up.
    const redis = new Redis({ host: server.host, port: server.port, retryStrategy: () => 250 })
    redis.on('error', () => undefined)
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      rateLimit: {
        redis: { id: `budget-${crypto.randomUUID()}`, client: redis, unavailableTimeoutMs: 1_000 },
      },
    })
    try {
      await twenty.people.get(PERSON_ID).catch(() => undefined)
      const started = performance.now()
      const creating = twenty.people.create({ name: { firstName: 'Linh', lastName: 'Nguyen' } })
      await createArrived
      await server.stop()
      await expect(creating).resolves.toMatchObject({ id: PERSON_ID })
      expect(performance.now() - started).toBeLessThan(1_000)
      expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1)
    } finally {
      await twenty.close()
      redis.disconnect()
      await server.stop()
    }
  }, 30_000)
})
