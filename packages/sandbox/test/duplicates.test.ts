import { describe, expect, it } from 'vitest'
import { useSandbox } from './helpers.js'

// Twenty's common-find-duplicates-query-runner.service.ts and build-duplicate-conditions.utils.ts.
const ctx = useSandbox()

const duplicates = (body: unknown, query = '') =>
  ctx.api(`/rest/people/duplicates${query}`, { method: 'POST', body })

describe('finding duplicates as Twenty does', () => {
  it('answers one entry per id that names a live record, skipping unknown ids', async () => {
    const person = (await ctx.api('/rest/people', { method: 'POST', body: { city: 'Nowhere' } })).body.data
      .createPerson
    const answer = await duplicates({ ids: ['00000000-0000-4000-8000-000000000000', person.id] })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toEqual([
      {
        personDuplicates: [],
        totalCount: 0,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      },
    ])
  })

  it('answers a repeated id once, as a WHERE id IN query does', async () => {
    const create = async (city: string) =>
      (
        await ctx.api('/rest/people', {
          method: 'POST',
          body: { city, name: { firstName: `Order ${city}` } },
        })
      ).body.data.createPerson.id as string
    const first = await create('First')
    const second = await create('Second')
    const answer = await duplicates({ ids: [second, first, second] }, '?depth=0')
    expect(answer.body.data).toHaveLength(2)
  })

  it('compares names exactly and only when each part has at least 3 characters', async () => {
    for (const name of [
      { firstName: 'Marguerite', lastName: 'Duras' },
      { firstName: 'Bo', lastName: 'Li' },
    ]) {
      await ctx.api('/rest/people', { method: 'POST', body: { name } })
    }
    const answer = await duplicates({
      data: [
        { name: { firstName: 'Marguerite', lastName: 'Duras' } },
        { name: { firstName: 'marguerite', lastName: 'duras' } },
        { name: { firstName: 'Bo', lastName: 'Li' } },
      ],
    })
    expect(answer.body.data.map((entry: any) => entry.totalCount)).toEqual([1, 0, 0])
    expect(answer.body.data[0].pageInfo.startCursor).toEqual(expect.any(String))
    expect(answer.body.data[0].pageInfo.endCursor).toEqual(expect.any(String))
  })

  it('refuses both data and ids, neither, or empty data with Twenty’s messages', async () => {
    const cases = [
      [{ data: [{}], ids: [] }, 'You cannot provide both "data" and "ids" arguments'],
      [{}, 'You have to provide either "data" or "ids" argument'],
      [{ data: [] }, 'The "data" condition can not be empty when "ids" input not provided'],
    ] as const
    for (const [body, message] of cases) {
      const answer = await duplicates(body)
      expect(answer.status).toBe(400)
      expect(answer.body.messages).toEqual([message])
    }
  })
})
