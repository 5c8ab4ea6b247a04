import { describe, expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

// Twenty's upsert matches a person by primary email and a company by domain whatever `keyBy` says, so a row keyed
// otherwise that Twenty would match must be decided by the strategy like any matched row.
describe('importMany with keyBy other than the unique field', () => {
  it('reports a conflict and writes nothing under manualReview when the row’s email is an existing person’s', async () => {
    const person = await ctx.twenty.people.create({
      name: { firstName: 'Keep', lastName: 'Me' },
      emails: { primaryEmail: 'keep@example.com' },
      jobTitle: 'CTO',
    })
    const report = await ctx.twenty.people.importMany(
      [
        {
          name: { firstName: 'Keep', lastName: 'Me' },
          emails: { primaryEmail: 'Keep@Example.com' },
          jobTitle: 'Intern',
          linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/keepme' },
        },
      ],
      { strategy: 'manualReview', keyBy: 'linkedinLink.primaryLinkUrl' },
    )
    expect(report.counts).toMatchObject({ created: 0, conflicts: 1 })
    expect(report.conflicts[0]).toMatchObject({ recordId: person.id })
    expect((await ctx.twenty.people.get(person.id)).jobTitle).toBe('CTO')
  })

  it('fills only empty fields under crmWins and reports the company updated, not created', async () => {
    const company = await ctx.twenty.companies.create({
      name: 'Acme',
      domainName: { primaryLinkUrl: 'https://acme.example' },
      employees: 12,
    })
    const report = await ctx.twenty.companies.importMany(
      [
        {
          name: 'Acme Corporation',
          domainName: { primaryLinkUrl: 'www.acme.example/' },
          employees: 40,
          xLink: { primaryLinkUrl: 'https://x.com/acme' },
        },
      ],
      { strategy: 'crmWins', keyBy: 'name' },
    )
    expect(report.counts).toMatchObject({ created: 0, updated: 1 })
    const after = await ctx.twenty.companies.get(company.id)
    expect(after).toMatchObject({
      name: 'Acme',
      employees: 12,
      xLink: { primaryLinkUrl: 'https://x.com/acme' },
    })
  })
})

describe('importMany matching on the unique field under externalWins', () => {
  it('writes the row’s own key to the person it matched by email, so a re-run finds that person by key', async () => {
    const person = await ctx.twenty.people.create({
      name: { firstName: 'Lan', lastName: 'Tran' },
      emails: { primaryEmail: 'lan@example.com' },
    })
    const rows = [
      {
        emails: { primaryEmail: 'lan@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/lantran' },
      },
    ]
    const first = await ctx.twenty.people.importMany(rows, { keyBy: 'linkedinLink.primaryLinkUrl' })
    expect(first.counts).toMatchObject({ updated: 1 })
    expect((await ctx.twenty.people.get(person.id)).linkedinLink?.primaryLinkUrl).toBe(
      'https://linkedin.com/in/lantran',
    )
    const again = await ctx.twenty.people.importMany(rows, { keyBy: 'linkedinLink.primaryLinkUrl' })
    expect(again.counts).toMatchObject({ unchanged: 1 })
  })
})
