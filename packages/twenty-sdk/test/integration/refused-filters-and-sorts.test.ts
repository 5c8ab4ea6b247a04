// What the filter and sort types of test/types/filter-and-sort.test-d.ts refuse, Twenty refuses at runtime: sent as raw strings,
// which the types let through, each gets a 400.
import { describe, expect, it } from 'vitest'
import { TwentyValidationError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('filters and sort keys the types refuse', () => {
  it('are answered 400 by Twenty: text matching on numbers, ids and dates, gt on booleans and selects', async () => {
    const refused = [
      ctx.twenty.companies.list({ filter: 'employees[startsWith]:"1"' }),
      ctx.twenty.opportunities.list({ filter: 'amount.amountMicros[ilike]:"1%"' }),
      ctx.twenty.companies.list({ filter: 'idealCustomerProfile[gt]:false' }),
      ctx.twenty.companies.list({ filter: 'idealCustomerProfile[neq]:true' }),
      ctx.twenty.opportunities.list({ filter: 'stage[gt]:"NEW"' }),
      ctx.twenty.people.list({ filter: 'createdAt[ilike]:"2026%"' }),
      ctx.twenty.opportunities.list({ filter: 'companyId[startsWith]:"ab"' }),
    ]
    for (const call of refused) {
      await expect(call).rejects.toThrow(/Operator "\w+" is not valid for field/)
    }
  })

  it('are answered 400 by Twenty: a composite without its sub-field and a related record as sort keys', async () => {
    await expect(ctx.twenty.people.list({ orderBy: 'name[AscNullsFirst]' })).rejects.toThrow(
      /Composite field 'name' cannot be used to order without a sub-field/,
    )
    await expect(ctx.twenty.people.list({ orderBy: 'company[AscNullsFirst]' })).rejects.toBeInstanceOf(
      TwentyValidationError,
    )
    await expect(
      ctx.twenty.people.list({ orderBy: { 'name.lastName': 'AscNullsFirst' } }),
    ).resolves.toMatchObject({
      totalCount: 0,
    })
  })
})
