import { describe, expect, it } from 'vitest'
import { type InterceptedRequest, startSandbox } from '../src/index.js'

const getDocument = (url: string, path: string, key?: string) =>
  fetch(`${url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} })

describe('GET /open-api/core goes through interceptors and faults like every route', () => {
  it('answers a fault rule on the OpenAPI path with the fault instead of the document', async () => {
    const sandbox = await startSandbox({
      faults: { rules: [{ kinds: ['serverError'], probability: 1, path: /open-api\/core$/ }] },
    })
    try {
      for (const path of ['/open-api/core', '/rest/open-api/core']) {
        const answer = await getDocument(sandbox.url, path, sandbox.apiKey)
        expect(answer.status).toBe(503)
        expect(await answer.json()).toMatchObject({ messages: ['Injected fault: server unavailable'] })
      }
      expect(sandbox.faultStats.serverError).toBe(2)
    } finally {
      await sandbox.close()
    }
  })

  it('lets an interceptor change the document, and shows it the key, or none on the public skeleton', async () => {
    const seen: { path: string; key: string | undefined }[] = []
    const sandbox = await startSandbox({
      interceptors: [
        async (request: InterceptedRequest, next) => {
          seen.push({ path: request.path, key: request.key?.name })
          const answer = await next()
          return answer && { ...answer, body: { ...(answer.body as object), info: { title: 'Changed' } } }
        },
      ],
    })
    try {
      const withKey = await getDocument(sandbox.url, '/open-api/core', sandbox.apiKey)
      expect(await withKey.json()).toMatchObject({ info: { title: 'Changed' } })
      const without = await getDocument(sandbox.url, '/open-api/core')
      expect(await without.json()).toMatchObject({ info: { title: 'Changed' }, paths: {} })
      expect(seen).toEqual([
        { path: '/open-api/core', key: 'Sandbox key' },
        { path: '/open-api/core', key: undefined },
      ])
    } finally {
      await sandbox.close()
    }
  })

  it('does not count the OpenAPI document against the rate limit, as Twenty throttles record queries only', async () => {
    const sandbox = await startSandbox({ rateLimit: { shortLimit: 1, shortTtlMs: 60_000 } })
    try {
      for (let i = 0; i < 3; i++)
        expect((await getDocument(sandbox.url, '/rest/open-api/core', sandbox.apiKey)).status).toBe(200)
      expect(sandbox.rateLimitStats.limited).toBe(0)
    } finally {
      await sandbox.close()
    }
  })
})
