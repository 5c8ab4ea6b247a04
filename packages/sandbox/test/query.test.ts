import { beforeAll, describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox({ defaultLimit: 5, maxLimit: 8 })

beforeAll(async () => {
  const companies = [
    'Alpha',
    'Bravo',
    'Charlie',
    'Delta',
    'Echo',
    'Foxtrot',
    'Golf',
    'Hotel',
    'India',
    'Juliett',
  ]
  await ctx.api('/rest/batch/companies', {
    method: 'POST',
    body: companies.map((name, index) => ({
      name,
      employees: index % 3 === 0 ? null : index * 10,
      idealCustomerProfile: index % 2 === 0,
    })),
  })
})

const names = (body: any) => body.data.companies.map((company: any) => company.name)

describe('limit', () => {
  it('uses the default page size when limit is absent and caps larger limits silently', async () => {
    expect((await ctx.api('/rest/companies')).body.data.companies).toHaveLength(5)
    const capped = await ctx.api(`/rest/companies${q({ limit: 1000 })}`)
    expect(capped.status).toBe(200)
    expect(capped.body.data.companies).toHaveLength(8)
    expect(capped.body.totalCount).toBe(10)
  })

  it('refuses a limit that is not an integer with Twenty’s message', async () => {
    const answer = await ctx.api(`/rest/companies${q({ limit: 'ten' })}`)
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'BadRequestException',
      messages: ["limit 'ten' is invalid. Should be an integer"],
    })
  })
})

describe('filter', () => {
  it('ANDs top-level conditions and counts only matching records', async () => {
    const answer = await ctx.api(
      `/rest/companies${q({ filter: 'idealCustomerProfile[eq]:true,employees[gte]:20', limit: 8, order_by: 'name' })}`,
    )
    expect(names(answer.body)).toEqual(['Charlie', 'Echo', 'India'])
    expect(answer.body.totalCount).toBe(3)
  })

  it('evaluates or(), not() and null checks', async () => {
    const answer = await ctx.api(
      `/rest/companies${q({ filter: 'or(name[eq]:"Alpha",and(employees[is]:NULL,not(name[in]:["Alpha","Delta"])))', order_by: 'name' })}`,
    )
    expect(names(answer.body)).toEqual(['Alpha', 'Golf', 'Juliett'])
  })

  it('matches like and ilike patterns', async () => {
    expect(names((await ctx.api(`/rest/companies${q({ filter: 'name[ilike]:"%OTE%"' })}`)).body)).toEqual([
      'Hotel',
    ])
    expect(names((await ctx.api(`/rest/companies${q({ filter: 'name[like]:"%OTE%"' })}`)).body)).toEqual([])
  })

  it('refuses an unknown field, an unknown comparator and a not() with two conditions', async () => {
    const unknownField = await ctx.api(`/rest/companies${q({ filter: 'colour[eq]:red' })}`)
    expect(unknownField.body.messages[0]).toBe("field 'colour' does not exist in 'company' object")
    const unknownComparator = await ctx.api(`/rest/companies${q({ filter: 'name[equals]:x' })}`)
    expect(unknownComparator.body.messages[0]).toMatch(/comparator equals not in eq, neq, in/)
    const twoInNot = await ctx.api(`/rest/companies${q({ filter: 'not(name[eq]:a,name[eq]:b)' })}`)
    expect(twoInNot.body.messages[0]).toMatch(/'not' conjunction should contain only 1 condition/)
  })

  it('refuses a composite field filtered without its sub-field', async () => {
    const answer = await ctx.api(`/rest/people${q({ filter: 'name[eq]:Linh' })}`)
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toMatch(/name\.firstName/)
  })
})

