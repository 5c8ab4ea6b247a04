import { describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox()

describe('emails and links are stored as Twenty stores them', () => {
  it('creating a person with upper-case primary and additional emails stores and returns them lower-cased', async () => {
    const created = await ctx.api('/rest/people', {
      method: 'POST',
      body: {
        emails: { primaryEmail: 'LWW-Dup@Example.COM', additionalEmails: ['Work@Example.com', 'HOME@x.io'] },
      },
    })
    expect(created.status).toBe(201)
    const lowered = {
      primaryEmail: 'lww-dup@example.com',
      additionalEmails: ['work@example.com', 'home@x.io'],
    }
    expect(created.body.data.createPerson.emails).toEqual(lowered)
    const read = await ctx.api(`/rest/people/${created.body.data.createPerson.id}`)
    expect(read.body.data.person.emails).toEqual(lowered)
  })

  it('a company domain https://WWW.Acme.COM/About/ is stored https://www.acme.com/About, secondary links too', async () => {
    const created = await ctx.api('/rest/companies', {
      method: 'POST',
      body: {
        name: 'Acme',
        domainName: {
          primaryLinkUrl: 'https://WWW.Acme.COM/About/',
          secondaryLinks: [{ url: 'HTTPS://Acme.com/', label: 'Home' }],
        },
      },
    })
    expect(created.status).toBe(201)
    const domainName = {
      primaryLinkUrl: 'https://www.acme.com/About',
      primaryLinkLabel: '',
      secondaryLinks: [{ url: 'https://acme.com', label: 'Home' }],
    }
    expect(created.body.data.createCompany.domainName).toEqual(domainName)
    const read = await ctx.api(`/rest/companies/${created.body.data.createCompany.id}`)
    expect(read.body.data.company.domainName).toEqual(domainName)
  })

  it('keeps the path, query and hash as typed and removes only one trailing slash', async () => {
    const created = await ctx.api('/rest/people', {
      method: 'POST',
      body: {
        linkedinLink: { primaryLinkUrl: 'https://LinkedIn.com:8443/in/Linh-Tran?Ref=ABC#Top' },
        xLink: { primaryLinkUrl: 'http://X.com/Linh//' },
      },
    })
    expect(created.body.data.createPerson.linkedinLink.primaryLinkUrl).toBe(
      'https://linkedin.com:8443/in/Linh-Tran?Ref=ABC#Top',
    )
    expect(created.body.data.createPerson.xLink.primaryLinkUrl).toBe('http://x.com/Linh/')
  })

  it('a link without a scheme or with another scheme is stored as typed', async () => {
    const created = await ctx.api('/rest/companies', {
      method: 'POST',
      body: {
        name: 'No Scheme',
        domainName: { primaryLinkUrl: 'www.ACME.example/' },
        linkedinLink: { primaryLinkUrl: 'Mailto:Sales@ACME.example' },
      },
    })
    expect(created.body.data.createCompany.domainName.primaryLinkUrl).toBe('www.ACME.example/')
    expect(created.body.data.createCompany.linkedinLink.primaryLinkUrl).toBe('Mailto:Sales@ACME.example')
  })

  it('a PATCH with only additionalEmails lowers them and leaves primaryEmail untouched', async () => {
    const person = (
      await ctx.api('/rest/people', {
        method: 'POST',
        body: { emails: { primaryEmail: 'patch.only@example.com', additionalEmails: null } },
      })
    ).body.data.createPerson
    const patched = await ctx.api(`/rest/people/${person.id}`, {
      method: 'PATCH',
      body: { emails: { additionalEmails: ['Second@Example.com'] } },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.data.updatePerson.emails).toEqual({
      primaryEmail: 'patch.only@example.com',
      additionalEmails: ['second@example.com'],
    })
  })

  it('a batch create, a PATCH by id and a PATCH by filter store emails and links lower-cased', async () => {
    const batch = await ctx.api('/rest/batch/people', {
      method: 'POST',
      body: [
        { jobTitle: 'normalise-batch', emails: { primaryEmail: 'Batch.One@Example.com' } },
        { jobTitle: 'normalise-batch', emails: { primaryEmail: 'BATCH.TWO@EXAMPLE.COM' } },
      ],
    })
    expect(batch.body.data.createPeople.map((row: any) => row.emails.primaryEmail)).toEqual([
      'batch.one@example.com',
      'batch.two@example.com',
    ])
    const [first] = batch.body.data.createPeople
    const byId = await ctx.api(`/rest/people/${first.id}`, {
      method: 'PATCH',
      body: { emails: { primaryEmail: 'Batch.Renamed@Example.com' } },
    })
    expect(byId.body.data.updatePerson.emails.primaryEmail).toBe('batch.renamed@example.com')
    const byFilter = await ctx.api(`/rest/people${q({ filter: 'jobTitle[eq]:"normalise-batch"' })}`, {
      method: 'PATCH',
      body: { xLink: { primaryLinkUrl: 'HTTPS://X.COM/Batch/' } },
    })
    expect(byFilter.body.data.updatePeople.map((row: any) => row.xLink.primaryLinkUrl)).toEqual([
      'https://x.com/Batch',
      'https://x.com/Batch',
    ])
  })

  it('an upsert with Linh@Example.com updates the person stored as linh@example.com instead of creating one', async () => {
    const stored = (
      await ctx.api('/rest/people', {
        method: 'POST',
        body: { emails: { primaryEmail: 'linh@example.com' }, jobTitle: 'before' },
      })
    ).body.data.createPerson
    const upserted = await ctx.api(`/rest/batch/people${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: [{ emails: { primaryEmail: 'Linh@Example.com' }, jobTitle: 'after' }],
    })
    expect(upserted.status).toBe(201)
    expect(upserted.body.data.createPeople[0]).toMatchObject({
      id: stored.id,
      jobTitle: 'after',
      emails: { primaryEmail: 'linh@example.com' },
    })
    const found = await ctx.api(`/rest/people${q({ filter: 'emails.primaryEmail[eq]:"linh@example.com"' })}`)
    expect(found.body.totalCount).toBe(1)
  })

  it('an upsert with https://Upsert.example/ updates the company stored as https://upsert.example', async () => {
    const stored = (
      await ctx.api('/rest/companies', {
        method: 'POST',
        body: { name: 'Upsert Co', domainName: { primaryLinkUrl: 'https://upsert.example' } },
      })
    ).body.data.createCompany
    const upserted = await ctx.api(`/rest/companies${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: { name: 'Upsert Co renamed', domainName: { primaryLinkUrl: 'https://Upsert.example/' } },
    })
    expect(upserted.body.data.createCompany).toMatchObject({
      id: stored.id,
      name: 'Upsert Co renamed',
      domainName: { primaryLinkUrl: 'https://upsert.example' },
    })
  })

  // Twenty checks addresses with zod's unicodeEmail pattern (validate-emails-primary-email-subfield-or-throw.util.ts).
  it('refuses with 400 a primary or additional email that is not an address, and stores nothing', async () => {
    const before = (await ctx.api('/rest/people')).body.totalCount
    const cases = [
      [
        { primaryEmail: 'not-an-email' },
        `Invalid string value 'not-an-email' for email field "emails.primaryEmail"`,
      ],
      [
        { primaryEmail: 'ok@example.com', additionalEmails: ['fine@example.com', 'two words@example.com'] },
        `Invalid string value 'two words@example.com' for email field "emails.additionalEmails"`,
      ],
    ] as const
    for (const [emails, message] of cases) {
      const answer = await ctx.api('/rest/people', { method: 'POST', body: { emails } })
      expect(answer.status).toBe(400)
      expect(answer.body.messages).toEqual([message])
    }
    expect((await ctx.api('/rest/people')).body.totalCount).toBe(before)
  })
})

// Twenty's filter arg processor canonicalises the value of `eq`, `neq` and `in` on `primaryEmail` only
// (common-args-processors/filter-arg-processor/utils/canonicalize-emails-filter-value.util.ts).
describe('email filter values are compared as Twenty compares them', () => {
  it('eq, neq and in on primaryEmail find the address stored lower-cased; like and additionalEmails stay as sent', async () => {
    const created = await ctx.api('/rest/people', {
      method: 'POST',
      body: {
        emails: { primaryEmail: 'Filter-Case@Example.VN', additionalEmails: ['Other-Case@Example.VN'] },
      },
    })
    const id = created.body.data.createPerson.id
    const ids = async (filter: string) =>
      (await ctx.api(`/rest/people${q({ filter, limit: 200 })}`)).body.data.people.map(
        (person: { id: string }) => person.id,
      )
    expect(await ids('emails.primaryEmail[eq]:"Filter-Case@Example.VN"')).toEqual([id])
    expect(await ids('emails.primaryEmail[in]:["nobody@x.io","FILTER-CASE@example.vn"]')).toEqual([id])
    expect(await ids('emails.primaryEmail[neq]:"Filter-Case@Example.VN"')).not.toContain(id)
    expect(await ids('emails.primaryEmail[like]:"Filter-Case%"')).toEqual([])
    expect(await ids('emails.additionalEmails[like]:"%Other-Case%"')).toEqual([])
  })
})
