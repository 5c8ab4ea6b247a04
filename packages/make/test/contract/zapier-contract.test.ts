import App from '@twenty-sdk/zapier'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Bundle, createAppTester, type ZObject } from 'zapier-platform-core'
import { twentyApp } from '../../src/definition/twenty-app.js'
import type { Parameter } from '../../src/format/types.js'
import { type Harness, startHarness } from '../e2e/harness.js'

// The Zapier app and the Make app expose the same Twenty records. Zapier flattens nested fields with `__`
// (`name__firstName`); Make nests them in collections. Pairs of steps that return the same kind of record:
const PAIRS = [
  ['creates', 'create_person', 'createPerson'],
  ['creates', 'create_company', 'createCompany'],
  ['creates', 'create_task', 'createTask'],
  ['creates', 'create_opportunity', 'createOpportunity'],
  ['creates', 'update_opportunity', 'updateOpportunity'],
  ['creates', 'update_person', 'updatePerson'],
  ['creates', 'update_company', 'updateCompany'],
  ['creates', 'create_note', 'createNote'],
  ['searches', 'find_person', 'searchPeople'],
  ['searches', 'find_company', 'searchCompanies'],
  ['searches', 'find_opportunity', 'searchOpportunities'],
  ['triggers', 'new_person_polling', 'watchNewPeople'],
  ['triggers', 'opportunity_won_polling', 'watchWonOpportunities'],
  ['triggers', 'task_completed', 'watchCompletedTasks'],
] as const

type Step = { operation: { outputFields?: unknown[]; perform: unknown; performList?: unknown } }
const zapierStep = (kind: string, key: string) =>
  (App as unknown as Record<string, Record<string, Step>>)[kind]?.[key]

/** What each creation gets anew: records created by the two apps are compared without these values. */
const FRESH = new Set(['id', 'createdAt', 'updatedAt', 'position', 'noteTargetId'])

/** A created record with its fresh values replaced by their type, and without the keys only one app outputs. */
const comparable = (record: unknown, without: readonly string[] = []) =>
  Object.fromEntries(
    Object.entries(record as Record<string, unknown>)
      .filter(([key]) => !without.includes(key))
      .map(([key, value]) => [key, FRESH.has(key) ? typeof value : value]),
  )

/** Make interface names flattened as Zapier names them: `name__firstName`. */
function flatten(parameters: readonly Parameter[], prefix = ''): string[] {
  return parameters.flatMap((parameter) => {
    const name = `${prefix}${parameter.name}`
    const children =
      parameter.type === 'collection' && Array.isArray(parameter.spec)
        ? flatten(parameter.spec, `${name}__`)
        : []
    return [name, ...children]
  })
}

describe('the Zapier and Make apps declare the same output fields', () => {
  it.each(PAIRS)("every %s.%s output field is in the interface of Make's %s", (kind, key, moduleId) => {
    const step = zapierStep(kind, key)
    const module = twentyApp.modules.find((candidate) => candidate.id === moduleId)
    expect(step, `Zapier has no ${kind}.${key}`).toBeDefined()
    const zapierFields = (step?.operation.outputFields ?? [])
      .filter(
        (field): field is { key: string } => typeof field === 'object' && field !== null && 'key' in field,
      )
      .map((field) => field.key)
    expect(zapierFields.length).toBeGreaterThan(0)
    const makeFields = new Set(flatten(module?.interface ?? []))
    expect(zapierFields.filter((field) => !makeFields.has(field))).toEqual([])
  })
})

