import { describe, expect, it } from 'vitest'
import { type Middleware, TwentyClient, TwentyValidationError } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { personAnswer as person } from '../helpers/waiting.js'

describe('use() given something that is not middleware', () => {
  it('refuses it at once with INVALID_OPTIONS and leaves later calls working', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry: false, rateLimit: false })
    for (const unusable of [null, undefined, 'logger', [], { onRequest: 'log' }, { onError: true }]) {
      const error = (() => {
        try {
          twenty.use(unusable as unknown as Middleware)
        } catch (caught) {
          return caught
        }
      })()
      expect(error, JSON.stringify(unusable)).toBeInstanceOf(TwentyValidationError)
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: 'middleware' }] })
    }
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(requests).toHaveLength(1)
  })
})
