import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './harness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  await h.twenty.companies.createMany([
    {
      name: 'Saigon Coffee Roasters',
      domainName: { primaryLinkUrl: 'https://www.saigoncoffee.example/about' },
      annualRecurringRevenue: { amountMicros: 1_250_500_000, currencyCode: 'USD' },
    },
    { name: 'Not Saigon Coffee', domainName: { primaryLinkUrl: 'https://notsaigoncoffee.example' } },
    { name: 'Saigon Coffee Shop', domainName: { primaryLinkUrl: 'https://shop.saigoncoffee.example' } },
    { name: 'Hanoi Tea House', domainName: { primaryLinkUrl: 'hanoitea.example' } },
    { name: 'Kim "KJ" Foods' },
    { name: "O'Brien & Sons" },
  ])
})
afterAll(() => h.close())

const names = (bundles: unknown[]) => bundles.map((bundle) => (bundle as { name: string }).name).sort()
const lastQs = () => h.log.at(-1)?.request.qs

describe('Search companies', () => {
  it('finds companies whose name contains the text, ignoring case', async () => {
    expect(names(await h.runner.runModule('searchCompanies', { name: 'saigon' }))).toEqual([
      'Not Saigon Coffee',
      'Saigon Coffee Roasters',
      'Saigon Coffee Shop',
    ])
    expect(lastQs()).toMatchObject({ filter: 'name[ilike]:"%saigon%"', limit: 10 })
  })

  it('finds the company with a domain whatever its scheme, "www." or path, and not those that merely contain it', async () => {
    const found = await h.runner.runModule('searchCompanies', {
      domain: 'HTTP://SaigonCoffee.example/contact',
    })
    expect(names(found)).toEqual(['Saigon Coffee Roasters'])
    expect(lastQs()).toMatchObject({
      filter: 'domainName.primaryLinkUrl[ilike]:"%saigoncoffee.example%"',
      limit: 60,
    })
    expect(found[0]).toMatchObject({
      annualRecurringRevenue: { amountMicros: 1_250_500_000, currencyCode: 'USD' },
      annualRecurringRevenueAmount: 1250.5,
    })
    expect(names(await h.runner.runModule('searchCompanies', { domain: 'www.HanoiTea.example' }))).toEqual([
      'Hanoi Tea House',
    ])
    expect(
      names(await h.runner.runModule('searchCompanies', { domain: 'shop.saigoncoffee.example' })),
    ).toEqual(['Saigon Coffee Shop'])
  })

  it('requires both criteria to match when both are given', async () => {
    expect(
      names(
        await h.runner.runModule('searchCompanies', { name: 'roasters', domain: 'saigoncoffee.example' }),
      ),
    ).toEqual(['Saigon Coffee Roasters'])
    expect(lastQs()?.filter).toBe(
      'name[ilike]:"%roasters%",domainName.primaryLinkUrl[ilike]:"%saigoncoffee.example%"',
    )
    expect(
      await h.runner.runModule('searchCompanies', { name: 'tea', domain: 'saigoncoffee.example' }),
    ).toEqual([])
  })

  it('outputs nothing, without calling Twenty, when Name and Domain are both empty', async () => {
    const before = h.log.length
    expect(await h.runner.runModule('searchCompanies', { name: '', domain: '', limit: 50 })).toEqual([])
    expect(await h.runner.runModule('searchCompanies')).toEqual([])
    expect(h.log.length).toBe(before)
  })

  it('stops at the limit', async () => {
    expect(await h.runner.runModule('searchCompanies', { name: 'saigon', limit: 2 })).toHaveLength(2)
    expect(lastQs()).toMatchObject({ limit: 2 })
  })

  it('finds names holding quotes or an unpaired parenthesis, each such character read as any one, as Search people does', async () => {
    expect(names(await h.runner.runModule('searchCompanies', { name: '"kj"' }))).toEqual(['Kim "KJ" Foods'])
    expect(lastQs()?.filter).toBe('name[ilike]:"%_kj_%"')
    expect(names(await h.runner.runModule('searchCompanies', { name: "o'brien" }))).toEqual([
      "O'Brien & Sons",
    ])
    expect(lastQs()?.filter).toBe('name[ilike]:"%o_brien%"')
    expect(await h.runner.runModule('searchCompanies', { name: 'Kim (Foods' })).toEqual([])
  })

  it('refuses a domain that is no web address before calling Twenty', async () => {
    const before = h.log.length
    for (const [field, value] of [
      ['domain', 'saigon coffee.example'],
      ['domain', '"saigoncoffee.example"'],
      ['domain', 'https://www.'],
      ['domain', 'mailto:sales@saigoncoffee.example'],
    ] as const) {
      await expect(h.runner.runModule('searchCompanies', { [field]: value })).rejects.toMatchObject({
        type: 'DataError',
        message: `Parameter '${field}' does not match the pattern of the field`,
      })
    }
    expect(h.log.length).toBe(before)
  })
})
