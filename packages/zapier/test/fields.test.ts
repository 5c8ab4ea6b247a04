import { TwentyRateLimitError } from 'twenty-sdk'
import { describe, expect, it } from 'vitest'
import { rateLimitDelaySeconds, serverErrorDelaySeconds } from '../src/errors/throttle-delay.js'
import { hostOf, websiteUrl } from '../src/fields/domain.js'
import { toMoney } from '../src/fields/money.js'
import { objectNames } from '../src/fields/object-name.js'
import { toPrimaryPhone } from '../src/fields/phone.js'

describe('phone numbers', () => {
  it('split an international number into national number, country and calling code', () => {
    expect(toPrimaryPhone('+1 415 555 2671', undefined)).toEqual({
      primaryPhoneNumber: '4155552671',
      primaryPhoneCountryCode: 'US',
      primaryPhoneCallingCode: '+1',
    })
  })

  it('refuse a country code that is not ISO 3166', () => {
    expect(() => toPrimaryPhone('0912 345 678', 'Vietnam')).toThrow(/not a two-letter country code/)
  })

  it('refuse text that cannot be a phone number', () => {
    expect(() => toPrimaryPhone('call me', 'VN')).toThrow(/not a/)
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
  })

  it('refuse a currency that is not an ISO 4217 code', () => {
    expect(() => toMoney(10, 'dollars', 'amount')).toThrow(/not an ISO 4217 code/)
  })
})

describe('domains', () => {
  it('compare hosts whatever scheme, case, www or path they were written with', () => {
    expect(hostOf('HTTPS://WWW.Acme.com/about?x=1')).toBe('acme.com')
    expect(hostOf('acme.com')).toBe('acme.com')
  })

  it('store a typed domain as an https URL, and refuse text without a dot', () => {
    expect(websiteUrl('www.acme.com/', 'domainName')).toBe('https://acme.com')
    expect(() => websiteUrl('localhost', 'domainName')).toThrow(/not a domain/)
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
