import { isTwentyValidationError, TwentyRateLimitError } from 'twenty-sdk'
import { describe, expect, it } from 'vitest'
import { rateLimitDelaySeconds, serverErrorDelaySeconds } from '../src/errors/throttle-delay.js'
import { hostOf, websiteUrl } from '../src/fields/domain.js'
import { amountOf, toMoney } from '../src/fields/money.js'
import { objectNames } from '../src/fields/object-name.js'
import { toPrimaryPhone } from '../src/fields/phone.js'

/** The one issue of the app's invalid-input error a conversion threw: the field at fault and the message. */
function refusal(convert: () => unknown): { path: string; message: string } | undefined {
  try {
    convert()
  } catch (error) {
    if (!isTwentyValidationError(error) || error.code !== 'INVALID_INPUT') throw error
    return error.issues[0]
  }
  return undefined
}

describe('phone numbers', () => {
  it('split an international number into national number, country and calling code', () => {
    expect(toPrimaryPhone('+1 415 555 2671', undefined)).toEqual({
      primaryPhoneNumber: '4155552671',
      primaryPhoneCountryCode: 'US',
      primaryPhoneCallingCode: '+1',
    })
  })

  it('read a national number with the Phone Country, in any case', () => {
    expect(toPrimaryPhone('0912 345 678', 'vn')).toEqual({
      primaryPhoneNumber: '912345678',
      primaryPhoneCountryCode: 'VN',
      primaryPhoneCallingCode: '+84',
    })
  })

  it('refuse a country code that is not ISO 3166, on the Phone Country field', () => {
    expect(refusal(() => toPrimaryPhone('0912 345 678', 'Vietnam'))).toEqual({
      path: 'phones.primaryPhoneCountryCode',
      message: '"Vietnam" is not an ISO country code: use two letters such as VN, US or GB',
    })
    // Two letters, but not ISO (the United Kingdom is GB); refused even with an international number.
    expect(refusal(() => toPrimaryPhone('07700 900123', 'UK'))).toMatchObject({
      path: 'phones.primaryPhoneCountryCode',
    })
    expect(refusal(() => toPrimaryPhone('+44 7700 900123', 'UK'))).toMatchObject({
      path: 'phones.primaryPhoneCountryCode',
    })
  })

  it('ask for a country code or a Phone Country when a national number has neither', () => {
    expect(refusal(() => toPrimaryPhone('0912 345 678', undefined))).toEqual({
      path: 'phones',
      message: 'Start the number with its country code (+84 …) or set Phone Country',
    })
  })

  it('refuse text that cannot be a phone number, and numbers no country has', () => {
    expect(refusal(() => toPrimaryPhone('call me', 'VN'))).toEqual({
      path: 'phones',
      message: '"call me" is not a valid phone number: it does not look like a phone number',
    })
    expect(refusal(() => toPrimaryPhone('+84 12 345 678', undefined))).toEqual({
      path: 'phones',
      message: '"+84 12 345 678" is not a valid phone number: no VN number has these digits',
    })
    for (const country of [undefined, 'VN']) {
      expect(refusal(() => toPrimaryPhone('+999 123 456', country))).toEqual({
        path: 'phones',
        message: '"+999 123 456" is not a valid phone number: no country has the calling code it starts with',
      })
    }
  })

  it('leave the phone out when the field is empty', () => {
    expect(toPrimaryPhone('  ', 'VN')).toBeUndefined()
  })
})

