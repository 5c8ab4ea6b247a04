import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'
import { type RequestRecorder, startRecorder } from './helpers/request-recorder.js'

const OWNER = {
  id: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
  name: { firstName: 'Mai', lastName: 'Tran' },
  userEmail: 'mai@saigoncoffee.example',
}
const sandbox = useSandbox({ workspaceMembers: [OWNER] })
const { update_person: updatePerson, update_company: updateCompany } = App.creates
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'

type Row = Record<string, unknown> & { id: string }

// Steps run through the recorder, so each test can read the exact body that reached the sandbox.
let recorder: RequestRecorder
beforeAll(async () => {
  recorder = await startRecorder(sandbox())
})
afterAll(() => recorder.close())

const sentSince = (from: number) => recorder.requests.slice(from)

describe('Update Person', () => {
  it('sends only the fields filled in, the phone split as Create Person splits it, and keeps the others', async () => {
    const twenty = twentyOf(sandbox())
    const company = await twenty.companies.create({ name: 'Saigon Coffee Roasters' })
    const person = await twenty.people.create({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh@saigoncoffee.example' },
      jobTitle: 'Head of Sales',
      city: 'Ho Chi Minh City',
    })
    const from = recorder.requests.length
    const updated = await run<Row>(updatePerson.operation.perform, recorder, {
      inputData: {
        personId: person.id,
        lastName: 'Tran',
        phoneNumber: '0912 345 678',
        phoneCountry: 'vn',
        jobTitle: 'Sales Director',
        linkedinUrl: 'https://www.linkedin.com/in/linh-tran',
        companyId: company.id,
        firstName: ' ',
        city: '',
      },
    })
    expect(sentSince(from).map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      {
        method: 'PATCH',
        path: `/rest/people/${person.id}`,
        body: {
          name: { lastName: 'Tran' },
          phones: {
            primaryPhoneNumber: '912345678',
            primaryPhoneCountryCode: 'VN',
            primaryPhoneCallingCode: '+84',
          },
          jobTitle: 'Sales Director',
          linkedinLink: { primaryLinkUrl: 'https://www.linkedin.com/in/linh-tran' },
          companyId: company.id,
        },
      },
    ])
    expect(updated).toMatchObject({
      id: person.id,
      name: { firstName: 'Linh', lastName: 'Tran' },
      emails: { primaryEmail: 'linh@saigoncoffee.example' },
      city: 'Ho Chi Minh City',
      jobTitle: 'Sales Director',
      companyId: company.id,
    })
  })

  it('changes the primary email alone', async () => {
    const person = await twentyOf(sandbox()).people.create({ emails: { primaryEmail: 'old@example.com' } })
    const updated = await run<Row>(updatePerson.operation.perform, sandbox(), {
      inputData: { personId: person.id, email: 'new@example.com' },
    })
    expect(updated.emails).toMatchObject({ primaryEmail: 'new@example.com' })
  })

  it('refuses an update with no field to change, Phone Country alone included, and sends nothing', async () => {
    const person = await twentyOf(sandbox()).people.create({ name: { firstName: 'Untouched' } })
    const from = recorder.requests.length
    for (const inputData of [
      { personId: person.id },
      { personId: person.id, firstName: ' ', phoneCountry: 'VN' },
    ]) {
      const failure = run(updatePerson.operation.perform, recorder, { inputData })
      expect(await failureOf(failure)).toMatchObject({
        name: 'AppError',
        code: 'INVALID_INPUT',
        status: 400,
        message:
          'Nothing was sent to Twenty: Fill in at least one field to change (First Name, Last Name, Email, ' +
          'Phone Number, Job Title, City, LinkedIn URL or Company).',
      })
    }
    expect(sentSince(from)).toEqual([])
  })

  it("reports an unknown person as not found, in Twenty's words", async () => {
    const failure = run(updatePerson.operation.perform, sandbox(), {
      inputData: { personId: UNKNOWN_ID, jobTitle: 'CTO' },
    })
    expect(await failureOf(failure)).toMatchObject({
      name: 'AppError',
      status: 404,
      message:
        'Twenty has no such record (Record not found). It may have been deleted, or the ID mapped into this step ' +
        'may come from another workspace: pick the record again, or check the ID you mapped.',
    })
  })
})

