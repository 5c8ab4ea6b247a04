import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { TwentyAuthenticationError, TwentyClient } from '../../src/index.js'
import { errorOf, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { personAnswer as person } from '../helpers/waiting.js'

const retry = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 }

describe('an apiKey function that fails', () => {
  it('fails the call with API_KEY_FUNCTION_FAILED, its error as cause, sends nothing and calls it once', async () => {
    const storeDown = new Error('secret store unreachable')
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    let reads = 0
    const twenty = new TwentyClient({
      apiKey: async () => {
        reads++
        throw storeDown
      },
      fetch,
      retry,
      rateLimit: false,
    })
    const error = await errorOf(twenty.people.get(PERSON_ID))
    expect(error).toBeInstanceOf(TwentyAuthenticationError)
    expect(error.code).toBe('API_KEY_FUNCTION_FAILED')
    expect(error.cause).toBe(storeDown)
    expect(error.message).toMatch(/not sent: the apiKey function failed/)
    expect(requests).toHaveLength(0)
    expect(reads).toBe(1)
  })

  it('fails the same way when the function throws before returning a promise', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({
      apiKey: () => {
        throw new TypeError('Cannot read properties of undefined (reading "key")')
      },
      fetch,
      retry,
      rateLimit: false,
    })
    const error = await errorOf(twenty.people.get(PERSON_ID))
    expect(error).toBeInstanceOf(TwentyAuthenticationError)
    expect(error.code).toBe('API_KEY_FUNCTION_FAILED')
    expect(error.cause).toBeInstanceOf(TypeError)
    expect(requests).toHaveLength(0)
  })

  it('never prints a key the function used before, even when its error echoes it', async () => {
    const rotated = 'tw_rotated_key_0123456789abcdefghijklmnop'
    const { fetch } = mockFetch(() => ({ body: person }))
    let reads = 0
    const twenty = new TwentyClient({
      apiKey: async () => {
        if (reads++ === 0) return rotated
        throw new Error(`vault refused to renew ${rotated}`)
      },
      fetch,
      retry: false,
      rateLimit: false,
    })
    await twenty.people.get(PERSON_ID)
    const error = await errorOf(twenty.people.get(PERSON_ID))
    expect(error.code).toBe('API_KEY_FUNCTION_FAILED')
    for (const shown of [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(shown).not.toContain(rotated)
    }
  })
})
