import { expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

it('skips a row whose key holds only invisible characters, as it skips a blank key', async () => {
  const report = await ctx.twenty.opportunities.importMany(
    [{ name: '\u200b' }, { name: '\ufeff\u00a0\u2060' }, { name: 'Visible deal' }],
    { keyBy: 'name' },
  )
  expect(report.counts).toMatchObject({ created: 1, skipped: 2 })
  expect(report.skipped.map((row) => row.reason)).toEqual(['no name to match on', 'no name to match on'])
})
