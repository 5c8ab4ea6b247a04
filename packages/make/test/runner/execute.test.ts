import { describe, expect, it } from 'vitest'
import type { Communication } from '../../src/format/types.js'
import { MakeError } from '../../src/runner/make-error.js'
import { MakeRunner } from '../../src/runner/runner.js'
import type { LogEntry } from '../../src/runner/sanitize.js'
import { fakeFetch, type Reply } from './fake-http.js'
import { miniApp } from './mini-app.js'

const KEY = 'tw_test_key_0123456789'

function runnerFor(
  communication: Communication,
  reply: (index: number, url: URL) => Reply,
  extra: { type?: 'action' | 'search' } = {},
) {
  const http = fakeFetch((request, index) => reply(index, request.url))
  const log: LogEntry[] = []
  const app = miniApp({
    modules: [
      {
        id: 'm',
        type: extra.type ?? 'action',
        communication,
        params: [
          { name: 'limit', type: 'uinteger' },
          { name: 'name', type: 'text' },
        ],
      },
    ],
  })
  const runner = new MakeRunner({
    app,
    connection: { apiKey: KEY },
    fetch: http.fetch,
    log: (entry) => log.push(entry),
  })
  return { runner, received: http.received, log }
}

async function failure(promise: Promise<unknown>): Promise<MakeError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof MakeError) return error
    throw error
  }
  throw new Error('expected a MakeError')
}

