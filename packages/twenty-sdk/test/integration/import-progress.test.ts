import { describe, expect, it } from 'vitest'
import { type ImportProgress, TwentyClient, TwentyServerError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('importMany progress', () => {
  it('reports the look-up row by row before any write, without an ETA, then every row settled', async () => {
    // Seven spellings per domain, so a row's spellings often span two look-up filters of 60.
    const rows = Array.from({ length: 40 }, (_, i) => ({
      name: `Progress ${i}`,
      domainName: { primaryLinkUrl: `https://progress${i}.example` },
    }))
    await ctx.twenty.companies.create(rows[0] as (typeof rows)[number])
    const events: ImportProgress[] = []
    const report = await ctx.twenty.companies.importMany(
      [...rows, { name: 'No domain' }, rows[1] as (typeof rows)[number]],
      { onProgress: (event) => events.push({ ...event }) },
    )
    expect(report.counts).toMatchObject({ created: 39, unchanged: 1, skipped: 2 })

    const lookUp = events.filter((event) => event.phase === 'lookup')
    const writes = events.filter((event) => event.phase === 'write')
    expect(events).toEqual([...lookUp, ...writes])
    expect(lookUp.length).toBeGreaterThan(2)
    expect(lookUp.every((event) => event.lookUpTotal === 40 && event.etaMs === null)).toBe(true)
    expect(lookUp.map((event) => event.lookedUp)).toEqual(
      [...lookUp.map((event) => event.lookedUp)].sort((a, b) => a - b),
    )
    expect(lookUp.at(-1)?.lookedUp).toBe(40)
    // The two skipped rows settle before the look-up, and the written ones only after it.
    expect(lookUp.every((event) => event.done === 2)).toBe(true)
    expect(writes.at(-1)).toMatchObject({ done: 42, total: 42, lookedUp: 40, etaMs: 0 })
  })

  it("has no look-up phase with match 'upsert', which reads nothing first", async () => {
    const events: ImportProgress[] = []
    await ctx.twenty.people.importMany([{ emails: { primaryEmail: 'progress-upsert@example.com' } }], {
      match: 'upsert',
      onProgress: (event) => events.push({ ...event }),
    })
    expect(events.map(({ phase, lookedUp, lookUpTotal }) => ({ phase, lookedUp, lookUpTotal }))).toEqual(
      events.map(() => ({ phase: 'write', lookedUp: 0, lookUpTotal: 0 })),
    )
    expect(events.at(-1)).toMatchObject({ done: 1, total: 1 })
  })

  it('has no look-up phase when no row is left to look up', async () => {
    const events: ImportProgress[] = []
    const report = await ctx.twenty.people.importMany(
      [{ emails: { primaryEmail: 'not-an-email' } }, { name: { firstName: 'No email' } }],
      { onProgress: (event) => events.push({ ...event }) },
    )
    expect(report.counts).toMatchObject({ failed: 1, skipped: 1 })
    expect(events.every((event) => event.phase === 'write' && event.lookUpTotal === 0)).toBe(true)
    expect(events.at(-1)).toMatchObject({ done: 2, total: 2 })
  })

  it('counts a row looked up only once every filter holding its spellings is read, at concurrency 1 and 8', async () => {
    // Five spellings per domain (with and without scheme and www.) in filters of two: each row spans three.
    for (const concurrency of [1, 8]) {
      const rows = Array.from({ length: 9 }, (_, i) => ({
        domainName: { primaryLinkUrl: `https://span${concurrency}-${i}.example` },
      }))
      const events: ImportProgress[] = []
      const report = await ctx.twenty.companies.importMany(rows, {
        batchSize: 2,
        concurrency,
        onProgress: (event) => events.push({ ...event }),
      })
      expect(report.counts.created).toBe(9)
      const lookedUp = events.map((event) => event.lookedUp)
      const done = events.map((event) => event.done)
      expect(lookedUp).toEqual([...lookedUp].sort((a, b) => a - b))
      expect(done).toEqual([...done].sort((a, b) => a - b))
      expect(events.every((event) => event.lookedUp <= event.lookUpTotal && event.lookUpTotal === 9)).toBe(
        true,
      )
      // One event before the first read, then one per filter of the 45 spellings, the last with every row read.
      const lookUp = events.filter((event) => event.phase === 'lookup')
      expect(lookUp).toHaveLength(24)
      expect(lookUp.at(-1)?.lookedUp).toBe(9)
      expect(events.at(-1)).toMatchObject({ phase: 'write', done: 9, total: 9, lookedUp: 9 })
    }
  })

  it('throws the failed look-up once the reads in flight end, with no request or progress event after it', async () => {
    // One filter always answers 503; the other reads succeed.
    const requests: string[] = []
    const twenty = new TwentyClient({
      apiKey: ctx.sandbox.apiKey,
      baseUrl: ctx.sandbox.url,
      rateLimit: false,
      retry: { maxRetries: 0 },
      fetch: async (input, init) => {
        requests.push(String(input))
        return String(input).includes('down0.example')
          ? new Response(JSON.stringify({ statusCode: 503, error: 'Unavailable', messages: ['down'] }), {
              status: 503,
              headers: { 'content-type': 'application/json' },
            })
          : fetch(input, init)
      },
    })
    const rows = Array.from({ length: 100 }, (_, i) => ({
      domainName: { primaryLinkUrl: `https://down${i}.example` },
    }))
    const events: ImportProgress[] = []
    const error = await twenty.companies
      .importMany(rows, { batchSize: 10, concurrency: 2, onProgress: (event) => events.push({ ...event }) })
      .catch((e) => e)
    expect(error).toBeInstanceOf(TwentyServerError)
    const [requestsAtThrow, eventsAtThrow] = [requests.length, events.length]
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect([requests.length, events.length]).toEqual([requestsAtThrow, eventsAtThrow])
    // The failing filter and the few the other worker read meanwhile: not all 70 filters, and no write.
    expect(requestsAtThrow).toBeLessThan(10)
    expect(events.every((event) => event.phase === 'lookup' && event.done === 0)).toBe(true)
    const domains = ctx.sandbox
      .records('companies')
      .map((c) => (c.domainName as { primaryLinkUrl: string }).primaryLinkUrl)
    expect(domains.filter((domain) => domain.includes('down'))).toEqual([])
  })
})
