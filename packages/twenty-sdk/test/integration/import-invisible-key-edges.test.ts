import { describe, expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('importMany with a key that carries invisible characters at its ends', () => {
  it('matches the record whose key is the visible text, instead of creating it a second time', async () => {
    const existing = await ctx.twenty.opportunities.create({ name: 'Invisible Edge Renewal' })
    const report = await ctx.twenty.opportunities.importMany(
      [{ name: '\u200bInvisible Edge Renewal\u200b\ufeff' }],
      { keyBy: 'name' },
    )
    expect(report.counts).toMatchObject({ created: 0, failed: 0 })
    const named = await ctx.twenty.opportunities.list({
      filter: { name: { ilike: '%Invisible Edge Renewal%' } },
    })
    expect(named.data.map((opportunity) => opportunity.id)).toEqual([existing.id])
  })
})
