import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { twentyApp } from '../../src/definition/twenty-app.js'
import type { Parameter } from '../../src/format/types.js'
import { type Harness, startHarness } from './harness.js'
import { startHookReceiver } from './hook-receiver.js'

// What a user maps in the scenario builder comes from a module's interface (labels and types) and its samples
// (shown before the module has run). Both must describe what the module really outputs against Twenty, nested
// fields included, or a field is missing from the mapping panel, unlabelled, or typed as the wrong kind.

type Json = Record<string, unknown>

let h: Harness
const outputs: Record<string, Json> = {}

beforeAll(async () => {
  h = await startHarness()
  const run = async (id: string, mapped: Json) => {
    const [bundle] = (await h.runner.runModule(id, mapped)) as Json[]
    if (bundle === undefined) throw new Error(`${id} output nothing`)
    outputs[id] = bundle
  }
  const company = await h.twenty.companies.create({
    name: 'Acme',
    domainName: { primaryLinkUrl: 'https://acme.com' },
  })
  const person = await h.twenty.people.create({
    name: { firstName: 'Linh', lastName: 'Nguyen' },
    emails: { primaryEmail: 'linh@example.com' },
    companyId: company.id,
  })
  await run('createPerson', { name: { firstName: 'An' }, emails: { primaryEmail: 'an@example.com' } })
  await run('createCompany', { name: 'Beta', annualRecurringRevenue: { amount: 12.5, currencyCode: 'USD' } })
  await run('createOpportunity', {
    name: 'Wholesale',
    stage: 'CUSTOMER',
    amount: { amount: 100, currencyCode: 'USD' },
    companyId: company.id,
  })
  await run('createTask', { title: 'Call', personId: person.id, bodyV2: { markdown: 'Ask for **prices**' } })
  await run('createNote', { title: 'Summary', personId: person.id })
  await run('updatePerson', { personId: person.id, jobTitle: 'CEO' })
  await run('updateCompany', { companyId: company.id, employees: 3 })
  await run('updateOpportunity', { opportunityId: outputs.createOpportunity?.id, name: 'Wholesale 2027' })
  await run('searchPeople', { email: 'linh@example.com', limit: 1 })
  await run('searchCompanies', { name: 'Acme', limit: 1 })
  await run('searchOpportunities', { name: 'Wholesale', limit: 1 })
  await run('makeApiCall', { url: '/people', method: 'GET' })
  await h.twenty.tasks.update(outputs.createTask?.id as string, { status: 'DONE' })
  for (const [id, mapped] of [
    ['watchNewPeople', {}],
    ['watchWonOpportunities', { wonStage: 'CUSTOMER' }],
    ['watchCompletedTasks', {}],
  ] as const) {
    const { bundles } = await h.runner.pollTrigger(id, { limit: 1, ...mapped })
    outputs[id] = bundles[0] as Json
  }
  const events = { events: ['person.updated'] }
  const receiver = await startHookReceiver(h.runner, 'recordEvents', 'watchRecordEvents', events)
  await h.runner.attachWebhook('recordEvents', receiver.url, events)
  await h.twenty.people.update(person.id, { jobTitle: 'Founder' })
  await h.sandbox.webhooks.idle()
  await receiver.close()
  outputs.watchRecordEvents = receiver.receptions.flatMap((reception) => reception.bundles)[0] as Json
})
afterAll(() => h.close())

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Where a field's content is free-form (any JSON, or a collection without sub-fields): not described further. */
const isOpen = (field: Parameter) =>
  field.type === 'any' ||
  (field.type === 'collection' && Array.isArray(field.spec) && field.spec.length === 0)

/** The sub-fields an interface declares inside `field`: a collection's, or those of an array of collections. */
function inner(field: Parameter): Parameter[] | undefined {
  if (field.type === 'collection' && Array.isArray(field.spec)) return field.spec
  if (field.type === 'array' && Array.isArray(field.spec)) return field.spec
  return undefined
}

/** Paths of `value` that `fields` does not declare, down through collections and arrays of collections. */
function undeclared(value: Json, fields: Parameter[], prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const field = fields.find((candidate) => candidate.name === key)
    if (field === undefined) return [`${prefix}${key}`]
    if (isOpen(field)) return []
    const spec = inner(field)
    const items = Array.isArray(child) ? child.filter(isObject) : isObject(child) ? [child] : []
    return spec === undefined ? [] : items.flatMap((item) => undeclared(item, spec, `${prefix}${key}.`))
  })
}

/** The Make types a value of this kind may be declared with. */
function typesFor(value: unknown): string[] | undefined {
  if (typeof value === 'number') return ['number', 'integer', 'uinteger']
  if (typeof value === 'boolean') return ['boolean']
  if (Array.isArray(value)) return ['array']
  if (isObject(value)) return ['collection', 'any']
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return ['date']
  return undefined
}

/** Paths whose declared type does not fit the value output there, as `path: declared (value)`. */
function mistyped(value: Json, fields: Parameter[], prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const field = fields.find((candidate) => candidate.name === key)
    if (field === undefined || field.type === 'any') return []
    const allowed = typesFor(child)
    const own =
      allowed && !allowed.includes(field.type)
        ? [`${prefix}${key}: ${field.type} (${JSON.stringify(child)})`]
        : []
    const spec = inner(field)
    const items = Array.isArray(child) ? child.filter(isObject) : isObject(child) ? [child] : []
    return [
      ...own,
      ...(spec === undefined ? [] : items.flatMap((item) => mistyped(item, spec, `${prefix}${key}.`))),
    ]
  })
}

/** Every path of `value`, down through objects, stopping where the interface leaves the content open. */
function paths(value: Json, fields: Parameter[], prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const field = fields.find((candidate) => candidate.name === key)
    const spec = field === undefined ? undefined : inner(field)
    const deeper = field !== undefined && !isOpen(field) && spec !== undefined && isObject(child)
    return [`${prefix}${key}`, ...(deeper ? paths(child, spec, `${prefix}${key}.`) : [])]
  })
}

/** Interface fields, nested ones and the items of arrays included, that have no label. */
function unlabelled(fields: Parameter[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    const own = field.label ? [] : [path]
    const spec = field.spec === undefined || Array.isArray(field.spec) ? field.spec : [field.spec]
    return [...own, ...(spec === undefined ? [] : unlabelled(spec, `${path}.`))]
  })
}

describe.each(twentyApp.modules.map((module) => [module.label, module] as const))('%s', (_, module) => {
  it('declares every field it outputs on Twenty, nested ones included, in its interface', () => {
    expect(undeclared(outputs[module.id] ?? {}, module.interface)).toEqual([])
  })

  it('declares each output field with a type that fits the value (dates as date, numbers as number)', () => {
    expect(mistyped(outputs[module.id] ?? {}, module.interface)).toEqual([])
  })

  it('has samples with the same fields as its real output', () => {
    const output = outputs[module.id] ?? {}
    expect(Object.keys(output).length).toBeGreaterThan(0)
    expect(paths(module.samples as Json, module.interface).sort()).toEqual(
      paths(output, module.interface).sort(),
    )
  })

  it('labels every field of its interface, nested ones and array items included', () => {
    expect(unlabelled(module.interface)).toEqual([])
  })
})
