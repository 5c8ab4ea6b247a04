import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox } from '../src/index.js'
import { q, useSandbox } from './helpers.js'

// A workspace with two custom objects, as Twenty workspaces add them (a movie catalogue, sales invoices).
const ctx = useSandbox({
  webhookTimeoutMs: 300,
  customObjects: [
    {
      singular: 'movie',
      plural: 'movies',
      fields: {
        title: 'TEXT',
        rating: 'NUMBER',
        releasedOn: 'DATE',
        genre: { type: 'SELECT', options: ['DRAMA', 'COMEDY'] },
        externalId: { type: 'TEXT', unique: true },
      },
    },
    { singular: 'salesInvoice', plural: 'salesInvoices', fields: { total: 'CURRENCY' } },
  ],
  selectOptions: { 'movie.genre': ['HORROR'] },
})

const movie = async (body: Record<string, unknown>) =>
  (await ctx.api('/rest/movies', { method: 'POST', body })).body.data.createMovie

describe('custom objects', () => {
  it('creates, reads, updates and deletes under envelopes named after the singular', async () => {
    const created = await ctx.api('/rest/movies', {
      method: 'POST',
      body: { title: 'Heat', rating: 8.3, releasedOn: '1995-12-15', genre: 'DRAMA' },
    })
    expect(created.status).toBe(201)
    const record = created.body.data.createMovie
    expect(record).toMatchObject({
      name: '',
      title: 'Heat',
      rating: 8.3,
      releasedOn: '1995-12-15',
      genre: 'DRAMA',
    })
    expect(record.createdBy).toMatchObject({ source: 'API' })
    expect((await ctx.api(`/rest/movies/${record.id}`)).body.data.movie.title).toBe('Heat')
    const updated = await ctx.api(`/rest/movies/${record.id}`, { method: 'PATCH', body: { rating: 9 } })
    expect(updated.body.data.updateMovie.rating).toBe(9)
    expect((await ctx.api(`/rest/movies/${record.id}`, { method: 'DELETE' })).body.data.deleteMovie.id).toBe(
      record.id,
    )
    expect((await ctx.api(`/rest/movies/${record.id}`)).status).toBe(404)
  })

  it('creates a batch under data.createMovies and lists it under data.movies with a cursor', async () => {
    const batch = await ctx.api('/rest/batch/salesInvoices', {
      method: 'POST',
      body: [1, 2, 3].map((n) => ({
        name: `INV-${n}`,
        total: { amountMicros: n * 1e6, currencyCode: 'EUR' },
      })),
    })
    expect(batch.status).toBe(201)
    expect(batch.body.data.createSalesInvoices).toHaveLength(3)
    const first = await ctx.api(
      `/rest/salesInvoices${q({ order_by: 'total.amountMicros[DescNullsLast]', limit: 2 })}`,
    )
    expect(first.body.data.salesInvoices.map((row: { name: string }) => row.name)).toEqual(['INV-3', 'INV-2'])
    const rest = await ctx.api(
      `/rest/salesInvoices${q({ order_by: 'total.amountMicros[DescNullsLast]', starting_after: first.body.pageInfo.endCursor })}`,
    )
    expect(rest.body.data.salesInvoices.map((row: { name: string }) => row.name)).toEqual(['INV-1'])
    expect(rest.body.totalCount).toBe(3)
  })

  it('filters by each field type and refuses what Twenty refuses', async () => {
    await movie({ title: 'Alien', rating: 8.5, releasedOn: '1979-05-25', genre: 'HORROR' })
    await movie({ title: 'Airplane!', rating: 7.7, releasedOn: '1980-07-02', genre: 'COMEDY' })
    const titles = async (filter: string) =>
      (
        (await ctx.api(`/rest/movies${q({ filter, order_by: 'title' })}`)).body.data.movies as {
          title: string
        }[]
      ).map((row) => row.title)
    expect(await titles('rating[gte]:8')).toEqual(['Alien'])
    expect(await titles('releasedOn[lt]:1980-01-01')).toEqual(['Alien'])
    expect(await titles('genre[in]:[COMEDY,HORROR]')).toEqual(['Airplane!', 'Alien'])
    expect(await titles('title[ilike]:a%')).toEqual(['Airplane!', 'Alien'])
    expect((await ctx.api(`/rest/movies${q({ filter: 'genre[eq]:WESTERN' })}`)).status).toBe(400)
    expect((await ctx.api(`/rest/movies${q({ filter: 'director[eq]:Scott' })}`)).body.messages[0]).toBe(
      "field 'director' does not exist in 'movie' object",
    )
  })

  it('refuses a value of the wrong type or outside the select options with a 400', async () => {
    const bad = async (body: Record<string, unknown>) =>
      (await ctx.api('/rest/movies', { method: 'POST', body })).status
    expect(await bad({ rating: 'high' })).toBe(400)
    expect(await bad({ releasedOn: 'yesterday' })).toBe(400)
    expect(await bad({ genre: 'WESTERN' })).toBe(400)
    expect(await bad({ director: 'Scott' })).toBe(400)
  })

  it('refuses a field named like an inherited property (toString, constructor) in a body or a filter with a 400', async () => {
    for (const key of ['toString', 'constructor']) {
      const write = await ctx.api('/rest/movies', { method: 'POST', body: { [key]: 'x' } })
      expect(write.body.messages).toEqual([`Object movie doesn't have any "${key}" field.`])
      const read = await ctx.api(`/rest/movies${q({ filter: `${key}[eq]:x` })}`)
      expect(read.body.messages).toEqual([`field '${key}' does not exist in 'movie' object`])
    }
  })

  it('upserts on a unique field and refuses a second record with the same value', async () => {
    const first = await movie({ title: 'Dune', externalId: 'tt1160419' })
    const upserted = await ctx.api(`/rest/movies${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: { title: 'Dune: Part One', externalId: 'tt1160419' },
    })
    expect(upserted.body.data.createMovie).toMatchObject({ id: first.id, title: 'Dune: Part One' })
    const clash = await ctx.api('/rest/movies', { method: 'POST', body: { externalId: 'tt1160419' } })
    expect(clash.status).toBe(400)
  })

  // Postgres' unique index and Twenty's upsert match (`===`, get-matching-record-id.util.ts) compare exactly.
  it('treats a unique text value that differs only in case as another record, on create and on upsert', async () => {
    const upper = await movie({ title: 'Alien', externalId: 'TT0078748' })
    const lower = await ctx.api('/rest/movies', { method: 'POST', body: { externalId: 'tt0078748' } })
    expect(lower.status).toBe(201)
    const upserted = await ctx.api(`/rest/movies${q({ upsert: 'true' })}`, {
      method: 'POST',
      body: { title: 'Aliens', externalId: 'Tt0078748' },
    })
    expect(upserted.status).toBe(201)
    expect([upper.id, lower.body.data.createMovie.id]).not.toContain(upserted.body.data.createMovie.id)
  })

  it('finds no duplicates, as Twenty defines no criteria for custom objects, and refuses to merge them', async () => {
    const a = await movie({ name: 'Same', title: 'Same' })
    const b = await movie({ name: 'Same', title: 'Same' })
    const duplicates = await ctx.api('/rest/movies/duplicates', { method: 'POST', body: { ids: [a.id] } })
    expect(duplicates.body.data).toEqual([
      { movieDuplicates: [], totalCount: 0, pageInfo: expect.anything() },
    ])
    const merge = await ctx.api('/rest/movies/merge', {
      method: 'PATCH',
      body: { ids: [a.id, b.id], conflictPriorityIndex: 0 },
    })
    expect(merge.status).toBe(400)
  })

  it('answers depth 1 with no relations to embed', async () => {
    const record = await movie({ title: 'Solaris' })
    const answer = await ctx.api(`/rest/movies/${record.id}${q({ depth: 1 })}`)
    expect(answer.body.data.movie).toMatchObject({ id: record.id, title: 'Solaris' })
  })

  it('describes custom objects in the workspace OpenAPI document, select options and days included', async () => {
    const document = (await ctx.api('/open-api/core')).body
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/movies', '/movies/{id}', '/batch/salesInvoices']),
    )
    expect(document.paths['/movies'].post.operationId).toBe('createOneMovie')
    const properties = document.components.schemas.MovieForResponse.properties
    expect(properties.genre).toEqual({ type: 'string', enum: ['DRAMA', 'COMEDY', 'HORROR'] })
    expect(properties.releasedOn).toEqual({ type: 'string', format: 'date' })
    expect(document.components.schemas.SalesInvoice.properties.total.type).toBe('object')
  })

  it('suggests a custom object’s plural when asked for its singular', async () => {
    const answer = await ctx.api('/rest/movie')
    expect(answer.body.messages[0]).toBe("object 'movie' not found. Did you mean 'movies'?")
  })
})

describe('custom object webhooks', () => {
  const received: {
    eventName: string
    objectMetadata: { nameSingular: string }
    record: { title: string }
  }[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push(JSON.parse(body))
      response.writeHead(200).end()
    })
  })
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)))
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('sends movie.created (and movie.upserted, as current Twenty does) to a webhook subscribed to movie.*', async () => {
    const targetUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    await ctx.api('/rest/metadata/webhooks', { method: 'POST', body: { targetUrl, operations: ['movie.*'] } })
    await movie({ title: 'Brazil' })
    await ctx.sandbox.webhooks.idle()
    expect(received.map((event) => event.eventName).sort()).toEqual(['movie.created', 'movie.upserted'])
    expect(received).toContainEqual(
      expect.objectContaining({
        eventName: 'movie.created',
        objectMetadata: expect.objectContaining({ nameSingular: 'movie' }),
        record: expect.objectContaining({ title: 'Brazil' }),
      }),
    )
  })
})

describe('customObjects option', () => {
  it.each([
    [{ singular: 'person', plural: 'persons' }, "name 'person' is already used by another object"],
    [{ singular: 'Movie', plural: 'movies' }, "name 'Movie' must be camelCase"],
    [{ singular: 'movie', plural: 'movie' }, 'must differ'],
    [{ singular: 'movie', plural: 'movies', fields: { title: 'STRING' } }, "unknown type 'STRING'"],
    [{ singular: 'movie', plural: 'movies', fields: { name: 'TEXT' } }, 'already has'],
    [
      { singular: 'movie', plural: 'movies', fields: { genre: { type: 'SELECT', options: ['drama'] } } },
      'UPPER_CASE',
    ],
    [
      { singular: 'movie', plural: 'movies', fields: { rating: { type: 'NUMBER', unique: true } } },
      'unique is supported',
    ],
  ])('refuses %j before listening', async (definition, message) => {
    await expect(startSandbox({ customObjects: [definition as any] })).rejects.toThrow(message)
  })

  it('leaves other sandboxes in the same process without the custom objects', async () => {
    const plain = await startSandbox()
    try {
      const answer = await fetch(`${plain.url}/rest/movies`, {
        headers: { authorization: `Bearer ${plain.apiKey}` },
      })
      expect(answer.status).toBe(400)
    } finally {
      await plain.close()
    }
  })
})
