import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError, TwentyRateLimitError } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { personAnswer as person, refusedTogether, within } from '../helpers/waiting.js'

describe('local rate limiter under load', () => {
  it('waits about one refill after several requests are refused with 429 at once, not minutes', async () => {
    const { fetch } = refusedTogether(5)
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      // One token a second once drained.
      rateLimit: { longLimit: 60, longTtlMs: 60_000, headroom: 0 },
    })
    const calls = Array.from({ length: 5 }, () =>
      twenty.people.get(PERSON_ID).catch((error: unknown) => error),
    )
    for (const error of await Promise.all(calls)) expect(error).toBeInstanceOf(TwentyRateLimitError)
    // Each of the five drains read the same tokens left and took them again: 4 minutes without a token.
    await expect(within(twenty.people.get(PERSON_ID), 3_000)).resolves.toEqual({ id: PERSON_ID })
    await twenty.close()
  }, 10_000)

  it('fails calls made just before close(), while the limiter was still starting, with CLIENT_CLOSED and sends none', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      retry: false,
      rateLimit: { longLimit: 1, headroom: 0 },
    })
    const calls = [1, 2].map(() =>
      twenty.request({ method: 'GET', path: '/people' }).catch((error: unknown) => error),
    )
    await twenty.close()
    const errors = await within(Promise.all(calls), 2_000)
    expect(errors).not.toBe('still waiting')
    for (const error of errors as unknown[]) {
      expect(error).toBeInstanceOf(TwentyConnectionError)
      expect((error as TwentyConnectionError).code).toBe('CLIENT_CLOSED')
    }
    expect(requests).toHaveLength(0)
  })
})
