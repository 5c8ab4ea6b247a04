import { describe, expect, it } from 'vitest'
import { toCurrencyCode } from '../../../src/mapping/currency-code.js'
import type { RoundingMode } from '../../../src/mapping/decimal.js'
import { TwentyMappingError } from '../../../src/mapping/mapping-error.js'
import { fromMicros, type MoneyOptions, toMoney } from '../../../src/mapping/money.js'

function mappingErrorOf(run: () => unknown): TwentyMappingError {
  try {
    run()
  } catch (error) {
    if (error instanceof TwentyMappingError) return error
    throw error
  }
  throw new Error('expected a TwentyMappingError')
}

describe('amounts to Twenty CURRENCY micros', () => {
  const exact: [string, number | string | bigint, MoneyOptions, number][] = [
    ['19.99 as a float, which is 19989999.999999996 when multiplied', 19.99, {}, 19_990_000],
    ['0.07 as a float, which is 70000.00000000001 when multiplied', 0.07, {}, 70_000],
    ['1.005 as a float', 1.005, {}, 1_005_000],
    ['a whole number', 1500, {}, 1_500_000_000],
    ['a negative float', -42.5, {}, -42_500_000],
    ['the smallest micro', 0.000001, {}, 1],
    ['a float printed in exponent notation', 1.5e-5, {}, 15],
    ['a bigint of whole units', 250_000_000n, {}, 250_000_000_000_000],
    ['plain decimal text', '1234.56', {}, 1_234_560_000],
    ['text with comma thousands separators', '1,234.56', {}, 1_234_560_000],
    ['text with several thousands groups', '12,345,678.9', {}, 12_345_678_900_000],
    ['text with a decimal comma and dot thousands', '1.234,56', { decimalSeparator: ',' }, 1_234_560_000],
    ['text with a decimal comma and space thousands', '1 234,56', { decimalSeparator: ',' }, 1_234_560_000],
    [
      'text with a no-break space as thousands separator',
      '1\u00a0234,56',
      { decimalSeparator: ',' },
      1_234_560_000,
    ],
    ['Swiss text with apostrophe thousands', "1'234.56", {}, 1_234_560_000],
    ['negative text with a leading minus and spaces', '  -1,000.5 ', {}, -1_000_500_000],
    ['text with an explicit plus sign', '+7', {}, 7_000_000],
    ['text without integer digits', '.5', {}, 500_000],
    ['text with six decimals', '0.123456', {}, 123_456],
    ['text with trailing zeros beyond six decimals', '2.500000000', {}, 2_500_000],
    ['the largest amount that stays exact', '9007199254.740991', {}, Number.MAX_SAFE_INTEGER],
  ]

  it.each(exact)('converts %s exactly', (_, amount, options, micros) => {
    expect(toMoney(amount, 'USD', options)).toEqual({ amountMicros: micros, currencyCode: 'USD' })
  })

  it('refuses 0.1 + 0.2, whose float has 17 decimals, unless a rounding mode is given', () => {
    const error = mappingErrorOf(() => toMoney(0.1 + 0.2, 'USD'))
    expect(error.message).toMatch(/has 17 decimals and Twenty keeps 6; pass a rounding mode/)
    expect(error.value).toBe(0.1 + 0.2)
    expect(toMoney(0.1 + 0.2, 'USD', { rounding: 'halfExpand' }).amountMicros).toBe(300_000)
  })

  const rounded: [RoundingMode, string, number][] = [
    ['halfExpand', '2.5000005', 2_500_001],
    ['halfExpand', '-2.5000005', -2_500_001],
    ['halfEven', '2.5000005', 2_500_000],
    ['halfEven', '2.5000015', 2_500_002],
    ['halfEven', '2.50000051', 2_500_001],
    ['trunc', '-2.5000009', -2_500_000],
    ['floor', '-2.5000001', -2_500_001],
    ['floor', '2.5000009', 2_500_000],
    ['ceil', '2.5000001', 2_500_001],
    ['ceil', '-2.5000009', -2_500_000],
    ['halfExpand', '0.0000004', 0],
    ['halfExpand', '-0.0000004', 0],
  ]

  it.each(rounded)('rounds with %s: %s becomes %i micros', (rounding, amount, micros) => {
    expect(toMoney(amount, 'EUR', { rounding }).amountMicros).toBe(micros)
  })

  it('never returns negative zero after rounding a tiny negative amount', () => {
    expect(Object.is(toMoney('-0.0000004', 'EUR', { rounding: 'trunc' }).amountMicros, 0)).toBe(true)
  })

  const refused: [string, unknown, MoneyOptions, RegExp][] = [
    ['1e21, beyond exact JSON integers', 1e21, {}, /too large/],
    ['an amount one micro above the exact range', '9007199254.740992', {}, /too large/],
    ['infinity', Number.POSITIVE_INFINITY, {}, /not a finite number/],
    ['NaN', Number.NaN, {}, /not a finite number/],
    ['a European amount without decimalSeparator', '1.234,56', {}, /set decimalSeparator: ","/],
    ['a decimal comma read with the default separator', '1,5', {}, /set decimalSeparator: ","/],
    [
      'a dot-grouped amount read with a decimal comma',
      '1,234.56',
      { decimalSeparator: ',' },
      /set decimalSeparator: "."/,
    ],
    ['thousands groups of the wrong size', '12,34,567.00', {}, /groups of three/],
    ['two decimal separators', '1.2.3', {}, /more than one decimal separator/],
    ['mixed thousands separators', "1,234'567.00", {}, /not a decimal number/],
    ['a currency symbol', '$12.00', {}, /currency sign "\$": strip it/],
    ['exponent notation in text', '1e5', {}, /not a decimal number/],
    ['a sign alone', '-', {}, /no digits/],
    ['an empty string', '', {}, /no digits/],
    ['letters after the decimal point', '12.5a', {}, /other than digits/],
    ['a boolean', true, {}, /expected a number, a bigint or text/],
  ]

  it.each(refused)('refuses %s with a TwentyMappingError', (_, amount, options, reason) => {
    const error = mappingErrorOf(() => toMoney(amount as string, 'USD', options))
    expect(error.message).toMatch(reason)
    expect(error).toMatchObject({ field: 'amount', value: amount })
  })

  it('upper-cases a valid currency code and refuses unknown or malformed ones', () => {
    expect(toMoney('10', ' vnd ').currencyCode).toBe('VND')
    expect(toCurrencyCode('eur')).toBe('EUR')
    expect(mappingErrorOf(() => toMoney('10', 'UDS'))).toMatchObject({ field: 'currencyCode', value: 'UDS' })
    expect(mappingErrorOf(() => toMoney('10', '$')).message).toMatch(/sign of several currencies/)
    expect(mappingErrorOf(() => toMoney('10', 'EURO')).message).toMatch(/three letters of ISO 4217/)
  })
})

describe('micros back to decimal strings', () => {
  const cases: [number | bigint | string, string][] = [
    [19_990_000, '19.99'],
    [1_500_000_000, '1500'],
    [1, '0.000001'],
    [-42_500_000, '-42.5'],
    [-1, '-0.000001'],
    [0, '0'],
    [Number.MAX_SAFE_INTEGER, '9007199254.740991'],
    [123_456_789_012_345_678_901n, '123456789012345.678901'],
    ['250000000000000', '250000000'],
  ]

  it.each(cases)('renders %s micros as %s', (micros, text) => {
    expect(fromMicros(micros)).toBe(text)
  })

  it.each([[1.5], [Number.NaN], ['12.5'], ['abc']])(
    'refuses %s, which is not an integer number of micros',
    (micros) => {
      expect(mappingErrorOf(() => fromMicros(micros)).field).toBe('amountMicros')
    },
  )
})
