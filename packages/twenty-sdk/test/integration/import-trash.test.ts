import { describe, expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

const inTrash = async (resource: 'people' | 'companies' | 'opportunities', id: string) => {
  const page = await ctx.twenty[resource].list({
    filter: { id: { eq: id }, deletedAt: { is: 'NOT_NULL' } },
  })
  return page.data[0] as Record<string, unknown> | undefined
}

// Twenty's upsert matches records in the trash on id and unique fields and restores them with the row's values:
// the importer must treat such a record as the row's match, report it truthfully and let the strategy decide.
describe('importMany against a record in the trash', () => {
  it('reports a person restored from the trash by email as updated and restored, with the old id, not created', async () => {
    const person = await ctx.twenty.people.create({
      name: { firstName: 'Trashed', lastName: 'Person' },
      emails: { primaryEmail: 'trashed@example.com' },
      jobTitle: 'CEO',
    })
    await ctx.twenty.people.delete(person.id)
    const report = await ctx.twenty.people.importMany([
      { name: { firstName: 'Back', lastName: 'Again' }, emails: { primaryEmail: 'Trashed@Example.com' } },
    ])
    expect(report.counts).toMatchObject({ created: 0, updated: 1 })
    expect(report.updated[0]).toMatchObject({ index: 0, restored: true, record: { id: person.id } })
    const after = await ctx.twenty.people.get(person.id)
    expect(after).toMatchObject({ name: { firstName: 'Back', lastName: 'Again' }, deletedAt: null })
  })

  it('reports a conflict naming deletedAt and leaves the trashed person as it was under manualReview', async () => {
    const person = await ctx.twenty.people.create({
      name: { firstName: 'Review', lastName: 'Me' },
      emails: { primaryEmail: 'review-trash@example.com' },
      jobTitle: 'CTO',
    })
    await ctx.twenty.people.delete(person.id)
    const report = await ctx.twenty.people.importMany(
      [{ emails: { primaryEmail: 'review-trash@example.com' }, jobTitle: 'Intern' }],
      { strategy: 'manualReview' },
    )
    expect(report.counts).toMatchObject({ created: 0, updated: 0, conflicts: 1 })
    expect(report.conflicts[0]?.recordId).toBe(person.id)
    expect(report.conflicts[0]?.fields.map((field) => field.field)).toEqual(['deletedAt', 'jobTitle'])
    expect(await inTrash('people', person.id)).toMatchObject({ jobTitle: 'CTO' })
  })

  it('writes nothing to a company in the trash under crmWins, even fields empty there', async () => {
    const company = await ctx.twenty.companies.create({
      name: 'Trashed Corp',
      domainName: { primaryLinkUrl: 'https://trashed-corp.example' },
    })
    await ctx.twenty.companies.delete(company.id)
    const report = await ctx.twenty.companies.importMany(
      [{ name: 'Other Name', domainName: { primaryLinkUrl: 'www.trashed-corp.example' }, employees: 40 }],
      { strategy: 'crmWins' },
    )
    expect(report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    expect(report.unchanged[0]).toMatchObject({
      recordId: company.id,
      reason: expect.stringMatching(/trash/),
    })
    expect(await inTrash('companies', company.id)).toMatchObject({ name: 'Trashed Corp', employees: null })
  })

  it('leaves a person deleted after the source row in the trash under lastWriteWins, and restores one deleted before', async () => {
    const older = await ctx.twenty.people.create({
      name: { firstName: 'Old', lastName: 'Row' },
      emails: { primaryEmail: 'lww-old@example.com' },
    })
    const newer = await ctx.twenty.people.create({
      name: { firstName: 'New', lastName: 'Row' },
      emails: { primaryEmail: 'lww-new@example.com' },
    })
    await ctx.twenty.people.delete(older.id)
    await ctx.twenty.people.delete(newer.id)
    const rows = [
      {
        input: { emails: { primaryEmail: 'lww-old@example.com' }, jobTitle: 'A' },
        at: '2001-01-01T00:00:00Z',
      },
      {
        input: { emails: { primaryEmail: 'lww-new@example.com' }, jobTitle: 'B' },
        at: '2999-01-01T00:00:00Z',
      },
    ]
    const report = await ctx.twenty.people.importMany(rows, {
      map: (row) => row.input,
      strategy: 'lastWriteWins',
      sourceUpdatedAt: (row) => row.at,
    })
    expect(report.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    expect(report.unchanged[0]).toMatchObject({ index: 0, recordId: older.id })
    expect(report.updated[0]).toMatchObject({
      index: 1,
      restored: true,
      record: { id: newer.id, jobTitle: 'B' },
    })
    expect(await inTrash('people', older.id)).toMatchObject({ jobTitle: '' })
  })

  it('restores the trashed record a custom key names instead of creating a second one beside it', async () => {
    const deal = await ctx.twenty.opportunities.create({ name: 'Trashed Renewal', stage: 'NEW' })
    await ctx.twenty.opportunities.delete(deal.id)
    const report = await ctx.twenty.opportunities.importMany(
      [{ name: 'trashed renewal', stage: 'MEETING' }],
      {
        keyBy: 'name',
      },
    )
    expect(report.counts).toMatchObject({ created: 0, updated: 1 })
    expect(report.updated[0]).toMatchObject({ restored: true, record: { id: deal.id, stage: 'MEETING' } })
    const live = await ctx.twenty.opportunities.list({ filter: { name: { ilike: 'trashed renewal' } } })
    expect(live.data.map((record) => record.id)).toEqual([deal.id])
  })

  it('updates the live record when a key names both a live and a trashed one, and leaves the trashed one there', async () => {
    const trashed = await ctx.twenty.opportunities.create({ name: 'Twin Deal', stage: 'NEW' })
    await ctx.twenty.opportunities.delete(trashed.id)
    const live = await ctx.twenty.opportunities.create({ name: 'Twin Deal', stage: 'NEW' })
    const report = await ctx.twenty.opportunities.importMany([{ name: 'Twin Deal', stage: 'PROPOSAL' }], {
      keyBy: 'name',
    })
    expect(report.updated).toEqual([
      { index: 0, record: expect.objectContaining({ id: live.id, stage: 'PROPOSAL' }) },
    ])
    expect(await inTrash('opportunities', trashed.id)).toMatchObject({ stage: 'NEW' })
  })
})
