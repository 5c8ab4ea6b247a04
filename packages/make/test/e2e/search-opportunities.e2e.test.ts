import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './harness.js'

let h: Harness
const companies = { dairy: '', herbs: '' }
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

// Created oldest first, a few milliseconds apart, so newest-first order is well defined.
beforeAll(async () => {
  h = await startHarness()
  companies.dairy = (await h.twenty.companies.create({ name: 'Da Nang Dairy' })).id
  companies.herbs = (await h.twenty.companies.create({ name: 'Hue Herbs' })).id
  for (const deal of [
    { name: 'Milk contract 2026', stage: 'MEETING', companyId: companies.dairy },
    {
      name: 'Milk contract 2027',
      stage: 'PROPOSAL',
      companyId: companies.dairy,
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
    },
    { name: 'Herb wholesale', stage: 'MEETING', companyId: companies.herbs },
    { name: 'Kim "KJ" renewal', stage: 'NEW' },
  ]) {
    await h.twenty.opportunities.create(deal)
    await tick()
  }
})
afterAll(() => h.close())

const names = (bundles: unknown[]) => bundles.map((bundle) => (bundle as { name: string }).name)
const lastQs = () => h.log.at(-1)?.request.qs

describe('Search opportunities', () => {
  it('finds opportunities whose name contains the text, ignoring case, newest first, amount in units', async () => {
    const found = await h.runner.runModule('searchOpportunities', { name: 'MILK contract' })
    expect(names(found)).toEqual(['Milk contract 2027', 'Milk contract 2026'])
    expect(found[0]).toMatchObject({
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
      amountValue: 2500.5,
    })
    expect(lastQs()).toMatchObject({
      filter: 'name[ilike]:"%MILK contract%"',
      order_by: 'createdAt[DescNullsLast]',
      limit: 10,
    })
  })

  it('finds opportunities at a stage, the stage read in any case', async () => {
    expect(names(await h.runner.runModule('searchOpportunities', { stage: 'meeting' }))).toEqual([
      'Herb wholesale',
      'Milk contract 2026',
    ])
    expect(lastQs()?.filter).toBe('stage[eq]:"MEETING"')
  })

  it('finds the opportunities of a company', async () => {
    expect(names(await h.runner.runModule('searchOpportunities', { companyId: companies.herbs }))).toEqual([
      'Herb wholesale',
    ])
    expect(lastQs()?.filter).toBe(`companyId[eq]:"${companies.herbs}"`)
  })

  it('requires every criterion given to match', async () => {
    expect(
      names(
        await h.runner.runModule('searchOpportunities', {
          name: 'milk',
          stage: 'MEETING',
          companyId: companies.dairy,
        }),
      ),
    ).toEqual(['Milk contract 2026'])
    expect(lastQs()?.filter).toBe(
      `name[ilike]:"%milk%",stage[eq]:"MEETING",companyId[eq]:"${companies.dairy}"`,
    )
    expect(
      await h.runner.runModule('searchOpportunities', { name: 'herb', companyId: companies.dairy }),
    ).toEqual([])
  })

  it('outputs nothing, without calling Twenty, when Name, Stage and Company are all empty', async () => {
    const before = h.log.length
    expect(
      await h.runner.runModule('searchOpportunities', { name: '', stage: '', companyId: '', limit: 50 }),
    ).toEqual([])
    expect(await h.runner.runModule('searchOpportunities')).toEqual([])
    expect(h.log.length).toBe(before)
  })

  it('stops at the limit', async () => {
    expect(await h.runner.runModule('searchOpportunities', { name: 'milk', limit: 1 })).toHaveLength(1)
    expect(lastQs()).toMatchObject({ limit: 1 })
  })

  it('finds a name holding quotes, each read as any one character, and sends any text instead of refusing it', async () => {
    expect(names(await h.runner.runModule('searchOpportunities', { name: '"kj"' }))).toEqual([
      'Kim "KJ" renewal',
    ])
    expect(lastQs()?.filter).toBe('name[ilike]:"%_kj_%"')
    expect(await h.runner.runModule('searchOpportunities', { name: `O'Neil "Big" deal` })).toEqual([])
    expect(lastQs()?.filter).toBe('name[ilike]:"%O_Neil _Big_ deal%"')
  })
})
