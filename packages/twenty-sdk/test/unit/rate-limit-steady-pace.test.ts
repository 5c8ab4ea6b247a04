import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

const person = { data: { person: { id: PERSON_ID } } }

/**
 * Twenty's ThrottlerService.tokenBucketThrottleOrThrow: `Math.floor(elapsed × rate)` whole tokens are added, and a
 * spent token stamps the refill time, so the part of a token earned since the last spend is lost.
 */
function twentyBucket(maxTokens: number, timeWindow: number) {
  let state = { tokens: maxTokens, lastRefillAt: Date.now() }
  return () => {
    const now = Date.now()
    const available = Math.min(
      state.tokens + Math.floor((now - state.lastRefillAt) * (maxTokens / timeWindow)),
      maxTokens,
    )
    if (available < 1) return false
    state = { tokens: available - 1, lastRefillAt: now }
    return true
  }
}

describe('the local limiter at Twenty’s own budget, once its burst is spent', () => {
  it('gets no 429 from Twenty, whose refill drops the part of a token earned between two requests', async () => {
    // 10 tokens per 2 s: one every 200 ms. Requests reach Twenty 0 to 5 ms after they leave, as over a network.
    const take = twentyBucket(10, 2_000)
    const { fetch } = mockFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5))
      return take()
        ? { body: person }
        : { status: 429, body: { statusCode: 429, messages: ['Limit reached (10 tokens per 2000 ms)'] } }
    })
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      rateLimit: { longLimit: 10, longTtlMs: 2_000 },
    })
    const statuses: number[] = []
    twenty.use({ onResponse: ({ response }) => void statuses.push(response.status) })
    try {
      await Promise.allSettled(Array.from({ length: 25 }, () => twenty.people.get(PERSON_ID)))
      expect(statuses).toHaveLength(25)
      expect(statuses.filter((status) => status === 429)).toEqual([])
    } finally {
      await twenty.close()
    }
  }, 20_000)
})
