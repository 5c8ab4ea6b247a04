// Typed filters and importMany look-ups on a sandbox that parses filters as Twenty's REST parser does.
import { describe, expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('filters read by a Twenty-faithful parser', () => {
  it('applies a not(…) written after a top-level or(…) group instead of folding it into the or', async () => {
    await ctx.twenty.companies.createMany([
      { name: 'Root A', employees: 1 },
      { name: 'Root B', employees: 2 },
      { name: 'Root B', employees: 3 },
    ])
    const page = await ctx.twenty.companies.list({
      filter: {
        or: [{ name: { eq: 'Root A' } }, { name: { eq: 'Root B' } }],
        not: { employees: { eq: 3 } },
      },
    })
    expect(page.data.map((company) => company.employees).sort()).toEqual([1, 2])
  })
})

describe('importMany look-ups with awkward keys', () => {
  it('fails only the row whose key holds a line break and imports the others', async () => {
    const report = await ctx.twenty.companies.importMany(
      [{ name: 'Line Good Co' }, { name: 'Line\nBreak Co' }],
      { keyBy: 'name' },
    )
    expect(report.counts.created).toBe(1)
    expect(report.failed.map((failure) => failure.index)).toEqual([1])
  })

  it('finds again a company whose name was imported with surrounding spaces, so a re-run creates no second one', async () => {
    const rows = [{ name: '  Spaced Co ' }]
    expect((await ctx.twenty.companies.importMany(rows, { keyBy: 'name' })).counts.created).toBe(1)
    const again = await ctx.twenty.companies.importMany(rows, { keyBy: 'name' })
    expect(again.counts.created).toBe(0)
    const stored = await ctx.twenty.companies.list({ filter: { name: { like: '%Spaced Co%' } } })
    expect(stored.totalCount).toBe(1)
  })
})

describe('filters sent as Twenty reads them, in lists and look-ups', () => {
  it('leaves out a filter without a condition instead of sending filter=, which Twenty answers with a 400', async () => {
    const urls: string[] = []
    const eject = ctx.twenty.use({ onRequest: ({ context }) => void urls.push(context.url) })
    try {
      await ctx.twenty.people.list({ filter: {}, limit: 1 })
      await ctx.twenty.people.list({ filter: { city: { eq: undefined } }, limit: 1 })
    } finally {
      eject()
    }
    expect(urls.every((url) => !url.includes('filter='))).toBe(true)
  })

  it('keeps each look-up under 6,000 URL characters with long keys, and finds every key again', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      linkedinLink: { primaryLinkUrl: `https://www.linkedin.com/in/${'long-profile-name-'.repeat(8)}${i}` },
    }))
    const urls: string[] = []
    const first = await ctx.twenty.people.importMany(rows, { keyBy: 'linkedinLink.primaryLinkUrl' })
    expect(first.counts.created).toBe(60)
    const eject = ctx.twenty.use({
      onRequest: ({ context }) => void (context.method === 'GET' && urls.push(context.url)),
    })
    try {
      const again = await ctx.twenty.people.importMany(rows, { keyBy: 'linkedinLink.primaryLinkUrl' })
      expect(again.counts).toMatchObject({ created: 0, unchanged: 60 })
    } finally {
      eject()
    }
    expect(urls.length).toBeGreaterThan(1)
    for (const url of urls) expect(url.length).toBeLessThan(6_500)
  })
})
