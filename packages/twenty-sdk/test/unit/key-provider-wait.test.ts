import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError, TwentyTimeoutError } from '../../src/index.js'
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
