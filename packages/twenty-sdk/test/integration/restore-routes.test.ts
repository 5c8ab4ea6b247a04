import { type RestoreRoutes, type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TwentyClient, TwentyNotFoundError, TwentyValidationError } from '../../src/index.js'

const UNKNOWN_ID = '2b7d4c1e-8f3a-4b6d-9e2f-1a5c7d9e0f12'

/** A client on `sandbox` that records the method and path of every request it sends. */
function clientOf(sandbox: Sandbox) {
  const sent: string[] = []
  const twenty = new TwentyClient({
    apiKey: sandbox.apiKey,
    baseUrl: sandbox.url,
    rateLimit: false,
    middleware: [
      { onRequest: ({ context }) => void sent.push(`${context.method} ${context.path.replace(/\?.*/, '')}`) },
    ],
  })
  return { twenty, sent }
}

// What each emulated Twenty release routes, and the requests a client's first and later restores send there.
const releases: { style: RestoreRoutes; name: string; firstOne: string[]; laterOne: string[] }[] = [
  {
    style: 'suffix',
    name: 'current Twenty',
    firstOne: ['/people/ID/restore'],
    laterOne: ['/people/ID/restore'],
  },
  {
    style: 'prefix',
    name: 'the July–August 2026 releases',
    firstOne: ['/people/ID/restore', '/restore/people/ID'],
    laterOne: ['/restore/people/ID'],
  },
  {
    style: 'prefix-many-only',
    name: 'releases before July 2026',
    firstOne: ['/people/ID/restore', '/restore/people/ID', '/restore/people'],
    laterOne: ['/restore/people'],
  },
]

describe.each(releases)('restore and restoreMany on $name', ({ style, firstOne, laterOne }) => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      seed: false,
      restoreRoutes: style,
      customObjects: [{ singular: 'pet', plural: 'pets', fields: { chipNumber: 'TEXT' } }],
    })
  })
  afterAll(() => sandbox?.close())

  const trashedPerson = async (twenty: TwentyClient, firstName: string) => {
    const person = await twenty.people.create({ name: { firstName, lastName: style } })
    await twenty.people.delete(person.id)
    return person.id
  }
  const paths = (sent: string[], id: string) =>
    sent.filter((line) => line.startsWith('PATCH')).map((line) => line.slice(6).replace(id, 'ID'))

  it('restore(id) brings the record back, probing the routes on the first call only', async () => {
    const { twenty, sent } = clientOf(sandbox)
    const first = await trashedPerson(twenty, 'First')
    const second = await trashedPerson(twenty, 'Second')
    sent.length = 0
    expect(await twenty.people.restore(first)).toMatchObject({ id: first, deletedAt: null })
    expect(paths(sent, first)).toEqual(firstOne)
    sent.length = 0
    expect(await twenty.people.restore(second)).toMatchObject({ id: second, deletedAt: null })
    expect(paths(sent, second)).toEqual(laterOne)
    expect((await twenty.people.get(first)).deletedAt).toBeNull()
  })

  it('restoreMany(filter) brings the matches back, probing on the first call only', async () => {
    const { twenty, sent } = clientOf(sandbox)
    const id = await trashedPerson(twenty, 'Many')
    sent.length = 0
    const restored = await twenty.people.restoreMany({ id: { eq: id } })
    expect(restored).toMatchObject([{ id, deletedAt: null }])
    const many = style === 'suffix' ? ['/people/restore'] : ['/people/restore', '/restore/people']
    expect(paths(sent, id)).toEqual(many)
    sent.length = 0
    await twenty.people.restoreMany({ id: { eq: id } })
    expect(paths(sent, id)).toEqual([style === 'suffix' ? '/people/restore' : '/restore/people'])
  })

  it('restore of an unknown id rejects with a 404 TwentyNotFoundError, and later restores take the route found', async () => {
    const { twenty, sent } = clientOf(sandbox)
    const error = await twenty.people.restore(UNKNOWN_ID).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TwentyNotFoundError)
    expect(error).toMatchObject({ status: 404, code: 'NotFoundException', messages: ['Record not found'] })
    expect(paths(sent, UNKNOWN_ID)).toEqual(firstOne)
    const id = await trashedPerson(twenty, 'After')
    sent.length = 0
    await twenty.people.restore(id)
    expect(paths(sent, id)).toEqual(laterOne)
  })

  it('restoreMany with a filter Twenty refuses rejects with that 400, not a fallback', async () => {
    const { twenty, sent } = clientOf(sandbox)
    const error = await twenty.people
      .restoreMany({ noSuchField: { eq: 'x' } } as never)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect((error as TwentyValidationError).messages[0]).toMatch(/noSuchField/)
    expect(sent).toHaveLength(style === 'suffix' ? 1 : 2)
  })

  it('restore and restoreMany work on a custom object', async () => {
    const { twenty } = clientOf(sandbox)
    const pets = twenty.records('pets')
    const [a, b] = await pets.createMany([{ chipNumber: 'A1' }, { chipNumber: 'B2' }])
    await pets.deleteMany({ chipNumber: { in: ['A1', 'B2'] } })
    expect(await pets.restore(a?.id as string)).toMatchObject({ id: a?.id, deletedAt: null })
    expect(await pets.restoreMany({ id: { eq: b?.id as string } })).toMatchObject([{ id: b?.id }])
  })
})
