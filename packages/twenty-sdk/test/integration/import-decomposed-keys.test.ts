import { expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

it('finds a key stored decomposed (NFD, from a macOS file) when the next file spells it composed, instead of creating it twice', async () => {
  const names = ['Đơn hàng Nguyễn Văn Linh', 'Café Crème renewal']
  const first = await ctx.twenty.opportunities.importMany(
    names.map((name) => ({ name: name.normalize('NFD') })),
    { keyBy: 'name' },
  )
  expect(first.counts).toMatchObject({ created: 2 })
  const again = await ctx.twenty.opportunities.importMany(
    names.map((name, index) => ({ name: (index === 1 ? name.toUpperCase() : name).normalize('NFC') })),
    { keyBy: 'name', strategy: 'crmWins' },
  )
  expect(again.counts).toMatchObject({ created: 0, unchanged: 2 })
  expect((await ctx.twenty.opportunities.list()).totalCount).toBe(2)
})
