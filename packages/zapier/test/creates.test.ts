import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()
const creates = App.creates

type Row = Record<string, unknown> & { id: string }

describe('Create Person', () => {
  it('creates a person with the phone split into number, country and calling code', async () => {
    const person = await run<Row>(creates.create_person.operation.perform, sandbox(), {
      inputData: {
        firstName: 'Linh',
        lastName: 'Nguyen',
        email: 'linh@saigoncoffee.example',
        phoneNumber: '0912 345 678',
        phoneCountry: 'vn',
        jobTitle: 'Head of Sales',
      },
    })
    expect(person).toMatchObject({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh@saigoncoffee.example' },
      phones: {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      jobTitle: 'Head of Sales',
    })
    await expect(twentyOf(sandbox()).people.get(person.id)).resolves.toMatchObject({
      jobTitle: 'Head of Sales',
    })
  })

  it('reads the country from an international number when no country is given', async () => {
    const person = await run<Row>(creates.create_person.operation.perform, sandbox(), {
      inputData: { firstName: 'Claire', phoneNumber: '+33 6 12 34 56 78' },
    })
    expect(person.phones).toMatchObject({
      primaryPhoneNumber: '612345678',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
    })
  })

  it('refuses a bad email by its field label and writes nothing', async () => {
    const before = (await twentyOf(sandbox()).people.list()).totalCount
    const failure = run(creates.create_person.operation.perform, sandbox(), {
      inputData: { firstName: 'X', email: 'not-an-email' },
    })
    expect(await failureOf(failure)).toMatchObject({
      name: 'AppError',
      message: expect.stringContaining('Nothing was sent to Twenty: Email:'),
    })
    expect((await twentyOf(sandbox()).people.list()).totalCount).toBe(before)
  })

  it('refuses a person with neither a name nor an email and writes nothing', async () => {
    const before = (await twentyOf(sandbox()).people.list()).totalCount
    for (const inputData of [{}, { firstName: '  ', email: '' }, { jobTitle: 'CTO', city: 'Hanoi' }]) {
      const failure = run(creates.create_person.operation.perform, sandbox(), { inputData })
      expect(await failureOf(failure)).toMatchObject({
        message: expect.stringContaining(
          'Nothing was sent to Twenty: Fill in a First Name, Last Name or Email',
        ),
      })
    }
    expect((await twentyOf(sandbox()).people.list()).totalCount).toBe(before)
  })

  it('refuses a national phone number without a country, naming the Phone Number field', async () => {
    const failure = run(creates.create_person.operation.perform, sandbox(), {
      inputData: { phoneNumber: '0912 345 678' },
    })
    expect(await failureOf(failure)).toMatchObject({
      message: expect.stringContaining('Phone Number: Start the number with its country code'),
    })
  })

  it('refuses an unknown Phone Country by that field, not the number', async () => {
    const failure = run(creates.create_person.operation.perform, sandbox(), {
      inputData: { phoneNumber: '07700 900123', phoneCountry: 'UK' },
    })
    expect(await failureOf(failure)).toMatchObject({
      message: expect.stringContaining(
        'Nothing was sent to Twenty: Phone Country: "UK" is not an ISO country code',
      ),
    })
  })
})

describe('Create Company', () => {
  it('stores the domain as an https URL, the address postcode and the ARR in micros', async () => {
    const company = await run<Row>(creates.create_company.operation.perform, sandbox(), {
      inputData: {
        name: 'Hanoi Tea House',
        domain: 'www.HanoiTea.example/about',
        employees: '12',
        annualRecurringRevenue: '120000.5',
        currency: 'eur',
        addressCity: 'Hanoi',
        addressPostcode: '100000',
        idealCustomerProfile: 'yes',
      },
    })
    expect(company).toMatchObject({
      name: 'Hanoi Tea House',
      domainName: { primaryLinkUrl: 'https://hanoitea.example' },
      employees: 12,
      annualRecurringRevenue: { amountMicros: 120_000_500_000, currencyCode: 'EUR' },
      annualRecurringRevenueAmount: 120000.5,
      address: { addressCity: 'Hanoi', addressPostcode: '100000' },
      idealCustomerProfile: true,
    })
  })

  it.each([
    ['1.200', 'a European thousands separator, which read as 1.2 became 1 employee'],
    ['1,5', 'a decimal comma, which read with the comma dropped became 15 employees'],
    ['12.5', 'half an employee'],
  ])('refuses %s employees (%s) and writes nothing', async (employees) => {
    const before = (await twentyOf(sandbox()).companies.list()).totalCount
    const failure = run(creates.create_company.operation.perform, sandbox(), {
      inputData: { name: 'Counted wrong', employees },
    })
    expect(await failureOf(failure)).toMatchObject({
      message: expect.stringContaining(`Nothing was sent to Twenty: Employees: Expected a whole number`),
    })
    expect((await twentyOf(sandbox()).companies.list()).totalCount).toBe(before)
  })

  it('reads 1,200 employees with a thousands separator as 1200', async () => {
    const company = await run<Row>(creates.create_company.operation.perform, sandbox(), {
      inputData: { name: 'Big Roastery', employees: '1,200' },
    })
    expect(company.employees).toBe(1200)
  })

  it('refuses an amount that is not a number, naming the field', async () => {
    const failure = run(creates.create_company.operation.perform, sandbox(), {
      inputData: { name: 'Bad ARR', annualRecurringRevenue: 'a lot' },
    })
    expect(await failureOf(failure)).toMatchObject({
      message: expect.stringContaining(
        'Nothing was sent to Twenty: Annual Recurring Revenue: "a lot" is not a valid amount',
      ),
    })
  })

  it('refuses a currency that is not ISO 4217, naming the ARR Currency field', async () => {
    const failure = run(creates.create_company.operation.perform, sandbox(), {
      inputData: { name: 'Bad currency', annualRecurringRevenue: '100', currency: 'dollars' },
    })
    expect(await failureOf(failure)).toMatchObject({
      message: expect.stringContaining(
        'Nothing was sent to Twenty: ARR Currency: "dollars" is not a currency code',
      ),
    })
  })
})

describe('Create Opportunity and Update Opportunity', () => {
  it('creates a deal with its amount in micros and moves it to the won stage', async () => {
    const deal = await run<Row>(creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Wholesale contract', stage: 'PROPOSAL', amount: '2500.5', currency: 'USD' },
    })
    expect(deal).toMatchObject({
      stage: 'PROPOSAL',
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
      amountValue: 2500.5,
    })
    const updated = await run<Row>(creates.update_opportunity.operation.perform, sandbox(), {
      inputData: { opportunityId: deal.id, stage: 'customer' },
    })
    expect(updated).toMatchObject({
      id: deal.id,
      stage: 'CUSTOMER',
      name: 'Wholesale contract',
      amountValue: 2500.5,
    })
  })

  it('refuses a stage no workspace can have, before sending anything', async () => {
    const failure = run(creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Deal', stage: 'won (50%)' },
    })
    expect(await failureOf(failure)).toMatchObject({
      message: expect.stringContaining('Nothing was sent to Twenty: Stage:'),
    })
  })

  it("sends a stage typed in as a custom value, and reports Twenty's refusal when the workspace lacks it", async () => {
    const failure = run(creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Deal', stage: 'won' },
    })
    const refused = await failureOf(failure)
    expect(refused).toMatchObject({
      status: 400,
      code: 'BadRequestException',
      message: expect.stringMatching(/^Twenty refused the input: Invalid value 'WON'/),
    })
    expect(refused.message).not.toContain('400')
  })

  it('changes only the amount, or only the close date, and keeps the stage', async () => {
    const deal = await run<Row>(creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Partial update', stage: 'MEETING', amount: '100', currency: 'EUR' },
    })
    const repriced = await run<Row>(creates.update_opportunity.operation.perform, sandbox(), {
      inputData: { opportunityId: deal.id, amount: '250', currency: 'EUR' },
    })
    expect(repriced).toMatchObject({ stage: 'MEETING', amountValue: 250 })
    const rescheduled = await run<Row>(creates.update_opportunity.operation.perform, sandbox(), {
      inputData: { opportunityId: deal.id, closeDate: '2026-12-15T17:00:00+07:00' },
    })
    expect(rescheduled).toMatchObject({ stage: 'MEETING', amountValue: 250 })
    expect(Date.parse(rescheduled.closeDate as string)).toBe(Date.parse('2026-12-15T10:00:00Z'))
  })

  it('offers Stage as an optional field of Update Opportunity', () => {
    const stage = creates.update_opportunity.operation.inputFields.find((field) => field.key === 'stage')
    expect(stage).toMatchObject({ dynamic: 'list_opportunity_stages.id.label' })
    expect(stage).not.toHaveProperty('required', true)
  })

  it('refuses an update with no field to change, sending nothing', async () => {
    const deal = await run<Row>(creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Untouched', stage: 'MEETING' },
    })
    // Currency alone, as Zapier sends its default when every other field is empty, is no change either.
    for (const inputData of [
      { opportunityId: deal.id },
      { opportunityId: deal.id, stage: ' ', currency: 'USD' },
    ]) {
      const failure = run(creates.update_opportunity.operation.perform, sandbox(), { inputData })
      expect(await failureOf(failure)).toMatchObject({
        name: 'AppError',
        code: 'INVALID_INPUT',
        status: 400,
        message:
          'Nothing was sent to Twenty: Fill in at least one field to change (Stage, Amount, Close Date, Company ' +
          'or Point of Contact).',
      })
    }
    await expect(twentyOf(sandbox()).opportunities.get(deal.id)).resolves.toMatchObject({
      updatedAt: deal.updatedAt,
    })
  })

  it('reports an unknown opportunity as not found', async () => {
    const failure = run(creates.update_opportunity.operation.perform, sandbox(), {
      inputData: { opportunityId: '00000000-0000-4000-8000-000000000000', stage: 'MEETING' },
    })
    expect(await failureOf(failure)).toMatchObject({
      status: 404,
      message: expect.stringContaining('Twenty has no such record ('),
    })
  })
})

