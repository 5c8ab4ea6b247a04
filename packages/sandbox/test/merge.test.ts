import { describe, expect, it } from 'vitest'
import type { RecordEvent } from '../src/store/record-store.js'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox()

const create = async (plural: string, singular: string, body: Record<string, unknown>) =>
  (await ctx.api(`/rest/${plural}`, { method: 'POST', body })).body.data[`create${singular}`]
const person = (body: Record<string, unknown>) => create('people', 'Person', body)
const merge = (body: unknown, query = '', plural = 'people') =>
  ctx.api(`/rest/${plural}/merge${query}`, { method: 'PATCH', body })

/** The record events the writes inside `work` emit, as `person.destroyed` etc. */
async function eventsOf(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  const listen = (event: RecordEvent) => seen.push(`${event.object.singular}.${event.action}`)
  ctx.sandbox.store.events.on('record', listen)
  try {
    await work()
  } finally {
    ctx.sandbox.store.events.off('record', listen)
  }
  return seen
}

describe('PATCH /rest/{plural}/merge, as Twenty merges records', () => {
  it('keeps the priority record’s value on a conflict and fills its empty fields from the others', async () => {
    const company = await create('companies', 'Company', { name: 'Merge Fill Co' })
    const kept = await person({ name: { firstName: 'Ann', lastName: 'Lee' }, jobTitle: 'CTO' })
    const other = await person({
      name: { firstName: 'Annie', lastName: 'Lee' },
      jobTitle: 'Engineer',
      city: 'Paris',
      avatarUrl: 'https://img.example/annie.png',
      companyId: company.id,
    })
    const answer = await merge({ ids: [kept.id, other.id], conflictPriorityIndex: 0, dryRun: false })
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.body.data)).toEqual(['mergePerson'])
    expect(answer.body.data.mergePerson).toMatchObject({
      id: kept.id,
      name: { firstName: 'Ann', lastName: 'Lee' },
      jobTitle: 'CTO',
      city: 'Paris',
      companyId: company.id,
      createdAt: kept.createdAt,
      // A system field in Twenty's person metadata: the merge leaves it as the kept record has it.
      avatarUrl: '',
    })
    expect((await ctx.api(`/rest/people/${kept.id}`)).body.data.person.city).toBe('Paris')
  })

  it('takes the values of the record conflictPriorityIndex names, wherever it is in ids', async () => {
    const first = await person({ jobTitle: 'First', city: 'Lyon' })
    const second = await person({ jobTitle: 'Second' })
    const answer = await merge({ ids: [first.id, second.id], conflictPriorityIndex: 1 })
    expect(answer.body.data.mergePerson).toMatchObject({ id: second.id, jobTitle: 'Second', city: 'Lyon' })
    expect((await ctx.api(`/rest/people/${first.id}`)).status).toBe(404)
  })

  it('keeps one primary email, phone and link and gathers every other one, without repeats, in the additional lists', async () => {
    const kept = await person({
      emails: { primaryEmail: 'ann@merge.example', additionalEmails: ['shared@merge.example'] },
      phones: { primaryPhoneNumber: '+33 6 12 34 56 78' },
      linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/ann', primaryLinkLabel: 'Ann' },
    })
    const other = await person({
      emails: {
        primaryEmail: 'annie@merge.example',
        additionalEmails: ['shared@merge.example', 'ann@merge.example'],
      },
      phones: {
        primaryPhoneNumber: '+84 912 345 678',
        additionalPhones: [{ number: '+33 6 12 34 56 78' }],
      },
      linkedinLink: {
        primaryLinkUrl: 'https://linkedin.com/in/annie',
        secondaryLinks: [{ url: 'https://linkedin.com/in/ann', label: 'again' }],
      },
    })
    const merged = (await merge({ ids: [kept.id, other.id], conflictPriorityIndex: 0 })).body.data.mergePerson
    expect(merged.emails).toEqual({
      primaryEmail: 'ann@merge.example',
      additionalEmails: ['shared@merge.example', 'annie@merge.example'],
    })
    expect(merged.phones).toEqual({
      primaryPhoneNumber: '612345678',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
      additionalPhones: [{ number: '912345678', countryCode: 'VN', callingCode: '+84' }],
    })
    expect(merged.linkedinLink).toEqual({
      primaryLinkUrl: 'https://linkedin.com/in/ann',
      primaryLinkLabel: 'Ann',
      secondaryLinks: [{ url: 'https://linkedin.com/in/annie', label: '' }],
    })
  })

  it('destroys the other records (not even in the trash), emitting destroyed for them and updated for the kept one', async () => {
    const kept = await person({ jobTitle: 'Keeper' })
    const others = [await person({ jobTitle: 'Gone 1' }), await person({ jobTitle: 'Gone 2' })]
    const events = await eventsOf(() =>
      merge({ ids: [kept.id, ...others.map((row) => row.id)], conflictPriorityIndex: 0 }),
    )
    expect(events).toEqual(['person.destroyed', 'person.destroyed', 'person.updated'])
    for (const { id } of others) {
      expect((await ctx.api(`/rest/people/${id}`)).status).toBe(404)
      const trashed = await ctx.api(`/rest/people${q({ filter: `deletedAt[is]:NOT_NULL,id[eq]:${id}` })}`)
      expect(trashed.body.totalCount).toBe(0)
    }
  })

  it('points task and note targets and opportunities at the kept person, and answers them at depth=1', async () => {
    const kept = await person({ jobTitle: 'Contact kept' })
    const other = await person({ jobTitle: 'Contact merged' })
    const task = await create('tasks', 'Task', { title: 'Call' })
    const note = await create('notes', 'Note', { title: 'Met' })
    const taskTarget = await create('taskTargets', 'TaskTarget', { taskId: task.id, personId: other.id })
    const noteTarget = await create('noteTargets', 'NoteTarget', { noteId: note.id, personId: other.id })
    const deal = await create('opportunities', 'Opportunity', { name: 'Deal', pointOfContactId: other.id })
    const answer = await merge({ ids: [kept.id, other.id], conflictPriorityIndex: 0 }, q({ depth: 1 }))
    const merged = answer.body.data.mergePerson
    expect(merged.taskTargets.map((row: any) => row.id)).toEqual([taskTarget.id])
    expect(merged.noteTargets.map((row: any) => row.id)).toEqual([noteTarget.id])
    expect(merged.pointOfContactForOpportunities.map((row: any) => row.id)).toEqual([deal.id])
    expect((await ctx.api(`/rest/taskTargets/${taskTarget.id}`)).body.data.taskTarget.personId).toBe(kept.id)
    expect((await ctx.api(`/rest/opportunities/${deal.id}`)).body.data.opportunity.pointOfContactId).toBe(
      kept.id,
    )
  })

  it('merges companies too, moving their people and merging their domains', async () => {
    const kept = await create('companies', 'Company', {
      name: 'Acme',
      domainName: { primaryLinkUrl: 'https://acme.example' },
    })
    const other = await create('companies', 'Company', {
      name: 'Acme Inc',
      domainName: { primaryLinkUrl: 'https://acme-inc.example' },
      employees: 40,
    })
    const employee = await person({ jobTitle: 'At Acme Inc', companyId: other.id })
    const answer = await merge({ ids: [kept.id, other.id], conflictPriorityIndex: 0 }, '', 'companies')
    expect(answer.body.data.mergeCompany).toMatchObject({
      id: kept.id,
      name: 'Acme',
      employees: 40,
      domainName: {
        primaryLinkUrl: 'https://acme.example',
        secondaryLinks: [{ url: 'https://acme-inc.example', label: '' }],
      },
    })
    expect((await ctx.api(`/rest/people/${employee.id}`)).body.data.person.companyId).toBe(kept.id)
  })

  it('with dryRun changes nothing and answers the merged preview with a fresh id and deletedAt set', async () => {
    const kept = await person({ jobTitle: 'Dry kept' })
    const other = await person({ jobTitle: 'Dry other', city: 'Hanoi' })
    const task = await create('tasks', 'Task', { title: 'Dry task' })
    const taskTarget = await create('taskTargets', 'TaskTarget', { taskId: task.id, personId: other.id })
    let answer: any
    const events = await eventsOf(async () => {
      answer = await merge(
        { ids: [kept.id, other.id], conflictPriorityIndex: 0, dryRun: true },
        q({ depth: 1 }),
      )
    })
    expect(events).toEqual([])
    expect(answer.status).toBe(200)
    const preview = answer.body.data.mergePerson
    expect(preview).toMatchObject({ jobTitle: 'Dry kept', city: 'Hanoi' })
    expect([kept.id, other.id]).not.toContain(preview.id)
    expect(preview.deletedAt).not.toBeNull()
    expect(preview.taskTargets.map((row: any) => row.id)).toEqual([taskTarget.id])
    expect((await ctx.api(`/rest/people/${kept.id}`)).body.data.person.city).toBe('')
    expect((await ctx.api(`/rest/people/${other.id}`)).status).toBe(200)
    expect((await ctx.api(`/rest/taskTargets/${taskTarget.id}`)).body.data.taskTarget.personId).toBe(other.id)
  })
})

