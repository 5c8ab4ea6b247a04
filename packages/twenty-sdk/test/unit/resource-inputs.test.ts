import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError, TwentyValidationError } from '../../src/index.js'
import { API_KEY, fetchThatMustNotBeCalled, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

const twenty = new TwentyClient({ apiKey: API_KEY, fetch: fetchThatMustNotBeCalled, rateLimit: false })

describe('bad input to the typed resources, refused before any request', () => {
  it('refuses createMany given one record instead of an array with a TwentyValidationError', async () => {
    // @ts-expect-error a JavaScript caller passing one record
    const error = await twenty.people.createMany({ name: { firstName: 'Linh' } }).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.message).toContain('Expected an array')
  })

  it('refuses a position on a note or task target, which Twenty does not have, naming the field and sending nothing', async () => {
    // @ts-expect-error a JavaScript caller, or a mapping copied from a task
    const error = await twenty.taskTargets.create({ taskId: PERSON_ID, position: 'first' }).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.issues).toEqual([
      { path: 'position', message: 'Note and task targets have no position field' },
    ])
    const many = await twenty.noteTargets
      // @ts-expect-error likewise
      .createMany([{ noteId: PERSON_ID }, { noteId: PERSON_ID, position: 2 }])
      .catch((e) => e)
    expect(many).toBeInstanceOf(TwentyValidationError)
  })

  it('refuses a duplicate candidate with a bad email, naming the field', async () => {
    const error = await twenty.people
      .findDuplicates({ data: [{ emails: { primaryEmail: 'not-an-email' } }] })
      .catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.issues).toEqual([{ path: 'emails.primaryEmail', message: expect.any(String) }])
  })

  it('refuses a findDuplicates query that is neither { data } nor { ids } with a TwentyValidationError', async () => {
    // @ts-expect-error a JavaScript caller passing nothing
    await expect(twenty.people.findDuplicates(null)).rejects.toBeInstanceOf(TwentyValidationError)
    // @ts-expect-error a JavaScript caller passing one id instead of a list
    await expect(twenty.people.findDuplicates({ ids: PERSON_ID })).rejects.toThrow(/ids: Expected an array/)
  })

  it('answers findDuplicates without candidates with no results, as it does without ids, and sends nothing', async () => {
    // Twenty refuses an empty `data` with a 400, while an empty `ids` gets an empty answer: one result per input.
    expect(await twenty.people.findDuplicates({ data: [] })).toEqual([])
    expect(await twenty.people.findDuplicates({ ids: [] })).toEqual([])
  })

  it('refuses a uniqueBy that is not a field path and a maxRetries that is not a whole number', async () => {
    const input = { emails: { primaryEmail: 'linh@example.com' } }
    // @ts-expect-error a JavaScript caller passing a number
    const badPath = await twenty.people.create(input, { uniqueBy: 5 }).catch((e) => e)
    expect(badPath).toBeInstanceOf(TwentyValidationError)
    expect(badPath.issues[0].path).toBe('uniqueBy')
    const badRetries = await twenty.people
      .create(input, { uniqueBy: 'emails.primaryEmail', maxRetries: -1 })
      .catch((e) => e)
    expect(badRetries).toBeInstanceOf(TwentyValidationError)
    expect(badRetries.issues[0].path).toBe('maxRetries')
  })

  it('refuses a misspelt list parameter instead of silently listing every record', async () => {
    // @ts-expect-error a JavaScript caller's typo
    const error = await twenty.people.list({ fliter: { city: { eq: 'Hanoi' } } }).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.message).toContain('fliter')
    // @ts-expect-error a JavaScript caller's typo, which would restart iteration at the first page
    await expect(twenty.people.iterate({ startingafter: 'abc' }).toArray({ limit: 1 })).rejects.toThrow(
      /startingafter/,
    )
  })

  it('refuses a signal that is not an AbortSignal with a TwentyValidationError', async () => {
    // @ts-expect-error a JavaScript caller passing a controller instead of its signal
    const error = await twenty.people.list({ signal: new AbortController() }).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.issues[0].path).toBe('signal')
  })
})

describe('a uniqueBy create aborted by the caller', () => {
  it('rejects with a TwentyConnectionError coded ABORTED when aborted while waiting to retry', async () => {
    const { fetch, requests } = mockFetch(() => ({
      status: 503,
      body: { statusCode: 503, messages: ['down'] },
    }))
    const client = new TwentyClient({ apiKey: API_KEY, fetch, rateLimit: false, retry: false })
    const controller = new AbortController()
    const pending = client.people
      .create(
        { emails: { primaryEmail: 'linh@example.com' } },
        { uniqueBy: 'emails.primaryEmail', signal: controller.signal },
      )
      .catch((e) => e)
    while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort()
    const error = await pending
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(error.code).toBe('ABORTED')
    expect(requests).toHaveLength(1)
  })

  it('rejects with a TwentyConnectionError coded ABORTED when the signal was aborted before the call', async () => {
    const client = new TwentyClient({ apiKey: API_KEY, fetch: fetchThatMustNotBeCalled, rateLimit: false })
    const error = await client.people
      .create(
        { emails: { primaryEmail: 'linh@example.com' } },
        { uniqueBy: 'emails.primaryEmail', signal: AbortSignal.abort() },
      )
      .catch((e) => e)
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(error.code).toBe('ABORTED')
  })
})

describe('call options from plain JavaScript', () => {
  it('refuses a misspelt option of a call, naming the one it most likely meant, and sends nothing', async () => {
    const options = (value: Record<string, unknown>) => value as never
    const cases: [Promise<unknown>, string][] = [
      [
        twenty.people.create({ name: { firstName: 'An' } }, options({ uniqeBy: 'emails.primaryEmail' })),
        'uniqueBy',
      ],
      [twenty.people.get(PERSON_ID, options({ dept: 1 })), 'depth'],
      [twenty.people.merge([PERSON_ID, PERSON_ID], options({ dry_run: true })), 'dryRun'],
    ]
    for (const [call, meant] of cases) {
      const error = await call.catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS' })
      expect((error as Error).message).toContain(`did you mean \`${meant}\`?`)
    }
  })
})
