// Values as Excel and Google Sheets exports hold them: blank cells, European amounts, serial dates, "Last, First"
// names, decomposed accents, upper-case links, and headers mangled by a byte-order mark or the wrong separator.
import { describe, expect, it } from 'vitest'
import {
  applyFieldMap,
  defineFieldMap,
  isTwentyMappingError,
  toEmails,
  toFullName,
  toIsoDate,
  toLinks,
  toMoney,
  toPhones,
} from '../../../src/mapping/index.js'

function messageOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (isTwentyMappingError(error)) return error.message
    throw error
  }
  throw new Error('expected a TwentyMappingError')
}

describe('amounts from European and accounting spreadsheets', () => {
  it('refuses "1.234" without a decimal separator, since it is a thousand where "." groups thousands', () => {
    expect(messageOf(() => toMoney('1.234', 'EUR'))).toMatch(/ambiguous: "\." may group thousands/)
    expect(messageOf(() => toMoney('-12.500', 'USD'))).toMatch(/ambiguous/)
    expect(toMoney('1.234', 'EUR', { decimalSeparator: ',' }).amountMicros).toBe(1_234_000_000)
    expect(toMoney('1.234', 'USD', { decimalSeparator: '.' }).amountMicros).toBe(1_234_000)
  })

  it('reads three decimals by default where they cannot be thousands: a leading zero or a 3-decimal currency', () => {
    expect(toMoney('0.125', 'USD').amountMicros).toBe(125_000)
    expect(toMoney('12.500', 'KWD').amountMicros).toBe(12_500_000)
    expect(toMoney('1,234', 'USD').amountMicros).toBe(1_234_000_000)
  })

  it.each([
    ['a trailing euro sign', '1 234,56 €', '€'],
    ['a leading dollar sign', '$1,234.56', '$'],
    ['a dong sign', '12.500.000 ₫', '₫'],
  ])('names the currency sign in %s instead of calling it "not a number"', (_, amount, sign) => {
    expect(messageOf(() => toMoney(amount, 'EUR', { decimalSeparator: ',' }))).toContain(
      `it contains the currency sign "${sign}": strip it and pass the currency code separately`,
    )
  })

  it('says how to write an accounting negative in parentheses, and reads negatives and zero with a sign', () => {
    expect(messageOf(() => toMoney('(1,234.56)', 'USD'))).toMatch(/accounting negative in parentheses/)
    expect(toMoney('-1,234.56', 'usd')).toEqual({ amountMicros: -1_234_560_000, currencyCode: 'USD' })
    expect(toMoney('−0,00', 'EUR', { decimalSeparator: ',' }).amountMicros).toBe(0)
  })
})

describe('dates from spreadsheets', () => {
  it.each([
    ['an Excel serial day', 45750],
    ['epoch seconds', 1_743_638_400],
    ['zero from a blank numeric cell', 0],
  ])('refuses %s instead of storing a moment of January 1970', (_, value) => {
    expect(messageOf(() => toIsoDate(value))).toMatch(/Excel serial date or epoch seconds/)
  })

  it('still reads epoch milliseconds and a Date of early 1970', () => {
    expect(toIsoDate(1_743_638_400_000)).toBe('2025-04-03T00:00:00.000Z')
    expect(toIsoDate(new Date(45750))).toBe('1970-01-01T00:00:45.750Z')
  })

  it('explains serial numbers and slash dates given as text', () => {
    expect(messageOf(() => toIsoDate('45750', { timeZone: 'UTC' }))).toMatch(
      /looks like an Excel serial date/,
    )
    expect(messageOf(() => toIsoDate('03/04/2025', { timeZone: 'Europe/Paris' }))).toMatch(
      /order of day and month is a guess \(03\/04\/2025 reads both ways\)/,
    )
  })

  it('refuses an offset beyond ±14:00 and names an hour of 24 as the time of day, not the day', () => {
    expect(messageOf(() => toIsoDate('2025-04-03T10:00:00+25:00'))).toMatch(/offset \+25:00 is beyond ±14:00/)
    expect(messageOf(() => toIsoDate('2025-04-03T10:00:00+05:75'))).toMatch(/beyond ±14:00/)
    expect(messageOf(() => toIsoDate('2025-04-03T24:00:00Z'))).toMatch(/time of day is out of range/)
    expect(toIsoDate('2025-04-03T10:00:00+14:00')).toBe('2025-04-02T20:00:00.000Z')
  })
})