describe('order_by and cursors', () => {
  it('orders by a direction and refuses an unknown direction or a composite without sub-field', async () => {
    const answer = await ctx.api(`/rest/companies${q({ order_by: 'name[DescNullsLast]', limit: 3 })}`)
    expect(names(answer.body)).toEqual(['Juliett', 'India', 'Hotel'])
    expect((await ctx.api(`/rest/companies${q({ order_by: 'name[Sideways]' })}`)).status).toBe(400)
    expect((await ctx.api(`/rest/people${q({ order_by: 'name' })}`)).status).toBe(400)
  })

  it('places nulls as the direction says', async () => {
    const first = await ctx.api(`/rest/companies${q({ order_by: 'employees[AscNullsFirst]', limit: 4 })}`)
    expect(first.body.data.companies.map((c: any) => c.employees)).toEqual([null, null, null, null])
    const last = await ctx.api(`/rest/companies${q({ order_by: 'employees[AscNullsLast]', limit: 2 })}`)
    expect(last.body.data.companies.map((c: any) => c.employees)).toEqual([10, 20])
  })

  // Twenty's common find-many runner answers getPageInfo's four keys on every page (get-page-info.util.ts,
  // api/common/utils/cursor.util.ts); its older REST handler sent hasPreviousPage only when it was true.
  it('walks forward with endCursor and back with startCursor, hasPreviousPage false forward and true only backward', async () => {
    const first = await ctx.api(`/rest/companies${q({ order_by: 'name', limit: 4 })}`)
    expect(first.body.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: expect.any(String),
      endCursor: expect.any(String),
    })
    const second = await ctx.api(
      `/rest/companies${q({ order_by: 'name', limit: 4, starting_after: first.body.pageInfo.endCursor })}`,
    )
    expect(names(second.body)).toEqual(['Echo', 'Foxtrot', 'Golf', 'Hotel'])
    const back = await ctx.api(
      `/rest/companies${q({ order_by: 'name', limit: 2, ending_before: second.body.pageInfo.startCursor })}`,
    )
    expect(names(back.body)).toEqual(['Charlie', 'Delta'])
    expect(back.body.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true })
    const start = await ctx.api(
      `/rest/companies${q({ order_by: 'name', limit: 4, ending_before: second.body.pageInfo.startCursor })}`,
    )
    expect(start.body.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false })
  })

  it('encodes the sort key in the cursor, not the record id', async () => {
    const page = await ctx.api(`/rest/companies${q({ order_by: 'name', limit: 1 })}`)
    const decoded = Buffer.from(page.body.pageInfo.endCursor, 'base64').toString('utf8')
    expect(decoded).toContain('Alpha')
  })

  it('refuses a cursor it did not issue', async () => {
    const answer = await ctx.api(`/rest/companies${q({ starting_after: 'bm90LWEtY3Vyc29y' })}`)
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toMatch(/Invalid cursor/)
  })
})

describe('depth, unknown objects and parameters', () => {
  it('accepts depth 0 and 1 and refuses 2', async () => {
    expect((await ctx.api(`/rest/companies${q({ depth: 1 })}`)).body.data.companies[0].people).toEqual([])
    expect((await ctx.api(`/rest/companies${q({ depth: 2 })}`)).status).toBe(400)
  })

  it('suggests the plural when a singular object name is used', async () => {
    const answer = await ctx.api('/rest/person')
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'BadRequestException',
      messages: ["object 'person' not found. Did you mean 'people'?"],
    })
  })

  it('ignores unknown query parameters such as after=, as Twenty does', async () => {
    const answer = await ctx.api(`/rest/companies${q({ after: 'whatever', colour: 'blue' })}`)
    expect(answer.status).toBe(200)
    expect(answer.body.data.companies).toHaveLength(5)
  })
})

