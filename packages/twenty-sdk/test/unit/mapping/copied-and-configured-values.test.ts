import { describe, expect, it } from 'vitest'
import {
  applyFieldMap,
  type CountryCode,
  defineFieldMap,
  isCountryCode,
  isTwentyMappingError,
  type TwentyMappingError,
  toCurrencyCode,
  toEmails,
  toFullName,
  toLinks,
  toMoney,
  toPhones,
} from '../../../src/mapping/index.js'
import { useSandbox } from '../../integration/setup.js'

function mappingErrorOf(run: () => unknown): TwentyMappingError {
  try {
    run()
  } catch (error) {
    if (isTwentyMappingError(error)) return error
    throw error
  }
  throw new Error('expected a TwentyMappingError')
}

const ctx = useSandbox()

describe('emails copied from mail clients and spreadsheets', () => {
  it('drops the subject of a hyperlinked mailto: cell instead of storing it in the address', () => {
    expect(toEmails('mailto:Linh@Example.com?subject=Hello', ['mailto:sales@example.com?cc=x@y.co'])).toEqual(
      {
        primaryEmail: 'linh@example.com',
        additionalEmails: ['sales@example.com'],
      },
    )
  })

  it('refuses an address with a trailing comma or angle bracket, which Twenty would store as given', async () => {
    for (const cell of ['linh@example.com,', 'linh@example.com>', 'linh@example.com;', 'linh@-example.com']) {
      expect(mappingErrorOf(() => toEmails(cell)).message, cell).toContain(JSON.stringify(cell))
    }
    // Twenty itself takes the comma, so the mapping is the only place the typo is caught.
    const person = await ctx.twenty.people.create({ emails: { primaryEmail: 'linh@example.com,' } })
    expect(person.emails?.primaryEmail).toBe('linh@example.com,')
  })

  it('reads "Name <address>" as mail clients copy it, in the primary and in a list of additional addresses', () => {
    expect(
      toEmails(
        '"Nguyễn Linh" <Linh@Example.com>',
        'Sales <sales@example.com>, "Doe, Jane" <jane@example.com>',
      ),
    ).toEqual({
      primaryEmail: 'linh@example.com',
      additionalEmails: ['sales@example.com', 'jane@example.com'],
    })
  })
})

describe('names with titles and degrees', () => {
  it('drops a leading title instead of storing it as a given or family name', () => {
    expect(toFullName('Dr. John Smith')).toEqual({ firstName: 'John', lastName: 'Smith' })
    expect(toFullName('Mr John Smith', { nameOrder: 'familyFirst' })).toEqual({
      firstName: 'Smith',
      lastName: 'John',
    })
    expect(toFullName('Prof. Dr. Hans Müller')).toEqual({ firstName: 'Hans', lastName: 'Müller' })
    expect(toFullName('Mrs. Smith')).toEqual({ firstName: '', lastName: 'Smith' })
  })

  it('drops a degree after a comma instead of reading it as the given name of "Family, Given"', () => {
    expect(toFullName('John Smith, PhD')).toEqual({ firstName: 'John', lastName: 'Smith' })
    expect(toFullName('Jane Doe MD')).toEqual({ firstName: 'Jane', lastName: 'Doe' })
    expect(toFullName('Smith, John, MBA')).toEqual({ firstName: 'John', lastName: 'Smith' })
  })

  it('keeps a word that is only a title when it is the whole name', () => {
    expect(toFullName('Dr')).toEqual({ firstName: 'Dr', lastName: '' })
  })

  it('refuses separate parts that are not text with a mapping error naming the field', () => {
    const error = mappingErrorOf(() => toFullName({ first: 42 as unknown as string, last: 'Nguyen' }))
    expect(error.field).toBe('name')
    expect(error.message).toContain('first')
  })
})

describe('lists with missing cells', () => {
  it('skips null and undefined additional phones as blank cells, as additional emails do', () => {
    const cells = ['0987 654 321', null, undefined]
    expect(toPhones('0912 345 678', { defaultCountry: 'VN', additional: cells }).additionalPhones).toEqual([
      { number: '987654321', countryCode: 'VN', callingCode: '+84' },
    ])
    expect(
      toPhones('0912 345 678', { defaultCountry: 'VN', additional: [null, undefined] }),
    ).not.toHaveProperty('additionalPhones')
  })

  it('skips null and undefined secondary links as blank cells', () => {
    const cells = ['b.example.com', null, undefined]
    expect(toLinks('example.com', { secondaryLinks: cells }).secondaryLinks).toEqual([
      { url: 'https://b.example.com', label: '' },
    ])
  })
})

