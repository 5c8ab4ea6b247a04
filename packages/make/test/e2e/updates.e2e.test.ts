import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ERASE } from '../../src/runner/parameters.js'
import { type Harness, rejection, startHarness } from './harness.js'

const OWNER = {
  id: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
  name: { firstName: 'Mai', lastName: 'Tran' },
  userEmail: 'mai@saigoncoffee.example',
}
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ workspaceMembers: [OWNER] })
})
afterAll(() => h.close())

const lastRequest = () => h.log.at(-1)?.request

describe('Update a person', () => {
  it('sends only the mapped fields and leaves the others as they were', async () => {
    const company = await h.twenty.companies.create({ name: 'Saigon Coffee Roasters' })
    const person = await h.twenty.people.create({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh@saigoncoffee.example' },
      jobTitle: 'Head of Sales',
      city: 'Ho Chi Minh City',
    })
    const [updated] = (await h.runner.runModule('updatePerson', {
      personId: person.id,
      name: { firstName: '', lastName: 'Tran' },
      phones: {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      jobTitle: 'Sales Director',
      city: '',
      linkedinLink: { primaryLinkUrl: 'https://www.linkedin.com/in/linh-tran' },
      companyId: company.id,
    })) as [Record<string, unknown>]
    expect(lastRequest()).toMatchObject({ method: 'PATCH', url: `${h.sandbox.url}/rest/people/${person.id}` })
    expect(lastRequest()?.body).toEqual({
      name: { lastName: 'Tran' },
      phones: {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      jobTitle: 'Sales Director',
      linkedinLink: { primaryLinkUrl: 'https://www.linkedin.com/in/linh-tran' },
      companyId: company.id,
    })
    expect(updated).toMatchObject({
      id: person.id,
      name: { firstName: 'Linh', lastName: 'Tran' },
      emails: { primaryEmail: 'linh@saigoncoffee.example' },
      city: 'Ho Chi Minh City',
      jobTitle: 'Sales Director',
      companyId: company.id,
    })
  })

  it('clears a field only when the user maps the erase keyword, and counts that as a change', async () => {
    const person = await h.twenty.people.create({ name: { firstName: 'An' }, city: 'Hanoi' })
    const [updated] = (await h.runner.runModule('updatePerson', { personId: person.id, city: ERASE })) as [
      Record<string, unknown>,
    ]
    expect(lastRequest()?.body).toEqual({ city: null })
    expect(updated).toMatchObject({ name: { firstName: 'An' }, city: '' }) // Twenty answers a text it stores as NULL as ''
  })

  it('updates nothing and outputs nothing, without calling Twenty, when no field is mapped', async () => {
    const person = await h.twenty.people.create({ name: { firstName: 'Untouched' } })
    const before = h.log.length
    for (const mapped of [
      { personId: person.id },
      { personId: person.id, name: { firstName: '', lastName: '' }, jobTitle: '', linkedinLink: {} },
    ]) {
      expect(await h.runner.runModule('updatePerson', mapped)).toEqual([])
    }
    expect(h.log.length).toBe(before)
    expect((await h.twenty.people.get(person.id)).updatedAt).toBe(person.updatedAt)
  })

  it("reports an unknown person as a DataError with Twenty's message", async () => {
    const error = await rejection(
      h.runner.runModule('updatePerson', { personId: UNKNOWN_ID, jobTitle: 'CTO' }),
    )
    expect(error).toMatchObject({ type: 'DataError', statusCode: 404, message: '[404] Record not found' })
  })
})

describe('Update a company', () => {
  it('sends only the mapped fields, the revenue typed in units as micros, and leaves the others', async () => {
    const company = await h.twenty.companies.create({
      name: 'Hanoi Tea House',
      domainName: { primaryLinkUrl: 'https://hanoitea.example' },
      employees: 12,
      address: { addressCity: 'Hanoi', addressCountry: 'Vietnam' },
    })
    const [updated] = (await h.runner.runModule('updateCompany', {
      companyId: company.id,
      name: '',
      employees: '52',
      annualRecurringRevenue: { amount: 1250000.5, currencyCode: 'EUR' },
      address: { addressPostcode: '100000' },
      idealCustomerProfile: false,
      accountOwnerId: OWNER.id,
    })) as [Record<string, unknown>]
    expect(lastRequest()).toMatchObject({
      method: 'PATCH',
      url: `${h.sandbox.url}/rest/companies/${company.id}`,
    })
    expect(lastRequest()?.body).toEqual({
      employees: 52,
      annualRecurringRevenue: { amountMicros: 1_250_000_500_000, currencyCode: 'EUR' },
      address: { addressPostcode: '100000' },
      idealCustomerProfile: false,
      accountOwnerId: OWNER.id,
    })
    expect(updated).toMatchObject({
      id: company.id,
      name: 'Hanoi Tea House',
      domainName: { primaryLinkUrl: 'https://hanoitea.example' },
      employees: 52,
      annualRecurringRevenue: { amountMicros: 1_250_000_500_000, currencyCode: 'EUR' },
      annualRecurringRevenueAmount: 1250000.5,
      address: { addressCity: 'Hanoi', addressCountry: 'Vietnam', addressPostcode: '100000' },
      idealCustomerProfile: false,
      accountOwnerId: OWNER.id,
    })
  })

  it('renames a company without sending a revenue it was not given', async () => {
    const company = await h.twenty.companies.create({
      name: 'Hue Herbs',
      annualRecurringRevenue: { amountMicros: 1_000_000_000, currencyCode: 'USD' },
    })
    const [updated] = (await h.runner.runModule('updateCompany', {
      companyId: company.id,
      name: 'Hue Herbs Co',
    })) as [Record<string, unknown>]
    expect(lastRequest()?.body).toEqual({ name: 'Hue Herbs Co' })
    expect(updated).toMatchObject({ name: 'Hue Herbs Co', annualRecurringRevenueAmount: 1000 })
  })

  it('updates nothing and outputs nothing, without calling Twenty, when no field is mapped', async () => {
    const company = await h.twenty.companies.create({ name: 'Untouched Co' })
    const before = h.log.length
    for (const mapped of [
      { companyId: company.id },
      { companyId: company.id, name: '', annualRecurringRevenue: { amount: '', currencyCode: '' } },
    ]) {
      expect(await h.runner.runModule('updateCompany', mapped)).toEqual([])
    }
    expect(h.log.length).toBe(before)
  })

  it("reports an unknown company as a DataError with Twenty's message", async () => {
    const error = await rejection(
      h.runner.runModule('updateCompany', { companyId: UNKNOWN_ID, employees: 3 }),
    )
    expect(error).toMatchObject({ type: 'DataError', statusCode: 404, message: '[404] Record not found' })
  })
})
