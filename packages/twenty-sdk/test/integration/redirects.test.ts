import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TwentyClient, TwentyError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

// A server at the address a user configured that redirects everything to the real one, as an http:// address in
// front of an https:// Twenty, or a moved domain, does.
let redirecting: ReturnType<typeof createServer>
beforeAll(async () => {
  redirecting = createServer((request, response) => {
    response.writeHead(request.method === 'POST' ? 302 : 301, {
      location: `${ctx.sandbox.url}${request.url}`,
    })
    response.end()
  })
  await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve))
})
afterAll(() => new Promise<void>((resolve) => redirecting.close(() => resolve())))

describe('an address that redirects', () => {
  it('is reported with the origin to use, never followed, so the key is not dropped and a create is not turned into a read', async () => {
    const before = (await ctx.twenty.people.list()).totalCount
    const port = (redirecting.address() as AddressInfo).port
    const twenty = new TwentyClient({
      apiKey: ctx.sandbox.apiKey,
      baseUrl: `http://127.0.0.1:${port}`,
      rateLimit: false,
    })
    const read = await twenty.people.list().catch((error: unknown) => error)
    expect(read).toBeInstanceOf(TwentyError)
    expect(read).toMatchObject({ code: 'REDIRECTED', status: 301 })
    expect((read as Error).message).toContain(`set baseUrl to ${ctx.sandbox.url}`)
    expect((read as Error).message).not.toContain(ctx.sandbox.apiKey)
    const write = await twenty.people
      .upsert({ emails: { primaryEmail: 'moved@example.com' } })
      .catch((e) => e)
    expect(write).toMatchObject({ code: 'REDIRECTED', status: 302 })
    expect((await ctx.twenty.people.list()).totalCount).toBe(before)
  })
})
