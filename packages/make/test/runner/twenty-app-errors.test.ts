import { describe, expect, it } from 'vitest'
import { twentyApp } from '../../src/definition/twenty-app.js'
import { renderApp } from '../../src/generator/render-app.js'
import { loadApp } from '../../src/runner/load-app.js'
import { InvalidAppError } from '../../src/runner/make-error.js'
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
  ])("maps status %i to %s with Twenty's message", async (status, type, body, message) => {
    await expect(runnerAnswering(status, body).runModule('searchPeople', { limit: 1 })).rejects.toMatchObject(
      { type, statusCode: status, message },
    )
  })

  it('targets Twenty Cloud when the connection has no URL', async () => {
    const http = fakeFetch(() => ({ body: { data: { people: [] }, pageInfo: { hasNextPage: false } } }))
    const runner = new MakeRunner({ app, connection: { apiKey: 'k' }, fetch: http.fetch })
    await runner.runModule('searchPeople', { limit: 1 })
    expect(http.received[0]?.url.origin).toBe('https://api.twenty.com')
  })
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
