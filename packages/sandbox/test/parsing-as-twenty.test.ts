import { beforeAll, describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

// Each case reproduces a rule of Twenty's REST parsers or filter-arg processor (the source files are cited in
// src/query/*); a client that passes here reads the same on Twenty.

const ctx = useSandbox()

beforeAll(async () => {
  await ctx.api('/rest/batch/companies', {
    method: 'POST',
    body: [
      { name: 'Alpha', employees: 10, idealCustomerProfile: true },
      { name: 'Bravo', employees: 30, idealCustomerProfile: false },
      { name: "O'Hara", employees: 50 },
    ],
  })
})

const list = (params: Record<string, string>) => ctx.api(`/rest/companies${q(params)}`)
const message = async (params: Record<string, string>) => {
  const answer = await list(params)
  expect(answer.status).toBe(400)
  return answer.body.messages[0]
}
const names = (body: any) => body.data.companies.map((company: any) => company.name).sort()

describe('filter grammar', () => {
  it('refuses an empty or blank filter= with a 400, as Twenty reads it as and() rather than as no filter', async () => {
    expect(await message({ filter: '' })).toBe(`'filter' invalid for 'and()'. eg: price[gte]:10`)
    expect(await message({ filter: '  ' })).toBe(`'filter' invalid for '  '. eg: price[gte]:10`)
  })

  it('refuses a condition written after ", " because Twenty keeps the space in the field name', async () => {
    expect(await message({ filter: 'name[eq]:Alpha, employees[gte]:20' })).toBe(
      "field ' employees' does not exist in 'company' object",
    )
  })

  it('splits an in array at every comma and keeps the spaces, so a spaced or comma-holding item matches nothing', async () => {
    expect(names((await list({ filter: 'name[in]:["Alpha","Bravo"]' })).body)).toEqual(['Alpha', 'Bravo'])
    expect(names((await list({ filter: 'name[in]:["Alpha", "Bravo"]' })).body)).toEqual(['Alpha'])
    expect((await list({ filter: 'name[in]:["Alpha,Bravo"]' })).body.totalCount).toBe(0)
  })

  it("lets an apostrophe inside double quotes swallow the next condition, as Twenty's separate quote toggles do", async () => {
    expect(names((await list({ filter: `name[eq]:"O'Hara"` })).body)).toEqual(["O'Hara"])
    expect((await list({ filter: `name[eq]:"O'Hara",employees[gte]:0` })).body.totalCount).toBe(0)
  })

  it('counts only parentheses, with Twenty’s wording, and reads a lone square bracket in a value', async () => {
    expect(await message({ filter: 'name[eq]:(Alpha' })).toBe(
      "'filter' invalid. 1 close bracket is missing in the query",
    )
    expect(await message({ filter: 'or(name[eq]:a))),name[eq]:b' })).toBe(
      "'filter' invalid. 2 open brackets are missing in the query",
    )
    expect((await list({ filter: 'name[eq]:Al[pha' })).status).toBe(200)
  })

  it('refuses a condition with an empty value and names the comparators comma-spaced', async () => {
    expect(await message({ filter: 'name[eq]:' })).toBe("'filter' invalid for 'name[eq]:'. eg: price[gte]:10")
    expect(await message({ filter: 'name[equals]:x' })).toBe(
      "'filter' invalid for 'name[equals]:x', comparator equals not in eq, neq, in, containsAny, containsExactly, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike",
    )
  })

  it('refuses an in value that is not bracketed with the parser’s message', async () => {
    expect(await message({ filter: 'name[in]:Alpha' })).toBe(
      "'filter' invalid for 'in' operator. Received 'Alpha' but array value expected eg: 'field[in]:[value_1,value_2]'",
    )
  })
})

describe('filter operators and values by field type', () => {
  it('refuses an operator the field type does not take', async () => {
    expect(await message({ filter: 'idealCustomerProfile[neq]:true' })).toBe(
      'Operator "neq" is not valid for field "idealCustomerProfile" of type BOOLEAN - Allowed operators: eq, is',
    )
    expect(await message({ filter: 'employees[startsWith]:1' })).toBe(
      'Operator "startsWith" is not valid for field "employees" of type NUMBER - Allowed operators: eq, neq, gt, gte, lt, lte, in, is',
    )
    const people = await ctx.api(
      `/rest/people${q({ filter: 'emails.additionalEmails[containsAny]:["a@b.c"]' })}`,
    )
    expect(people.body.messages[0]).toBe(
      'Operator "containsAny" is not valid for field "emails.additionalEmails" of type RAW_JSON - Allowed operators: is, like',
    )
  })

  it('reads numbers with parseFloat and refuses one that is not a number with Twenty’s message', async () => {
    expect(names((await list({ filter: 'employees[gte]:30abc' })).body)).toEqual(['Bravo', "O'Hara"])
    expect(await message({ filter: 'employees[gte]:many' })).toBe(
      'Invalid number value NaN for field "employees"',
    )
  })

  it('names a bad boolean, date, uuid or is value as Twenty does', async () => {
    expect(await message({ filter: 'idealCustomerProfile[eq]:True' })).toBe(
      `Invalid boolean value 'True' for field "idealCustomerProfile"`,
    )
    expect(await message({ filter: 'createdAt[gt]:soon' })).toBe(
      `Invalid value 'soon' for date-time field "createdAt". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`,
    )
    expect(await message({ filter: 'id[eq]:nope' })).toBe(`Invalid UUID value 'nope' for field "id"`)
    expect(await message({ filter: 'name[is]:EMPTY' })).toBe(
      'Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"',
    )
  })

  // validateUUIDFieldOrThrow uses twenty-shared's isValidUuid, which takes versions 1 to 5 only.
  it('refuses the nil uuid and a version 7 uuid in a filter, as Twenty’s uuid check does', async () => {
    const nil = '00000000-0000-0000-0000-000000000000'
    const v7 = '01890a5d-ac96-774b-bcce-b302099a8057'
    expect(await message({ filter: `id[eq]:${nil}` })).toBe(`Invalid UUID value '${nil}' for field "id"`)
    expect(await message({ filter: `accountOwnerId[in]:[${v7}]` })).toBe(
      `Invalid UUID value '${v7}' for field "accountOwnerId"`,
    )
  })

  it('names the unknown sub-field alone, as Twenty checks each segment', async () => {
    const answer = await ctx.api(`/rest/people${q({ filter: 'emails.primary[eq]:x' })}`)
    expect(answer.body.messages[0]).toBe("field 'primary' does not exist in 'person' object")
  })
})

describe('order_by and depth', () => {
  it('refuses an order_by item written after ", " because Twenty keeps the space in the field name', async () => {
    expect((await list({ order_by: 'name,employees' })).status).toBe(200)
    expect(await message({ order_by: 'name, employees' })).toBe(
      "field ' employees' does not exist in 'company' object",
    )
  })

  it('reads an empty depth as 0 and depth=1.0 as 1, as Twenty’s +depth does', async () => {
    const empty = await list({ depth: '' })
    expect(empty.status).toBe(200)
    expect(empty.body.data.companies[0].people).toBeUndefined()
    const one = await list({ depth: '1.0' })
    expect(one.status).toBe(200)
    expect(one.body.data.companies[0].people).toEqual([])
  })
})
