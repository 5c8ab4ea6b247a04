import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Middleware, TwentyClient, TwentyValidationError } from '../../src/index.js'
import { API_KEY, fetchThatMustNotBeCalled, mockFetch, PERSON_ID } from '../helpers/mock-fetch.js'

const personReply = () => ({ body: { data: { person: { id: PERSON_ID } } } })

describe('input validation before any request', () => {
  const twenty = new TwentyClient({ apiKey: API_KEY, fetch: fetchThatMustNotBeCalled })

  it('refuses a bad email naming the field, and sends nothing', async () => {
    const error = await twenty.people.create({ emails: { primaryEmail: 'not-an-email' } }).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.issues).toEqual([{ path: 'emails.primaryEmail', message: expect.any(String) }])
    expect(error.message).toContain('emails.primaryEmail')
  })

  it('refuses a stage no workspace can hold, naming the standard options, and sends nothing', async () => {
    for (const stage of ['won', 'Customer', '', 'NEW STAGE']) {
      const error = await twenty.opportunities.update(PERSON_ID, { stage }).catch((e) => e)
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect(error.issues[0].path).toBe('stage')
      expect(error.message).toContain('NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER')
    }
  })

  it('refuses an empty id instead of addressing the whole collection', async () => {
    await expect(twenty.people.get('')).rejects.toBeInstanceOf(TwentyValidationError)
    await expect(twenty.people.delete('')).rejects.toBeInstanceOf(TwentyValidationError)
  })

  it('refuses a limit out of range and a depth other than 0 or 1', async () => {
    await expect(twenty.people.list({ limit: 0 })).rejects.toThrow(/limit/)
    await expect(twenty.people.list({ limit: 2.5 })).rejects.toThrow(/limit/)
    // @ts-expect-error depth 2 is refused by Twenty's REST parser
    await expect(twenty.people.get(PERSON_ID, { depth: 2 })).rejects.toThrow(/depth/)
  })

  it('refuses a wrongly typed field (amountMicros as a float)', async () => {
    const error = await twenty.opportunities
      .create({ amount: { amountMicros: 19.99, currencyCode: 'USD' } })
      .catch((e) => e)
    expect(error.issues[0].path).toBe('amount.amountMicros')
  })

  it('refuses the whole createMany when one record is bad, sending no batch', async () => {
    const inputs = [{ emails: { primaryEmail: 'a@example.com' } }, { emails: { primaryEmail: 'bad' } }]
    const error = await twenty.people.createMany(inputs).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.message).toContain('#1')
  })

  it('sends a stage or status the workspace added as it is, leaving it to Twenty to know it', async () => {
    const { fetch, requests } = mockFetch((request) => ({
      body: { data: { updateOpportunity: { id: PERSON_ID }, updateTask: { id: PERSON_ID } } },
      status: request.method === 'PATCH' ? 200 : 500,
    }))
    const client = new TwentyClient({ apiKey: API_KEY, fetch })
    await client.opportunities.update(PERSON_ID, { stage: 'NEGOTIATION' })
    await client.tasks.update(PERSON_ID, { status: 'BLOCKED' })
    expect(requests.map((request) => request.body)).toEqual([{ stage: 'NEGOTIATION' }, { status: 'BLOCKED' }])
  })

  it('lets custom fields through on standard objects', async () => {
    const { fetch, requests } = mockFetch(() => ({
      status: 201,
      body: { data: { createPerson: { id: PERSON_ID } } },
    }))
    await new TwentyClient({ apiKey: API_KEY, fetch }).people.create({
      name: { firstName: 'A' },
      newsletterConsent: true,
    } as never)
    expect(requests[0]?.body).toEqual({ name: { firstName: 'A' }, newsletterConsent: true })
  })

  it('refuses a custom object name that would change the path', () => {
    expect(() => twenty.records('pets/../people')).toThrow(TwentyValidationError)
  })
})

