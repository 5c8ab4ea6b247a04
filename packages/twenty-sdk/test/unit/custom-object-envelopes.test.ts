import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyValidationError } from '../../src/index.js'
import { API_KEY, fetchThatMustNotBeCalled, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

const movie = { id: PERSON_ID, title: 'Mai' }

/** Answers as Twenty does for a custom object named movie / movies. */
function movieServer() {
  return mockFetch((request) => {
    const path = request.url.pathname
    if (path.endsWith('/duplicates')) return { body: { data: [{ movieDuplicates: [movie], totalCount: 1 }] } }
    if (path.endsWith('/restore')) return { body: { data: { restoreMovie: movie } } }
    if (request.method === 'POST') return { status: 201, body: { data: { createMovie: movie } } }
    if (request.method === 'PATCH') return { body: { data: { updateMovie: movie } } }
    if (request.method === 'DELETE') return { body: { data: { deleteMovie: { id: PERSON_ID } } } }
    return { body: { data: { movie } } }
  })
}

describe('records() for a custom object whose singular the SDK cannot guess', () => {
  it('returns the records of movies, whose envelopes Twenty names after movie, not movy', async () => {
    const { fetch, requests } = movieServer()
    const movies = new TwentyClient({ apiKey: API_KEY, fetch, rateLimit: false }).records('movies')
    expect(await movies.create({ title: 'Mai' })).toEqual(movie)
    expect(await movies.get(PERSON_ID)).toEqual(movie)
    expect(await movies.update(PERSON_ID, { title: 'Mai' })).toEqual(movie)
    expect(await movies.delete(PERSON_ID)).toEqual({ id: PERSON_ID })
    expect(await movies.restore(PERSON_ID)).toEqual(movie)
    expect(requests).toHaveLength(5)
  })

  it('reports the duplicates Twenty found for movies instead of none', async () => {
    const { fetch } = movieServer()
    const movies = new TwentyClient({ apiKey: API_KEY, fetch, rateLimit: false }).records('movies')
    const [result] = await movies.findDuplicates({ ids: [PERSON_ID] })
    expect(result?.duplicates).toEqual([movie])
  })
})

describe('records() without an object name', () => {
  it('refuses a missing plural with a TwentyValidationError instead of a TypeError', () => {
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch: fetchThatMustNotBeCalled, rateLimit: false })
    for (const plural of [undefined, null]) {
      // @ts-expect-error a JavaScript caller passing nothing
      expect(() => twenty.records(plural)).toThrow(TwentyValidationError)
    }
  })
})
