// What the Filter type lets through, checked against what Twenty (the sandbox) reads: `pnpm typecheck` fails
// when a @ts-expect-error below is unused, that is when the type accepts a filter Twenty refuses.
import { describe, expect, it } from 'vitest'
import type { Filter, Person } from '../../src/index.js'
import { useSandbox } from '../integration/setup.js'

const ctx = useSandbox()

describe('typed filters on custom objects read through records()', () => {
  it('take comparators on fields of unknown type, and Twenty finds the records', async () => {
    const people = ctx.twenty.records('people')
    await people.create({ jobTitle: 'Loose Typed', city: 'Hue' })
    const page = await people.list({ filter: { jobTitle: { eq: 'Loose Typed' }, city: { in: ['Hue'] } } })
    expect(page.data.map((person) => person.city)).toEqual(['Hue'])
  })
})

describe('filters the type refuses because Twenty answers 400', () => {
  it('refuses a null check on a composite field as a whole; Twenty wants a sub-field', async () => {
    // @ts-expect-error Twenty: Composite field 'name' cannot be filtered without a sub-field
    const filter: Filter<Person> = { name: { is: 'NULL' } }
    await expect(ctx.twenty.people.list({ filter })).rejects.toMatchObject({ status: 400 })
    const subField: Filter<Person> = { name: { firstName: { is: 'NULL' } } }
    await expect(ctx.twenty.people.list({ filter: subField })).resolves.toBeDefined()
  })

  it('refuses a filter reaching into a related record; its foreign key is what Twenty filters on', async () => {
    // @ts-expect-error Twenty: field 'company.name' does not exist in 'person' object
    const filter: Filter<Person> = { company: { name: { eq: 'Acme' } } }
    await expect(ctx.twenty.people.list({ filter })).rejects.toMatchObject({ status: 400 })
    const foreignKey: Filter<Person> = { companyId: { is: 'NULL' } }
    await expect(ctx.twenty.people.list({ filter: foreignKey })).resolves.toBeDefined()
  })
})
