import { describe, expect, it } from 'vitest'
import { TwentyValidationError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('phone country codes, which Twenty takes only as ISO 3166-1 alpha-2 in capitals', () => {
  it('refuses a country written in lower case, in full or as a calling code, naming the sub-field', async () => {
    for (const country of ['vn', 'Vietnam', '+84']) {
      const error = await ctx.twenty.people
        .create({ phones: { primaryPhoneNumber: '912345678', primaryPhoneCountryCode: country } })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect((error as TwentyValidationError).code).toBe('INVALID_INPUT')
      expect((error as TwentyValidationError).issues[0]?.path).toBe('phones.primaryPhoneCountryCode')
    }
    const additional = await ctx.twenty.people
      .create({
        phones: { additionalPhones: [{ number: '912345678', countryCode: 'vn', callingCode: '+84' }] },
      })
      .catch((e: unknown) => e)
    expect((additional as TwentyValidationError).issues[0]?.path).toBe(
      'phones.additionalPhones.0.countryCode',
    )
  })

  it('writes nothing when a person of a later batch has a bad phone country, instead of only the batches before it', async () => {
    const rows = Array.from({ length: 70 }, (_, index) => ({
      name: { firstName: 'Batch', lastName: `Phone ${index}` },
    }))
    const bad = {
      ...rows[65],
      phones: { primaryPhoneNumber: '912345678', primaryPhoneCountryCode: 'Vietnam' },
    }
    rows[65] = bad as (typeof rows)[number]

    const error = await ctx.twenty.people.createMany(rows).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(TwentyValidationError)
    expect((error as TwentyValidationError).code).toBe('INVALID_INPUT')
    const stored = await ctx.twenty.people.list({ filter: { name: { firstName: { eq: 'Batch' } } } })
    expect(stored.totalCount).toBe(0)
  })

  it('accepts a country in capitals and an empty one', async () => {
    const person = await ctx.twenty.people.create({
      phones: {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
    })
    expect(person.phones?.primaryPhoneCountryCode).toBe('VN')
    const cleared = await ctx.twenty.people.update(person.id, {
      phones: { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '' },
    })
    expect(cleared.phones?.primaryPhoneCountryCode).toBe('')
  })
})
