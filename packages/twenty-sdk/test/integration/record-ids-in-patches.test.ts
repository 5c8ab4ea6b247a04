import { describe, expect, it } from 'vitest'
import { TwentyValidationError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

// Twenty applies a patch as `UPDATE … SET`, id included: an id in a patch would give the record another id.
const OTHER_ID = '0b9a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'

describe('an id in an update patch', () => {
  it('refuses an update whose patch names another id, and the record keeps its id and values', async () => {
    const person = await ctx.twenty.people.create({ name: { firstName: 'Keep' }, city: 'Hue' })

    const error = await ctx.twenty.people
      .update(person.id, { id: OTHER_ID, city: 'Hanoi' } as never)
      .catch((e: unknown) => e)

    expect(error).toBeInstanceOf(TwentyValidationError)
    expect((error as TwentyValidationError).code).toBe('INVALID_INPUT')
    expect((error as TwentyValidationError).issues).toEqual([{ path: 'id', message: expect.any(String) }])
    expect((await ctx.twenty.people.get(person.id)).city).toBe('Hue')
  })

  it('accepts a record read back and sent whole, whose id is its own in any case', async () => {
    const task = await ctx.twenty.tasks.create({ title: 'Round trip' })
    const record = await ctx.twenty.tasks.get(task.id)

    const updated = await ctx.twenty.tasks.update(task.id, {
      ...record,
      id: record.id.toUpperCase(),
      title: 'Sent whole',
    } as never)

    expect(updated).toMatchObject({ id: task.id, title: 'Sent whole' })
  })

  it('refuses an updateMany patch holding an id, which would give every match the same id, and changes nothing', async () => {
    const company = await ctx.twenty.companies.create({ name: 'Re-keyed Co' })

    const error = await ctx.twenty.companies
      .updateMany({ name: { eq: 'Re-keyed Co' } }, { id: OTHER_ID, employees: 5 } as never)
      .catch((e: unknown) => e)

    expect(error).toBeInstanceOf(TwentyValidationError)
    expect((error as TwentyValidationError).issues[0]?.path).toBe('id')
    expect(await ctx.twenty.companies.get(company.id)).toMatchObject({ employees: null })
  })
})
