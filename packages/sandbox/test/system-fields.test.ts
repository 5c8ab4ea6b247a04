import { describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox()

// Twenty's data-arg processor validates and keeps every field it knows, system ones included
// (common-args-processors/data-arg-processor/data-arg-processor.service.ts); its createdBy pre-query hook then keeps
// an actor that has a name and fills one without a name from the API key, keeping the sent source
// (core-modules/actor/services/actor-from-auth-context.service.ts).
describe('system fields in a write body', () => {
  it('a create stores the createdBy actor and createdAt an importer sends', async () => {
    const created = await ctx.api('/rest/companies', {
      method: 'POST',
      body: {
        name: 'Imported Co',
        createdAt: '2021-03-04T05:06:07.000Z',
        createdBy: { source: 'IMPORT', name: 'CSV import' },
        position: 7,
      },
    })
    expect(created.status).toBe(201)
    const company = created.body.data.createCompany
    expect(company.createdAt).toBe('2021-03-04T05:06:07.000Z')
    expect(company.createdBy).toEqual({
      source: 'IMPORT',
      workspaceMemberId: null,
      name: 'CSV import',
      context: {},
    })
    expect(company.updatedBy).toEqual({
      source: 'API',
      workspaceMemberId: null,
      name: 'Sandbox key',
      context: {},
    })
    expect(company.position).toBe(7)
  })

  it('a createdBy without a name gets the key’s actor with the source sent', async () => {
    const created = await ctx.api('/rest/companies', {
      method: 'POST',
      body: { name: 'Sourced Co', createdBy: { source: 'IMPORT' } },
    })
    expect(created.body.data.createCompany.createdBy).toEqual({
      source: 'IMPORT',
      workspaceMemberId: null,
      name: 'Sandbox key',
      context: {},
    })
  })

  it('a create with deletedAt stores the record in the trash', async () => {
    const created = await ctx.api('/rest/companies', {
      method: 'POST',
      body: { name: 'Trashed On Arrival', deletedAt: '2024-01-01T00:00:00.000Z' },
    })
    expect(created.status).toBe(201)
    expect(created.body.data.createCompany.deletedAt).toBe('2024-01-01T00:00:00.000Z')
    const live = await ctx.api(`/rest/companies${q({ filter: 'name[eq]:"Trashed On Arrival"' })}`)
    expect(live.body.data.companies).toEqual([])
  })

  it('refuses with 400 an actor of an unknown source or with an unknown sub-field, and a date that is not one', async () => {
    const bodies = [
      { name: 'X', createdBy: { source: 'SPREADSHEET' } },
      { name: 'X', createdBy: { source: 'IMPORT', by: 'me' } },
      { name: 'X', createdAt: 'yesterday' },
    ]
    const statuses = []
    for (const body of bodies)
      statuses.push((await ctx.api('/rest/companies', { method: 'POST', body })).status)
    expect(statuses).toEqual([400, 400, 400])
  })
})
