import { describe, expectTypeOf, it } from 'vitest'
import {
  type Actor,
  type Address,
  type Company,
  type Currency,
  type Emails,
  type FullName,
  type Links,
  type Note,
  type Opportunity,
  type PageFetcher,
  PageIterator,
  type Person,
  type Phones,
  type RichText,
  type SortKey,
  TwentyClient,
} from '../../src/index.js'

const twenty = new TwentyClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:3000' })

describe('filter comparators by field type', () => {
  it('refuses text matching on a number, which Twenty answers with a 400, and keeps comparisons', () => {
    void twenty.companies.list({ filter: { employees: { gte: 10, lt: 500 } } })
    void twenty.companies.list({ filter: { employees: { in: [1, 2] }, position: { neq: 0 } } })
    void twenty.opportunities.list({ filter: { amount: { amountMicros: { gte: 1_000_000 } } } })
    // @ts-expect-error Twenty refuses `startsWith` on a NUMBER field
    void twenty.companies.list({ filter: { employees: { startsWith: '1' } } })
    // @ts-expect-error Twenty refuses `ilike` on a NUMERIC sub-field
    void twenty.opportunities.list({ filter: { amount: { amountMicros: { ilike: '1%' } } } })
  })

  it('takes only eq and is on a boolean', () => {
    void twenty.companies.list({ filter: { idealCustomerProfile: { eq: true } } })
    void twenty.companies.list({ filter: { idealCustomerProfile: { is: 'NULL' } } })
    // @ts-expect-error Twenty refuses `gt` on a BOOLEAN field
    void twenty.companies.list({ filter: { idealCustomerProfile: { gt: false } } })
    // @ts-expect-error Twenty refuses `neq` on a BOOLEAN field
    void twenty.companies.list({ filter: { idealCustomerProfile: { neq: true } } })
  })

  it("compares a select field for equality only, the workspace's own options included", () => {
    void twenty.opportunities.list({ filter: { stage: { in: ['CUSTOMER', 'WON'] } } })
    void twenty.tasks.list({ filter: { status: { neq: 'DONE' } } })
    void twenty.people.list({ filter: { createdBy: { source: { eq: 'API' } } } })
    // @ts-expect-error Twenty refuses `gt` on a SELECT field
    void twenty.opportunities.list({ filter: { stage: { gt: 'NEW' } } })
    // @ts-expect-error Twenty refuses `ilike` on a SELECT field
    void twenty.tasks.list({ filter: { status: { ilike: '%DO%' } } })
  })

  it('refuses text matching on ids and dates, and keeps comparisons, Dates and text matching on text', () => {
    void twenty.people.list({ filter: { createdAt: { gte: new Date() }, companyId: { in: ['id'] } } })
    void twenty.tasks.list({ filter: { dueAt: { lt: '2026-01-01' }, id: { neq: 'id' } } })
    void twenty.people.list({ filter: { city: { ilike: '%hanoi%' }, jobTitle: { startsWith: 'Head' } } })
    // @ts-expect-error Twenty refuses `ilike` on a DATE_TIME field
    void twenty.people.list({ filter: { createdAt: { ilike: '2026%' } } })
    // @ts-expect-error Twenty refuses `startsWith` on a foreign key
    void twenty.opportunities.list({ filter: { companyId: { startsWith: 'ab' } } })
    // @ts-expect-error Twenty refuses `like` on a UUID sub-field
    void twenty.people.list({ filter: { createdBy: { workspaceMemberId: { like: '%' } } } })
  })

  it('still takes any comparator on a custom object whose fields the SDK does not know', () => {
    void twenty.records('pets').list({ filter: { age: { ilike: '1%' }, vaccinated: { gt: true } } })
  })
})

describe('sort keys', () => {
  it("sorts by a scalar field or a composite's scalar sub-field", () => {
    void twenty.people.list({
      orderBy: [{ 'name.lastName': 'AscNullsFirst' }, { createdAt: 'DescNullsLast' }],
    })
    void twenty.opportunities.list({
      orderBy: { 'amount.amountMicros': 'DescNullsLast', stage: 'AscNullsLast' },
    })
    expectTypeOf<'name.firstName' | 'emails.primaryEmail' | 'companyId'>().toExtend<SortKey<Person>>()
  })

  it('refuses a composite without its sub-field, which Twenty answers with a 400', () => {
    // @ts-expect-error Twenty: `Composite field 'name' cannot be used to order without a sub-field`
    void twenty.people.list({ orderBy: { name: 'AscNullsFirst' } })
    // @ts-expect-error the same for an array of sort keys
    void twenty.companies.list({ orderBy: [{ address: 'AscNullsFirst' }] })
    // @ts-expect-error `firstName` is the sub-field's name; there is no `nickname`
    void twenty.people.list({ orderBy: { 'name.nickname': 'AscNullsFirst' } })
  })

  it('refuses a related record, a list of them, or an array sub-field as a sort key', () => {
    expectTypeOf<'company' | 'taskTargets' | 'emails.additionalEmails'>().not.toExtend<SortKey<Person>>()
    expectTypeOf<'pointOfContact'>().not.toExtend<SortKey<Opportunity>>()
    // @ts-expect-error Twenty: `field 'company' does not exist in 'person' object`
    void twenty.people.list({ orderBy: { company: 'AscNullsFirst' } })
    // @ts-expect-error `people` is a list of related records
    void twenty.companies.iterate({ orderBy: { people: 'AscNullsFirst' } })
    expectTypeOf<SortKey<Company>>().toExtend<string>()
  })

  it('takes any sort path on a custom object whose fields the SDK does not know', () => {
    void twenty.records('pets').list({ orderBy: { 'owner.name': 'AscNullsFirst', age: 'DescNullsLast' } })
  })
})

describe('names a user needs in their own code', () => {
  it('exports the composite field types under their Twenty names', () => {
    expectTypeOf<NonNullable<Opportunity['amount']>>().toEqualTypeOf<Currency>()
    expectTypeOf<NonNullable<Person['name']>>().toEqualTypeOf<FullName>()
    expectTypeOf<NonNullable<Person['emails']>>().toEqualTypeOf<Emails>()
    expectTypeOf<NonNullable<Person['phones']>>().toEqualTypeOf<Phones>()
    expectTypeOf<NonNullable<Company['domainName']>>().toEqualTypeOf<Links>()
    expectTypeOf<NonNullable<Company['address']>>().toEqualTypeOf<Address>()
    expectTypeOf<NonNullable<Person['createdBy']>>().toEqualTypeOf<Actor>()
    expectTypeOf<NonNullable<Note['bodyV2']>>().toEqualTypeOf<RichText>()
  })

  it('exports the page fetcher a hand-built PageIterator takes', () => {
    const fetchPage: PageFetcher<Person> = (cursor) => twenty.people.list({ startingAfter: cursor })
    expectTypeOf(new PageIterator(fetchPage)).toEqualTypeOf<PageIterator<Person>>()
  })
})
