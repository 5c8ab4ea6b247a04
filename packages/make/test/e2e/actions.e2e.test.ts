import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ERASE } from '../../src/runner/parameters.js'
import { type Harness, rejection, startHarness } from './harness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const lastRequestBody = () => h.log.at(-1)?.request.body

describe('Create a person', () => {
  it('creates the person with composite fields and a company link, and outputs the record', async () => {
    const company = await h.twenty.companies.create({ name: 'Saigon Coffee Roasters' })
    const [person] = (await h.runner.runModule('createPerson', {
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh@saigoncoffee.example', additionalEmails: ['linh.n@example.com'] },
      phones: {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      jobTitle: 'Head of Sales',
      companyId: company.id,
    })) as [Record<string, unknown>]
    expect(person).toMatchObject({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh@saigoncoffee.example', additionalEmails: ['linh.n@example.com'] },
      jobTitle: 'Head of Sales',
      companyId: company.id,
    })
    const stored = await h.twenty.people.get(person.id as string, { depth: 1 })
    expect(stored.company?.name).toBe('Saigon Coffee Roasters')
  })

  it('sends only the fields the user filled in', async () => {
    await h.runner.runModule('createPerson', {
      name: { firstName: 'An', lastName: '' },
      jobTitle: '',
      city: undefined,
      linkedinLink: {},
    })
    expect(lastRequestBody()).toEqual({ name: { firstName: 'An' } })
  })

  it('creates nothing and outputs nothing, without calling Twenty, when the name and primary email are empty', async () => {
    const before = h.log.length
    const count = async () => (await h.twenty.people.list({ limit: 1 })).totalCount
    const peopleBefore = await count()
    expect(
      await h.runner.runModule('createPerson', { name: { firstName: '', lastName: '' }, jobTitle: 'CEO' }),
    ).toEqual([])
    expect(
      await h.runner.runModule('createPerson', { emails: { additionalEmails: ['a@example.com'] } }),
    ).toEqual([])
    expect(await h.runner.runModule('createPerson')).toEqual([])
    expect(h.log.length).toBe(before)
    expect(await count()).toBe(peopleBefore)
  })

  it('creates a person from a last name alone, or from an email alone', async () => {
    const [byLastName] = (await h.runner.runModule('createPerson', { name: { lastName: 'Tran' } })) as [
      Record<string, unknown>,
    ]
    expect(byLastName).toMatchObject({ name: { lastName: 'Tran' } })
    const [byEmail] = (await h.runner.runModule('createPerson', {
      emails: { primaryEmail: 'only-email@example.com' },
    })) as [Record<string, unknown>]
    expect(byEmail).toMatchObject({ emails: { primaryEmail: 'only-email@example.com' } })
  })

  it('takes a phone number typed with its calling code alone, and Twenty fills in the calling code and country', async () => {
    const [person] = (await h.runner.runModule('createPerson', {
      name: { firstName: 'Linh' },
      phones: { primaryPhoneNumber: '+84 912 345 678' },
    })) as [Record<string, unknown>]
    expect(person.phones).toMatchObject({
      primaryPhoneNumber: '912345678',
      primaryPhoneCallingCode: '+84',
      primaryPhoneCountryCode: 'VN',
    })
  })

  it("reports Twenty's 400 as a DataError for a national number without its country or calling code", async () => {
    const error = await rejection(
      h.runner.runModule('createPerson', {
        name: { firstName: 'Linh' },
        phones: { primaryPhoneNumber: '0912 345 678' },
      }),
    )
    expect(error).toMatchObject({ name: 'MakeError', type: 'DataError', statusCode: 400 })
    expect(error.message).toMatch(/Provided phone number is invalid 0912 345 678/)
  })

  it("reports Twenty's 400 message as a DataError when the primary email is already taken", async () => {
    await h.twenty.people.create({ emails: { primaryEmail: 'taken@example.com' } })
    const error = await rejection(
      h.runner.runModule('createPerson', { emails: { primaryEmail: 'taken@example.com' } }),
    )
    expect(error).toMatchObject({ name: 'MakeError', type: 'DataError', statusCode: 400 })
    expect(error.message).toMatch(/^\[400\] A duplicate entry was detected on emails.primaryEmail/)
  })
})

describe('Create a company and Create a task', () => {
  it('creates a company with its domain, address and revenue, typed in units and stored in micros', async () => {
    const [company] = (await h.runner.runModule('createCompany', {
      name: 'Hanoi Tea House',
      domainName: { primaryLinkUrl: 'https://hanoitea.example' },
      employees: '12',
      annualRecurringRevenue: { amount: 1250.5, currencyCode: 'USD' },
      address: { addressCity: 'Hanoi', addressCountry: 'Vietnam' },
      idealCustomerProfile: true,
    })) as [Record<string, unknown> & { id: string }]
    expect(lastRequestBody()).toEqual({
      name: 'Hanoi Tea House',
      domainName: { primaryLinkUrl: 'https://hanoitea.example' },
      employees: 12,
      annualRecurringRevenue: { amountMicros: 1_250_500_000, currencyCode: 'USD' },
      address: { addressCity: 'Hanoi', addressCountry: 'Vietnam' },
      idealCustomerProfile: true,
    })
    expect(company).toMatchObject({
      name: 'Hanoi Tea House',
      employees: 12,
      domainName: { primaryLinkUrl: 'https://hanoitea.example' },
      address: { addressCity: 'Hanoi', addressCountry: 'Vietnam' },
      idealCustomerProfile: true,
      annualRecurringRevenue: { amountMicros: 1_250_500_000, currencyCode: 'USD' },
      annualRecurringRevenueAmount: 1250.5,
    })
    expect((await h.twenty.companies.get(company.id)).annualRecurringRevenue).toEqual({
      amountMicros: 1_250_500_000,
      currencyCode: 'USD',
    })
  })

  it('sends a company without revenue when none is mapped, and rounds a computed amount to whole micros', async () => {
    await h.runner.runModule('createCompany', { name: 'Hue Herbs Co' })
    expect(lastRequestBody()).toEqual({ name: 'Hue Herbs Co' })
    await h.runner.runModule('createCompany', {
      name: 'Third Share Co',
      annualRecurringRevenue: { amount: 100 / 3, currencyCode: 'EUR' },
    })
    expect(lastRequestBody()).toMatchObject({
      annualRecurringRevenue: { amountMicros: 33_333_333, currencyCode: 'EUR' },
    })
  })

  it('refuses a company without its required name before calling Twenty', async () => {
    const before = h.log.length
    await expect(h.runner.runModule('createCompany', { employees: 3 })).rejects.toMatchObject({
      type: 'DataError',
    })
    expect(h.log.length).toBe(before)
  })

  it('creates a task with a Markdown body, a status and a due date', async () => {
    const [task] = (await h.runner.runModule('createTask', {
      title: 'Send the price list',
      bodyV2: { markdown: 'Prices for **2027**' },
      status: 'IN_PROGRESS',
      dueAt: new Date('2026-12-01T09:00:00.000Z'),
    })) as [Record<string, unknown>]
    expect(task).toMatchObject({
      title: 'Send the price list',
      status: 'IN_PROGRESS',
      dueAt: '2026-12-01T09:00:00.000Z',
      bodyV2: { markdown: 'Prices for **2027**' },
    })
  })
})

describe('Update an opportunity', () => {
  it('changes only the mapped fields and leaves the others as they were', async () => {
    const company = await h.twenty.companies.create({ name: 'Da Nang Dairy' })
    const deal = await h.twenty.opportunities.create({
      name: 'Milk contract',
      stage: 'PROPOSAL',
      amount: { amountMicros: 1_000_000_000, currencyCode: 'USD' },
      companyId: company.id,
    })
    const [updated] = (await h.runner.runModule('updateOpportunity', {
      opportunityId: deal.id,
      stage: 'CUSTOMER',
      name: '',
    })) as [Record<string, unknown>]
    expect(lastRequestBody()).toEqual({ stage: 'CUSTOMER' })
    expect(updated).toMatchObject({
      id: deal.id,
      name: 'Milk contract',
      stage: 'CUSTOMER',
      companyId: company.id,
    })
    expect((await h.twenty.opportunities.get(deal.id)).amount).toEqual({
      amountMicros: 1_000_000_000,
      currencyCode: 'USD',
    })
  })

  it('takes the amount in units and stores it in micros', async () => {
    const deal = await h.twenty.opportunities.create({
      name: 'Coffee contract',
      amount: { amountMicros: 1_000_000_000, currencyCode: 'USD' },
    })
    const [updated] = (await h.runner.runModule('updateOpportunity', {
      opportunityId: deal.id,
      amount: { amount: '2500.50' },
    })) as [Record<string, unknown>]
    expect(lastRequestBody()).toEqual({ amount: { amountMicros: 2_500_500_000 } })
    expect(updated).toMatchObject({
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
      amountValue: 2500.5,
    })
    expect((await h.twenty.opportunities.get(deal.id)).amount).toEqual({
      amountMicros: 2_500_500_000,
      currencyCode: 'USD',
    })
    await h.runner.runModule('updateOpportunity', { opportunityId: deal.id, amount: { amount: 0 } })
    expect(lastRequestBody()).toEqual({ amount: { amountMicros: 0 } })
    await h.runner.runModule('updateOpportunity', { opportunityId: deal.id, amount: { amount: ERASE } })
    expect(lastRequestBody()).toEqual({ amount: { amountMicros: null } })
  })

  it('clears a field only when the user maps the erase keyword', async () => {
    const company = await h.twenty.companies.create({ name: 'Hue Herbs' })
    const deal = await h.twenty.opportunities.create({ name: 'Herb deal', companyId: company.id })
    const [updated] = (await h.runner.runModule('updateOpportunity', {
      opportunityId: deal.id,
      companyId: ERASE,
    })) as [Record<string, unknown>]
    expect(lastRequestBody()).toEqual({ companyId: null })
    expect(updated.companyId).toBeNull()
  })

  it('updates nothing and outputs nothing, without calling Twenty, when no field is mapped', async () => {
    const deal = await h.twenty.opportunities.create({ name: 'Untouched deal', stage: 'PROPOSAL' })
    const before = h.log.length
    for (const mapped of [
      { opportunityId: deal.id },
      { opportunityId: deal.id, name: '', stage: '', amount: { amount: '', currencyCode: '' } },
    ]) {
      expect(await h.runner.runModule('updateOpportunity', mapped)).toEqual([])
    }
    expect(h.log.length).toBe(before)
    expect((await h.twenty.opportunities.get(deal.id)).updatedAt).toBe(deal.updatedAt)
  })

  it("reports an unknown opportunity as a DataError with Twenty's message", async () => {
    const error = await rejection(
      h.runner.runModule('updateOpportunity', {
        opportunityId: '00000000-0000-4000-8000-000000000000',
        stage: 'NEW',
      }),
    )
    expect(error).toMatchObject({ type: 'DataError', statusCode: 404 })
  })
})

describe('Create a task linked to records', () => {
  it('links the task to the chosen person, company and opportunity and outputs the links', async () => {
    const person = await h.twenty.people.create({ name: { firstName: 'Linh', lastName: 'Nguyen' } })
    const company = await h.twenty.companies.create({ name: 'Saigon Coffee Roasters' })
    const [task] = (await h.runner.runModule('createTask', {
      title: 'Follow up',
      personId: person.id,
      companyId: company.id,
    })) as [Record<string, unknown>]
    expect(task).toMatchObject({
      title: 'Follow up',
      linkedPersonId: person.id,
      linkedCompanyId: company.id,
      linkedOpportunityId: null,
    })
    const targets = await h.twenty.taskTargets.list({ filter: { taskId: { eq: task.id as string } } })
    expect(targets.data.map((target) => [target.personId, target.companyId]).sort()).toEqual(
      [
        [null, company.id],
        [person.id, null],
      ].sort(),
    )
    expect([...(task.taskTargetIds as string[])].sort()).toEqual(
      targets.data.map((target) => target.id).sort(),
    )
  })

  it('outputs no task target ids for a task linked to nothing', async () => {
    const [task] = (await h.runner.runModule('createTask', { title: 'Unlinked' })) as [
      Record<string, unknown>,
    ]
    expect(task.taskTargetIds).toEqual([])
  })

  it('reports a link to a missing record as a DataError that says the task was created, after creating it', async () => {
    const error = await rejection(
      h.runner.runModule('createTask', {
        title: 'Orphan',
        opportunityId: '00000000-0000-4000-8000-000000000000',
      }),
    )
    expect(error).toMatchObject({ type: 'DataError', statusCode: 400 })
    expect(error.message).toMatch(/^\[400\] The task was created, but linking it or reading it back failed/)
    expect((await h.twenty.tasks.list({ filter: { title: { eq: 'Orphan' } } })).data).toHaveLength(1)
  })
})
