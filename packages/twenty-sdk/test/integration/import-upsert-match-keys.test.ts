import { describe, expect, it } from 'vitest'
import { TwentyValidationError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe("importMany with match 'upsert' and a key Twenty's upsert does not match on", () => {
  it('refuses opportunities keyed by name before sending anything, instead of creating them again on each run', async () => {
    const error = await ctx.twenty.opportunities
      .importMany([{ name: 'Nightly deal' }], { keyBy: 'name', match: 'upsert' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'match' }] })
    expect(
      (await ctx.twenty.opportunities.list({ filter: { name: { eq: 'Nightly deal' } } })).totalCount,
    ).toBe(0)
  })

  it('refuses people keyed by LinkedIn URL, which Twenty would match on their email instead', async () => {
    await expect(
      ctx.twenty.people.importMany([{ linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/linh' } }], {
        keyBy: 'linkedinLink.primaryLinkUrl',
        match: 'upsert',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'match' }] })
  })

  it('still imports opportunities keyed by id, which the upsert matches, once however often it runs', async () => {
    const id = crypto.randomUUID()
    for (const amount of [1, 2]) {
      await ctx.twenty.opportunities.importMany(
        [{ id, name: 'Keyed by id', amount: { amountMicros: amount * 1e6, currencyCode: 'USD' } }],
        {
          keyBy: 'id',
          match: 'upsert',
        },
      )
    }
    const found = await ctx.twenty.opportunities.list({ filter: { name: { eq: 'Keyed by id' } } })
    expect(found.data.map((deal) => [deal.id, deal.amount?.amountMicros])).toEqual([[id, 2e6]])
  })
})
