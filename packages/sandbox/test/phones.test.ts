import { describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox({ seed: 42 })

const createPerson = (jobTitle: string, phones: unknown) =>
  ctx.api('/rest/people', { method: 'POST', body: { jobTitle, phones } })

const countByJobTitle = async (jobTitle: string) =>
  (await ctx.api(`/rest/people${q({ filter: `jobTitle[eq]:"${jobTitle}"` })}`)).body.totalCount

describe('phones are parsed and stored as Twenty stores them', () => {
  it('+84 912 345 678 alone is stored as 912345678 with calling code +84 and country VN', async () => {
    const created = await createPerson('phone-international', { primaryPhoneNumber: '+84 912 345 678' })
    expect(created.status).toBe(201)
    const phones = {
      primaryPhoneNumber: '912345678',
      primaryPhoneCountryCode: 'VN',
      primaryPhoneCallingCode: '+84',
      additionalPhones: null,
    }
    expect(created.body.data.createPerson.phones).toEqual(phones)
    const read = await ctx.api(`/rest/people/${created.body.data.createPerson.id}`)
    expect(read.body.data.person.phones).toEqual(phones)
  })

  it('0912 345 678 with country VN is stored as 912345678 with calling code +84', async () => {
    const created = await createPerson('phone-national', {
      primaryPhoneNumber: '0912 345 678',
      primaryPhoneCountryCode: 'VN',
    })
    expect(created.status).toBe(201)
    expect(created.body.data.createPerson.phones).toMatchObject({
      primaryPhoneNumber: '912345678',
      primaryPhoneCountryCode: 'VN',
      primaryPhoneCallingCode: '+84',
    })
  })

  it('a number with calling code +1 and no country gets the country libphonenumber infers, US', async () => {
    const created = await createPerson('phone-us', {
      primaryPhoneNumber: '+1 415 555 2671',
      primaryPhoneCallingCode: '+1',
    })
    expect(created.status).toBe(201)
    expect(created.body.data.createPerson.phones).toMatchObject({
      primaryPhoneNumber: '4155552671',
      primaryPhoneCountryCode: 'US',
      primaryPhoneCallingCode: '+1',
    })
  })

  it('a number alone that names no country keeps the country empty', async () => {
    // +800 is an international freephone code: libphonenumber gives a calling code but no country.
    const created = await createPerson('phone-no-country', { primaryPhoneNumber: '+800 1234 5678' })
    expect(created.status).toBe(201)
    expect(created.body.data.createPerson.phones).toMatchObject({
      primaryPhoneNumber: '12345678',
      primaryPhoneCountryCode: '',
      primaryPhoneCallingCode: '+800',
    })
  })

  it('an unparseable number abc is a 400 naming it, and nothing is stored', async () => {
    const answer = await createPerson('phone-abc', { primaryPhoneNumber: 'abc' })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'BadRequestException',
      messages: ['Provided phone number is invalid abc'],
    })
    expect(await countByJobTitle('phone-abc')).toBe(0)
  })

  it.each([
    [
      'country VN with calling code +33',
      { primaryPhoneNumber: '912345678', primaryPhoneCountryCode: 'VN', primaryPhoneCallingCode: '+33' },
      'Provided country code and calling code are conflicting',
    ],
    ['an unknown country code XX', { primaryPhoneCountryCode: 'XX' }, 'Invalid country code XX'],
    [
      'a calling code no country uses, +999',
      { primaryPhoneCallingCode: '+999' },
      'Invalid calling code +999',
    ],
    [
      'a +33 number sent with country VN',
      { primaryPhoneNumber: '+33 6 12 34 56 78', primaryPhoneCountryCode: 'VN' },
      'Provided and inferred country code are conflicting',
    ],
    [
      'a +33 number sent with calling code +84',
      { primaryPhoneNumber: '+33 6 12 34 56 78', primaryPhoneCallingCode: '+84' },
      'Provided and inferred calling code are conflicting',
    ],
  ])('%s is a 400 and nothing is stored', async (_, phones, message) => {
    const answer = await createPerson('phone-conflict', phones)
    expect(answer.status).toBe(400)
    expect(answer.body.error).toBe('BadRequestException')
    expect(answer.body.messages).toEqual([message])
    expect(await countByJobTitle('phone-conflict')).toBe(0)
  })

  it('additional phones are parsed the same way, and one bad entry refuses the whole write', async () => {
    const created = await createPerson('phone-additional', {
      primaryPhoneNumber: '',
      additionalPhones: [
        { number: '+84 912 345 678' },
        { number: '0912 345 679', countryCode: 'VN', callingCode: '' },
        { number: '', countryCode: 'US', callingCode: '+1' },
      ],
    })
    expect(created.status).toBe(201)
    expect(created.body.data.createPerson.phones).toEqual({
      primaryPhoneNumber: '',
      primaryPhoneCountryCode: '',
      primaryPhoneCallingCode: '',
      additionalPhones: [
        { number: '912345678', countryCode: 'VN', callingCode: '+84' },
        { number: '912345679', countryCode: 'VN', callingCode: '+84' },
        { number: '', countryCode: 'US', callingCode: '+1' },
      ],
    })
    const refused = await createPerson('phone-additional-bad', {
      primaryPhoneNumber: '+84 912 345 678',
      additionalPhones: [{ number: 'abc' }],
    })
    expect(refused.status).toBe(400)
    expect(refused.body.messages).toEqual(['Provided phone number is invalid abc'])
    expect(await countByJobTitle('phone-additional-bad')).toBe(0)
  })

  it('a PATCH of only additionalPhones parses them and leaves the primary phone untouched', async () => {
    const person = (
      await createPerson('phone-patch', {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      })
    ).body.data.createPerson
    const patched = await ctx.api(`/rest/people/${person.id}`, {
      method: 'PATCH',
      body: { phones: { additionalPhones: [{ number: '+1 415 555 2671' }] } },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.data.updatePerson.phones).toEqual({
      primaryPhoneNumber: '912345678',
      primaryPhoneCountryCode: 'VN',
      primaryPhoneCallingCode: '+84',
      additionalPhones: [{ number: '4155552671', countryCode: 'US', callingCode: '+1' }],
    })
  })

  it('a batch create, an upsert and a PATCH by filter parse phones too', async () => {
    const batch = await ctx.api('/rest/batch/people', {
      method: 'POST',
      body: [
        { jobTitle: 'phone-batch', phones: { primaryPhoneNumber: '+84 912 000 001' } },
        { jobTitle: 'phone-batch', phones: { primaryPhoneNumber: '+84 912 000 002' } },
      ],
    })
    expect(batch.status).toBe(201)
    expect(batch.body.data.createPeople.map((row: any) => row.phones.primaryPhoneNumber)).toEqual([
      '912000001',
      '912000002',
    ])
    const [first] = batch.body.data.createPeople
    const upserted = await ctx.api(`/rest/people${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: { id: first.id, phones: { primaryPhoneNumber: '0912 000 003', primaryPhoneCountryCode: 'VN' } },
    })
    expect(upserted.body.data.createPerson).toMatchObject({
      id: first.id,
      phones: { primaryPhoneNumber: '912000003', primaryPhoneCallingCode: '+84' },
    })
    const byFilter = await ctx.api(`/rest/people${q({ filter: 'jobTitle[eq]:"phone-batch"' })}`, {
      method: 'PATCH',
      body: { phones: { primaryPhoneNumber: '+1 415 555 2671' } },
    })
    expect(byFilter.status).toBe(200)
    expect(byFilter.body.data.updatePeople.map((row: any) => row.phones)).toEqual([
      expect.objectContaining({
        primaryPhoneNumber: '4155552671',
        primaryPhoneCountryCode: 'US',
        primaryPhoneCallingCode: '+1',
      }),
      expect.objectContaining({
        primaryPhoneNumber: '4155552671',
        primaryPhoneCountryCode: 'US',
        primaryPhoneCallingCode: '+1',
      }),
    ])
  })

  it('every seeded phone is already in the form Twenty stores, so writing it back changes nothing', async () => {
    const people = (await ctx.api(`/rest/people${q({ limit: 60 })}`)).body.data.people
    const seeded = people.filter((person: any) => !String(person.jobTitle).startsWith('phone-'))
    expect(seeded.length).toBeGreaterThan(0)
    for (const person of seeded) {
      const patched = await ctx.api(`/rest/people/${person.id}`, {
        method: 'PATCH',
        body: { phones: person.phones },
      })
      expect(patched.status, JSON.stringify(person.phones)).toBe(200)
      expect(patched.body.data.updatePerson.phones).toEqual(person.phones)
    }
  })
})