describe('Update Company', () => {
  it('sends only the fields filled in, the revenue in micros, and keeps the others', async () => {
    const company = await twentyOf(sandbox()).companies.create({
      name: 'Hanoi Tea House',
      domainName: { primaryLinkUrl: 'https://hanoitea.example' },
      employees: 12,
      address: { addressCity: 'Hanoi', addressCountry: 'Vietnam' },
    })
    const from = recorder.requests.length
    const updated = await run<Row>(updateCompany.operation.perform, recorder, {
      inputData: {
        companyId: company.id,
        employees: '52',
        annualRecurringRevenue: '1250000.5',
        currency: 'eur',
        addressPostcode: '100000',
        idealCustomerProfile: 'no',
        accountOwnerId: OWNER.id,
        name: '',
      },
    })
    expect(sentSince(from).map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      {
        method: 'PATCH',
        path: `/rest/companies/${company.id}`,
        body: {
          employees: 52,
          annualRecurringRevenue: { amountMicros: 1_250_000_500_000, currencyCode: 'EUR' },
          address: { addressPostcode: '100000' },
          idealCustomerProfile: false,
          accountOwnerId: OWNER.id,
        },
      },
    ])
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

  it('renames a company and stores a new domain as https://<host>, as Create Company does', async () => {
    const company = await twentyOf(sandbox()).companies.create({ name: 'Hue Herbs' })
    const from = recorder.requests.length
    const updated = await run<Row>(updateCompany.operation.perform, recorder, {
      inputData: { companyId: company.id, name: 'Hue Herbs Co', domain: 'www.HueHerbs.example/about' },
    })
    expect(sentSince(from).map(({ body }) => body)).toEqual([
      { name: 'Hue Herbs Co', domainName: { primaryLinkUrl: 'https://hueherbs.example' } },
    ])
    expect(updated).toMatchObject({
      name: 'Hue Herbs Co',
      domainName: { primaryLinkUrl: 'https://hueherbs.example' },
    })
  })

  it('refuses an update with no field to change, ARR Currency alone included, and sends nothing', async () => {
    const company = await twentyOf(sandbox()).companies.create({ name: 'Untouched Co' })
    const from = recorder.requests.length
    for (const inputData of [{ companyId: company.id }, { companyId: company.id, currency: 'USD' }]) {
      const failure = run(updateCompany.operation.perform, recorder, { inputData })
      expect(await failureOf(failure)).toMatchObject({
        code: 'INVALID_INPUT',
        status: 400,
        message: expect.stringMatching(
          /^Nothing was sent to Twenty: Fill in at least one field to change \(Name, Domain, .* or Account Owner\)\.$/,
        ),
      })
    }
    expect(sentSince(from)).toEqual([])
  })

  it('refuses a revenue that is not a number by its field label, sending nothing', async () => {
    const from = recorder.requests.length
    const failure = run(updateCompany.operation.perform, recorder, {
      inputData: { companyId: UNKNOWN_ID, annualRecurringRevenue: 'a lot' },
    })
    expect(await failureOf(failure)).toMatchObject({
      message: expect.stringContaining('Nothing was sent to Twenty: Annual Recurring Revenue:'),
    })
    expect(sentSince(from)).toEqual([])
  })

  it("reports an unknown company as not found, in Twenty's words", async () => {
    const failure = run(updateCompany.operation.perform, sandbox(), {
      inputData: { companyId: UNKNOWN_ID, employees: '3' },
    })
    expect(await failureOf(failure)).toMatchObject({
      status: 404,
      message:
        'Twenty has no such record (Record not found). It may have been deleted, or the ID mapped into this step ' +
        'may come from another workspace: pick the record again, or check the ID you mapped.',
    })
  })
})
