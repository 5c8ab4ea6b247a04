import { startSandbox } from '@twenty-sdk/sandbox'
import { afterAll, beforeAll } from 'vitest'
import { TwentyClient } from '../../src/index.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>

/** Starts a sandbox for the test file on 127.0.0.1:0 and a client on it; both are closed after the file. */
export function useSandbox(options: Parameters<typeof startSandbox>[0] = {}) {
  const context = {} as { sandbox: Sandbox; twenty: TwentyClient }
  beforeAll(async () => {
    context.sandbox = await startSandbox({ port: 0, seed: false, ...options })
    context.twenty = new TwentyClient({
      apiKey: context.sandbox.apiKey,
      baseUrl: context.sandbox.url,
      rateLimit: false,
    })
  })
  afterAll(async () => {
    await context.sandbox?.close()
  })
  return context
}
