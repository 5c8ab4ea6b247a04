import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, rejection, startHarness } from './harness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

/** The requests of the module's last run, from the log entry at `from` on. */
const requestsSince = (from: number) =>
  h.log.slice(from).map(({ request }) => ({ method: request.method, path: new URL(request.url).pathname }))

describe('Create an opportunity', () => {
  it('sends the mapped fields with the amount typed in units as micros, and outputs the amount in both', async () => {
    const company = await h.twenty.companies.create({ name: 'Da Nang Dairy' })
    const person = await h.twenty.people.create({ name: { firstName: 'Bao', lastName: 'Tran' } })
    const [deal] = (await h.runner.runModule('createOpportunity', {
      name: 'Milk contract',
      stage: 'MEETING',
      amount: { amount: 2500.5, currencyCode: 'USD' },
      closeDate: new Date('2026-12-15T00:00:00.000Z'),
      companyId: company.id,
      pointOfContactId: person.id,
    })) as [Record<string, unknown> & { id: string }]
    expect(h.log.at(-1)?.request.body).toEqual({
      name: 'Milk contract',
      stage: 'MEETING',
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
      closeDate: '2026-12-15T00:00:00.000Z',
      companyId: company.id,
      pointOfContactId: person.id,
    })
    expect(deal).toMatchObject({
      name: 'Milk contract',
      stage: 'MEETING',
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
      amountValue: 2500.5,
      closeDate: '2026-12-15T00:00:00.000Z',
      companyId: company.id,
      pointOfContactId: person.id,
    })
    const stored = await h.twenty.opportunities.get(deal.id, { depth: 1 })
    expect(stored.company?.name).toBe('Da Nang Dairy')
    expect(stored.amount).toEqual({ amountMicros: 2_500_500_000, currencyCode: 'USD' })
  })

  it('sends only the name when nothing else is filled in, and Twenty sets the stage NEW', async () => {
    const [deal] = (await h.runner.runModule('createOpportunity', {
      name: 'Herb deal',
      stage: '',
      amount: { amount: '', currencyCode: '' },
      closeDate: undefined,
      companyId: '',
    })) as [Record<string, unknown>]
    expect(h.log.at(-1)?.request.body).toEqual({ name: 'Herb deal' })
    expect(deal).toMatchObject({ name: 'Herb deal', stage: 'NEW', amountValue: null })
  })

  it('rounds a computed amount to whole micros', async () => {
    await h.runner.runModule('createOpportunity', {
      name: 'Third share',
      amount: { amount: 100 / 3, currencyCode: 'EUR' },
    })
    expect(h.log.at(-1)?.request.body).toEqual({
      name: 'Third share',
      amount: { amountMicros: 33_333_333, currencyCode: 'EUR' },
    })
  })

  it('refuses an opportunity without its required name before calling Twenty', async () => {
    const before = h.log.length
    await expect(h.runner.runModule('createOpportunity', { stage: 'NEW' })).rejects.toMatchObject({
      type: 'DataError',
    })
    expect(h.log.length).toBe(before)
  })

  it("reports Twenty's 400 for a stage the workspace lacks as a DataError with Twenty's message", async () => {
    const error = await rejection(h.runner.runModule('createOpportunity', { name: 'Lost', stage: 'WON' }))
    expect(error).toMatchObject({ name: 'MakeError', type: 'DataError', statusCode: 400 })
    expect(error.message).toMatch(/^\[400\] Invalid value 'WON' for field "stage"/)
  })
})

describe('Create a note', () => {
  it('creates the note with a Markdown body, links it to each chosen record and outputs the links', async () => {
    const person = await h.twenty.people.create({ name: { firstName: 'Linh', lastName: 'Nguyen' } })
    const company = await h.twenty.companies.create({ name: 'Saigon Coffee Roasters' })
    const deal = await h.twenty.opportunities.create({ name: 'Wholesale' })
    const from = h.log.length
    const [note] = (await h.runner.runModule('createNote', {
      title: 'Call summary',
      bodyV2: { markdown: 'Wants 200 kg a month from **January**.' },
      personId: person.id,
      companyId: company.id,
      opportunityId: deal.id,
    })) as [Record<string, unknown> & { id: string; noteTargetIds: string[] }]
    expect(h.log[from]?.request.body).toEqual({
      title: 'Call summary',
      bodyV2: { markdown: 'Wants 200 kg a month from **January**.' },
    })
    expect(requestsSince(from)).toEqual([
      { method: 'POST', path: '/rest/notes' },
      { method: 'POST', path: '/rest/noteTargets' },
      { method: 'POST', path: '/rest/noteTargets' },
      { method: 'POST', path: '/rest/noteTargets' },
      { method: 'GET', path: `/rest/notes/${note.id}` },
    ])
    const targets = (await h.twenty.noteTargets.list({ filter: { noteId: { eq: note.id } } })).data
    const targetOf = (field: 'personId' | 'companyId' | 'opportunityId') =>
      targets.find((target) => target[field] !== null)?.id
    expect(note).toMatchObject({
      title: 'Call summary',
      bodyV2: { markdown: 'Wants 200 kg a month from **January**.' },
      linkedPersonId: person.id,
      linkedCompanyId: company.id,
      linkedOpportunityId: deal.id,
      linkedRecordType: 'person',
      linkedRecordId: person.id,
      noteTargetId: targetOf('personId'),
    })
    expect(note.noteTargetIds).toEqual([
      targetOf('personId'),
      targetOf('companyId'),
      targetOf('opportunityId'),
    ])
  })

  it('names the company as the linked record of a note linked to a company only', async () => {
    const company = await h.twenty.companies.create({ name: 'Hue Herbs' })
    const [note] = (await h.runner.runModule('createNote', { title: 'Visit', companyId: company.id })) as [
      Record<string, unknown> & { noteTargetIds: string[] },
    ]
    expect(note).toMatchObject({
      linkedPersonId: null,
      linkedCompanyId: company.id,
      linkedRecordType: 'company',
      linkedRecordId: company.id,
      noteTargetId: note.noteTargetIds[0],
    })
    expect(note.noteTargetIds).toHaveLength(1)
  })

  it('sends only the title when nothing else is filled in, links nothing and outputs no links', async () => {
    const from = h.log.length
    const [note] = (await h.runner.runModule('createNote', {
      title: 'Unlinked',
      bodyV2: { markdown: '' },
      personId: '',
    })) as [Record<string, unknown>]
    expect(h.log[from]?.request.body).toEqual({ title: 'Unlinked' })
    expect(requestsSince(from).map(({ method }) => method)).toEqual(['POST', 'GET'])
    expect(note).toMatchObject({
      title: 'Unlinked',
      linkedPersonId: null,
      linkedRecordType: null,
      linkedRecordId: null,
      noteTargetId: null,
      noteTargetIds: [],
    })
  })

  it("reports Twenty's 400 for a link to a missing record as a DataError that says the note was created, after creating it", async () => {
    const error = await rejection(
      h.runner.runModule('createNote', {
        title: 'Orphan note',
        opportunityId: '00000000-0000-4000-8000-000000000000',
      }),
    )
    expect(error).toMatchObject({ type: 'DataError', statusCode: 400 })
    expect(error.message).toMatch(/^\[400\] The note was created, but linking it or reading it back failed/)
    expect((await h.twenty.notes.list({ filter: { title: { eq: 'Orphan note' } } })).data).toHaveLength(1)
  })
})
