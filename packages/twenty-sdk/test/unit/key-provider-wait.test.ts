import { describe, expect, it } from 'vitest'
import {
  TwentyAuthenticationError,
  TwentyClient,
  TwentyConnectionError,
  TwentyTimeoutError,
} from '../../src/index.js'
import { mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { personAnswer as person, within } from '../helpers/waiting.js'

const never = () => new Promise<string>(() => {})

describe('an apiKey function whose secret store does not answer', () => {
  it('fails the call with a TwentyTimeoutError after timeoutMs instead of waiting for ever, and sends nothing', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({ apiKey: never, fetch, timeoutMs: 200, retry: false, rateLimit: false })
    const error = await within(
      twenty.people.get(PERSON_ID).catch((caught: unknown) => caught),
      2_000,
    )
    expect(error).toBeInstanceOf(TwentyTimeoutError)
    expect((error as TwentyTimeoutError).code).toBe('TIMEOUT')
    expect(requests).toHaveLength(0)
  })

  it('fails the call with ABORTED as soon as the caller aborts while the key is awaited', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({ apiKey: never, fetch, retry: false, rateLimit: false })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const error = await within(
      twenty.people.get(PERSON_ID, { signal: controller.signal }).catch((caught: unknown) => caught),
      2_000,
    )
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect((error as TwentyConnectionError).code).toBe('ABORTED')
    expect(requests).toHaveLength(0)
  })
})

describe('an apiKey function returning a key a header cannot carry', () => {
  it('fails the call at once with MALFORMED_API_KEY, sends nothing, retries nothing and never prints the key', async () => {
    const pasted = 'tw_pasted_key_0123456789abcdef\u2019'
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    let reads = 0
    const twenty = new TwentyClient({
      apiKey: async () => {
        reads++
        return pasted
      },
      fetch,
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 },
      rateLimit: false,
    })
    const error = await twenty.people.get(PERSON_ID).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TwentyAuthenticationError)
    expect((error as TwentyAuthenticationError).code).toBe('MALFORMED_API_KEY')
    expect((error as Error).message).toMatch(/smart quote/)
    expect(`${(error as Error).message}${(error as Error).stack}`).not.toContain('tw_pasted_key')
    expect(requests).toHaveLength(0)
    expect(reads).toBe(1)
  })
})
