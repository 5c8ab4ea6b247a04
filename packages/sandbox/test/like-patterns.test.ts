import { describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox()

describe('like patterns as Postgres reads them', () => {
  it('reads a backslash as making the next character literal, so \\% matches a percent sign only', async () => {
    await ctx.api('/rest/companies', { method: 'POST', body: { name: '100% Juice' } })
    await ctx.api('/rest/companies', { method: 'POST', body: { name: '100 Juice' } })
    const answer = await ctx.api(`/rest/companies${q({ filter: 'name[like]:"100\\% J%"' })}`)
    expect(answer.body.data.companies.map((company: { name: string }) => company.name)).toEqual([
      '100% Juice',
    ])
  })
})