describe('merge refusals, with Twenty’s status and message, writing nothing', () => {
  const pair = async () => [(await person({ jobTitle: 'R1' })).id, (await person({ jobTitle: 'R2' })).id]

  it('refuses an object without duplicate criteria with 400', async () => {
    const [a, b] = [await create('tasks', 'Task', {}), await create('tasks', 'Task', {})]
    const answer = await merge({ ids: [a.id, b.id], conflictPriorityIndex: 0 }, '', 'tasks')
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'BadRequestException',
      messages: [
        "Merge is only available for objects with duplicate criteria. Object 'task' does not have duplicate criteria defined.",
      ],
    })
  })

  it('refuses fewer than 2 ids, more than 9 ids and a priority index out of range with 400', async () => {
    const ids = await pair()
    const cases: [unknown, string][] = [
      [{ ids: [ids[0]], conflictPriorityIndex: 0 }, 'At least 2 record IDs are required for merge'],
      [{ conflictPriorityIndex: 0 }, 'At least 2 record IDs are required for merge'],
      [
        { ids: Array.from({ length: 10 }, () => crypto.randomUUID()), conflictPriorityIndex: 0 },
        'Maximum 9 records can be merged at once',
      ],
      [{ ids, conflictPriorityIndex: 2 }, "Invalid conflict priority '2'. Valid options for 2 records: 0-1"],
      [
        { ids, conflictPriorityIndex: -1 },
        "Invalid conflict priority '-1'. Valid options for 2 records: 0-1",
      ],
    ]
    for (const [body, message] of cases) {
      const answer = await merge(body)
      expect(answer.status).toBe(400)
      expect(answer.body.messages).toEqual([message])
    }
    for (const id of ids) expect((await ctx.api(`/rest/people/${id}`)).status).toBe(200)
  })

  it('answers 404 Record not found for an unknown, a soft-deleted or a repeated id, and a missing priority index', async () => {
    const [a, b] = await pair()
    const trashed = (await person({ jobTitle: 'trashed' })).id
    await ctx.api(`/rest/people/${trashed}${q({ soft_delete: 'true' })}`, { method: 'DELETE' })
    for (const body of [
      { ids: [a, crypto.randomUUID()], conflictPriorityIndex: 0 },
      { ids: [a, trashed], conflictPriorityIndex: 0 },
      { ids: [a, a], conflictPriorityIndex: 0 },
      { ids: [a, b] },
    ]) {
      const answer = await merge(body)
      expect(answer.status).toBe(404)
      expect(answer.body).toEqual({
        statusCode: 404,
        error: 'NotFoundException',
        messages: ['Record not found'],
      })
    }
    expect((await ctx.api(`/rest/people/${b}`)).status).toBe(200)
  })

  it('reads ids in any case as Postgres does: an upper-case other id merges, the same id in two cases is 404', async () => {
    const [a, b] = await pair()
    const twice = await merge({ ids: [a, (a as string).toUpperCase()], conflictPriorityIndex: 0 })
    expect(twice.status).toBe(404)
    const answer = await merge({ ids: [a, (b as string).toUpperCase()], conflictPriorityIndex: 0 })
    expect(answer.status).toBe(200)
    expect(answer.body.data.mergePerson.id).toBe(a)
    expect((await ctx.api(`/rest/people/${b}`)).status).toBe(404)
  })

  it('answers 404 when the priority id is in upper case: Twenty compares it with the stored id as a string', async () => {
    const [a, b] = await pair()
    const answer = await merge({ ids: [(a as string).toUpperCase(), b], conflictPriorityIndex: 0 })
    expect(answer.status).toBe(404)
    expect((await ctx.api(`/rest/people/${b}`)).status).toBe(200)
  })

  it('refuses an id that is not a uuid with the 400 Postgres gives', async () => {
    const [a] = await pair()
    const answer = await merge({ ids: [a, 'not-a-uuid'], conflictPriorityIndex: 0 })
    expect(answer.status).toBe(400)
    expect(answer.body.messages).toEqual(['invalid input syntax for type uuid: "not-a-uuid"'])
  })
})
