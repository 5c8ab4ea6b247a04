import { describe, expect, it } from 'vitest'
import { startSandbox } from '../src/index.js'

const get = (url: string, key: string, path = '/rest/companies') =>
  fetch(`${url}${path}`, { headers: { authorization: `Bearer ${key}` } })

describe('Twenty’s API-key throttling', () => {
  it('answers 429 with Twenty’s body and no rate-limit headers once the short bucket is empty', async () => {
    const sandbox = await startSandbox({
      rateLimit: { shortLimit: 5, shortTtlMs: 60_000, longLimit: 1000, longTtlMs: 60_000 },
    })
    try {
      const statuses = []
      for (let i = 0; i < 7; i++) statuses.push((await get(sandbox.url, sandbox.apiKey)).status)
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
      const limited = await get(sandbox.url, sandbox.apiKey)
      expect(await limited.json()).toEqual({
        statusCode: 429,
        error: 'HttpException',
        messages: ['Limit reached (5 tokens per 60000 ms)'],
      })
      const names: string[] = []
      limited.headers.forEach((_value, name) => {
        names.push(name)
      })
      expect(names.filter((name) => /retry-after|ratelimit/i.test(name))).toEqual([])
      expect(sandbox.rateLimitStats).toEqual({ allowed: 5, limited: 3 })
    } finally {
      await sandbox.close()
    }
  })

  it('counts every key of the workspace against one budget and leaves webhook metadata alone', async () => {
    const sandbox = await startSandbox({ rateLimit: { shortLimit: 100, longLimit: 2, longTtlMs: 60_000 } })
    try {
      const other = sandbox.keys.create('Other worker')
      expect((await get(sandbox.url, sandbox.apiKey)).status).toBe(200)
      expect((await get(sandbox.url, other)).status).toBe(200)
      expect((await get(sandbox.url, other)).status).toBe(429)
      expect((await get(sandbox.url, sandbox.apiKey, '/rest/metadata/webhooks')).status).toBe(200)
    } finally {
      await sandbox.close()
    }
  })

  it('refills linearly, and sends Retry-After in seconds only when asked to', async () => {
    const sandbox = await startSandbox({
      rateLimit: { shortLimit: 2, shortTtlMs: 400, longLimit: 1000, retryAfter: true },
    })
    try {
      await get(sandbox.url, sandbox.apiKey)
      await get(sandbox.url, sandbox.apiKey)
      const limited = await get(sandbox.url, sandbox.apiKey)
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).toBe('1')
      await new Promise((resolve) => setTimeout(resolve, 250))
      expect((await get(sandbox.url, sandbox.apiKey)).status).toBe(200)
    } finally {
      await sandbox.close()
    }
  })

  // Twenty's ThrottlerService refills Math.floor(elapsed × rate) whole tokens and stamps the refill time on every
  // spend, so the part of a token earned between two spends is lost (core-modules/throttler/throttler.service.ts).
  it('loses the partial refill at each spend, so requests paced faster than one token per refill interval get 429', async () => {
    const sandbox = await startSandbox({
      rateLimit: { shortLimit: 2, shortTtlMs: 2_000, longLimit: 1000 },
    })
    try {
      const statuses = []
      for (let i = 0; i < 3; i++) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 600))
        statuses.push((await get(sandbox.url, sandbox.apiKey)).status)
      }
      expect(statuses).toEqual([200, 200, 429])
    } finally {
      await sandbox.close()
    }
  })

  // Twenty's throttleQueryExecution (common-base-query-runner.service.ts) spends a short-bucket token, then asks the
  // long bucket: a request the long bucket refuses has already spent its short token.
  it('spends a short-window token on a request the long window refuses, so the next 429 names the short window', async () => {
    const sandbox = await startSandbox({
      rateLimit: { shortLimit: 2, shortTtlMs: 60_000, longLimit: 1, longTtlMs: 60_000 },
    })
    try {
      expect((await get(sandbox.url, sandbox.apiKey)).status).toBe(200)
      const messages = []
      for (let i = 0; i < 2; i++)
        messages.push((await (await get(sandbox.url, sandbox.apiKey)).json()).messages[0])
      expect(messages).toEqual([
        'Limit reached (1 tokens per 60000 ms)',
        'Limit reached (2 tokens per 60000 ms)',
      ])
    } finally {
      await sandbox.close()
    }
  })
})

// Twenty throttles inside its query runner (CommonBaseQueryRunnerService.execute calls throttleQueryExecution
// first): what its guards, parseCorePath, object lookup and REST input parsers refuse never gets there.
describe('which requests spend a rate-limit token', () => {
  const send = (url: string, key: string | undefined, path: string, method = 'GET', body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  it('spends none on a refused key, path, object, limit, depth, filter or order_by syntax, nor a bulk delete without filter', async () => {
    const sandbox = await startSandbox({ rateLimit: { shortLimit: 1, shortTtlMs: 60_000, longLimit: 1000 } })
    try {
      const refused: [string, string, string | undefined][] = [
        ['GET', '/rest/people', undefined],
        ['GET', '/rest/people', sandbox.keys.expired],
        ['PATCH', '/rest/restore/people/6f2b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', sandbox.apiKey],
        ['GET', '/rest/people/not-a-uuid', sandbox.apiKey],
        ['GET', '/rest/person', sandbox.apiKey],
        ['GET', '/rest/people?limit=ten', sandbox.apiKey],
        ['GET', '/rest/people?depth=2', sandbox.apiKey],
        ['GET', `/rest/people?filter=${encodeURIComponent('name.firstName[eq]:"a"))')}`, sandbox.apiKey],
        ['GET', `/rest/people?filter=${encodeURIComponent('name.firstName[equals]:a')}`, sandbox.apiKey],
        ['GET', '/rest/people?filter=', sandbox.apiKey],
        ['GET', `/rest/people?order_by=${encodeURIComponent('createdAt[Newest]')}`, sandbox.apiKey],
        ['DELETE', '/rest/people', sandbox.apiKey],
      ]
      const statuses = []
      for (const [method, path, key] of refused)
        statuses.push((await send(sandbox.url, key, path, method)).status)
      expect(statuses).toEqual([403, 401, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400])
      expect(sandbox.rateLimitStats).toEqual({ allowed: 0, limited: 0 })
      expect((await send(sandbox.url, sandbox.apiKey, '/rest/people')).status).toBe(200)
      expect((await send(sandbox.url, sandbox.apiKey, '/rest/people')).status).toBe(429)
    } finally {
      await sandbox.close()
    }
  })

  it('spends one on what the query runner refuses after throttling: an unknown filter field or an invalid body', async () => {
    const sandbox = await startSandbox({ rateLimit: { shortLimit: 2, shortTtlMs: 60_000, longLimit: 1000 } })
    try {
      const unknownField = await send(sandbox.url, sandbox.apiKey, '/rest/people?filter=nope[eq]:1')
      expect(unknownField.status).toBe(400)
      const badBody = await send(sandbox.url, sandbox.apiKey, '/rest/people', 'POST', { nope: 1 })
      expect(badBody.status).toBe(400)
      const limited = await send(sandbox.url, sandbox.apiKey, '/rest/people')
      expect(limited.status).toBe(429)
      expect(sandbox.rateLimitStats).toEqual({ allowed: 2, limited: 1 })
    } finally {
      await sandbox.close()
    }
  })
})
