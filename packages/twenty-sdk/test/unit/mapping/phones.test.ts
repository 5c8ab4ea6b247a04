import { describe, expect, it } from 'vitest'
import { isTwentyValidationError, TwentyValidationError } from '../../../src/index.js'
import { isTwentyMappingError, TwentyMappingError } from '../../../src/mapping/mapping-error.js'
import { type CountryCode, toE164, toPhones } from '../../../src/mapping/phones.js'

function mappingErrorOf(run: () => unknown): TwentyMappingError {
  try {
    run()
  } catch (error) {
    if (error instanceof TwentyMappingError) return error
    throw error
  }
  throw new Error('expected a TwentyMappingError')
}

describe('phone numbers to Twenty PHONES', () => {
  const valid: [string, string | number, CountryCode | undefined, string, string, string, string][] = [
    ['a Vietnamese mobile in national form', '0912 345 678', 'VN', '912345678', 'VN', '+84', '+84912345678'],
    ['a Vietnamese mobile with dashes', '0912-345-678', 'VN', '912345678', 'VN', '+84', '+84912345678'],
    [
      'a Vietnamese mobile with +84 and no default',
      '+84 912 345 678',
      undefined,
      '912345678',
      'VN',
      '+84',
      '+84912345678',
    ],
    [
      'a Vietnamese mobile with +84 and a kept trunk 0',
      '+84 0912 345 678',
      undefined,
      '912345678',
      'VN',
      '+84',
      '+84912345678',
    ],
    ['a spreadsheet number that lost its +', 84912345678, 'VN', '912345678', 'VN', '+84', '+84912345678'],
    [
      'a US number with +1 and punctuation',
      '+1 (415) 555-0132',
      undefined,
      '4155550132',
      'US',
      '+1',
      '+14155550132',
    ],
    ['a US number in national form', '(415) 555-0132', 'US', '4155550132', 'US', '+1', '+14155550132'],
    [
      'a US number while the default country is VN',
      '+1 415 555 0132',
      'VN',
      '4155550132',
      'US',
      '+1',
      '+14155550132',
    ],
    ['a French mobile in national form', '06 12 34 56 78', 'FR', '612345678', 'FR', '+33', '+33612345678'],
    ['a French landline with +33', '+33 1 23 45 67 89', undefined, '123456789', 'FR', '+33', '+33123456789'],
    [
      'a French mobile with the 00 international prefix',
      '0033 6 12 34 56 78',
      'FR',
      '612345678',
      'FR',
      '+33',
      '+33612345678',
    ],
  ]

  it.each(valid)(
    'splits %s into national number, country and calling code',
    (_, input, defaultCountry, number, country, callingCode) => {
      expect(toPhones(input, { defaultCountry })).toEqual({
        primaryPhoneNumber: number,
        primaryPhoneCountryCode: country,
        primaryPhoneCallingCode: callingCode,
      })
    },
  )

  it.each(valid)('writes %s in E.164', (_, input, defaultCountry, _number, _country, _callingCode, e164) => {
    expect(toE164(input, { defaultCountry })).toBe(e164)
  })

  it('maps additional numbers into additionalPhones with the same default country', () => {
    expect(
      toPhones('0912 345 678', { defaultCountry: 'VN', additional: ['0987 654 321', '+33 6 12 34 56 78'] }),
    ).toEqual({
      primaryPhoneNumber: '912345678',
      primaryPhoneCountryCode: 'VN',
      primaryPhoneCallingCode: '+84',
      additionalPhones: [
        { number: '987654321', countryCode: 'VN', callingCode: '+84' },
        { number: '612345678', countryCode: 'FR', callingCode: '+33' },
      ],
    })
  })

  it('leaves additionalPhones out when none are given, so an update keeps the existing list', () => {
    expect(toPhones('+84 912 345 678')).not.toHaveProperty('additionalPhones')
  })

  const invalid: [string, unknown, CountryCode | undefined, RegExp][] = [
    ['letters', 'abc', 'VN', /does not look like a phone number/],
    ['an empty string', '   ', 'VN', /empty/],
    ['a Vietnamese number one digit short', '0912 345 67', 'VN', /no VN number has these digits/],
    [
      'a number of the right length with impossible digits',
      '+84 12 345 678',
      undefined,
      /no VN number has these digits/,
    ],
    ['a national number without a default country', '0912 345 678', undefined, /no default country/],
    ['a number with an extension', '+1 415 555 0132 ext. 12', undefined, /extension \(12\)/],
    ['a non-geographic number', '+800 1234 5678', undefined, /Twenty needs a country/],
    ['a fractional number', 912.5, 'VN', /not a whole number/],
    ['a value that is neither text nor a number', { phone: '0912' }, 'VN', /expected text or a number/],
  ]

  it.each(invalid)(
    'refuses %s with a TwentyMappingError naming the value',
    (_, input, defaultCountry, reason) => {
      const error = mappingErrorOf(() => toPhones(input as string, { defaultCountry }))
      expect(error.message).toMatch(reason)
      expect(error.field).toBe('phones')
      expect(error.value).toBe(input)
    },
  )

  it('refuses an invalid additional number instead of dropping it', () => {
    const error = mappingErrorOf(() => toPhones('0912 345 678', { defaultCountry: 'VN', additional: ['12'] }))
    expect(error.value).toBe('12')
  })

  it('reports the field name given by the caller and carries the raw input', () => {
    const error = mappingErrorOf(() => toE164('0912 34', { defaultCountry: 'VN', field: 'mobile' }))
    expect(error).toMatchObject({
      field: 'mobile',
      value: '0912 34',
      code: 'MAPPING_FAILED',
      status: undefined,
    })
    expect(error.issues).toEqual([{ path: 'mobile', message: error.message }])
    expect(error.message).toContain('"0912 34"')
  })

  it('is caught by code that handles validation errors, and still recognisable as a mapping error', () => {
    const error = mappingErrorOf(() => toPhones('abc', { defaultCountry: 'VN' }))
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(isTwentyValidationError(error)).toBe(true)
    expect(isTwentyMappingError(error)).toBe(true)
    expect(isTwentyMappingError(new TwentyValidationError({ message: 'other' }))).toBe(false)
  })
})