describe('configuration', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('falls back to TWENTY_API_KEY and TWENTY_API_URL', async () => {
    vi.stubEnv('TWENTY_API_KEY', API_KEY)
    vi.stubEnv('TWENTY_API_URL', 'http://127.0.0.1:3000')
    const { fetch, requests } = mockFetch(personReply)
    await new TwentyClient({ fetch }).people.get(PERSON_ID)
    expect(requests[0]?.url.origin).toBe('http://127.0.0.1:3000')
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${API_KEY}`)
  })

  it('defaults to Twenty Cloud', () => {
    vi.stubEnv('TWENTY_API_URL', '')
    expect(new TwentyClient({ apiKey: API_KEY }).restUrl).toBe('https://api.twenty.com/rest')
  })

  it('refuses to start without a key, saying where to put one', () => {
    vi.stubEnv('TWENTY_API_KEY', '')
    expect(() => new TwentyClient({})).toThrow(/TWENTY_API_KEY/)
  })

  it('refuses a blank key as a missing one, saying where to put one, not as a key with a bad character', () => {
    vi.stubEnv('TWENTY_API_KEY', '')
    for (const apiKey of ['   ', '\n', ' \t ']) {
      expect(() => new TwentyClient({ apiKey })).toThrow(/An API key is required.*TWENTY_API_KEY/)
    }
    vi.stubEnv('TWENTY_API_KEY', '  ')
    expect(() => new TwentyClient({})).toThrow(/An API key is required/)
  })

  it('refuses a base URL that is not http(s)', () => {
    expect(() => new TwentyClient({ apiKey: API_KEY, baseUrl: 'ftp://example.com' })).toThrow(
      TwentyValidationError,
    )
  })

  it('calls a key provider before every request, so a rotated key is used without a restart', async () => {
    let current = 'first-key-0000000000'
    const { fetch, requests } = mockFetch(personReply)
    const twenty = new TwentyClient({ apiKey: async () => current, fetch })
    await twenty.people.get(PERSON_ID)
    current = 'second-key-000000000'
    await twenty.people.get(PERSON_ID)
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer first-key-0000000000',
      'Bearer second-key-000000000',
    ])
  })

  it('sends extra headers from the options and a twenty-sdk User-Agent', async () => {
    const { fetch, requests } = mockFetch(personReply)
    await new TwentyClient({ apiKey: API_KEY, fetch, headers: { 'x-tenant': 'acme' } }).people.get(PERSON_ID)
    expect(requests[0]?.headers.get('x-tenant')).toBe('acme')
    expect(requests[0]?.headers.get('user-agent')).toMatch(/^twenty-sdk\//)
  })
})

describe('middleware', () => {
  it('runs onRequest then onResponse in the order added, without ever seeing the key', async () => {
    const events: string[] = []
    const seen: string[] = []
    const make = (name: string): Middleware => ({
      onRequest: ({ context }) => {
        events.push(`${name}:request`)
        seen.push(JSON.stringify(context))
      },
      onResponse: ({ response }) => {
        events.push(`${name}:response:${response.status}`)
      },
    })
    const { fetch } = mockFetch(personReply)
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch, middleware: [make('a')] })
    twenty.use(make('b'))
    await twenty.people.get(PERSON_ID)
    expect(events).toEqual(['a:request', 'b:request', 'a:response:200', 'b:response:200'])
    expect(seen.join()).not.toContain(API_KEY)
    expect(seen[0]).toContain('Bearer [REDACTED]')
  })

  it('stops calling middleware once ejected', async () => {
    const onRequest = vi.fn()
    const { fetch } = mockFetch(personReply)
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch })
    const remove = twenty.use({ onRequest })
    await twenty.people.get(PERSON_ID)
    remove()
    await twenty.people.get(PERSON_ID)
    expect(onRequest).toHaveBeenCalledTimes(1)
  })

  it('passes the typed error to onError with the same request id as onRequest', async () => {
    const ids: string[] = []
    const { fetch } = mockFetch(() => ({ status: 404, body: { statusCode: 404, messages: ['not found'] } }))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      fetch,
      middleware: [
        {
          onRequest: ({ context }) => void ids.push(context.id),
          onError: ({ error }) => void ids.push(error.requestId ?? ''),
        },
      ],
    })
    await expect(twenty.people.get(PERSON_ID)).rejects.toThrow()
    expect(ids).toHaveLength(2)
    expect(ids[0]).toBe(ids[1])
  })

  it('lets onRequest add a header to the attempt', async () => {
    const { fetch, requests } = mockFetch(personReply)
    const twenty = new TwentyClient({ apiKey: API_KEY, fetch })
    twenty.use({
      onRequest: ({ context }) => {
        context.headers['x-audit'] = 'on'
      },
    })
    await twenty.people.get(PERSON_ID)
    expect(requests[0]?.headers.get('x-audit')).toBe('on')
  })
})

describe('the global fetch', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('is looked up at each request, so a mock installed after the client was created (msw) is used', async () => {
    const twenty = new TwentyClient({ apiKey: API_KEY, rateLimit: false, retry: false })
    const { fetch, requests } = mockFetch(personReply)
    vi.stubGlobal('fetch', fetch)
    await expect(twenty.people.get(PERSON_ID)).resolves.toEqual({ id: PERSON_ID })
    expect(requests).toHaveLength(1)
  })
})

describe('client options from plain JavaScript', () => {
  it('refuses an unknown option, naming the one it most likely meant, instead of running without it', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ timeout: 200 }, 'timeout', 'did you mean `timeoutMs`?'],
      [{ retry: { minDelayMs: 10 } }, 'retry.minDelayMs', 'Unknown option'],
      [{ rateLimit: { shortlimit: 10 } }, 'rateLimit.shortlimit', 'did you mean `rateLimit.shortLimit`?'],
    ]
    for (const [options, path, message] of cases) {
      const error = (() => {
        try {
          return new TwentyClient({ apiKey: API_KEY, fetch: fetchThatMustNotBeCalled, ...options })
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path }] })
      expect((error as Error).message).toContain(message)
    }
  })
})

describe('an API key pasted with a stray character', () => {
  it('is refused when the client is created, instead of every call failing as a connection error', () => {
    for (const apiKey of [
      'eyJhbGciOi\u201Dabc',
      'eyJhbGci\u200BOiabc',
      'eyJhbG\nciOiabc',
      '\uFEFFeyJhbGciOiabc',
    ]) {
      expect(() => new TwentyClient({ apiKey, fetch: fetchThatMustNotBeCalled })).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTIONS',
          issues: [expect.objectContaining({ path: 'apiKey' })],
        }),
      )
    }
    expect(
      () => new TwentyClient({ apiKey: ' eyJhbGciOi.abc-_ \n', fetch: fetchThatMustNotBeCalled }),
    ).not.toThrow()
  })
})
