import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MakeError } from '../../src/runner/make-error.js'
import { createTwentyRunner } from '../../src/runner/twenty-runner.js'
import { type Harness, rejection, startHarness } from './harness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ workspaceName: 'Saigon Coffee' })
})
afterAll(() => h.close())

const runnerWith = (apiKey: string, baseUrl = h.sandbox.url) =>
  createTwentyRunner({ connection: { apiKey, baseUrl }, fetch: (input, init) => fetch(input, init) })

describe('the Twenty connection', () => {
  it('verifies the key with currentWorkspace and labels the connection with the workspace name', async () => {
    expect(await h.runner.verifyConnection()).toEqual({
      metadata: { type: 'text', value: 'Saigon Coffee' },
      uid: h.sandbox.workspace.id,
      data: {},
    })
  })

  it('accepts a self-hosted URL typed with trailing slashes', async () => {
    const runner = await runnerWith(h.sandbox.apiKey, `${h.sandbox.url}//`)
    expect((await runner.verifyConnection()).uid).toBe(h.sandbox.workspace.id)
  })

  it('accepts a self-hosted URL pasted with the /rest Twenty shows as the REST base', async () => {
    for (const suffix of ['/rest', '/rest/']) {
      const runner = await runnerWith(h.sandbox.apiKey, `${h.sandbox.url}${suffix}`)
      expect((await runner.verifyConnection()).uid).toBe(h.sandbox.workspace.id)
      expect(await runner.runModule('searchPeople', { name: 'nobody-by-this-name' })).toEqual([])
    }
  })

  it("refuses an invalid key with InvalidAccessTokenError and Twenty's message, without echoing the key", async () => {
    const badKey = `${h.sandbox.apiKey.slice(0, -6)}xxxxxx`
    const error = await rejection((await runnerWith(badKey)).verifyConnection())
    expect(error).toBeInstanceOf(MakeError)
    expect(error).toMatchObject({
      type: 'InvalidAccessTokenError',
      statusCode: 401,
      message: '[401] Token invalid.',
    })
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(badKey)
  })

  it("refuses an expired key with Twenty's expiry message", async () => {
    const error = await rejection((await runnerWith(h.sandbox.keys.expired)).verifyConnection())
    expect(error).toMatchObject({ type: 'InvalidAccessTokenError', message: '[401] Token has expired.' })
  })

  it('refuses a URL whose server is not Twenty (a web page answering 200 or 404), and says to check the URL', async () => {
    for (const status of [200, 404]) {
      const page = createServer((_request, response) => {
        response.writeHead(status, { 'content-type': 'text/html' })
        response.end('<!doctype html><title>Acme</title>')
      })
      await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve))
      try {
        const { port } = page.address() as { port: number }
        const runner = await runnerWith(h.sandbox.apiKey, `http://127.0.0.1:${port}`)
        const error = await rejection(runner.verifyConnection())
        expect(error).toBeInstanceOf(MakeError)
        expect(error.message).toMatch(
          /^(\[404\] )?No Twenty workspace answered at this URL: check the Twenty URL \(leave it empty for Twenty Cloud\)\.$/,
        )
      } finally {
        page.close()
      }
    }
  })

  it("refuses an empty key before sending anything, as Make's connection form does", async () => {
    const requests: string[] = []
    const runner = await createTwentyRunner({
      connection: { apiKey: '', baseUrl: h.sandbox.url },
      fetch: (input, init) => {
        requests.push(input)
        return fetch(input, init)
      },
    })
    const error = await rejection(runner.verifyConnection())
    expect(error).toMatchObject({
      type: 'DataError',
      message: "Missing value of required parameter 'apiKey'",
    })
    expect(requests).toEqual([])
  })

  it('never logs the key', () => {
    expect(h.log.length).toBeGreaterThan(0)
    expect(JSON.stringify(h.log)).not.toContain(h.sandbox.apiKey)
  })
})
