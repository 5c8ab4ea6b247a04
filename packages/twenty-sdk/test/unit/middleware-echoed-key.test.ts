import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'
import { API_KEY, errorOf, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

describe('middleware given an answer that echoes the API key', () => {
  it('sees the key redacted in onResponse, in a JSON error body and in a proxy’s error page', async () => {
    const answers = [
      {
        status: 400,
        body: { statusCode: 400, messages: [`bad token ${API_KEY}`], echo: { [API_KEY]: API_KEY } },
      },
      { status: 502, body: `<pre>upstream said Bearer ${API_KEY}</pre>` },
    ]
    const { fetch } = mockFetch(() => answers.shift() ?? { status: 500 })
    const twenty = new TwentyClient({ apiKey: async () => API_KEY, fetch, retry: false, rateLimit: false })
    const logged: string[] = []
    twenty.use({ onResponse: ({ response }) => void logged.push(JSON.stringify(response.data)) })
    await errorOf(twenty.people.get(PERSON_ID))
    await errorOf(twenty.people.get(PERSON_ID))
    expect(logged).toHaveLength(2)
    for (const line of logged) {
      expect(line).not.toContain(API_KEY)
      expect(line).toContain('[REDACTED]')
    }
  })
})
