import { describe, expect, it } from 'vitest'
import { isTwentyValidationError, TwentyClient } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

// twenty-shared's isValidUuid, with which Twenty answers 400 for any other path id, filter value or written id.
const TWENTY_ACCEPTS = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

// Ids of every shape the quick UUID check, zod and Twenty could disagree on: versions, case, the nil and max UUIDs,
// near misses.
const IDS = [
  PERSON_ID,
  '0d4b2b8a-6a57-4ad6-8b0e-4f5e2f8a9c11',
  '0D4B2B8A-6A57-4AD6-8B0E-4F5E2F8A9C11',
  '20202020-b374-4779-a561-80086cb2e17f',
  '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  '01890a5d-ac96-774b-bcce-b302099a8057',
  '1ef21d2f-1207-6660-8c4f-419efbd44d48',
  '0d4b2b8a-6a57-8ad6-8b0e-4f5e2f8a9c11',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '0d4b2b8a-6a57-9ad6-8b0e-4f5e2f8a9c11',
  '0d4b2b8a-6a57-4ad6-cb0e-4f5e2f8a9c11',
  '0d4b2b8a-6a57-0ad6-8b0e-4f5e2f8a9c11',
  '0d4b2b8a6a574ad68b0e4f5e2f8a9c11',
  '{0d4b2b8a-6a57-4ad6-8b0e-4f5e2f8a9c11}',
  ' 0d4b2b8a-6a57-4ad6-8b0e-4f5e2f8a9c11',
  '0d4b2b8a-6a57-4ad6-8b0e-4f5e2f8a9c1g',
  'not-a-uuid',
  '',
]

describe('record ids checked before a request', () => {
  it('accepts and refuses exactly the ids Twenty accepts and refuses, sending only the accepted ones', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: { data: { person: { id: PERSON_ID } } } }))
    const twenty = new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com', fetch })
    const outcomes = await Promise.all(
      IDS.map((id) =>
        twenty.people.get(id).then(
          () => 'sent',
          (error) => (isTwentyValidationError(error) ? 'refused' : `other: ${error}`),
        ),
      ),
    )
    const expected = IDS.map((id) => (TWENTY_ACCEPTS.test(id) ? 'sent' : 'refused'))
    expect(Object.fromEntries(IDS.map((id, i) => [id, outcomes[i]]))).toEqual(
      Object.fromEntries(IDS.map((id, i) => [id, expected[i]])),
    )
    expect(requests).toHaveLength(expected.filter((outcome) => outcome === 'sent').length)
  })

  it('refuses a malformed webhook id with the webhook wording and sends nothing', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: {} }))
    const twenty = new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com', fetch })
    const error = await twenty.webhooks.get('42').catch((caught) => caught)
    expect(isTwentyValidationError(error)).toBe(true)
    expect(error.message).toBe('Invalid webhook id: Expected a webhook id (a UUID)')
    expect(requests).toHaveLength(0)
  })

  it('refuses a version 7 id, then the nil uuid as a foreign key, with INVALID_INPUT saying which ids Twenty takes', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: {} }))
    const twenty = new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com', fetch })
    const errors = await Promise.all([
      twenty.people.delete('01890a5d-ac96-774b-bcce-b302099a8057').catch((caught) => caught),
      twenty.people.create({ companyId: '00000000-0000-0000-0000-000000000000' }).catch((caught) => caught),
      twenty.people
        .merge(['0d4b2b8a-6a57-4ad6-8b0e-4f5e2f8a9c11', 'ffffffff-ffff-ffff-ffff-ffffffffffff'])
        .catch((caught) => caught),
    ])
    for (const error of errors) {
      expect(isTwentyValidationError(error)).toBe(true)
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.message).toMatch(/a UUID of version 1 to 5, the only ones Twenty accepts/)
    }
    expect(errors[1].issues[0].path).toBe('companyId')
    expect(requests).toHaveLength(0)
  })
})
