import { describe, expectTypeOf, it } from 'vitest'
import {
  type Address,
  type Company,
  type CompanyInput,
  type FullName,
  type FullNameInput,
  type Person,
  type PersonInput,
  type PersonUpdate,
  type Task,
  TwentyClient,
} from '../../src/index.js'

const twenty = new TwentyClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:3000' })

// The inputs take what the SDK's input schemas and Twenty take (null, 'first' | 'last'); the records keep the types
// Twenty answers with, because the spec gives inputs and records separate schemas.
describe('null and first/last positions in inputs, not in records', () => {
  it('accepts null for a text field, a composite and a text sub-field, and first or last as a position, in an update', () => {
    expectTypeOf<{ city: null; name: { firstName: null }; position: 'first' }>().toExtend<PersonUpdate>()
    void twenty.people.update('id', {
      city: null,
      jobTitle: null,
      name: null,
      emails: { primaryEmail: null },
    })
    void twenty.companies.update('id', { address: { addressStreet1: null }, domainName: null, name: null })
    void twenty.opportunities.update('id', { name: null, amount: null, position: 'last' })
    void twenty.tasks.update('id', { title: null, position: 'first' })
    void twenty.notes.update('id', { title: null, position: 'last' })
  })

  it('accepts first or last as a position and null sub-fields in a create', () => {
    expectTypeOf<{ position: 'last' }>().toExtend<PersonInput>()
    expectTypeOf<{ address: { addressCity: null }; annualRecurringRevenue: null }>().toExtend<CompanyInput>()
    expectTypeOf<{ firstName: null; lastName: 'Tran' }>().toExtend<FullNameInput>()
    void twenty.tasks.create({ title: 'Call back', position: 'last' })
    void twenty.people.createMany([{ position: 'first', phones: { primaryPhoneNumber: null } }])
  })

  it('refuses a position other than a number, first or last, and null where Twenty refuses it', () => {
    // @ts-expect-error Twenty resolves only 'first' and 'last'
    void twenty.people.update('id', { position: 'middle' })
    // @ts-expect-error Twenty's position validator refuses null
    void twenty.tasks.create({ position: null })
    // @ts-expect-error a rich text body is an object, not null
    void twenty.notes.update('id', { bodyV2: null })
    // @ts-expect-error a boolean field is not nullable
    void twenty.companies.update('id', { idealCustomerProfile: null })
  })

  it("keeps a record's text fields as strings, its composites as objects and its position a number", () => {
    expectTypeOf<Person['city']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Person['name']>().toEqualTypeOf<FullName | undefined>()
    expectTypeOf<FullName['firstName']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Company['address']>().toEqualTypeOf<Address | undefined>()
    expectTypeOf<Address['addressCity']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Task['position']>().toEqualTypeOf<number | undefined>()
  })
})
