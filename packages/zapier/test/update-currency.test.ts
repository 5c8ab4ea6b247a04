import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()
const { creates } = App

type Row = Record<string, unknown>
type Field = { key: string; default?: unknown }

function currencyField(operation: { inputFields: readonly unknown[] }): Field | undefined {
  return (operation.inputFields as Field[]).find((field) => field.key === 'currency')
}

// Update steps promise that fields left empty keep their values; the currency of an amount is one of them.
describe('an update that changes an amount but not its currency', () => {
  it('Update Opportunity keeps the deal in the currency it was in', async () => {
    const deal = await twentyOf(sandbox()).opportunities.create({
      name: 'Euro deal',
      amount: { amountMicros: 100_000_000, currencyCode: 'EUR' },
    })
    const updated = await run<Row>(creates.update_opportunity.operation.perform, sandbox(), {
      inputData: { opportunityId: deal.id, amount: '250' },
    })
    expect(updated).toMatchObject({ amountValue: 250, amount: { currencyCode: 'EUR' } })
    await expect(twentyOf(sandbox()).opportunities.get(deal.id)).resolves.toMatchObject({
      amount: { amountMicros: 250_000_000, currencyCode: 'EUR' },
    })
  })

  it('Update Company keeps the revenue in the currency it was in', async () => {
    const company = await twentyOf(sandbox()).companies.create({
      name: 'Dong Co',
      annualRecurringRevenue: { amountMicros: 5_000_000_000_000, currencyCode: 'VND' },
    })
    const updated = await run<Row>(creates.update_company.operation.perform, sandbox(), {
      inputData: { companyId: company.id, annualRecurringRevenue: '7000000' },
    })
    expect(updated).toMatchObject({
      annualRecurringRevenueAmount: 7_000_000,
      annualRecurringRevenue: { currencyCode: 'VND' },
    })
  })

  it('Update Opportunity still uses USD for a deal that had no amount yet', async () => {
    const deal = await twentyOf(sandbox()).opportunities.create({ name: 'No amount yet' })
    const updated = await run<Row>(creates.update_opportunity.operation.perform, sandbox(), {
      inputData: { opportunityId: deal.id, amount: '10' },
    })
    expect(updated).toMatchObject({ amountValue: 10, amount: { currencyCode: 'USD' } })
  })

  it('the update steps do not pre-fill USD in the Zap editor, which would overwrite the currency', () => {
    expect(currencyField(creates.update_opportunity.operation)?.default).toBeUndefined()
    expect(currencyField(creates.update_company.operation)?.default).toBeUndefined()
    expect(currencyField(creates.create_opportunity.operation)?.default).toBe('USD')
    expect(currencyField(creates.create_company.operation)?.default).toBe('USD')
  })
})
