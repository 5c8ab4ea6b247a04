import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MakeError } from '../../src/runner/make-error.js'
import { type Harness, rejection, startHarness } from './harness.js'

describe('Make an API call', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(() => h.close())

  it("calls any REST route under /rest with the connection's key and outputs body, headers and status", async () => {
    await h.twenty.companies.create({ name: 'Saigon Coffee Roasters' })
    const [result] = (await h.runner.runModule('makeApiCall', {
      url: '/companies',
      qs: [
        { key: 'limit', value: '1' },
        { key: 'filter', value: 'name[like]:"Saigon%"' },
      ],
    })) as [
      {
        body: { data: { companies: { name: string }[] } }
        headers: Record<string, string>
        statusCode: number
      },
    ]
    expect(result.statusCode).toBe(200)
    expect(result.headers['content-type']).toContain('application/json')
    expect(result.body.data.companies.map((company) => company.name)).toEqual(['Saigon Coffee Roasters'])
  })

  it('reaches the same route whether the path is typed people, /people or /rest/people', async () => {
    for (const url of ['people', '/people', '/rest/people', 'rest/people']) {
      const [result] = (await h.runner.runModule('makeApiCall', { url })) as [{ statusCode: number }]
      expect(result.statusCode).toBe(200)
      expect(new URL(h.log.at(-1)?.request.url ?? '').pathname).toBe('/rest/people')
    }
  })

  it("reaches the route of a whole URL pasted from Twenty's API playground, on the connection's server", async () => {
    for (const url of [`${h.sandbox.url}/rest/people`, 'https://api.twenty.com/rest/people?limit=1']) {
      const [result] = (await h.runner.runModule('makeApiCall', { url })) as [{ statusCode: number }]
      expect(result.statusCode).toBe(200)
      const sent = new URL(h.log.at(-1)?.request.url ?? '')
      expect(`${sent.origin}${sent.pathname}`).toBe(`${h.sandbox.url}/rest/people`)
    }
  })

  it('sends a JSON body with the chosen method and extra headers', async () => {
    const [result] = (await h.runner.runModule('makeApiCall', {
      url: '/metadata/webhooks',
      method: 'POST',
      headers: [{ key: 'x-request-source', value: 'make' }],
      body: JSON.stringify({ targetUrl: 'https://hook.make.example/abc', operations: ['task.created'] }),
    })) as [{ body: { id: string; targetUrl: string }; statusCode: number }]
    expect(result.body.targetUrl).toBe('https://hook.make.example/abc')
    expect(h.log.at(-1)?.request.headers).toMatchObject({
      'x-request-source': 'make',
      'content-type': 'application/json',
    })
    expect((await h.twenty.webhooks.list()).map((hook) => hook.id)).toEqual([result.body.id])
  })

  it("keeps the secret Twenty generates for a webhook out of Make's log", async () => {
    const [created] = (await h.runner.runModule('makeApiCall', {
      url: '/metadata/webhooks',
      method: 'POST',
      body: JSON.stringify({ targetUrl: 'https://hook.make.example/log', operations: ['note.created'] }),
    })) as [{ body: { id: string } }]
    await h.runner.runModule('makeApiCall', { url: `/metadata/webhooks/${created.body.id}` })
    const { secret } = await h.twenty.webhooks.get(created.body.id)
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(h.log.slice(-2))).not.toContain(secret)
  })

  it("raises Twenty's errors like any other module", async () => {
    const error = await rejection(h.runner.runModule('makeApiCall', { url: '/persons' }))
    expect(error).toMatchObject({
      type: 'DataError',
      statusCode: 400,
      message: "[400] object 'persons' not found. Did you mean 'people'?",
    })
  })
})

describe("Twenty's rate limit", () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ rateLimit: { shortLimit: 2, shortTtlMs: 60_000 } })
  })
  afterAll(() => h.close())

  it('turns a 429 into a RateLimitError, which Make retries later', async () => {
    await h.runner.runModule('searchPeople', { name: 'Linh', limit: 1 })
    await h.runner.runModule('searchPeople', { name: 'Linh', limit: 1 })
    const error = await rejection(h.runner.runModule('searchPeople', { name: 'Linh', limit: 1 }))
    expect(error).toBeInstanceOf(MakeError)
    expect(error).toMatchObject({
      type: 'RateLimitError',
      statusCode: 429,
      message: '[429] Limit reached (2 tokens per 60000 ms)',
    })
    expect(h.sandbox.rateLimitStats.limited).toBe(1)
  })
})