describe('phone default countries from configuration', () => {
  it('tells a country code the phone helpers take, in either case, from text that is not one', () => {
    expect(['vn', ' VN ', 'us'].map(isCountryCode)).toEqual([true, true, true])
    expect(['Vietnam', 'XX', '', 84, undefined].map(isCountryCode)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('reads a lower-case default country as the country it names', () => {
    const country = 'vn' as CountryCode
    expect(toPhones('0912 345 678', { defaultCountry: country }).primaryPhoneCountryCode).toBe('VN')
  })

  it('refuses an unknown default country by naming the option, not the number', () => {
    const error = mappingErrorOf(() => toPhones('0912 345 678', { defaultCountry: 'XX' as CountryCode }))
    expect(error.message).toContain('defaultCountry "XX"')
  })
})

describe('currency signs as currency codes', () => {
  it('reads the signs that name one currency (₫, VNĐ, US$, €) as their ISO code', () => {
    expect(['₫', 'đ', 'VNĐ', 'vnđ', 'US$', '€'].map((sign) => toCurrencyCode(sign))).toEqual([
      'VND',
      'VND',
      'VND',
      'VND',
      'USD',
      'EUR',
    ])
    expect(toMoney('1.500.000', '₫', { decimalSeparator: ',' })).toEqual({
      amountMicros: 1_500_000_000_000,
      currencyCode: 'VND',
    })
  })

  it('refuses a sign shared by several currencies and names the codes to choose from', () => {
    expect(mappingErrorOf(() => toCurrencyCode('$')).message).toContain('USD')
    expect(mappingErrorOf(() => toCurrencyCode('¥')).message).toContain('JPY')
  })
})

describe('mapped values in the sandbox', () => {
  it('stores a mapped person as mapped: Vietnamese and US phones, emails from a mail client, a link', async () => {
    const input = {
      name: toFullName('Dr. Nguyễn Văn Linh', { nameOrder: 'familyFirst' }),
      emails: toEmails('"Linh" <Linh@Example.com>', 'mailto:sales@example.com?subject=Hi'),
      phones: toPhones('tel:0912.345.678', { defaultCountry: 'VN', additional: ['+1 (415) 555-0132', null] }),
      linkedinLink: toLinks('LinkedIn.com/in/linh/'),
    }
    const person = await ctx.twenty.people.create(input)
    expect(person).toMatchObject(input)
    expect(input.name).toEqual({ firstName: 'Văn Linh', lastName: 'Nguyễn' })
    expect(input.phones.additionalPhones).toEqual([
      { number: '4155550132', countryCode: 'US', callingCode: '+1' },
    ])
  })

  it('stores a VND amount given with the ₫ sign as exact micros', async () => {
    const amount = toMoney('2.500.000', '₫', { decimalSeparator: ',' })
    const deal = await ctx.twenty.opportunities.create({ name: 'Đơn hàng', amount })
    expect(deal.amount).toEqual({ amountMicros: 2_500_000_000_000, currencyCode: 'VND' })
  })
})

describe('field maps over columns named like object built-ins', () => {
  type Row = Record<string, string | undefined>
  const map = defineFieldMap<Row, { jobTitle?: string; city: string }>({
    jobTitle: { from: 'constructor' },
    city: { from: 'toString', required: true },
  })

  it('treats a missing "constructor" or "toString" column as missing instead of mapping a function', () => {
    expect(applyFieldMap(map, { Name: 'Linh' })).toEqual({
      ok: false,
      errors: [
        {
          field: 'city',
          message: 'city is required (the row has no "toString" column; its columns are "Name")',
          value: undefined,
        },
      ],
    })
    expect(applyFieldMap(map, { constructor: 'Sales', toString: 'Hanoi' })).toEqual({
      ok: true,
      value: { jobTitle: 'Sales', city: 'Hanoi' },
    })
  })
})
