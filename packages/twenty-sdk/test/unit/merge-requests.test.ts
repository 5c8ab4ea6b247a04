import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyValidationError } from '../../src/index.js'
import { API_KEY, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

const OTHER_ID = '5d2e8b1a-3c4f-4a6b-8d9e-0f1a2b3c4d5e'

function client(reply: unknown) {
  const mock = mockFetch(() => ({ body: reply }))
  return {
    twenty: new TwentyClient({
      apiKey: API_KEY,
      baseUrl: 'https://crm.example.com',
      fetch: mock.fetch,
      rateLimit: false,
    }),
    ...mock,
  }
}

describe('merge requests', () => {
  it('sends PATCH /rest/people/merge with the ids, the priority index and the dry-run flag', async () => {
    const { twenty, requests } = client({ data: { mergePerson: { id: OTHER_ID } } })
    await expect(twenty.people.merge([PERSON_ID, OTHER_ID], { priority: 1 })).resolves.toEqual({
      id: OTHER_ID,
    })
    expect(`${requests[0]?.method} ${requests[0]?.url.href}`).toBe(
      'PATCH https://crm.example.com/rest/people/merge',
    )
    expect(requests[0]?.body).toEqual({ ids: [PERSON_ID, OTHER_ID], conflictPriorityIndex: 1, dryRun: false })
  })

  it('sends the ids in lower case, since Twenty finds the kept record by comparing its id as a string', async () => {
    const { twenty, requests } = client({ data: { mergePerson: { id: PERSON_ID } } })
    await twenty.people.merge([PERSON_ID.toUpperCase(), OTHER_ID.toUpperCase()])
    expect(requests[0]?.body).toMatchObject({ ids: [PERSON_ID, OTHER_ID] })
  })

  it('reads the merged record under the plural envelope key older Twenty versions used', async () => {
    const { twenty } = client({ data: { mergeCompanies: { id: PERSON_ID } } })
    await expect(twenty.companies.merge([PERSON_ID, OTHER_ID], { dryRun: true })).resolves.toEqual({
      id: PERSON_ID,
    })
  })

  it.each([
    ['one id', [PERSON_ID], {}, 'ids'],
    ['the same id twice, in any case', [PERSON_ID, PERSON_ID.toUpperCase()], {}, 'ids'],
    ['a malformed id', [PERSON_ID, 'not-an-id'], {}, 'ids.1'],
    ['a priority past the last id', [PERSON_ID, OTHER_ID], { priority: 2 }, 'priority'],
    ['a fractional priority', [PERSON_ID, OTHER_ID], { priority: 0.5 }, 'priority'],
  ])(
    'refuses %s with a TwentyValidationError naming the field, sending nothing',
    async (_, ids, options, path) => {
      const { twenty, requests } = client({ data: { mergePerson: {} } })
      const error = await twenty.people.merge(ids, options).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect((error as TwentyValidationError).issues.map((issue) => issue.path)).toContain(path)
      expect(requests).toEqual([])
    },
  )

  it('is offered only on objects Twenty can merge (people and companies)', () => {
    const { twenty } = client({})
    expect(typeof twenty.people.merge).toBe('function')
    expect(typeof twenty.companies.merge).toBe('function')
    expect('merge' in twenty.tasks).toBe(false)
    expect('merge' in twenty.opportunities).toBe(false)
  })
})