describe('amounts', () => {
  it('convert units to micros without floating-point drift', () => {
    expect(toMoney('0.29', 'usd', 'amount')).toEqual({ amountMicros: 290_000, currencyCode: 'USD' })
    expect(toMoney('1,250,000.75', undefined, 'amount')).toEqual({
      amountMicros: 1_250_000_750_000,
      currencyCode: 'USD',
    })
    expect(toMoney(19.99, 'EUR', 'amount')).toEqual({ amountMicros: 19_990_000, currencyCode: 'EUR' })
  })

  it('round a computed amount to micros, as Twenty stores it', () => {
    expect(toMoney('33.333333333333336', 'USD', 'amount')).toEqual({
      amountMicros: 33_333_333,
      currencyCode: 'USD',
    })
  })

  it('leave the amount out when the field is empty', () => {
    expect(toMoney('', 'USD', 'amount')).toBeUndefined()
  })

  it('refuse a currency that is not an ISO 4217 code, on the Currency field', () => {
    expect(refusal(() => toMoney(10, 'dollars', 'amount'))).toEqual({
      path: 'amount.currencyCode',
      message: '"dollars" is not a currency code: expected three letters of ISO 4217, such as USD or VND',
    })
  })

  it('refuse an amount written with a decimal comma instead of reading it wrong, saying how to write it', () => {
    expect(refusal(() => toMoney('1.234,56', 'EUR', 'annualRecurringRevenue'))).toEqual({
      path: 'annualRecurringRevenue',
      message: expect.stringMatching(
        /^"1\.234,56" is not a valid amount: .*; write the amount with a point before the decimals, such as 1234\.56$/,
      ),
    })
    expect(refusal(() => toMoney('1,5', 'EUR', 'amount'))?.message).not.toContain('decimalSeparator')
  })

  it('give outputs the amount in units, whatever form Twenty returned the micros in', () => {
    expect(amountOf({ amountMicros: 2_500_500_000, currencyCode: 'USD' })).toBe(2500.5)
    expect(amountOf({ amountMicros: '5000000', currencyCode: 'USD' })).toBe(5)
    expect(amountOf({ amountMicros: 0, currencyCode: 'USD' })).toBe(0)
    expect(amountOf({ amountMicros: 2 ** 60, currencyCode: 'USD' })).toBe(2 ** 60 / 1_000_000)
    expect(amountOf({ amountMicros: null, currencyCode: '' })).toBeNull()
    expect(amountOf(null)).toBeNull()
  })
})

describe('domains', () => {
  it('compare hosts whatever scheme, case, www or path they were written with', () => {
    expect(hostOf('HTTPS://WWW.Acme.com/about?x=1')).toBe('acme.com')
    expect(hostOf('acme.com')).toBe('acme.com')
    expect(hostOf('not a website')).toBeUndefined()
  })

  it('store a typed domain as an https URL, and refuse text without a dot', () => {
    expect(websiteUrl('www.acme.com/', 'domainName')).toBe('https://acme.com')
    expect(websiteUrl('http://Acme.com/about', 'domainName')).toBe('https://acme.com')
    expect(() => websiteUrl('localhost', 'domainName')).toThrow(/not a domain/)
  })

  it('refuse what is no web address, on the Domain field', () => {
    expect(refusal(() => websiteUrl('acme .com', 'domainName'))).toEqual({
      path: 'domainName',
      message: '"acme .com" is not a web address: it contains spaces',
    })
    expect(refusal(() => websiteUrl('ftp://acme.com', 'domainName'))?.message).toContain(
      'only http and https links are allowed',
    )
  })
})

describe('object names', () => {
  it('map a standard object to its plural, and a custom one to singular plus s unless told otherwise', () => {
    expect(objectNames('opportunity')).toEqual({ singular: 'opportunity', plural: 'opportunities' })
    expect(objectNames('pet')).toEqual({ singular: 'pet', plural: 'pets' })
    expect(objectNames('cactus/cacti')).toEqual({ singular: 'cactus', plural: 'cacti' })
  })

  it('refuse anything that is not an API name, before it reaches a URL', () => {
    expect(() => objectNames('../people')).toThrow(/not an object API name/)
    expect(() => objectNames('a/b/c')).toThrow(/not an object API name/)
  })
})

describe('retry delays', () => {
  const limited = (message: string, retryAfterMs?: number) =>
    new TwentyRateLimitError({ message, status: 429, messages: [message], retryAfterMs })

  it('wait out the bucket Twenty names, plus jitter of up to half of it', () => {
    expect(rateLimitDelaySeconds(limited('Limit reached (100 tokens per 60000 ms)'), () => 0)).toBe(60)
    expect(rateLimitDelaySeconds(limited('Limit reached (100 tokens per 60000 ms)'), () => 0.999)).toBe(90)
  })

  it('wait at least a few seconds for the one-second bucket, and a minute when no bucket is named', () => {
    expect(rateLimitDelaySeconds(limited('Limit reached (100 tokens per 1000 ms)'), () => 0)).toBe(5)
    expect(rateLimitDelaySeconds(limited('Too many requests'), () => 0)).toBe(60)
  })

  it('follow a Retry-After when a proxy sent one, within bounds', () => {
    expect(rateLimitDelaySeconds(limited('Too many requests', 12_000))).toBe(12)
    expect(rateLimitDelaySeconds(limited('Too many requests', 3_600_000))).toBe(300)
  })

  it('spread server-error retries between 30 and 60 seconds', () => {
    expect(serverErrorDelaySeconds(() => 0)).toBe(30)
    expect(serverErrorDelaySeconds(() => 1)).toBe(60)
  })
})