describe('the Zapier and Make apps return the same record', () => {
  let h: Harness
  const appTester = createAppTester(App)
  // Instant (REST hook) triggers list recent items with performList: the items their deliveries carry.
  const zapier = <T>(kind: string, key: string, inputData: Record<string, unknown> = {}) => {
    const operation = zapierStep(kind, key)?.operation
    const perform = operation?.performList ?? operation?.perform
    return appTester(
      perform as (z: ZObject, bundle: Bundle) => Promise<T>,
      {
        authData: { apiKey: h.sandbox.apiKey, baseUrl: h.sandbox.url },
        inputData,
        meta: {},
      } as never,
    )
  }

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(() => h.close())

  it('finds the same person, field for field, by email', async () => {
    const company = await h.twenty.companies.create({ name: 'Saigon Coffee Roasters' })
    await h.twenty.people.create({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh@saigoncoffee.example' },
      phones: {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      jobTitle: 'Head of Sales',
      companyId: company.id,
    })
    const fromZapier = await zapier<unknown[]>('searches', 'find_person', {
      email: 'linh@saigoncoffee.example',
    })
    const fromMake = await h.runner.runModule('searchPeople', { email: 'linh@saigoncoffee.example' })
    expect(fromZapier).toHaveLength(1)
    expect(fromMake).toEqual(fromZapier)
  })

  it('outputs the same won opportunity, amount in units included', async () => {
    const deal = await h.twenty.opportunities.create({
      name: 'Wholesale',
      stage: 'CUSTOMER',
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
    })
    const fromZapier = (await zapier<{ id: string }[]>('triggers', 'opportunity_won_polling')).find(
      (item) => item.id === deal.id,
    )
    const fromMake = (await h.runner.pollTrigger('watchWonOpportunities')).bundles.find(
      (item) => (item as { id: string }).id === deal.id,
    )
    expect(fromZapier).toMatchObject({ amountValue: 2500.5 })
    expect(fromMake).toEqual(fromZapier)
  })

  it('outputs the same completed task', async () => {
    const task = await h.twenty.tasks.create({ title: 'Send the price list', status: 'DONE' })
    const fromZapier = (await zapier<{ id: string }[]>('triggers', 'task_completed')).find(
      (item) => item.id === task.id,
    )
    const fromMake = (await h.runner.pollTrigger('watchCompletedTasks')).bundles.find(
      (item) => (item as { id: string }).id === task.id,
    )
    expect(fromZapier).toBeDefined()
    expect(fromMake).toEqual(fromZapier)
  })

  it('finds the same company, field for field, by domain', async () => {
    await h.twenty.companies.create({
      name: 'Hanoi Tea House',
      domainName: { primaryLinkUrl: 'https://www.hanoitea.example/' },
      annualRecurringRevenue: { amountMicros: 1_250_500_000, currencyCode: 'USD' },
    })
    const fromZapier = await zapier<unknown[]>('searches', 'find_company', { domain: 'hanoitea.example' })
    const fromMake = await h.runner.runModule('searchCompanies', { domain: 'hanoitea.example' })
    expect(fromZapier).toHaveLength(1)
    expect(fromMake).toEqual(fromZapier)
  })

  it('creates the same opportunity, amount in units included', async () => {
    const company = await h.twenty.companies.create({ name: 'Da Nang Dairy' })
    const person = await h.twenty.people.create({ name: { firstName: 'Bao', lastName: 'Tran' } })
    const fields = { name: 'Milk contract', stage: 'MEETING', closeDate: '2026-12-15T00:00:00.000Z' }
    const links = { companyId: company.id, pointOfContactId: person.id }
    const fromZapier = await zapier('creates', 'create_opportunity', {
      ...fields,
      ...links,
      amount: '2500.50',
      currency: 'USD',
    })
    const [fromMake] = await h.runner.runModule('createOpportunity', {
      ...fields,
      ...links,
      amount: { amount: 2500.5, currencyCode: 'USD' },
    })
    expect(fromZapier).toMatchObject({ amountValue: 2500.5, ...links })
    expect(comparable(fromMake)).toEqual(comparable(fromZapier))
  })

  it('updates the same person, field for field, the phone included', async () => {
    const company = await h.twenty.companies.create({ name: 'Hue Herbs' })
    const [first, second] = await h.twenty.people.createMany([
      { name: { firstName: 'Mai', lastName: 'Pham' }, city: 'Hue' },
      { name: { firstName: 'Mai', lastName: 'Pham' }, city: 'Hue' },
    ])
    const fromZapier = await zapier('creates', 'update_person', {
      personId: first?.id,
      lastName: 'Tran',
      jobTitle: 'Buyer',
      phoneNumber: '+84 912 345 678',
      companyId: company.id,
    })
    const [fromMake] = await h.runner.runModule('updatePerson', {
      personId: second?.id,
      name: { lastName: 'Tran' },
      jobTitle: 'Buyer',
      phones: {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      companyId: company.id,
    })
    expect(fromZapier).toMatchObject({ name: { firstName: 'Mai', lastName: 'Tran' }, city: 'Hue' })
    expect(comparable(fromMake)).toEqual(comparable(fromZapier))
  })

  it('updates the same company, revenue in units included', async () => {
    const [first, second] = await h.twenty.companies.createMany([
      { name: 'Hoi An Silk' },
      { name: 'Hoi An Silk' },
    ])
    const fields = { employees: 52, idealCustomerProfile: true }
    const fromZapier = await zapier('creates', 'update_company', {
      companyId: first?.id,
      ...fields,
      annualRecurringRevenue: '1250.50',
      currency: 'USD',
      addressCity: 'Hoi An',
    })
    const [fromMake] = await h.runner.runModule('updateCompany', {
      companyId: second?.id,
      ...fields,
      annualRecurringRevenue: { amount: 1250.5, currencyCode: 'USD' },
      address: { addressCity: 'Hoi An' },
    })
    expect(fromZapier).toMatchObject({ annualRecurringRevenueAmount: 1250.5 })
    expect(comparable(fromMake)).toEqual(comparable(fromZapier))
  })

  it('finds the same opportunity, field for field, by name, stage and company', async () => {
    const company = await h.twenty.companies.create({ name: 'Can Tho Rice' })
    await h.twenty.opportunities.create({
      name: 'Rice export 2027',
      stage: 'PROPOSAL',
      companyId: company.id,
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
    })
    const criteria = { name: 'rice EXPORT', stage: 'PROPOSAL', companyId: company.id }
    const fromZapier = await zapier<unknown[]>('searches', 'find_opportunity', criteria)
    const fromMake = await h.runner.runModule('searchOpportunities', criteria)
    expect(fromZapier).toHaveLength(1)
    expect(fromZapier[0]).toMatchObject({ name: 'Rice export 2027', amountValue: 2500.5 })
    expect(fromMake).toEqual(fromZapier)
  })

  it('creates the same note on a person, link fields included', async () => {
    const person = await h.twenty.people.create({ name: { firstName: 'Mai', lastName: 'Pham' } })
    const fromZapier = await zapier('creates', 'create_note', {
      recordType: 'person',
      recordId: person.id,
      title: 'Call summary',
      body: 'Wants 200 kg a month from **January**.',
    })
    const [fromMake] = await h.runner.runModule('createNote', {
      title: 'Call summary',
      bodyV2: { markdown: 'Wants 200 kg a month from **January**.' },
      personId: person.id,
    })
    expect(fromZapier).toMatchObject({ linkedRecordType: 'person', linkedRecordId: person.id })
    // Make's Create a note links to several records at once, so it also outputs each link, as Create a task does.
    const makeOnly = ['linkedPersonId', 'linkedCompanyId', 'linkedOpportunityId', 'noteTargetIds']
    expect(comparable(fromMake, makeOnly)).toEqual(comparable(fromZapier))
  })
})