describe('blank cells in list-valued columns', () => {
  it('leaves additionalEmails out for a blank cell, so an update keeps the CRM list; [] still clears it', () => {
    expect(toEmails('linh@example.com', '')).toEqual({ primaryEmail: 'linh@example.com' })
    expect(toEmails('linh@example.com', ' ; ')).toEqual({ primaryEmail: 'linh@example.com' })
    expect(toEmails('linh@example.com', ['', ' '])).toEqual({ primaryEmail: 'linh@example.com' })
    expect(toEmails('linh@example.com', [])).toEqual({
      primaryEmail: 'linh@example.com',
      additionalEmails: [],
    })
  })

  it('skips blank additional phones instead of failing the row, and leaves an all-blank list out', () => {
    expect(toPhones('0912 345 678', { defaultCountry: 'VN', additional: ['', '  '] })).not.toHaveProperty(
      'additionalPhones',
    )
    expect(
      toPhones('0912 345 678', { defaultCountry: 'VN', additional: ['', '+33 6 12 34 56 78'] })
        .additionalPhones,
    ).toEqual([{ number: '612345678', countryCode: 'FR', callingCode: '+33' }])
  })

  it('skips blank secondary links and leaves an all-blank list out', () => {
    expect(toLinks('example.com', { secondaryLinks: [' '] })).toEqual({
      primaryLinkUrl: 'https://example.com',
    })
    expect(toLinks('example.com', { secondaryLinks: ['', 'x.com/linh'] }).secondaryLinks).toEqual([
      { url: 'https://x.com/linh', label: '' },
    ])
  })
})

describe('links as Twenty stores them', () => {
  it.each([
    ['WWW.Example.com/', 'https://www.example.com'],
    ['HTTP://Example.COM/About/', 'http://example.com/About'],
    ['https://example.com:443/', 'https://example.com'],
    ['linkedin.com/in/Linh-Nguyen/', 'https://linkedin.com/in/Linh-Nguyen'],
  ])('lower-cases the scheme and host of %s and drops the trailing slash: %s', (input, url) => {
    expect(toLinks(input).primaryLinkUrl).toBe(url)
  })
})

describe('names as address books export them', () => {
  it.each([
    ['"Family, Given"', 'Smith, John', {}, 'John', 'Smith'],
    [
      '"Family, Given" whatever nameOrder says',
      'Nguyễn, Văn An',
      { nameOrder: 'familyFirst' as const },
      'Văn An',
      'Nguyễn',
    ],
    ['a suffix after the family name', 'Martin Luther King Jr.', {}, 'Martin Luther', 'King Jr.'],
    ['"Family, Given, Suffix"', 'King, Martin Luther, Jr.', {}, 'Martin Luther', 'King Jr.'],
    ['a particle, kept with the given names', 'Ludwig van Beethoven', {}, 'Ludwig van', 'Beethoven'],
  ])('reads %s', (_, input, options, firstName, lastName) => {
    expect(toFullName(input, options)).toEqual({ firstName, lastName })
  })

  it('composes decomposed accents (NFD from macOS) so the name matches what people type', () => {
    const decomposed = 'Nguyễn Văn An'.normalize('NFD')
    expect(toFullName(decomposed, { nameOrder: 'familyFirst' })).toEqual({
      firstName: 'Văn An',
      lastName: 'Nguyễn',
    })
    expect(toFullName({ first: 'José'.normalize('NFD') }).firstName).toBe('José')
  })

  it('refuses a name with more than one comma rather than guessing its parts', () => {
    expect(messageOf(() => toFullName('Smith, John, Paul'))).toMatch(/more than one comma/)
  })
})

describe('phone numbers of several countries, national and international', () => {
  it.each([
    ['a German landline with its trunk zero', '030 123456', 'DE', '30123456', '+49'],
    ['a German number with (0) after +49', '+49 (0)30 123456', 'DE', '30123456', '+49'],
    ['an Indian mobile with its trunk zero', '09876543210', 'IN', '9876543210', '+91'],
    ['an Indian mobile with +91', '+91 98765 43210', 'US', '9876543210', '+91'],
    ['a French mobile with 00 33 and (0)', '0033 (0)6 12 34 56 78', 'FR', '612345678', '+33'],
    ['a Vietnamese mobile whose leading zero Excel dropped', 912345678, 'VN', '912345678', '+84'],
  ] as const)('reads %s', (_, input, country, number, callingCode) => {
    expect(toPhones(input, { defaultCountry: country })).toMatchObject({
      primaryPhoneNumber: number,
      primaryPhoneCallingCode: callingCode,
    })
  })

  it('refuses a US number with an extension or letters', () => {
    expect(messageOf(() => toPhones('415-555-0132 ext. 12', { defaultCountry: 'US' }))).toMatch(/extension/)
    expect(messageOf(() => toPhones('1-800-FLOWERS', { defaultCountry: 'US' }))).toMatch(/not a valid phone/)
  })
})

describe('field maps over mis-parsed CSV headers', () => {
  type Row = Record<string, string | undefined>
  const map = defineFieldMap<Row, { name: string }>({ name: { from: 'Name', required: true } })

  it('names the byte-order mark glued to the first header when a required column seems missing', () => {
    const result = applyFieldMap(map, { '\ufeffName': 'Acme', Website: 'acme.example' })
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'name',
          message:
            'name is required (the row has no "Name" column; its columns are "\\ufeffName", "Website")',
          value: undefined,
        },
      ],
    })
  })

  it('shows the single column of a semicolon-separated file read with commas', () => {
    const result = applyFieldMap(map, { 'Name;Website': 'Acme;acme.example' })
    expect(result.ok ? '' : result.errors[0]?.message).toContain('its columns are "Name;Website"')
  })

  it('still says a present column is blank', () => {
    const result = applyFieldMap(map, { Name: '  ' })
    expect(result.ok ? '' : result.errors[0]?.message).toBe('name is required ("Name" is blank)')
  })
})