describe('Create Task', () => {
  it('creates a task with its assignee and links it to a person and an opportunity', async () => {
    const person = await run<Row>(creates.create_person.operation.perform, sandbox(), {
      inputData: { firstName: 'Minh' },
    })
    const deal = await run<Row>(creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Linked deal' },
    })
    const task = await run<Row>(creates.create_task.operation.perform, sandbox(), {
      inputData: {
        title: 'Send the price list',
        body: 'Include **2027** prices',
        status: 'TODO',
        personId: person.id,
        opportunityId: deal.id,
      },
    })
    expect(task).toMatchObject({
      title: 'Send the price list',
      bodyV2: { markdown: 'Include **2027** prices' },
      linkedPersonId: person.id,
      linkedOpportunityId: deal.id,
      linkedCompanyId: null,
    })
    const { data: targets } = await twentyOf(sandbox()).taskTargets.list({
      filter: { taskId: { eq: task.id } },
    })
    expect([...(task.taskTargetIds as string[])].sort()).toEqual(targets.map((target) => target.id).sort())
    expect(targets.map((target) => [target.personId ?? null, target.opportunityId ?? null])).toEqual(
      expect.arrayContaining([
        [person.id, null],
        [null, deal.id],
      ]),
    )
  })

  it('refuses a malformed linked id before creating the task', async () => {
    const failure = run(creates.create_task.operation.perform, sandbox(), {
      inputData: { title: 'Orphan', personId: 'not-an-id' },
    })
    expect(await failureOf(failure)).toMatchObject({
      message: expect.stringContaining('Linked Person: "not-an-id" is not a Twenty record ID'),
    })
    const { totalCount } = await twentyOf(sandbox()).tasks.list({ filter: { title: { eq: 'Orphan' } } })
    expect(totalCount).toBe(0)
  })
})

