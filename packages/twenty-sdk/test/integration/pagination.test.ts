import { describe, expect, it } from 'vitest'
import { useSandbox } from './setup.js'

// The server's page size (37) differs from what is asked for (200, capped silently), as on a real Twenty.
const ctx = useSandbox({ defaultLimit: 37, maxLimit: 37 })

describe('walking a large result', () => {
  it('visits 1,050 records exactly once, in order, across server-sized pages', async () => {
    const inputs = Array.from({ length: 1050 }, (_, i) => ({ title: `Task ${String(i).padStart(4, '0')}` }))
    await ctx.twenty.tasks.createMany(inputs)
    const titles: string[] = []
    let pages = 0
    for await (const page of ctx.twenty.tasks
      .iterate({ limit: 200, orderBy: { title: 'AscNullsFirst' } })
      .pages()) {
      pages++
      expect(page.data.length).toBeLessThanOrEqual(37)
      expect(page.totalCount).toBe(1050)
      titles.push(...page.data.map((t) => t.title ?? ''))
    }
    expect(titles).toEqual(inputs.map((t) => t.title))
    expect(new Set(titles).size).toBe(1050)
    expect(pages).toBe(Math.ceil(1050 / 37))
  })

  it('pages backward with endingBefore from a later page', async () => {
    const first = await ctx.twenty.tasks.list({ limit: 10, orderBy: { title: 'AscNullsFirst' } })
    const second = await ctx.twenty.tasks.list({
      limit: 10,
      orderBy: { title: 'AscNullsFirst' },
      startingAfter: first.pageInfo.endCursor ?? '',
    })
    const back = await ctx.twenty.tasks.list({
      limit: 10,
      orderBy: { title: 'AscNullsFirst' },
      endingBefore: second.pageInfo.startCursor ?? '',
    })
    expect(back.data.map((t) => t.id)).toEqual(first.data.map((t) => t.id))
  })
})

describe('records that change during the loop', () => {
  it('yields each record once when the loop updates the field the iteration is ordered by', async () => {
    const people = await ctx.twenty.people.createMany(
      Array.from({ length: 80 }, (_, i) => ({ name: { firstName: `Moved ${i}`, lastName: 'Sorted' } })),
    )
    const filter = { name: { lastName: { eq: 'Sorted' } } }
    const yielded: string[] = []
    // Each update moves the record behind the cursor, to the end of the order.
    for await (const person of ctx.twenty.people.iterate({
      filter,
      orderBy: { updatedAt: 'AscNullsFirst' },
    })) {
      yielded.push(person.id)
      if (yielded.length > 3 * people.length) break
      await ctx.twenty.people.update(person.id, { jobTitle: 'Updated' })
    }
    expect(yielded).toHaveLength(people.length)
    expect(new Set(yielded)).toEqual(new Set(people.map((p) => p.id)))
  })

  it('keeps reading the filter it started with when the caller changes the filter object during the loop', async () => {
    await ctx.twenty.people.createMany(
      Array.from({ length: 50 }, (_, i) => ({
        name: { firstName: `City ${i}`, lastName: 'Filtered' },
        city: 'Hue',
      })),
    )
    const params = {
      filter: { city: { eq: 'Hue' } },
      orderBy: { createdAt: 'AscNullsFirst' as 'AscNullsFirst' | 'DescNullsLast' },
    }
    let count = 0
    for await (const _person of ctx.twenty.people.iterate(params)) {
      count++
      params.filter.city.eq = 'Hanoi'
      params.orderBy.createdAt = 'DescNullsLast'
    }
    expect(count).toBe(50)
  })
})
