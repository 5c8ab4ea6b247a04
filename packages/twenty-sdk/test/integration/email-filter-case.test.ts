// Exact email filters on a sandbox that stores addresses lower-cased, as Twenty does, and compares filter values
// as given, as Twenty did before it lower-cased them itself.
import { describe, expect, it } from 'vitest'
import { compileFilter } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox({
  customObjects: [{ singular: 'vet', plural: 'vets', fields: { workEmail: 'EMAILS' } }],
})

describe('exact filters on a primary email', () => {
  it('finds a person by an address typed in another case with eq, in and neq', async () => {
    const [linh, other] = await ctx.twenty.people.createMany([
      { emails: { primaryEmail: 'Linh.Tran@Example.VN' } },
      { emails: { primaryEmail: 'someone@example.vn' } },
    ])
    const ids = async (filter: Parameters<typeof ctx.twenty.people.list>[0]) =>
      (await ctx.twenty.people.list(filter)).data.map((person) => person.id)

    expect(await ids({ filter: { emails: { primaryEmail: { eq: 'LINH.TRAN@example.vn' } } } })).toEqual([
      linh?.id,
    ])
    expect(
      await ids({ filter: { emails: { primaryEmail: { in: ['Nobody@x.com', 'Linh.Tran@Example.VN'] } } } }),
    ).toEqual([linh?.id])
    expect(await ids({ filter: { emails: { primaryEmail: { neq: 'Linh.Tran@Example.VN' } } } })).toEqual([
      other?.id,
    ])
  })

  it('finds a record of a custom object by its EMAILS field typed in another case', async () => {
    const vets = ctx.twenty.records('vets')
    const vet = await vets.create({ name: 'Dr Mai', workEmail: { primaryEmail: 'Mai@Clinic.VN' } })
    const found = await vets.list({ filter: { workEmail: { primaryEmail: { eq: 'MAI@clinic.vn' } } } })
    expect(found.data.map((record) => record.id)).toEqual([vet.id])
  })
})

describe('compiled exact email filters', () => {
  it('sends eq, neq and in values on an EMAILS primaryEmail lower-cased, other comparators and fields as written', () => {
    expect(
      compileFilter({
        emails: { primaryEmail: { eq: 'A@B.io', neq: 'C@D.io', in: ['E@F.io'], ilike: '%@Acme.COM' } },
        workEmail: { primaryEmail: { eq: 'G@H.io' } },
        name: { firstName: { eq: 'Linh' } },
        primaryEmail: { eq: 'Typed@As.Text' },
      }),
    ).toBe(
      'emails.primaryEmail[eq]:"a@b.io",emails.primaryEmail[neq]:"c@d.io",emails.primaryEmail[in]:["e@f.io"],' +
        'emails.primaryEmail[ilike]:"%@Acme.COM",workEmail.primaryEmail[eq]:"g@h.io",name.firstName[eq]:"Linh",' +
        'primaryEmail[eq]:"Typed@As.Text"',
    )
  })
})
