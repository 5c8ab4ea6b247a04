import { describe, expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

// Twenty's data-arg processor passes null to every field validator, and the text, number, date, select, uuid and
// composite validators all take it (data-arg-processor/validator-utils/*); only a field that is neither nullable nor
// defaulted refuses it. Its RecordPositionService resolves 'first' and 'last'.
describe('clearing fields and placing records in a write', () => {
  // null comes from callers and from rows a mapping left empty; it used to be refused before sending.
  it("clears a text field sent as null (read back as '', as Twenty answers), leaving a composite sent as null as it was", async () => {
    const person = await ctx.twenty.people.create({
      city: 'Hanoi',
      jobTitle: 'Buyer',
      name: { firstName: 'Lan', lastName: 'Tran' },
    })
    const updated = await ctx.twenty.people.update(person.id, { city: null, jobTitle: null, name: null })
    expect(updated.city).toBe('')
    expect(updated.jobTitle).toBe('')
    expect(updated.name).toEqual({ firstName: 'Lan', lastName: 'Tran' })
  })

  it("accepts null in the text sub-fields of a composite, read back as ''", async () => {
    const company = await ctx.twenty.companies.create({
      name: 'Null Street Co',
      address: { addressCity: 'Hue', addressStreet1: null },
      annualRecurringRevenue: null,
    })
    expect(company.address?.addressCity).toBe('Hue')
    const updated = await ctx.twenty.companies.update(company.id, { address: { addressCity: null } })
    expect(updated.address?.addressCity).toBe('')
  })

  it("places a record first or last with position 'first' or 'last'", async () => {
    const middle = await ctx.twenty.tasks.create({ title: 'middle', position: 10 })
    const last = await ctx.twenty.tasks.create({ title: 'last', position: 'last' })
    const first = await ctx.twenty.tasks.create({ title: 'first', position: 'first' })
    expect(last.position).toBeGreaterThan(middle.position as number)
    expect(first.position).toBeLessThan(middle.position as number)
    const moved = await ctx.twenty.tasks.update(middle.id, { position: 'last' })
    expect(moved.position).toBeGreaterThan(last.position as number)
  })

  it('sends a date-time without an offset, which Twenty reads as UTC', async () => {
    const task = await ctx.twenty.tasks.create({ title: 'local time', dueAt: '2025-01-13T10:30:00' })
    expect(task.dueAt).toBe('2025-01-13T10:30:00.000Z')
  })
})
