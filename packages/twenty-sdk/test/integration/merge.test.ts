import { describe, expect, it } from 'vitest'
import { TwentyNotFoundError, TwentyValidationError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('merging duplicates', () => {
  it('keeps the priority person, fills its empty fields, moves the other’s task link and destroys the other', async () => {
    const kept = await ctx.twenty.people.create({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh@saigoncoffee.example' },
    })
    const other = await ctx.twenty.people.create({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh.nguyen@gmail.example' },
      jobTitle: 'Head of Sales',
      city: 'Hanoi',
    })
    const task = await ctx.twenty.tasks.create({ title: 'Call Linh' })
    await ctx.twenty.taskTargets.create({ taskId: task.id, personId: other.id })

    const [found] = await ctx.twenty.people.findDuplicates({ ids: [kept.id] })
    expect(found?.duplicates.map((d) => d.id)).toContain(other.id)

    const merged = await ctx.twenty.people.merge([kept.id, other.id])
    expect(merged.id).toBe(kept.id)
    expect(merged.name).toEqual({ firstName: 'Linh', lastName: 'Nguyen' })
    expect(merged.jobTitle).toBe('Head of Sales')
    expect(merged.emails?.primaryEmail).toBe('linh@saigoncoffee.example')
    expect(merged.emails?.additionalEmails).toContain('linh.nguyen@gmail.example')

    const targets = await ctx.twenty.taskTargets.list({ filter: { taskId: { eq: task.id } } })
    expect(targets.data.map((t) => t.personId)).toEqual([kept.id])
    await expect(ctx.twenty.people.get(other.id)).rejects.toBeInstanceOf(TwentyNotFoundError)
    await expect(ctx.twenty.people.restore(other.id)).rejects.toBeInstanceOf(TwentyNotFoundError)
  })

  it('lets the second company win conflicts with priority 1, and a dry run previews that without writing', async () => {
    const first = await ctx.twenty.companies.create({ name: 'Saigon Coffee', employees: 12 })
    const second = await ctx.twenty.companies.create({
      name: 'Saigon Coffee Roasters',
      domainName: { primaryLinkUrl: 'https://saigoncoffee.example' },
    })
    const preview = await ctx.twenty.companies.merge([first.id, second.id], { priority: 1, dryRun: true })
    expect(preview.name).toBe('Saigon Coffee Roasters')
    expect(preview.employees).toBe(12)
    expect(preview.id).not.toBe(second.id)
    expect(preview.deletedAt).not.toBeNull()
    expect((await ctx.twenty.companies.get(first.id)).name).toBe('Saigon Coffee')

    const merged = await ctx.twenty.companies.merge([first.id, second.id], { priority: 1 })
    expect(merged).toMatchObject({ id: second.id, name: 'Saigon Coffee Roasters', employees: 12 })
    await expect(ctx.twenty.companies.get(first.id)).rejects.toBeInstanceOf(TwentyNotFoundError)
  })

  it('merges records whose ids are typed in upper case instead of failing with TwentyNotFoundError', async () => {
    const kept = await ctx.twenty.people.create({ name: { firstName: 'Quang' }, jobTitle: 'Founder' })
    const other = await ctx.twenty.people.create({ name: { firstName: 'Quang' }, city: 'Hue' })
    const merged = await ctx.twenty.people.merge([kept.id.toUpperCase(), other.id.toUpperCase()])
    expect(merged).toMatchObject({ id: kept.id, jobTitle: 'Founder', city: 'Hue' })
    await expect(ctx.twenty.people.get(other.id)).rejects.toBeInstanceOf(TwentyNotFoundError)
  })

  it('answers a merged-away id with TwentyNotFoundError, as Twenty does, and changes nothing', async () => {
    const a = await ctx.twenty.people.create({ name: { firstName: 'Ana' } })
    const b = await ctx.twenty.people.create({ name: { firstName: 'Ana' }, city: 'Da Nang' })
    const c = await ctx.twenty.people.create({ name: { firstName: 'Ana' } })
    await ctx.twenty.people.merge([a.id, b.id])
    await expect(ctx.twenty.people.merge([c.id, b.id])).rejects.toBeInstanceOf(TwentyNotFoundError)
    expect((await ctx.twenty.people.get(c.id)).city).toBe('')
  })

  it('passes Twenty’s refusal of more than nine records through as a TwentyValidationError', async () => {
    const people = await ctx.twenty.people.createMany(
      Array.from({ length: 10 }, (_, i) => ({ name: { firstName: `Many ${i}` } })),
    )
    const error = await ctx.twenty.people.merge(people.map((p) => p.id)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect((error as TwentyValidationError).messages).toEqual(['Maximum 9 records can be merged at once'])
  })
})
