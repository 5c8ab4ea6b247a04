import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

const person = { data: { person: { id: PERSON_ID } } }

describe('local rate limiter', () => {
  it('refills the per-second bucket at its full rate after the burst, not one token per heartbeat', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      rateLimit: { longLimit: 100_000 },
    })
    const started = performance.now()
    // 95 at once (the burst less 5 % headroom), then 100 more at 100 per second: about 1 s.
    await Promise.all(Array.from({ length: 195 }, () => twenty.people.get(PERSON_ID)))
    const elapsed = performance.now() - started
    expect(requests).toHaveLength(195)
    expect(elapsed).toBeGreaterThanOrEqual(700)
    // One token per 250 ms heartbeat took 25 s here.
    expect(elapsed).toBeLessThan(8_000)
    await twenty.close()
  }, 20_000)

  it('close() fails calls still waiting for a token with CLIENT_CLOSED and sends none of them', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: { baseDelayMs: 1 },
      rateLimit: { longLimit: 1, longTtlMs: 60_000, headroom: 0 },
    })
    await twenty.people.get(PERSON_ID)
    const waiting = twenty.people.get(PERSON_ID).catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = performance.now()
    await twenty.close()
    const error = await waiting
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect((error as TwentyConnectionError).code).toBe('CLIENT_CLOSED')
    expect(performance.now() - started).toBeLessThan(2_000)
    const later = await twenty.people.get(PERSON_ID).catch((caught: unknown) => caught)
    expect((later as TwentyConnectionError).code).toBe('CLIENT_CLOSED')
    expect(requests).toHaveLength(1)
  })
})
