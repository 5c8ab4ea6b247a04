import { describe, expect, it } from 'vitest'
import { isTwentyError, TwentyValidationError } from '../../../src/index.js'
import {
  describeValue,
  isTwentyMappingError,
  TwentyMappingError,
} from '../../../src/mapping/mapping-error.js'

describe('mapping errors', () => {
  it('carry the field, the full raw value and one validation issue, with no HTTP status', () => {
    const raw = { phone: '0912' }
    const error = new TwentyMappingError({ field: 'phones', value: raw, message: 'not a phone number' })
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(isTwentyError(error)).toBe(true)
    expect(error).toMatchObject({
      field: 'phones',
      code: 'MAPPING_FAILED',
      status: undefined,
      message: 'not a phone number',
    })
    expect(error.value).toBe(raw)
    expect(error.issues).toEqual([{ path: 'phones', message: 'not a phone number' }])
  })

  it('are recognised by the guard from their marker, as when another copy of the SDK threw them', () => {
    const foreign = { isTwentyError: true, isTwentyMappingError: true, name: 'TwentyValidationError' }
    expect(isTwentyMappingError(foreign)).toBe(true)
    expect(isTwentyMappingError(new Error('plain'))).toBe(false)
    expect(isTwentyMappingError(null)).toBe(false)
  })

  it('quote short text whole and shorten long text to 60 characters in messages', () => {
    expect(describeValue('0912 345 678')).toBe('"0912 345 678"')
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`)
  })

  it('describe non-text values by kind rather than dumping them', () => {
    expect(describeValue(12.5)).toBe('12.5')
    expect(describeValue(5n)).toBe('5')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date')
    expect(describeValue(new Date(0))).toBe('1970-01-01T00:00:00.000Z')
    expect(describeValue(['a'])).toBe('an array')
    expect(describeValue({ secret: 'x' })).toBe('a value of type object')
  })
})
