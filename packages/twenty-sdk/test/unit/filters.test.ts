import { describe, expect, it } from 'vitest'
import {
  compileFilter,
  compileOrderBy,
  type Filter,
  type Opportunity,
  type Person,
  TwentyValidationError,
} from '../../src/index.js'

describe('filter compilation to Twenty syntax', () => {
  it('compiles fields of one object to comma-separated conditions (ANDed by Twenty)', () => {
    const filter: Filter<Opportunity> = {
      stage: { eq: 'CUSTOMER' },
      amount: { amountMicros: { gte: 1_000_000 } },
    }
    expect(compileFilter(filter)).toBe('stage[eq]:"CUSTOMER",amount.amountMicros[gte]:1000000')
  })

  it('compiles composite sub-fields to dotted paths', () => {
    expect(
      compileFilter({ emails: { primaryEmail: { eq: 'linh@example.vn' } } } satisfies Filter<Person>),
    ).toBe('emails.primaryEmail[eq]:"linh@example.vn"')
  })

  it('nests or, and and not, wrapping multi-condition groups, and a root that would read as one group, in and()', () => {
    const filter: Filter<Person> = {
      or: [{ city: { eq: 'Hanoi' } }, { city: { eq: 'Da Nang' }, jobTitle: { ilike: '%CEO%' } }],
      not: { deletedAt: { is: 'NOT_NULL' } },
    }
    expect(compileFilter(filter)).toBe(
      'and(or(city[eq]:"Hanoi",and(city[eq]:"Da Nang",jobTitle[ilike]:"%CEO%")),not(deletedAt[is]:NOT_NULL))',
    )
  })

  it('quotes values with commas and parentheses so Twenty reads them whole', () => {
    expect(compileFilter({ name: { eq: 'Acme, Inc. (EU)' } })).toBe('name[eq]:"Acme, Inc. (EU)"')
  })

  it('switches to single quotes for a value containing a double quote', () => {
    expect(compileFilter({ name: { eq: 'The "Best" Co' } })).toBe(`name[eq]:'The "Best" Co'`)
  })

  it('compiles in-lists as bracketed quoted arrays and numbers bare', () => {
    expect(compileFilter({ id: { in: ['a', 'b'] }, employees: { lt: 50 } })).toBe(
      'id[in]:["a","b"],employees[lt]:50',
    )
  })

  it('sends dates as quoted ISO 8601', () => {
    expect(
      compileFilter({ createdAt: { gte: new Date('2026-01-02T03:04:05Z') } } satisfies Filter<Person>),
    ).toBe('createdAt[gte]:"2026-01-02T03:04:05.000Z"')
  })

  it("moves the one condition whose value has an unpaired quote or bracket last, where Twenty's parser reads it as meant", () => {
    expect(compileFilter({ lastName: { eq: "O'Brien" }, firstName: { eq: 'Sean' } })).toBe(
      `firstName[eq]:"Sean",lastName[eq]:"O'Brien"`,
    )
    expect(
      compileFilter({ or: [{ name: { eq: 'a [ b' } }, { city: { eq: 'Hanoi' } }], jobTitle: { eq: 'CEO' } }),
    ).toBe('jobTitle[eq]:"CEO",or(city[eq]:"Hanoi",name[eq]:"a [ b")')
    expect(compileFilter({ name: { eq: `both ' and "` } })).toBe(`name[eq]:"both ' and ""`)
  })

  it('passes a raw string through untouched', () => {
    expect(compileFilter('name.firstName[startsWith]:"Li"')).toBe('name.firstName[startsWith]:"Li"')
  })

  it.each([
    [{ name: { eq: 'unbalanced (' } }, /parentheses/],
    [{ name: { eq: 'close) first (' } }, /parentheses/],
    [{ lastName: { eq: "O'Brien" }, firstName: { eq: "D'Arcy" } }, /only one such value fits/],
    [{ or: [{ lastName: { ilike: "%O'Brien%" } }, { firstName: { ilike: "%O'Brien%" } }] }, /"_" matches/],
    [{ name: { eq: 'a [ b' }, city: { eq: 'c ] d' } }, /unpaired/],
    [{ id: { in: ['a,b'] } }, /cannot contain one/],
    [{ name: { eq: null } }, /is: 'NULL'/],
    [{ or: [] }, /non-empty/],
  ])('refuses a value Twenty cannot parse: %j', (filter, message) => {
    expect(() => compileFilter(filter as never)).toThrow(TwentyValidationError)
    expect(() => compileFilter(filter as never)).toThrow(message)
  })

  it('compiles sort orders in key order with explicit directions', () => {
    expect(compileOrderBy([{ createdAt: 'DescNullsLast' }, { 'name.firstName': 'AscNullsFirst' }])).toBe(
      'createdAt[DescNullsLast],name.firstName[AscNullsFirst]',
    )
  })

  it('refuses an unknown sort direction', () => {
    expect(() => compileOrderBy({ createdAt: 'DESC' } as never)).toThrow(/DescNullsLast/)
  })
})
