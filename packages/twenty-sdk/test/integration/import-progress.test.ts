import { describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../src/index.js'
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
})