describe('what Twenty refuses or reads differently', () => {
  it('orders by id when order_by is absent, not by creation', async () => {
    const first = await ctx.api(`/rest/companies${q({ limit: 8 })}`)
    const rest = await ctx.api(
      `/rest/companies${q({ limit: 8, starting_after: first.body.pageInfo.endCursor })}`,
    )
    const ids = [...first.body.data.companies, ...rest.body.data.companies].map((company: any) => company.id)
    expect(ids).toHaveLength(10)
    expect(ids).toEqual([...ids].sort())
  })

  it('refuses a select value the workspace lacks in a filter, with Twenty’s enum message', async () => {
    const answer = await ctx.api(`/rest/opportunities${q({ filter: 'stage[in]:[NEW,WON]' })}`)
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toBe(
      "'filter' enum value 'WON' not available in 'stage' enum. Available enum values are ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER']",
    )
    expect((await ctx.api(`/rest/opportunities${q({ filter: 'stage[eq]:CUSTOMER' })}`)).status).toBe(200)
  })

  it('refuses starting_after and ending_before together with 400', async () => {
    const page = await ctx.api(`/rest/companies${q({ limit: 2 })}`)
    const { startCursor, endCursor } = page.body.pageInfo
    const answer = await ctx.api(
      `/rest/companies${q({ starting_after: startCursor, ending_before: endCursor })}`,
    )
    expect(answer.status).toBe(400)
    expect(answer.body.messages).toEqual(['Cannot provide both before and after'])
  })

  it('takes an empty limit as absent and refuses a limit with trailing characters', async () => {
    expect((await ctx.api('/rest/companies?limit=')).body.data.companies).toHaveLength(5)
    const trailing = await ctx.api(`/rest/companies${q({ limit: '3abc' })}`)
    expect(trailing.status).toBe(400)
    expect(trailing.body.messages).toEqual(["limit '3abc' is invalid. Should be an integer"])
  })

  it('answers 400 for a record id that is not a uuid, and 404 for an unknown one', async () => {
    const malformed = await ctx.api('/rest/companies/not-a-uuid')
    expect(malformed.status).toBe(400)
    expect(malformed.body).toEqual({
      statusCode: 400,
      error: 'BadRequestException',
      messages: ["'not-a-uuid' is not a valid UUID"],
    })
    expect((await ctx.api('/rest/companies/00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  // twenty-shared's isValidUuid accepts versions 1 to 5 only, and parseCorePath checks the id before the object name.
  it('refuses the nil uuid and a malformed id on every record route, before naming an unknown object', async () => {
    const nil = '00000000-0000-0000-0000-000000000000'
    const answers = await Promise.all([
      ctx.api(`/rest/companies/${nil}`),
      ctx.api('/rest/companies/not-a-uuid', { method: 'PATCH', body: { name: 'X' } }),
      ctx.api('/rest/companies/not-a-uuid', { method: 'DELETE' }),
      ctx.api('/rest/companies/not-a-uuid/restore', { method: 'PATCH' }),
      ctx.api('/rest/company/not-a-uuid'),
    ])
    expect(answers.map((answer) => [answer.status, answer.body.messages[0]])).toEqual([
      [400, `'${nil}' is not a valid UUID`],
      [400, "'not-a-uuid' is not a valid UUID"],
      [400, "'not-a-uuid' is not a valid UUID"],
      [400, "'not-a-uuid' is not a valid UUID"],
      [400, "'not-a-uuid' is not a valid UUID"],
    ])
  })

  it('matches startsWith and endsWith case-sensitively, and never on an empty field', async () => {
    const starts = await ctx.api(`/rest/companies${q({ filter: 'name[startsWith]:Ho' })}`)
    expect(names(starts.body)).toEqual(['Hotel'])
    expect((await ctx.api(`/rest/companies${q({ filter: 'name[startsWith]:ho' })}`)).body.totalCount).toBe(0)
    expect((await ctx.api(`/rest/companies${q({ filter: 'name[endsWith]:ett' })}`)).body.totalCount).toBe(1)
  })
})

describe('a list read again after a write', () => {
  it('shows records created, renamed and deleted since the same list was read, with the new totalCount', async () => {
    const list = `/rest/companies${q({ order_by: 'name', limit: 8, filter: 'name[ilike]:%o%' })}`
    const before = await ctx.api(list)
    expect(names(before.body)).not.toContain('Oscar')
    const created = await ctx.api('/rest/companies', { method: 'POST', body: { name: 'Oscar' } })
    const afterCreate = await ctx.api(list)
    expect(names(afterCreate.body)).toContain('Oscar')
    expect(afterCreate.body.totalCount).toBe(before.body.totalCount + 1)
    const id = created.body.data.createCompany.id
    await ctx.api(`/rest/companies/${id}`, { method: 'PATCH', body: { name: 'Oscar Two' } })
    expect(names((await ctx.api(list)).body)).toContain('Oscar Two')
    await ctx.api(`/rest/companies/${id}`, { method: 'DELETE' })
    const afterDelete = await ctx.api(list)
    expect(names(afterDelete.body)).not.toContain('Oscar Two')
    expect(afterDelete.body.totalCount).toBe(before.body.totalCount)
  })

  it('pages through every record exactly once, forward and backward, by cursor', async () => {
    const forward: string[] = []
    let cursor: string | undefined
    do {
      const page = await ctx.api(
        `/rest/companies${q(cursor ? { limit: 3, starting_after: cursor } : { limit: 3 })}`,
      )
      forward.push(...page.body.data.companies.map((company: any) => company.id))
      cursor = page.body.pageInfo.hasNextPage ? page.body.pageInfo.endCursor : undefined
    } while (cursor)
    const total = (await ctx.api('/rest/companies')).body.totalCount
    expect(forward).toHaveLength(total)
    expect(new Set(forward).size).toBe(total)
    expect([...forward].sort()).toEqual(forward)
    const lastThree = await ctx.api(
      `/rest/companies${q({ limit: 3, ending_before: (await ctx.api(`/rest/companies${q({ limit: 8 })}`)).body.pageInfo.endCursor })}`,
    )
    expect(lastThree.body.data.companies.map((company: any) => company.id)).toEqual(forward.slice(4, 7))
  })
})