describe('samples', () => {
  it('Create Task and Create Opportunity samples have the keys and the creator of what the steps return', async () => {
    const deal = await run<Row>(creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Sample check', stage: 'CUSTOMER', amount: '10' },
    })
    const task = await run<Row>(creates.create_task.operation.perform, sandbox(), {
      inputData: { title: 'Sample check', opportunityId: deal.id },
    })
    for (const [step, record] of [
      [creates.create_opportunity, deal],
      [creates.create_task, task],
    ] as const) {
      const sample = step.operation.sample as Row
      expect(Object.keys(sample).sort(), step.key).toEqual(Object.keys(record).sort())
      expect(sample.createdBy, step.key).toMatchObject({ source: 'API', workspaceMemberId: null })
      expect(record.createdBy, step.key).toMatchObject({ source: 'API', workspaceMemberId: null })
      expect(sample.updatedAt, step.key).toBe(sample.createdAt)
    }
    const declared = creates.create_task.operation.outputFields.map((field) => field.key)
    expect(declared).toEqual(
      expect.arrayContaining(['linkedPersonId', 'linkedCompanyId', 'linkedOpportunityId', 'taskTargetIds']),
    )
  })
})

describe('Create Note', () => {
  it('offers the record dropdown that matches the chosen record type', async () => {
    const fields = await run<Row[]>(creates.create_note.operation.inputFields, sandbox(), {
      inputData: { recordType: 'company' },
    })
    expect(fields.find((field) => field.key === 'recordId')).toMatchObject({
      label: 'Company',
      required: true,
      dynamic: 'list_companies.id.name',
      search: 'find_company.id',
    })
  })

  it('offers no record field until a record type is chosen', async () => {
    const fields = await run<Row[]>(creates.create_note.operation.inputFields, sandbox(), { inputData: {} })
    expect(fields.map((field) => field.key)).toEqual(['recordType', 'title', 'body'])
  })

  it('creates a note attached to the chosen company', async () => {
    const company = await run<Row>(creates.create_company.operation.perform, sandbox(), {
      inputData: { name: 'Noted Co' },
    })
    const note = await run<Row>(creates.create_note.operation.perform, sandbox(), {
      inputData: {
        recordType: 'company',
        recordId: company.id,
        title: 'Call summary',
        body: 'Wants 200 kg a month',
      },
    })
    expect(note).toMatchObject({
      title: 'Call summary',
      linkedRecordType: 'company',
      linkedRecordId: company.id,
    })
    await expect(twentyOf(sandbox()).noteTargets.get(note.noteTargetId as string)).resolves.toMatchObject({
      noteId: note.id,
      companyId: company.id,
    })
  })
})
