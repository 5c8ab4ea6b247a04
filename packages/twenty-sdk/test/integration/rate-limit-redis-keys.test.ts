import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { startRedis } from '../helpers/redis-server.js'

const person = { data: { person: { id: PERSON_ID } } }

describe('shared budget whose Redis keys are gone', () => {
  it('rebuilds the budget and keeps sending after its keys expired or Redis lost them, instead of failing every call', async () => {
    const server = await startRedis()
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const redis = new Redis({ host: server.host, port: server.port })
    // The keys expire a minute after the last request; a restarted Redis without persistence has none either.
    const admin = new Redis({ host: server.host, port: server.port })
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      rateLimit: { redis: { id: `budget-${crypto.randomUUID()}`, client: redis } },
    })
    try {
      await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
      await admin.flushall()
      await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
      await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
      expect(requests).toHaveLength(3)
    } finally {
      await twenty.close()
      admin.disconnect()
      await server.stop()
    }
  }, 30_000)
})
