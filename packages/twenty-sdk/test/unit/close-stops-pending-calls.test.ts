import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError } from '../../src/index.js'
import { API_KEY, errorOf, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { personAnswer as person, within } from '../helpers/waiting.js'

/** A promise and the function that settles it, for a key or a hook that answers when the test says so. */
function gate<T>(): { promise: Promise<T>; open: (value: T) => void } {
  let open: (value: T) => void = () => {}
  const promise = new Promise<T>((resolve) => {
    open = resolve
  })
  return { promise, open }
}

describe('close() while a call is past the rate limiter but not yet sent', () => {
  for (const rateLimit of [undefined, false] as const) {
    it(`fails a call whose apiKey function is pending with CLIENT_CLOSED at once and sends nothing (rateLimit: ${rateLimit})`, async () => {
      const { fetch, requests } = mockFetch(() => ({ body: person }))
      const key = gate<string>()
      let keyAsked = () => {}
      const asked = new Promise<void>((resolve) => {
        keyAsked = resolve
      })
      const twenty = new TwentyClient({
        apiKey: () => {
          keyAsked()
          return key.promise
        },
        fetch,
        rateLimit,
      })
      const call = errorOf(twenty.people.get(PERSON_ID))
      await asked
      await twenty.close()
      const error = await within(call, 1_000)
      key.open(API_KEY)
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(error).toBeInstanceOf(TwentyConnectionError)
      expect((error as TwentyConnectionError).code).toBe('CLIENT_CLOSED')
      expect(requests).toHaveLength(0)
    })
  }

  it('fails a call whose onRequest hook was still running with CLIENT_CLOSED, and sends nothing', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const hook = gate<void>()
    let hookStarted = () => {}
    const started = new Promise<void>((resolve) => {
      hookStarted = resolve
    })
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch })
    twenty.use({
      onRequest: () => {
        hookStarted()
        return hook.promise
      },
    })
    const call = errorOf(twenty.people.get(PERSON_ID))
    await started
    await twenty.close()
    hook.open()
    const error = await call
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(error.code).toBe('CLIENT_CLOSED')
    expect(requests).toHaveLength(0)
  })
})
