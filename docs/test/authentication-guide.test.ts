// What docs/authentication.md says about a key function that returns no key, checked against the sandbox over
// HTTP. The SDK and the sandbox are imported from source, so the check does not depend on a build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sandbox, startSandbox } from '../../packages/sandbox/src/index.js'
import { TwentyAuthenticationError, TwentyClient } from '../../packages/twenty-sdk/src/index.js'

let sandbox: Sandbox

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 })
})
afterAll(() => sandbox.close())

describe('docs/authentication.md, when the key function returns no key', () => {
  it('says the call fails with TwentyAuthenticationError MISSING_API_KEY and nothing reaches Twenty', async () => {
    let sent = 0
    const twenty = new TwentyClient({
      apiKey: () => '',
      baseUrl: sandbox.url,
      rateLimit: false,
      retry: false,
      fetch: (input, init) => {
        sent += 1
        return fetch(input, init)
      },
    })

    const error = await twenty.people.list().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(TwentyAuthenticationError)
    expect((error as TwentyAuthenticationError).code).toBe('MISSING_API_KEY')
    expect(sent).toBe(0)
  })
})
