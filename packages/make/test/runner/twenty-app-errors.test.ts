import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { twentyApp } from '../../src/definition/twenty-app.js'
import { renderApp } from '../../src/generator/render-app.js'
import { loadApp } from '../../src/runner/load-app.js'
import { InvalidAppError, MakeError } from '../../src/runner/make-error.js'
import { MakeRunner } from '../../src/runner/runner.js'
import { fakeFetch } from './fake-http.js'

const app = loadApp(renderApp(twentyApp))

function runnerAnswering(status: number, body: unknown) {
  const http = fakeFetch(() => ({ status, body }))
  return new MakeRunner({
    app,
    connection: { apiKey: 'k', baseUrl: 'https://crm.example.com' },
    fetch: http.fetch,
  })
}

describe("the Twenty app's error mapping", () => {
  it.each([
    [
      403,
      'InvalidConfigurationError',
      { statusCode: 403, error: 'FORBIDDEN_EXCEPTION', messages: ['Missing authentication token'] },
      '[403] Missing authentication token',
    ],
    [409, 'DuplicateDataError', { statusCode: 409, messages: ['Conflict'] }, '[409] Conflict'],
    [
      503,
      'ConnectionError',
      { statusCode: 503, messages: ['Service Unavailable'] },
      '[503] Service Unavailable',
    ],
    [
      500,
      'ConnectionError',
      { statusCode: 500, message: 'Internal server error' },
      '[500] Internal server error',
    ],
    [418, 'RuntimeError', { statusCode: 418, error: 'I_AM_A_TEAPOT' }, '[418] I_AM_A_TEAPOT'],
    [
      502,
      'ConnectionError',
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
      '[502] The answer carried no error message (it may come from a proxy in front of Twenty)',
    ],
  ])("maps status %i to %s with Twenty's message", async (status, type, body, message) => {
    await expect(
      runnerAnswering(status, body).runModule('searchPeople', { name: 'Linh', limit: 1 }),
    ).rejects.toMatchObject({ type, statusCode: status, message })
  })

  it('keeps the password of a server URL and the API key out of a request failure that fetch words with them', async () => {
    // fetch refuses a URL with credentials, and a header value with a line break, quoting either in its message.
    for (const connection of [
      { apiKey: 'k', baseUrl: 'https://admin:proxy-pass-0123@crm.example.com' },
      { apiKey: 'tw-key-0123\nwrapped-4567', baseUrl: 'https://crm.example.com' },
    ]) {
      const runner = new MakeRunner({ app, connection, fetch: (input, init) => fetch(input, init) })
      const error = await runner.verifyConnection().catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(MakeError)
      expect((error as MakeError).type).toBe('ConnectionError')
      for (const secret of ['proxy-pass-0123', 'tw-key-0123', 'wrapped-4567']) {
        expect(inspect(error, { depth: 10 })).not.toContain(secret)
      }
    }
  })

  it('targets Twenty Cloud when the connection has no URL', async () => {
    const http = fakeFetch(() => ({ body: { data: { people: [] }, pageInfo: { hasNextPage: false } } }))
    const runner = new MakeRunner({ app, connection: { apiKey: 'k' }, fetch: http.fetch })
    await runner.runModule('searchPeople', { name: 'Linh', limit: 1 })
    expect(http.received[0]?.url.origin).toBe('https://api.twenty.com')
  })
})

describe('creates that may have been saved are not left to Make to retry', () => {
  it.each([500, 502, 504])(
    'stops Create a person on a %i as a RuntimeError that says to check Twenty first',
    async (status) => {
      const error = await runnerAnswering(status, { statusCode: status, messages: ['Gateway Timeout'] })
        .runModule('createPerson', { name: { firstName: 'Linh' } })
        .catch((caught: unknown) => caught)
      expect(error).toMatchObject({ type: 'RuntimeError', statusCode: status })
      expect((error as Error).message).toContain('Twenty may have created the person')
      expect((error as Error).message).toContain('Gateway Timeout')
    },
  )

  it.each([
    [429, 'RateLimitError'],
    [503, 'ConnectionError'],
  ])('leaves a create refused with %i retryable as a %s: Twenty did not take it', async (status, type) => {
    await expect(
      runnerAnswering(status, { statusCode: status, messages: ['Not now'] }).runModule('createCompany', {
        name: 'Acme',
      }),
    ).rejects.toMatchObject({ type, statusCode: status })
  })

  it('stops Create a task whose link fails after the task was created, so a retry cannot create it twice', async () => {
    const taskId = '0c8a7e52-2f0b-4d7e-9d51-1f7f0a6c0b11'
    const http = fakeFetch((request) =>
      request.url.pathname === '/rest/tasks'
        ? { status: 201, body: { data: { createTask: { id: taskId, title: 'Call back' } } } }
        : { status: 503, body: { statusCode: 503, messages: ['Service Unavailable'] } },
    )
    const runner = new MakeRunner({
      app,
      connection: { apiKey: 'k', baseUrl: 'https://crm.example.com' },
      fetch: http.fetch,
    })
    const error = await runner
      .runModule('createTask', { title: 'Call back', personId: '5f0c6b2e-3a7d-4c1e-9b8a-2d4f6e8a0c12' })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ type: 'RuntimeError', statusCode: 503 })
    expect((error as Error).message).toContain('The task was created')
    expect(http.received.map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
      'POST /rest/tasks',
      'POST /rest/taskTargets',
    ])
  })
})

describe('the stage and status dropdowns when the options cannot be loaded', () => {
  const rpcs = [
    ['listOpportunityStages', 'opportunity stages', 'Opportunity.stage'],
    ['listTaskStatuses', 'task statuses', 'Task.status'],
  ] as const

  it.each(rpcs)('%s: a 401 is an InvalidAccessTokenError', async (rpc, what) => {
    const body = { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] }
    await expect(runnerAnswering(401, body).runRpc(rpc)).rejects.toMatchObject({
      type: 'InvalidAccessTokenError',
      statusCode: 401,
      message: `Could not load this workspace's ${what}: [401] Token invalid.`,
    })
  })

  it.each(rpcs)('%s: any other status is a plain RuntimeError that says so', async (rpc, what) => {
    for (const status of [403, 404, 429, 500, 503]) {
      await expect(
        runnerAnswering(status, { statusCode: status, messages: ['Not now'] }).runRpc(rpc),
      ).rejects.toMatchObject({
        type: 'RuntimeError',
        statusCode: status,
        message: `Could not load this workspace's ${what}: [${status}] Not now`,
      })
    }
  })

  it.each(rpcs)(
    "%s: an answer that is not Twenty's document is a RuntimeError, not a refused key",
    async (rpc, what, field) => {
      for (const body of [
        '<html>Bad gateway</html>',
        { openapi: '3.1.1', components: { schemas: { Person: {} } } },
      ]) {
        await expect(runnerAnswering(200, body).runRpc(rpc)).rejects.toMatchObject({
          type: 'RuntimeError',
          statusCode: 200,
          message: `Could not load this workspace's ${what}: Twenty's answer has no options for ${field}.`,
        })
      }
    },
  )
})

describe('loading an app for the runner', () => {
  it('refuses a tree that fails the offline checks and lists the problems', () => {
    const tree = new Map(renderApp(twentyApp))
    tree.delete('general/groups.json')
    expect(() => loadApp(tree)).toThrow(InvalidAppError)
    expect(() => loadApp(tree)).toThrow(
      'makecomapp.json general/groups.json: groups file is missing [missing-file]',
    )
  })
})
