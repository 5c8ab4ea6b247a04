import { expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

it('matches a custom key that differs from the CRM’s only in case, as keys are compared, instead of creating a second deal', async () => {
  const deal = await ctx.twenty.opportunities.create({ name: 'Acme Renewal 2026' })
  const report = await ctx.twenty.opportunities.importMany(
    [{ name: 'ACME renewal 2026', closeDate: '2026-06-30T00:00:00.000Z' }],
    {
      keyBy: 'name',
    },
  )
  expect(report.counts).toMatchObject({ created: 0, updated: 1 })
  expect(report.updated[0]?.record).toMatchObject({ id: deal.id })
})

it('finds again on a re-run custom keys holding like wildcards, quotes or a backslash, in any case, instead of creating them twice', async () => {
  const names = ['CUST_001 50% off', "O'Brien deal", 'Path C:\\deals', 'Đơn hàng Hà Nội']
  const first = await ctx.twenty.opportunities.importMany(
    names.map((name) => ({ name })),
    { keyBy: 'name' },
  )
  expect(first.counts).toMatchObject({ created: 4 })
  const again = await ctx.twenty.opportunities.importMany(
    names.map((name) => ({ name: name === 'Path C:\\deals' ? name : name.toUpperCase() })),
    { keyBy: 'name', strategy: 'crmWins' },
  )
  expect(again.counts).toMatchObject({ created: 0, unchanged: 4 })
})
