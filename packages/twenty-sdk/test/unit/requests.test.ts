import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyError } from '../../src/index.js'
import { API_KEY, errorOf, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

function client(handler: Parameters<typeof mockFetch>[0]) {
  const mock = mockFetch(handler)
  return {
    twenty: new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com', fetch: mock.fetch }),
    ...mock,
  }
}

const person = { id: PERSON_ID, name: { firstName: 'Linh', lastName: 'Nguyen' } }

describe('requests sent to Twenty', () => {
  it('creates a person with a POST to /rest/people carrying the Bearer key and JSON body', async () => {
    const { twenty, requests } = client(() => ({ status: 201, body: { data: { createPerson: person } } }))
    const created = await twenty.people.create({ name: { firstName: 'Linh', lastName: 'Nguyen' } })
    expect(created).toEqual(person)
    const [request] = requests
    expect(request?.method).toBe('POST')
    expect(request?.url.href).toBe('https://crm.example.com/rest/people')
    expect(request?.headers.get('authorization')).toBe(`Bearer ${API_KEY}`)
    expect(request?.headers.get('content-type')).toContain('application/json')
    expect(request?.body).toEqual({ name: { firstName: 'Linh', lastName: 'Nguyen' } })
  })

  it('soft-deletes with soft_delete=true and hard-deletes without it', async () => {
    const { twenty, requests } = client(() => ({ body: { data: { deletePerson: { id: PERSON_ID } } } }))
    await expect(twenty.people.delete(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    await expect(twenty.people.destroy(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(requests.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
      `DELETE /rest/people/${PERSON_ID}?soft_delete=true`,
      `DELETE /rest/people/${PERSON_ID}`,
    ])
  })

  it('restores through PATCH /rest/{plural}/{id}/restore and reads data.restorePerson', async () => {
    const { twenty, requests } = client(() => ({ body: { data: { restorePerson: person } } }))
    await expect(twenty.people.restore(PERSON_ID)).resolves.toEqual(person)
    expect(`${requests[0]?.method} ${requests[0]?.url.pathname}`).toBe(
      `PATCH /rest/people/${PERSON_ID}/restore`,
    )
  })

  it('lists with starting_after, order_by, filter, limit and depth under their REST names, never `after`', async () => {
    const { twenty, requests } = client(() => ({
      body: {
        data: { people: [person] },
        pageInfo: { hasNextPage: false, startCursor: 'a', endCursor: 'b' },
        totalCount: 1,
      },
    }))
    const page = await twenty.people.list({
      filter: { city: { eq: 'Hanoi' } },
      orderBy: { createdAt: 'DescNullsLast' },
      limit: 10,
      startingAfter: 'cursor-1',
      depth: 1,
    })
    expect(page).toEqual({
      data: [person],
      pageInfo: { hasNextPage: false, startCursor: 'a', endCursor: 'b' },
      totalCount: 1,
    })
    const query = Object.fromEntries(requests[0]?.url.searchParams ?? [])
    expect(query).toEqual({
      filter: 'city[eq]:"Hanoi"',
      order_by: 'createdAt[DescNullsLast]',
      limit: '10',
      starting_after: 'cursor-1',
      depth: '1',
    })
  })

  it('splits createMany into batches of at most 60 and returns records in input order', async () => {
    const { twenty, requests } = client((request) => {
      const batch = request.body as { name: { firstName: string } }[]
      return { status: 201, body: { data: { createPeople: batch.map((p, i) => ({ id: `${i}`, ...p })) } } }
    })
    const inputs = Array.from({ length: 150 }, (_, i) => ({ name: { firstName: `P${i}` } }))
    const created = await twenty.people.createMany(inputs, { upsert: true })
    expect(requests.map((r) => (r.body as unknown[]).length)).toEqual([60, 60, 30])
    expect(
      requests.every(
        (r) => r.url.pathname === '/rest/batch/people' && r.url.searchParams.get('upsert') === 'true',
      ),
    ).toBe(true)
    expect(created.map((p) => p.name?.firstName)).toEqual(inputs.map((p) => p.name.firstName))
  })

  it('upserts with ?upsert=true on the single-record route', async () => {
    const { twenty, requests } = client(() => ({ status: 201, body: { data: { createPerson: person } } }))
    await twenty.people.upsert({ emails: { primaryEmail: 'linh@example.vn' } })
    expect(requests[0]?.url.search).toBe('?upsert=true')
  })

  it('normalises duplicates results to one entry per input with the duplicates list', async () => {
    const { twenty, requests } = client(() => ({
      body: {
        data: [
          {
            personDuplicates: [person],
            totalCount: 1,
            pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
          },
        ],
      },
    }))
    const [result] = await twenty.people.findDuplicates({ ids: [PERSON_ID] })
    expect(result?.duplicates).toEqual([person])
    expect(requests[0]?.body).toEqual({ ids: [PERSON_ID] })
    expect(requests[0]?.url.pathname).toBe('/rest/people/duplicates')
  })

  it('addresses custom objects by plural and reads envelopes named after the singular', async () => {
    const { twenty, requests } = client(() => ({
      status: 201,
      body: { data: { createPet: { id: PERSON_ID, name: 'Rex' } } },
    }))
    await expect(twenty.records('pets').create({ name: 'Rex' })).resolves.toEqual({
      id: PERSON_ID,
      name: 'Rex',
    })
    expect(requests[0]?.url.pathname).toBe('/rest/pets')
  })

  it('accepts a base URL that already ends in /rest', async () => {
    const { fetch, requests } = mockFetch(() => ({ body: { data: { person } } }))
    const twenty = new TwentyClient({ apiKey: API_KEY, baseUrl: 'https://crm.example.com/rest/', fetch })
    await twenty.people.get(PERSON_ID)
    expect(requests[0]?.url.href).toBe(`https://crm.example.com/rest/people/${PERSON_ID}`)
  })
})

describe('workspace.current() given an answer without a workspace', () => {
  it('fails with UNEXPECTED_RESPONSE, as any answer in a shape the SDK does not know', async () => {
    const { fetch } = mockFetch(() => ({ body: { data: { currentWorkspace: null } } }))
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, rateLimit: false, retry: false })
    const error = await errorOf(twenty.workspace.current())
    expect(error).toBeInstanceOf(TwentyError)
    expect(error.code).toBe('UNEXPECTED_RESPONSE')
  })
})
