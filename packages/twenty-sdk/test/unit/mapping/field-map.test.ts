import { describe, expect, expectTypeOf, it } from 'vitest'
import type { PersonInput } from '../../../src/index.js'
import { toEmails } from '../../../src/mapping/emails.js'
import { applyFieldMap, defineFieldMap, type FieldMapResult } from '../../../src/mapping/field-map.js'
import { toFullName } from '../../../src/mapping/full-name.js'
import { toIsoDate } from '../../../src/mapping/iso-date.js'
import { toMoney } from '../../../src/mapping/money.js'
import { toPhones } from '../../../src/mapping/phones.js'

/** A spreadsheet export: every column is text, and any cell may be missing. */
type CsvRow = Record<string, string | undefined>

const personMap = defineFieldMap<CsvRow, PersonInput>({
  name: {
    from: 'Full name',
    transform: (text) => toFullName(text, { nameOrder: 'familyFirst' }),
    required: true,
  },
  emails: { from: 'Email', transform: (text) => toEmails(text), required: true },
  phones: { from: 'Phone', transform: (text) => toPhones(text, { defaultCountry: 'VN' }) },
  city: { from: 'City', default: 'Ho Chi Minh City' },
  jobTitle: { from: (row) => [row.Title, row.Department].filter(Boolean).join(', ') },
})

const goodRow: CsvRow = {
  'Full name': 'Nguyen Van Linh',
  Email: 'Linh@Example.com',
  Phone: '0912 345 678',
  City: 'Da Nang',
  Title: 'CTO',
  Department: 'Engineering',
}

describe('field maps', () => {
  it('maps a complete row into the target record with every transform applied', () => {
    expect(applyFieldMap(personMap, goodRow)).toEqual({
      ok: true,
      value: {
        name: { firstName: 'Van Linh', lastName: 'Nguyen' },
        emails: { primaryEmail: 'linh@example.com' },
        phones: {
          primaryPhoneNumber: '912345678',
          primaryPhoneCountryCode: 'VN',
          primaryPhoneCallingCode: '+84',
        },
        city: 'Da Nang',
        jobTitle: 'CTO, Engineering',
      },
    })
  })

  it('uses the default for a missing or blank value and leaves optional blank fields out', () => {
    const result = applyFieldMap(personMap, {
      ...goodRow,
      City: '   ',
      Phone: undefined,
      Title: '',
      Department: '',
    })
    expect(result.ok && result.value).toEqual({
      name: { firstName: 'Van Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh@example.com' },
      city: 'Ho Chi Minh City',
    })
  })

  it('collects every failing field of a row, with its message and raw value, instead of stopping at the first', () => {
    const result = applyFieldMap(personMap, {
      'Full name': '',
      Email: 'not-an-email',
      Phone: '0912 34',
      City: 'Hue',
    })
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'name', message: 'name is required ("Full name" is blank)', value: '' },
        { field: 'emails', message: 'not a valid email address: "not-an-email"', value: 'not-an-email' },
        {
          field: 'phones',
          message: expect.stringMatching(/^"0912 34" is not a valid phone number/),
          value: '0912 34',
        },
      ],
    })
  })

  it('turns a throwing row function or a non-Error throw into a field error rather than throwing', () => {
    const map = defineFieldMap<CsvRow, { a?: string; b?: string }>({
      a: {
        from: () => {
          throw new RangeError('cannot compute a')
        },
      },
      b: {
        from: 'b',
        transform: () => {
          throw 'plain string thrown'
        },
      },
    })
    expect(applyFieldMap(map, { b: 'x' })).toEqual({
      ok: false,
      errors: [
        { field: 'a', message: 'cannot compute a', value: undefined },
        { field: 'b', message: 'plain string thrown', value: 'x' },
      ],
    })
  })

  it('reports a row that is not an object as one error instead of throwing', () => {
    expect(applyFieldMap(personMap, null as unknown as CsvRow)).toEqual({
      ok: false,
      errors: [{ field: '', message: 'The row is not an object', value: null }],
    })
  })

  it('maps typed sources with money and dates, and types the result as the target', () => {
    interface Deal {
      title: string
      value: number
      currency: string
      closes?: string
    }
    interface Target {
      name: string
      amount?: { amountMicros: number; currencyCode: string }
      closeDate?: string
    }
    const dealMap = defineFieldMap<Deal, Target>({
      name: { from: 'title', required: true },
      amount: { from: (deal) => toMoney(deal.value, deal.currency) },
      closeDate: { from: 'closes', transform: (text) => toIsoDate(text, { timeZone: 'Asia/Ho_Chi_Minh' }) },
    })
    const result = applyFieldMap(dealMap, {
      title: 'Wholesale',
      value: 19.99,
      currency: 'vnd',
      closes: '2026-03-01 09:30',
    })
    expectTypeOf(result).toEqualTypeOf<FieldMapResult<Target>>()
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Wholesale',
        amount: { amountMicros: 19_990_000, currencyCode: 'VND' },
        closeDate: '2026-03-01T02:30:00.000Z',
      },
    })
  })

  it('refuses at compile time, and at run time where types are erased, maps that cannot produce the target', () => {
    interface Source {
      count: number
      label: string
    }
    defineFieldMap<Source, { total?: number }>({
      // @ts-expect-error a text column cannot fill a number field without a transform
      total: { from: 'label' },
    })
    defineFieldMap<Source, { total: number }>({
      // @ts-expect-error a required target field needs `required: true` or a default
      total: { from: 'count' },
    })
    defineFieldMap<Source, { total?: number }>({
      // @ts-expect-error the transform receives the column's own type, a number here
      total: { from: 'count', transform: (value: string) => value.length },
    })
    // @ts-expect-error a rule needs `from`
    expect(() => defineFieldMap<Source, { total?: number }>({ total: { default: 1 } })).toThrow(
      new TypeError('Field map rule "total" needs "from": a source key or a function of the row'),
    )
  })
})
