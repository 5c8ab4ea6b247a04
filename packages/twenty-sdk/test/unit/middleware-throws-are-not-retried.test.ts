import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError, type TwentyError, TwentyTimeoutError } from '../../src/index.js'
import { API_KEY, errorOf, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'
import { personAnswer as person } from '../helpers/waiting.js'

const retry = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 }

const connectionLost = () =>
  new TwentyConnectionError({ message: 'audit log unreachable', code: 'CONNECTION_FAILED' })
const timedOut = () => new TwentyTimeoutError({ message: 'audit log too slow', code: 'TIMEOUT' })

describe('a middleware hook that throws a connection or timeout error', () => {
  for (const [name, make] of [
    ['TwentyConnectionError', connectionLost],
    ['TwentyTimeoutError', timedOut],
  ] as const) {
    it(`fails the call with the ${name} from onRequest as is, sending nothing and calling the hook once`, async () => {
      const { fetch, requests } = mockFetch(() => ({ body: person }))
      const thrown = make()
      let calls = 0
      const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry, rateLimit: false })
      twenty.use({
        onRequest: () => {
          calls++
          throw thrown
        },
      })
      const error = await errorOf(twenty.people.get(PERSON_ID))
      expect(error).toBe(thrown)
      expect(calls).toBe(1)
      expect(requests).toHaveLength(0)
    })
  }

  it('fails the call with the error from onResponse after one request, not re-sending it', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: person }))
    const thrown = connectionLost()
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry, rateLimit: false })
    twenty.use({
      onResponse: () => {
        throw thrown
      },
    })
    expect(await errorOf(twenty.people.get(PERSON_ID))).toBe(thrown)
    expect(requests).toHaveLength(1)
  })

  it('still retries a lost connection of the request itself when middleware is installed', async () => {
    let sent = 0
    const { fetch, requests } = mockFetch(() =>
      sent++ === 0 ? new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }) : { body: person },
    )
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry, rateLimit: false })
    twenty.use({ onRequest: () => {} })
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(requests).toHaveLength(2)
  })
})

describe('a middleware hook that throws something other than an Error', () => {
  /** The error of a call whose onRequest throws `value` on the given attempt, the first attempt answering 503. */
  async function errorWhenThrownOn(attempt: number, value: unknown): Promise<TwentyError> {
    const { fetch } = mockFetch(() => ({ status: 503, body: { statusCode: 503, messages: ['busy'] } }))
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, retry, rateLimit: false })
    twenty.use({
      onRequest: ({ context }) => {
        if (context.attempt === attempt) throw value
      },
    })
    return errorOf(twenty.people.get(PERSON_ID))
  }

  it('surfaces a string thrown on a retry as it does one thrown on the first attempt, keeping the value', async () => {
    const first = await errorWhenThrownOn(1, 'quota exceeded')
    const second = await errorWhenThrownOn(2, 'quota exceeded')
    expect(second.name).toBe(first.name)
    expect(second.cause).toBe('quota exceeded')
    expect(second.message).toContain('quota exceeded')
    expect(second.message).not.toContain('Non-error was thrown')
  })
})
