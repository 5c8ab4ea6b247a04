// Values at the edges of the typed filter: what the compiler writes for them, and what Twenty makes of it.
import { describe, expect, it } from 'vitest'
import { compileFilter, compileOrderBy, TwentyClient, TwentyValidationError } from '../../src/index.js'
import { API_KEY, mockFetch } from '../helpers/mock-fetch.js'
import { useSandbox } from '../integration/setup.js'

const ctx = useSandbox()

describe('field filters that are not objects of comparators', () => {
  it('refuses a Date given in place of comparators instead of dropping the condition and listing every record', async () => {
    await ctx.twenty.people.createMany([{ jobTitle: 'Dated A' }, { jobTitle: 'Dated B' }])
    const since = new Date('2000-01-01')
    const filter = { createdAt: since } as never
    await expect(ctx.twenty.people.list({ filter })).rejects.toMatchObject({
      code: 'INVALID_FILTER',
      issues: [{ path: 'createdAt' }],
    })
  })

  it('refuses a Date beside other conditions in updateMany instead of updating on the others alone', async () => {
    const filter = { jobTitle: { eq: 'Dated A' }, createdAt: new Date() } as never
    await expect(ctx.twenty.people.updateMany(filter, { city: 'Changed' })).rejects.toBeInstanceOf(
      TwentyValidationError,
    )
    const unchanged = await ctx.twenty.people.list({ filter: { city: { eq: 'Changed' } } })
    expect(unchanged.data).toEqual([])
  })
})

describe('numbers Twenty can read', () => {
  it('writes a bigint amount in full instead of refusing it', async () => {
    await ctx.twenty.companies.create({
      name: 'Bigint Co',
      annualRecurringRevenue: { amountMicros: 9_000_000_000_000, currencyCode: 'USD' },
    })
    const filter = { annualRecurringRevenue: { amountMicros: { gte: 8_000_000_000_000n } } } as never
    expect(compileFilter(filter)).toBe('annualRecurringRevenue.amountMicros[gte]:8000000000000')
    const page = await ctx.twenty.companies.list({ filter })
    expect(page.data.map((company) => company.name)).toEqual(['Bigint Co'])
  })
})

describe('sort orders', () => {
  it('leaves out a key whose direction is undefined, as a filter leaves out an undefined comparator', () => {
    const direction: 'DescNullsLast' | undefined = undefined
    expect(compileOrderBy({ createdAt: direction, name: 'AscNullsFirst' })).toBe('name[AscNullsFirst]')
  })
})

describe('lists with awkward items', () => {
  it('finds an in-list item holding a square bracket whatever its place in the list, instead of refusing the list', async () => {
    await ctx.twenty.people.createMany([{ jobTitle: 'Lead [EU' }, { jobTitle: 'Plain lead' }])
    const page = await ctx.twenty.people.list({
      filter: { jobTitle: { in: ['Lead [EU', 'Plain lead'] } },
    })
    expect(page.data.map((person) => person.jobTitle).sort()).toEqual(['Lead [EU', 'Plain lead'])
  })
})

describe('an empty sort order', () => {
  it('is left out of the request, where order_by= would be Twenty 400 naming a field called ""', async () => {
    const { fetch, requests } = mockFetch(() => ({
      body: {
        data: { people: [] },
        pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
        totalCount: 0,
      },
    }))
    const client = new TwentyClient({ apiKey: API_KEY, fetch, rateLimit: false, retry: false })
    for (const orderBy of [{}, [], { createdAt: undefined }])
      await client.people.list({ orderBy: orderBy as never })
    expect(requests.map((request) => new URL(request.url).searchParams.has('order_by'))).toEqual([
      false,
      false,
      false,
    ])
  })
})
