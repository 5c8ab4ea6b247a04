import { describe, expectTypeOf, it } from 'vitest'
import {
  type Company,
  type Opportunity,
  type OpportunityInput,
  type OpportunityStage,
  type Page,
  type Person,
  type SelectValue,
  type Task,
  type TaskStatus,
  TwentyClient,
  type TwentyError,
  type TwentyValidationError,
  type Webhook,
} from '../../src/index.js'

const twenty = new TwentyClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:3000' })

describe('typed resources', () => {
  it('returns typed records from every verb', () => {
    expectTypeOf(twenty.people.create({ name: { firstName: 'Linh' } })).resolves.toEqualTypeOf<Person>()
    expectTypeOf(twenty.people.get('id', { depth: 1 })).resolves.toEqualTypeOf<Person>()
    expectTypeOf(twenty.companies.update('id', { name: 'Acme' })).resolves.toEqualTypeOf<Company>()
    expectTypeOf(twenty.opportunities.list()).resolves.toEqualTypeOf<Page<Opportunity>>()
    expectTypeOf(twenty.people.delete('id')).resolves.toEqualTypeOf<{ id: string }>()
    expectTypeOf(twenty.people.createMany([{ name: { firstName: 'A' } }])).resolves.toEqualTypeOf<Person[]>()
  })

  it('iterates records as an async iterable of the resource type', () => {
    expectTypeOf(twenty.people.iterate()).toMatchTypeOf<AsyncIterable<Person>>()
  })

  it('types select options from the spec', () => {
    expectTypeOf<OpportunityStage>().toEqualTypeOf<
      'NEW' | 'SCREENING' | 'MEETING' | 'PROPOSAL' | 'CUSTOMER'
    >()
    expectTypeOf<TaskStatus>().toEqualTypeOf<'TODO' | 'IN_PROGRESS' | 'DONE'>()
  })

  it("opens select fields to the workspace's own options while keeping the standard ones", () => {
    expectTypeOf<OpportunityStage>().toExtend<NonNullable<OpportunityInput['stage']>>()
    expectTypeOf<OpportunityStage>().toExtend<NonNullable<Opportunity['stage']>>()
    expectTypeOf<TaskStatus>().toExtend<NonNullable<Task['status']>>()
    expectTypeOf<Opportunity['stage']>().toEqualTypeOf<SelectValue<OpportunityStage> | undefined>()
    void twenty.opportunities.create({ name: 'Deal', stage: 'NEGOTIATION' })
    void twenty.tasks.update('id', { status: 'BLOCKED' })
    // @ts-expect-error a stage is a string
    void twenty.opportunities.create({ stage: 3 })
  })

  it('refuses an unknown field and a wrong composite shape at compile time', () => {
    // @ts-expect-error people have no `colour` field
    void twenty.people.create({ colour: 'red' })
    // @ts-expect-error amountMicros is a number
    void twenty.opportunities.create({ amount: { amountMicros: 'lots', currencyCode: 'USD' } })
  })

  it('takes a Date or an ISO string for date-time inputs, and returns strings', () => {
    void twenty.tasks.create({ title: 'Call back', dueAt: new Date() })
    void twenty.opportunities.update('id', { closeDate: '2027-01-15' })
    void twenty.opportunities.update('id', { closeDate: null })
    expectTypeOf<Opportunity['closeDate']>().toEqualTypeOf<string | null | undefined>()
    // @ts-expect-error a task's title is text, not a date
    void twenty.tasks.create({ title: new Date() })
  })

  it('types filters and sort orders by field', () => {
    void twenty.people.list({
      filter: { emails: { primaryEmail: { eq: 'a@b.c' } } },
      orderBy: { createdAt: 'DescNullsLast' },
    })
    void twenty.people.list({ filter: { emails: { additionalEmails: { containsExactly: ['a@b.c'] } } } })
    // @ts-expect-error `bigger` is not a comparator
    void twenty.people.list({ filter: { jobTitle: { bigger: 'x' } } })
    // @ts-expect-error `Sideways` is not a direction
    void twenty.people.list({ orderBy: { createdAt: 'Sideways' } })
  })

  it('keeps custom objects loosely typed through records()', () => {
    expectTypeOf(twenty.records('pets').get('id')).resolves.toMatchTypeOf<{ id: string }>()
    expectTypeOf(twenty.records<{ id: string; species: string }>('pets').get('id')).resolves.toEqualTypeOf<{
      id: string
      species: string
    }>()
  })
})

describe('errors and webhooks', () => {
  it('makes every SDK error a TwentyError with status, code and messages', () => {
    expectTypeOf<TwentyValidationError>().toMatchTypeOf<TwentyError>()
    expectTypeOf<TwentyError['status']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<TwentyError['messages']>().toEqualTypeOf<readonly string[]>()
  })

  it('returns the secret of a webhook as a string', () => {
    expectTypeOf(
      twenty.webhooks.create({ targetUrl: 'https://example.com' }),
    ).resolves.toEqualTypeOf<Webhook>()
    expectTypeOf<Webhook['secret']>().toEqualTypeOf<string>()
    // @ts-expect-error operations are `object.action` strings
    void twenty.webhooks.create({ targetUrl: 'https://example.com', operations: ['created'] })
  })
})

describe('records() with a type of your own', () => {
  it('takes an interface with an id, which has no index signature, as well as a type alias', () => {
    interface Pet {
      id: string
      name: string
      species: string | null
    }
    const twenty = new TwentyClient({ apiKey: 'k' })
    const pets = twenty.records<Pet>('pets')
    expectTypeOf(pets.get('id')).resolves.toEqualTypeOf<Pet>()
    expectTypeOf(pets.list({ filter: { species: { eq: 'cat' } } })).resolves.toHaveProperty('data')
    // @ts-expect-error a record type must have its id
    twenty.records<{ name: string }>('pets')
  })
})
