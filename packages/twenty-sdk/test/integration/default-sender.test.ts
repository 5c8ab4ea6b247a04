// A client given no `fetch` sends with undici's request API while the global fetch is Node's own, and with whatever
// else stands in globalThis.fetch. These tests run it over real HTTP against a small server whose answers each test
// chooses, for what fetch did for the SDK: decoding compressed answers, aborts, timeouts, refused connections.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { TwentyClient } from '../../src/index.js'
import { API_KEY, errorOf, PERSON_ID } from '../helpers/mock-fetch.js'

const PERSON = { data: { person: { id: PERSON_ID, name: { firstName: 'Linh', lastName: 'Nguyen' } } } }

let answer: (response: ServerResponse) => void = (response) => response.end()
const received: IncomingHttpHeaders[] = []
const server = createServer((request, response) => {
  received.push(request.headers)
  request.resume().on('end', () => answer(response))
})
let baseUrl: string

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A process's first request goes through Node's fetch (lazy-loading.test.ts); the tests here are about the rest.
  answer = json(PERSON)
  await client().people.get(PERSON_ID)
  received.length = 0
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})
afterEach(() => {
  received.length = 0
  vi.unstubAllGlobals()
})

const client = (options: { timeoutMs?: number } = {}) =>
  new TwentyClient({ apiKey: API_KEY, baseUrl, rateLimit: false, retry: { maxRetries: 0 }, ...options })

function json(body: unknown, encode: (text: Buffer) => Buffer = (text) => text, encoding?: string) {
  return (response: ServerResponse) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
    })
    response.end(encode(Buffer.from(JSON.stringify(body))))
  }
}

describe('a client given no fetch, on Node', () => {
  it("sends without Node's fetch, whose own headers (sec-fetch-mode) never reach the server, and asks for compressed answers", async () => {
    answer = json(PERSON)
    await client().people.get(PERSON_ID)
    expect(received).toHaveLength(1)
    expect(received[0]).not.toHaveProperty('sec-fetch-mode')
    expect(received[0]).toMatchObject({
      authorization: `Bearer ${API_KEY}`,
      'accept-encoding': 'gzip, deflate, br',
      accept: 'application/json',
    })
  })

  it.each([
    ['gzip', 'gzip', gzipSync],
    ['br', 'brotli', brotliCompressSync],
    ['deflate', 'zlib-wrapped', deflateSync],
    ['deflate', 'raw, as some servers send it', deflateRawSync],
  ] as const)('reads an answer sent with content-encoding %s (%s)', async (encoding, _form, encode) => {
    answer = json(PERSON, encode, encoding)
    await expect(client().people.get(PERSON_ID)).resolves.toMatchObject({ name: { firstName: 'Linh' } })
  })

  it('undoes two codings in the reverse of the order the server applied them', async () => {
    answer = json(PERSON, (text) => brotliCompressSync(gzipSync(text)), 'gzip, br')
    await expect(client().people.get(PERSON_ID)).resolves.toMatchObject({ id: PERSON_ID })
  })

  it("reads a compressed error answer, so Twenty's messages reach the error", async () => {
    answer = (response) => {
      response.writeHead(400, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      const body = { statusCode: 400, error: 'BadRequestException', messages: ['Invalid filter'] }
      response.end(gzipSync(JSON.stringify(body)))
    }
    const error = await errorOf(client().people.get(PERSON_ID))
    expect(error).toMatchObject({ status: 400, code: 'BadRequestException', messages: ['Invalid filter'] })
  })

  it("stops a request in flight when the caller's signal aborts, with ABORTED", async () => {
    answer = () => {}
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const error = await errorOf(client().people.get(PERSON_ID, { signal: controller.signal }))
    expect(error.code).toBe('ABORTED')
  })

  it('gives up on a server that does not answer within timeoutMs, with TIMEOUT', async () => {
    answer = () => {}
    const error = await errorOf(client({ timeoutMs: 100 }).people.get(PERSON_ID))
    expect(error).toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringContaining('no answer within 100 ms'),
    })
  })

  it('names the socket error of a refused connection, with CONNECTION_FAILED', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const twenty = new TwentyClient({
      apiKey: API_KEY,
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { maxRetries: 0 },
    })
    const error = await errorOf(twenty.people.get(PERSON_ID))
    expect(error).toMatchObject({
      code: 'CONNECTION_FAILED',
      message: expect.stringContaining('ECONNREFUSED'),
    })
  })

  it("sends with Node's fetch when NODE_USE_ENV_PROXY asks it to honour the proxy variables", async () => {
    answer = json(PERSON)
    vi.stubEnv('NODE_USE_ENV_PROXY', '1')
    try {
      await client().people.get(PERSON_ID)
    } finally {
      vi.unstubAllEnvs()
    }
    expect(received[0]).toHaveProperty('sec-fetch-mode', 'cors')
  })

  it('sends through a fetch that replaced the global one after the client was created (msw, nock)', async () => {
    answer = json(PERSON)
    const twenty = client()
    await twenty.people.get(PERSON_ID)
    const nodesFetch = globalThis.fetch
    const replaced = vi.fn((input: string | URL | Request, init?: RequestInit) => nodesFetch(input, init))
    vi.stubGlobal('fetch', replaced)
    await twenty.people.get(PERSON_ID)
    expect(replaced).toHaveBeenCalledTimes(1)
    expect(received).toHaveLength(2)
  })
})

describe("the SDK's first request in a fresh process", () => {
  const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

  it("leaves Node's fetch on Node's own dispatcher, which loading undici would otherwise replace", async () => {
    if (!existsSync(dist))
      throw new Error('Build twenty-sdk first (pnpm build): this test runs the built package')
    answer = json(PERSON)
    const script = `
      const { TwentyClient } = await import(${JSON.stringify(dist)})
      const twenty = new TwentyClient({ apiKey: ${JSON.stringify(API_KEY)}, baseUrl: ${JSON.stringify(baseUrl)}, rateLimit: false })
      await twenty.people.get(${JSON.stringify(PERSON_ID)})
      await twenty.people.get(${JSON.stringify(PERSON_ID)})
      const { Agent } = await import('undici')
      const dispatcher = globalThis[Symbol.for('undici.globalDispatcher.1')]
      console.log(JSON.stringify({ set: dispatcher !== undefined, undicisOwn: dispatcher instanceof Agent }))
    `
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      encoding: 'utf8',
    })
    expect(JSON.parse(stdout.trim())).toEqual({ set: true, undicisOwn: false })
    expect(received[1]).not.toHaveProperty('sec-fetch-mode')
  })
})