describe('running one request', () => {
  it('joins the base URL and the module URL, sends the base Bearer header and the parameters as JSON', async () => {
    const { runner, received } = runnerFor(
      {
        url: '/people',
        method: 'POST',
        body: '{{parameters}}',
        response: { output: '{{body.data.createPerson}}' },
      },
      () => ({ status: 201, body: { data: { createPerson: { id: 'p1' } } } }),
    )
    expect(await runner.runModule('m', { name: 'Linh' })).toEqual([{ id: 'p1' }])
    expect(received).toHaveLength(1)
    expect(received[0]?.url.toString()).toBe('https://api.example.com/rest/people')
    expect(received[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`)
    expect(received[0]?.headers.get('content-type')).toBe('application/json')
    expect(JSON.parse(received[0]?.body ?? '')).toEqual({ name: 'Linh' })
  })

  it('lets module headers override the base key by key and drops undefined query values', async () => {
    const { runner, received } = runnerFor(
      {
        url: '/x',
        headers: { authorization: 'Token {{connection.apiKey}}' },
        qs: { a: '{{parameters.name}}', b: '1' },
      },
      () => ({ body: {} }),
    )
    await runner.runModule('m')
    expect(received[0]?.headers.get('authorization')).toBe(`Token ${KEY}`)
    expect(received[0]?.url.search).toBe('?b=1')
  })

  it('skips the request when its condition is false and outputs nothing', async () => {
    const { runner, received } = runnerFor({ url: '/x', condition: '{{parameters.name}}' }, () => ({
      body: {},
    }))
    expect(await runner.runModule('m')).toEqual([])
    expect(received).toHaveLength(0)
  })

  it('makes the whole body the output when no output is given', async () => {
    const { runner } = runnerFor({ url: '/x' }, () => ({ body: { a: 1 } }))
    expect(await runner.runModule('m')).toEqual([{ a: 1 }])
  })

  it('lets output read response.temp and wrapper reshape the output', async () => {
    const { runner } = runnerFor(
      {
        url: '/x',
        response: {
          temp: { total: '{{body.count}}' },
          output: { n: '{{temp.total}}' },
          wrapper: { wrapped: '{{output}}' },
        },
      },
      () => ({ body: { count: 3 } }),
    )
    expect(await runner.runModule('m')).toEqual([{ wrapped: { n: 3 } }])
  })
})

describe('handling errors', () => {
  const communication: Communication = {
    url: '/x',
    response: {
      error: {
        message: '[{{statusCode}}] {{join(body.messages, "; ")}}',
        '401': { type: 'InvalidAccessTokenError' },
        '429': { type: 'RateLimitError', message: 'Slow down: {{body.messages[1]}}' },
      },
    },
  }

  it('raises the per-status error type with the default message when the status has none', async () => {
    const { runner } = runnerFor(communication, () => ({
      status: 401,
      body: { statusCode: 401, messages: ['Token invalid.'] },
    }))
    expect(await failure(runner.runModule('m'))).toMatchObject({
      type: 'InvalidAccessTokenError',
      statusCode: 401,
      message: '[401] Token invalid.',
    })
  })

  it('raises RateLimitError for 429 with the per-status message', async () => {
    const { runner } = runnerFor(communication, () => ({
      status: 429,
      body: { messages: ['Limit reached (100 tokens per 60000 ms)'] },
    }))
    expect(await failure(runner.runModule('m'))).toMatchObject({
      type: 'RateLimitError',
      message: 'Slow down: Limit reached (100 tokens per 60000 ms)',
    })
  })

  it('raises RuntimeError for a status without an entry', async () => {
    const { runner } = runnerFor(communication, () => ({ status: 418, body: { messages: ['teapot'] } }))
    expect(await failure(runner.runModule('m'))).toMatchObject({
      type: 'RuntimeError',
      message: '[418] teapot',
    })
  })

  it("raises the valid directive's error when a 200 answer is marked invalid", async () => {
    const { runner } = runnerFor(
      {
        url: '/x',
        response: {
          valid: {
            condition: '{{!body.errors}}',
            message: '{{body.errors[1].message}}',
            type: 'InvalidAccessTokenError',
          },
        },
      },
      () => ({ body: { errors: [{ message: 'Token invalid.' }] } }),
    )
    expect(await failure(runner.runModule('m'))).toMatchObject({
      type: 'InvalidAccessTokenError',
      message: 'Token invalid.',
    })
  })

  it('falls back to response.error.<status>, then response.error, for what valid does not say', async () => {
    const invalid = (error: Communication['response']) =>
      runnerFor({ url: '/x', response: { valid: '{{!body.errors}}', ...error } }, () => ({
        body: { errors: ['locked'], locked: true },
      })).runner.runModule('m')
    expect(
      await failure(
        invalid({
          error: {
            message: 'generic',
            type: 'ConnectionError',
            '200': { message: 'Refused: {{body.errors[1]}}', type: 'DataError' },
          },
        }),
      ),
    ).toMatchObject({ type: 'DataError', message: 'Refused: locked', statusCode: 200 })
    expect(
      await failure(invalid({ error: { message: 'Generic: {{body.errors[1]}}', type: 'ConnectionError' } })),
    ).toMatchObject({ type: 'ConnectionError', message: 'Generic: locked' })
    expect(await failure(invalid({}))).toMatchObject({
      type: 'RuntimeError',
      message: 'Response marked as invalid.',
    })
  })

  it('evaluates an error type given as IML, and refuses one that is not an error type', async () => {
    const typed = (type: `{{${string}}}`, body: unknown) =>
      runnerFor(
        { url: '/x', response: { valid: '{{body.ok}}', error: { '200': { type, message: 'no' } } } },
        () => ({
          body,
        }),
      ).runner.runModule('m')
    const type = "{{if(body.locked, 'InvalidAccessTokenError', 'RuntimeError')}}" as const
    expect(await failure(typed(type, { locked: true }))).toMatchObject({ type: 'InvalidAccessTokenError' })
    expect(await failure(typed(type, { locked: false }))).toMatchObject({ type: 'RuntimeError' })
    await expect(typed("{{'Oops'}}", {})).rejects.toThrow('not an error type')
  })

  it('skips a request whose condition is false: nothing is sent and the module outputs nothing', async () => {
    const { runner, received } = runnerFor(
      { url: '/x', condition: '{{parameters.name}}', response: { iterate: '{{body}}', limit: 5 } },
      () => ({ body: [{ id: 1 }] }),
      { type: 'search' },
    )
    expect(await runner.runModule('m', { name: '' })).toEqual([])
    expect(received).toHaveLength(0)
    expect(await runner.runModule('m', { name: 'Linh' })).toEqual([{ id: 1 }])
    expect(received).toHaveLength(1)
  })

  it('raises ConnectionError when no answer arrives', async () => {
    const app = miniApp({ modules: [{ id: 'm', communication: { url: '/x' } }] })
    const runner = new MakeRunner({
      app,
      connection: { apiKey: KEY },
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    })
    expect(await failure(runner.runModule('m'))).toMatchObject({
      type: 'ConnectionError',
      message: 'Request failed: fetch failed',
    })
  })
})

describe('iterating and paginating', () => {
  const pages = [
    { items: [{ id: 1 }, { id: 2 }], pageInfo: { hasNextPage: true, endCursor: 'c1' } },
    { items: [{ id: 3 }, { id: 4 }], pageInfo: { hasNextPage: true, endCursor: 'c2' } },
    { items: [{ id: 5 }], pageInfo: { hasNextPage: false, endCursor: 'c3' } },
  ]
  const paginated = (limit?: string): Communication => ({
    url: '/items',
    qs: { limit: 2, order_by: 'createdAt' },
    pagination: {
      qs: { starting_after: '{{body.pageInfo.endCursor}}' },
      condition: '{{body.pageInfo.hasNextPage}}',
    },
    response: { iterate: '{{body.items}}', output: '{{item.id}}', ...(limit && { limit }) },
  })

  it('follows cursors until hasNextPage is false, merging the cursor into the first request', async () => {
    const { runner, received } = runnerFor(paginated(), (index) => ({ body: pages[index] }), {
      type: 'search',
    })
    expect(await runner.runModule('m')).toEqual([1, 2, 3, 4, 5])
    expect(received.map((request) => request.url.search)).toEqual([
      '?limit=2&order_by=createdAt',
      '?limit=2&order_by=createdAt&starting_after=c1',
      '?limit=2&order_by=createdAt&starting_after=c2',
    ])
  })

  it('stops reading pages once response.limit bundles are out', async () => {
    const { runner, received } = runnerFor(
      paginated('{{parameters.limit}}'),
      (index) => ({ body: pages[index] }),
      { type: 'search' },
    )
    expect(await runner.runModule('m', { limit: 3 })).toEqual([1, 2, 3])
    expect(received).toHaveLength(2)
  })

  it('stops on an empty page even when the condition still holds', async () => {
    const { runner, received } = runnerFor(
      paginated(),
      () => ({ body: { items: [], pageInfo: { hasNextPage: true, endCursor: 'x' } } }),
      { type: 'search' },
    )
    expect(await runner.runModule('m')).toEqual([])
    expect(received).toHaveLength(1)
  })

  it('without mergeWithParent, sends the next page to the same URL and method with only the pagination query', async () => {
    const communication: Communication = {
      url: '/items',
      method: 'POST',
      qs: { limit: 2 },
      body: { filter: 'x' },
      pagination: {
        mergeWithParent: false,
        qs: { starting_after: '{{body.pageInfo.endCursor}}' },
        condition: '{{body.pageInfo.hasNextPage}}',
      },
      response: { iterate: '{{body.items}}', output: '{{item.id}}' },
    }
    const { runner, received } = runnerFor(communication, (index) => ({ body: pages[index] }), {
      type: 'search',
    })
    expect(await runner.runModule('m')).toEqual([1, 2, 3, 4, 5])
    expect(
      received.map((request) => `${request.method} ${request.url.pathname}${request.url.search}`),
    ).toEqual([
      'POST /rest/items?limit=2',
      'POST /rest/items?starting_after=c1',
      'POST /rest/items?starting_after=c2',
    ])
    expect(received[1]?.body).toBeUndefined()
  })

  it('outputs only the items the iterate condition accepts', async () => {
    const communication: Communication = {
      url: '/items',
      response: {
        iterate: { container: '{{body.items}}', condition: '{{item.id > 3}}' },
        output: '{{item.id}}',
      },
    }
    const { runner } = runnerFor(
      communication,
      () => ({ body: { items: [{ id: 2 }, { id: 4 }, { id: 5 }] } }),
      { type: 'search' },
    )
    expect(await runner.runModule('m')).toEqual([4, 5])
  })
})

describe('keeping secrets out of the execution log', () => {
  it('masks every log.sanitize path in the logged request and answer', async () => {
    const { runner, log } = runnerFor(
      {
        url: '/hooks',
        method: 'POST',
        body: { secret: 'hook-secret', url: 'https://hook' },
        response: { output: '{{body.id}}' },
        log: { sanitize: ['request.headers.authorization', 'request.body.secret', 'response.body.secret'] },
      },
      () => ({ body: { id: 'h1', secret: 'hook-secret' } }),
    )
    await runner.runModule('m')
    expect(log).toHaveLength(1)
    expect(JSON.stringify(log)).not.toContain(KEY)
    expect(JSON.stringify(log)).not.toContain('hook-secret')
    expect(log[0]?.request.headers.authorization).toBe('******')
    expect(log[0]?.request.body).toEqual({ secret: '******', url: 'https://hook' })
  })
})

describe('running a chain of requests', () => {
  const chain: Communication[] = [
    {
      url: '/tasks',
      method: 'POST',
      body: { title: '{{parameters.name}}' },
      response: { temp: { id: '{{body.id}}' } },
    },
    { condition: '{{parameters.limit}}', url: '/links', method: 'POST', body: { taskId: '{{temp.id}}' } },
    { url: '/tasks/{{temp.id}}', response: { output: { id: '{{body.id}}', title: '{{body.title}}' } } },
  ]

  function chainRunner() {
    const http = fakeFetch((request) =>
      request.url.pathname.endsWith('/tasks')
        ? { body: { id: 't1' } }
        : { body: { id: 't1', title: 'Call' } },
    )
    const app = miniApp({
      modules: [
        {
          id: 'm',
          communication: chain,
          params: [
            { name: 'name', type: 'text' },
            { name: 'limit', type: 'uinteger' },
          ],
        },
      ],
    })
    return {
      runner: new MakeRunner({ app, connection: { apiKey: KEY }, fetch: http.fetch }),
      received: http.received,
    }
  }

  it('runs the requests in order, passing temp along, and outputs the last one', async () => {
    const { runner, received } = chainRunner()
    expect(await runner.runModule('m', { name: 'Call', limit: 1 })).toEqual([{ id: 't1', title: 'Call' }])
    expect(received.map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
      'POST /rest/tasks',
      'POST /rest/links',
      'GET /rest/tasks/t1',
    ])
    expect(JSON.parse(received[1]?.body ?? '')).toEqual({ taskId: 't1' })
  })

  it('skips a request of the chain whose condition is false', async () => {
    const { runner, received } = chainRunner()
    await runner.runModule('m', { name: 'Call' })
    expect(received.map((request) => request.url.pathname)).toEqual(['/rest/tasks', '/rest/tasks/t1'])
  })
})
