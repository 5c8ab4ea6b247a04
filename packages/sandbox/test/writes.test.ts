import { describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox()

describe('writes', () => {
  it('creates with 201 in Twenty’s envelope and fills composite defaults', async () => {
    const answer = await ctx.api('/rest/people', { method: 'POST', body: { name: { firstName: 'Mai' } } })
    expect(answer.status).toBe(201)
    expect(answer.body.data.createPerson.name).toEqual({ firstName: 'Mai', lastName: '' })
    expect(answer.body.data.createPerson.emails).toEqual({ primaryEmail: '', additionalEmails: null })
  })

  it('refuses an unknown field, a wrong type and an unknown stage, writing nothing', async () => {
    const before = (await ctx.api('/rest/opportunities')).body.totalCount
    for (const body of [
      { colour: 'red' },
      { name: 42 },
      { stage: 'WON' },
      { amount: { amountMicros: 'lots', currencyCode: 'USD' } },
    ]) {
      const answer = await ctx.api('/rest/opportunities', { method: 'POST', body })
      expect(answer.status).toBe(400)
      expect(answer.body.error).toBe('BadRequestException')
    }
    expect((await ctx.api('/rest/opportunities')).body.totalCount).toBe(before)
  })

  // Twenty's validate-currency-field-or-throw.util.ts checks amountMicros with validateNumericFieldOrThrow (Number()
  // of the value must be finite) and transform-currency-field.util.ts stores Number(value); '' means null.
  it('accepts amountMicros as a decimal or a numeric string and answers it as a number, as Twenty’s NUMERIC does', async () => {
    const amounts = [
      [1.5, 1.5],
      ['2500000', 2500000],
      ['', null],
    ] as const
    for (const [sent, stored] of amounts) {
      const answer = await ctx.api('/rest/opportunities', {
        method: 'POST',
        body: { amount: { amountMicros: sent, currencyCode: 'EUR' } },
      })
      expect(answer.status).toBe(201)
      expect(answer.body.data.createOpportunity.amount).toEqual({ amountMicros: stored, currencyCode: 'EUR' })
    }
    const refused = await ctx.api('/rest/opportunities', {
      method: 'POST',
      body: { amount: { amountMicros: 'lots', currencyCode: 'EUR' } },
    })
    expect(refused.body.messages).toEqual(['Invalid number value NaN for field "amount.amountMicros"'])
  })

  it('creates a batch all or nothing: one clash and none of the batch is written', async () => {
    await ctx.api('/rest/people', { method: 'POST', body: { emails: { primaryEmail: 'taken@example.com' } } })
    const answer = await ctx.api('/rest/batch/people', {
      method: 'POST',
      body: [
        { emails: { primaryEmail: 'fresh@example.com' } },
        { emails: { primaryEmail: 'TAKEN@example.com' } },
      ],
    })
    expect(answer.status).toBe(400)
    const fresh = await ctx.api(`/rest/people${q({ filter: 'emails.primaryEmail[eq]:"fresh@example.com"' })}`)
    expect(fresh.body.totalCount).toBe(0)
  })

  it('upserts on the primary email instead of failing', async () => {
    const first = await ctx.api('/rest/people', {
      method: 'POST',
      body: { emails: { primaryEmail: 'upsert@example.com' }, jobTitle: 'A' },
    })
    const again = await ctx.api(`/rest/people${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: { emails: { primaryEmail: 'upsert@example.com' }, jobTitle: 'B' },
    })
    expect(again.status).toBe(201)
    expect(again.body.data.createPerson).toMatchObject({ id: first.body.data.createPerson.id, jobTitle: 'B' })
  })

  it('destroys by default and soft-deletes only with soft_delete=true; restore brings soft-deleted records back', async () => {
    const soft = (await ctx.api('/rest/tasks', { method: 'POST', body: { title: 'soft' } })).body.data
      .createTask
    const hard = (await ctx.api('/rest/tasks', { method: 'POST', body: { title: 'hard' } })).body.data
      .createTask
    expect(
      (await ctx.api(`/rest/tasks/${soft.id}${q({ soft_delete: 'true' })}`, { method: 'DELETE' })).body,
    ).toEqual({ data: { deleteTask: { id: soft.id } } })
    await ctx.api(`/rest/tasks/${hard.id}`, { method: 'DELETE' })
    expect((await ctx.api(`/rest/tasks/${soft.id}`)).status).toBe(404)
    expect(
      (await ctx.api(`/rest/tasks/${soft.id}/restore`, { method: 'PATCH' })).body.data.restoreTask.deletedAt,
    ).toBeNull()
    expect((await ctx.api(`/rest/tasks/${hard.id}/restore`, { method: 'PATCH' })).status).toBe(404)
  })

  it('stores a date sent with an offset and answers it in UTC, as Postgres and Twenty do', async () => {
    const answer = await ctx.api('/rest/tasks', {
      method: 'POST',
      body: { title: 'dated', dueAt: '2025-06-12T09:41:07+07:00' },
    })
    expect(answer.body.data.createTask.dueAt).toBe('2025-06-12T02:41:07.000Z')
  })

  it('answers 400 Record already exists for a duplicate id, not 409', async () => {
    const note = (await ctx.api('/rest/notes', { method: 'POST', body: { title: 'once' } })).body.data
      .createNote
    const answer = await ctx.api('/rest/notes', { method: 'POST', body: { id: note.id, title: 'twice' } })
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toBe(`Record already exists, id: ${note.id}`)
  })

  // Twenty's data-arg processor checks uuid fields with twenty-shared's isValidUuid (versions 1 to 5) before Postgres.
  it('refuses an id or a foreign key that is not a version 1 to 5 uuid, writing nothing', async () => {
    const ids = ['11111111-1111-1111-1111-111111111111', '00000000-0000-0000-0000-000000000000']
    const [byId, byForeignKey] = await Promise.all([
      ctx.api('/rest/notes', { method: 'POST', body: { id: ids[0], title: 'hand-made id' } }),
      ctx.api('/rest/people', { method: 'POST', body: { companyId: ids[1] } }),
    ])
    expect([byId.status, byId.body.messages[0]]).toEqual([
      400,
      `Invalid UUID value '${ids[0]}' for field "id"`,
    ])
    expect([byForeignKey.status, byForeignKey.body.messages[0]]).toEqual([
      400,
      `Invalid UUID value '${ids[1]}' for field "companyId"`,
    ])
    expect(ctx.sandbox.records('notes').some((note) => note.id === ids[0])).toBe(false)
  })

  it('finds duplicates by email, by name and by LinkedIn URL', async () => {
    await ctx.api('/rest/people', {
      method: 'POST',
      body: {
        name: { firstName: 'Dup', lastName: 'Licate' },
        emails: { primaryEmail: 'dup@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/dup' },
      },
    })
    const answer = await ctx.api('/rest/people/duplicates', {
      method: 'POST',
      body: {
        data: [
          { emails: { primaryEmail: 'DUP@example.com' } },
          { name: { firstName: 'Dup', lastName: 'Licate' } },
          { linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/nobody' } },
        ],
      },
    })
    expect(answer.body.data.map((entry: any) => entry.totalCount)).toEqual([1, 1, 0])
    expect(answer.body.data[0].personDuplicates[0].emails.primaryEmail).toBe('dup@example.com')
  })

  it('updates by filter at depth=1 with each record’s relations embedded, as Twenty’s update-many answers', async () => {
    const company = (await ctx.api('/rest/companies', { method: 'POST', body: { name: 'Depth Co' } })).body
      .data.createCompany
    await ctx.api('/rest/people', { method: 'POST', body: { jobTitle: 'depth-many', companyId: company.id } })
    const answer = await ctx.api(`/rest/people${q({ filter: 'jobTitle[eq]:depth-many', depth: 1 })}`, {
      method: 'PATCH',
      body: { city: 'Hue' },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.data.updatePeople).toHaveLength(1)
    expect(answer.body.data.updatePeople[0]).toMatchObject({ city: 'Hue', company: { id: company.id } })
  })

  it('refuses a link to a record that does not exist', async () => {
    const answer = await ctx.api('/rest/people', {
      method: 'POST',
      body: { companyId: '00000000-0000-4000-8000-000000000000' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toMatch(/foreign key/)
  })

  it('never loses a write when 16 clients update and create at once', async () => {
    const company = (
      await ctx.api('/rest/companies', { method: 'POST', body: { name: 'Busy Co', employees: 0 } })
    ).body.data.createCompany
    await Promise.all(
      Array.from({ length: 16 }, async (_, writer) => {
        for (let i = 0; i < 10; i++) {
          await ctx.api('/rest/people', {
            method: 'POST',
            body: { name: { firstName: `W${writer}`, lastName: String(i) }, companyId: company.id },
          })
          await ctx.api(`/rest/companies/${company.id}`, {
            method: 'PATCH',
            body: { xLink: { primaryLinkUrl: `https://x.com/w${writer}-${i}` } },
          })
        }
      }),
    )
    const people = await ctx.api(`/rest/people${q({ filter: `companyId[eq]:${company.id}`, limit: 200 })}`)
    expect(people.body.totalCount).toBe(160)
    expect(
      new Set(people.body.data.people.map((p: any) => `${p.name.firstName}/${p.name.lastName}`)).size,
    ).toBe(160)
  })
})
