import { describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

// Twenty's create-many runner (common-create-many-query-runner.service.ts) matches upserts against existing records
// read withDeleted(), before the batch is written, and writes `deletedAt: null` into the match.
const ctx = useSandbox({ maxBatchSize: 5 })

const createPerson = async (body: Record<string, unknown>) =>
  (await ctx.api('/rest/people', { method: 'POST', body })).body.data.createPerson

const trash = (id: string) => ctx.api(`/rest/people/${id}?soft_delete=true`, { method: 'DELETE' })

describe('upsert', () => {
  it('an upsert naming a trashed record’s id updates and restores it instead of answering 400', async () => {
    const person = await createPerson({ jobTitle: 'Before' })
    await trash(person.id)
    const answer = await ctx.api(`/rest/people${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: { id: person.id, jobTitle: 'After' },
    })
    expect(answer.status).toBe(201)
    expect(answer.body.data.createPerson).toMatchObject({ id: person.id, jobTitle: 'After', deletedAt: null })
    expect((await ctx.api(`/rest/people/${person.id}`)).body.data.person.jobTitle).toBe('After')
  })

  it('an upsert by the email of a trashed person restores that person instead of creating another', async () => {
    const person = await createPerson({ emails: { primaryEmail: 'trashed@example.com' } })
    await trash(person.id)
    const answer = await ctx.api(`/rest/batch/people${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: [{ emails: { primaryEmail: 'Trashed@example.com' }, city: 'Lyon' }],
    })
    expect(answer.status).toBe(201)
    expect(answer.body.data.createPeople).toMatchObject([{ id: person.id, city: 'Lyon', deletedAt: null }])
    const found = await ctx.api(
      `/rest/people${q({ filter: 'emails.primaryEmail[eq]:"trashed@example.com"' })}`,
    )
    expect(found.body.totalCount).toBe(1)
  })

  it('refuses with 400 an upsert whose id and email name two different records, changing neither', async () => {
    const byId = await createPerson({ jobTitle: 'Keep' })
    await createPerson({ emails: { primaryEmail: 'other@example.com' } })
    const answer = await ctx.api(`/rest/people${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: { id: byId.id, emails: { primaryEmail: 'other@example.com' }, jobTitle: 'Changed' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toBe(
      `Multiple records found with the same unique field values for id: ${byId.id}, emails.primaryEmail: other@example.com. Cannot determine which record to update.`,
    )
    expect((await ctx.api(`/rest/people/${byId.id}`)).body.data.person.jobTitle).toBe('Keep')
  })

  it('matches a batch against the records stored before it, so two new rows with one email clash with 400', async () => {
    const answer = await ctx.api(`/rest/batch/people${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: [
        { emails: { primaryEmail: 'twice@example.com' } },
        { emails: { primaryEmail: 'twice@example.com' } },
      ],
    })
    expect(answer.status).toBe(400)
    const found = await ctx.api(`/rest/people${q({ filter: 'emails.primaryEmail[eq]:"twice@example.com"' })}`)
    expect(found.body.totalCount).toBe(0)
  })

  it('refuses a batch larger than the server’s maximum with Twenty’s 400, writing nothing', async () => {
    const before = (await ctx.api('/rest/tasks')).body.totalCount
    const answer = await ctx.api('/rest/batch/tasks', {
      method: 'POST',
      body: Array.from({ length: 6 }, (_, i) => ({ title: `Task ${i}` })),
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'BadRequestException',
      messages: ['Maximum number of records to upsert is 5.'],
    })
    expect((await ctx.api('/rest/tasks')).body.totalCount).toBe(before)
  })
})
