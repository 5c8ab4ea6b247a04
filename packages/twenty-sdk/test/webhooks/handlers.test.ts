import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import express from 'express'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TwentyValidationError } from '../../src/index.js'
import {
  createFetchWebhookHandler,
  createWebhookDeduper,
  handleWebhookRequest,
  MemoryDedupeStore,
  type TwentyWebhookEvent,
  TwentyWebhookVerificationError,
  twentyWebhookMiddleware,
} from '../../src/webhooks/index.js'
import { deliveryBody, SECRET, signedHeaders } from './vectors.js'

const servers: { close(): void }[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

async function listen(app: express.Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1')
  servers.push(server)
  await new Promise((resolve) => server.once('listening', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
}

function post(
  url: string,
  body = deliveryBody,
  headers: Record<string, string> = signedHeaders(body, String(Date.now())),
) {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
}

describe('Express middleware', () => {
  it('verifies the raw body from the stream and hands the typed event over', async () => {
    const events: TwentyWebhookEvent[] = []
    const app = express()
    app.post(
      '/hook',
      twentyWebhookMiddleware({ secret: SECRET, onEvent: (event) => void events.push(event) }),
    )
    const response = await post(await listen(app))
    expect(response.status).toBe(204)
    expect(events.map((e) => e.eventName)).toEqual(['opportunity.updated'])
  })

  it('works behind express.raw()', async () => {
    const app = express()
    app.post(
      '/hook',
      express.raw({ type: 'application/json' }),
      twentyWebhookMiddleware({ secret: SECRET }),
      (req, res) => {
        res.json({ event: (req as unknown as { twentyEvent: TwentyWebhookEvent }).twentyEvent.eventName })
      },
    )
    const response = await post(await listen(app))
    expect(await response.json()).toEqual({ event: 'opportunity.updated' })
  })

  it('answers 400 with the reason for a forged delivery', async () => {
    const app = express()
    app.post('/hook', twentyWebhookMiddleware({ secret: SECRET }))
    const response = await post(
      await listen(app),
      deliveryBody.replace('CUSTOMER', 'NEW'),
      signedHeaders(deliveryBody, String(Date.now())),
    )
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.error).toBe('signature_mismatch')
    expect(JSON.stringify(body)).not.toContain(SECRET)
  })

  it('fails loudly, naming the fix, when express.json() already consumed the body', async () => {
    const app = express()
    let message = ''
    app.post('/hook', express.json(), twentyWebhookMiddleware({ secret: SECRET }))
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      message = error.message
      res.status(500).end()
    })
    const response = await post(await listen(app))
    expect(response.status).toBe(500)
    expect(message).toMatch(/express\.raw/)
  })

  it('answers 500 raw_body_unavailable, not a 400 blaming the delivery, when an earlier middleware read the stream and kept nothing', async () => {
    const { port } = await bareServer((request, response) => {
      const middleware = twentyWebhookMiddleware({ secret: SECRET, onEvent: () => undefined })
      return new Promise<void>((resolve) => {
        request.resume() // e.g. a logger that reads the body without keeping it
        request.once('end', () => resolve(middleware(request, response)))
      })
    })
    const response = await post(`http://127.0.0.1:${port}/hook`)
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ error: 'raw_body_unavailable' })
  })
})

// What NestJS (rawBody: true), Cloud Functions and Firebase do: parse the JSON, and keep the bytes on req.rawBody.
function keepRawBody(request: IncomingMessage, _response: ServerResponse, bytes: Buffer): void {
  ;(request as IncomingMessage & { rawBody?: Buffer }).rawBody = bytes
}

describe('Node middleware behind frameworks that keep the bytes on req.rawBody', () => {
  it('verifies req.rawBody when a JSON parser already made req.body an object (NestJS rawBody: true, Cloud Functions)', async () => {
    const events: string[] = []
    const app = express()
    app.post(
      '/hook',
      express.json({ verify: keepRawBody }),
      twentyWebhookMiddleware({ secret: SECRET, onEvent: (event) => void events.push(event.eventName) }),
    )
    const url = await listen(app)
    expect((await post(url)).status).toBe(204)
    expect(events).toEqual(['opportunity.updated'])
    const forged = await post(
      url,
      deliveryBody.replace('CUSTOMER', 'NEW'),
      signedHeaders(deliveryBody, String(Date.now())),
    )
    expect(forged.status).toBe(400)
  })

  it('answers 413 when req.rawBody is over maxBodyBytes', async () => {
    const app = express()
    app.post(
      '/hook',
      express.json({ verify: keepRawBody }),
      twentyWebhookMiddleware({ secret: SECRET, maxBodyBytes: Buffer.byteLength(deliveryBody) - 1 }),
    )
    expect((await post(await listen(app))).status).toBe(413)
  })
})

describe('Node middleware limits behind express.raw()', () => {
  it('answers 413 to a body express.raw() kept that is over maxBodyBytes', async () => {
    const app = express()
    app.post(
      '/hook',
      express.raw({ type: 'application/json', limit: '5mb' }),
      twentyWebhookMiddleware({ secret: SECRET, maxBodyBytes: deliveryBody.length - 1 }),
    )
    expect((await post(await listen(app))).status).toBe(413)
  })
})

describe('Node middleware limits and setup', () => {
  it('answers 413 to a delivery over maxBodyBytes and 204 to one under it', async () => {
    const size = Buffer.byteLength(deliveryBody)
    const withLimit = async (maxBodyBytes: number) => {
      const app = express()
      app.post('/hook', twentyWebhookMiddleware({ secret: SECRET, maxBodyBytes, onEvent: () => undefined }))
      return post(await listen(app))
    }
    const tooLarge = await withLimit(size - 1)
    expect(tooLarge.status).toBe(413)
    expect(await tooLarge.json()).toEqual({ error: 'payload_too_large' })
    expect((await withLimit(size)).status).toBe(204)
  })

  it('refuses to be created without its options, at startup rather than with a 413 on every delivery', () => {
    const create = twentyWebhookMiddleware as unknown as () => unknown
    expect(create).toThrow(/twentyWebhookMiddleware needs its options: .*secret/)
  })

  it('refuses a NaN or negative limit or tolerance at startup, since either would turn its check off', () => {
    for (const bad of [{ maxBodyBytes: Number.NaN }, { maxBodyBytes: 0 }, { toleranceMs: Number.NaN }]) {
      expect(() => twentyWebhookMiddleware({ secret: SECRET, ...bad })).toThrow(TwentyValidationError)
      expect(() => createFetchWebhookHandler({ secret: SECRET, onEvent: () => undefined, ...bad })).toThrow(
        TwentyValidationError,
      )
    }
  })

  it('refuses to be created without a secret (say an unset environment variable), at startup rather than with a 400 on every delivery', () => {
    for (const secret of [undefined, '', [], ['']]) {
      const options = { secret, onEvent: () => undefined } as never
      expect(() => twentyWebhookMiddleware(options)).toThrow(TwentyValidationError)
      expect(() => createFetchWebhookHandler(options)).toThrow(/secret/)
    }
  })

  it('refuses an onEvent that is not a function at startup, rather than answering 500 to every verified delivery', () => {
    for (const onEvent of [undefined, 'handle', {}]) {
      expect(() => createFetchWebhookHandler({ secret: SECRET, onEvent } as never)).toThrow(
        expect.objectContaining({ name: 'TwentyValidationError', code: 'INVALID_OPTIONS' }),
      )
    }
    expect(() => twentyWebhookMiddleware({ secret: SECRET, onEvent: 'handle' } as never)).toThrow(/onEvent/)
    expect(() => twentyWebhookMiddleware({ secret: SECRET, onEvent: undefined })).not.toThrow()
  })

  it('answers 413 as soon as Content-Length is over the limit, without waiting for the body', async () => {
    const { port } = await bareServer(twentyWebhookMiddleware({ secret: SECRET, maxBodyBytes: 1024 }))
    const socket = connect(port, '127.0.0.1')
    servers.push({ close: () => socket.destroy() })
    const answer = new Promise<string>((resolve) => socket.once('data', (data) => resolve(String(data))))
    // Announces 10 MB and sends only the headers.
    socket.write('POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n')
    expect(await answer).toMatch(/^HTTP\/1\.1 413 /)
  })

  it('keeps a bare http server running when a client hangs up mid-body', async () => {
    const { port, settled } = await bareServer(twentyWebhookMiddleware({ secret: SECRET }))
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"eventName":')
      setTimeout(() => socket.destroy(), 20)
    })
    // The listener's promise resolves: a rejection here is an unhandled rejection, which ends a Node process.
    await expect(settled()).resolves.toBeUndefined()
  })
})

/** A plain `http` server using the middleware as its listener, keeping each call's promise. */
async function bareServer(
  listener: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
): Promise<{ port: number; settled: () => Promise<void> }> {
  let resolveFirst: (promise: Promise<void>) => void = () => undefined
  const first = new Promise<Promise<void>>((resolve) => {
    resolveFirst = resolve
  })
  const server = createServer((request, response) => resolveFirst(listener(request, response)))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, settled: async () => first.then((call) => call) }
}

describe('Fetch handler', () => {
  it('answers 204 for a valid delivery, 400 for a stale one, 405 for GET', async () => {
    const seen: string[] = []
    const handler = createFetchWebhookHandler({ secret: SECRET, onEvent: (e) => void seen.push(e.eventName) })
    const request = (headers: Record<string, string>, method = 'POST') =>
      new Request('https://edge.example.com/hook', {
        method,
        body: method === 'POST' ? deliveryBody : null,
        headers,
      })
    expect((await handler(request(signedHeaders(deliveryBody, String(Date.now()))))).status).toBe(204)
    const stale = await handler(request(signedHeaders(deliveryBody, String(Date.now() - 3_600_000))))
    expect(stale.status).toBe(400)
    expect((await stale.json()).error).toBe('timestamp_out_of_tolerance')
    expect((await handler(request({}, 'GET'))).status).toBe(405)
    expect(seen).toEqual(['opportunity.updated'])
  })
})

describe('Fetch handler setup mistakes', () => {
  it('answers 500 raw_body_unavailable, not a 400 blaming the delivery, when the app already read the body', async () => {
    const handler = createFetchWebhookHandler({ secret: SECRET, onEvent: () => undefined })
    const request = new Request('https://edge.example.com/hook', {
      method: 'POST',
      body: deliveryBody,
      headers: signedHeaders(deliveryBody, String(Date.now())),
    })
    await request.json()
    const response = await handler(request)
    expect(response.status).toBe(500)
    expect((await response.json()).error).toBe('raw_body_unavailable')
  })
})

describe('Fetch body limit', () => {
  const oversized = `${deliveryBody}${' '.repeat(2048)}`

  it('answers 413 to a body over maxBodyBytes, whether Content-Length announces it or it streams in', async () => {
    const handler = createFetchWebhookHandler({
      secret: SECRET,
      maxBodyBytes: 1024,
      onEvent: () => undefined,
    })
    const announced = new Request('https://edge.example.com/hook', {
      method: 'POST',
      body: oversized,
      headers: signedHeaders(oversized, String(Date.now())),
    })
    const streamed = new Request('https://edge.example.com/hook', {
      method: 'POST',
      body: new Blob([oversized]).stream(),
      headers: signedHeaders(oversized, String(Date.now())),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.headers.get('content-length')).toBeNull()
    for (const request of [announced, streamed]) {
      const response = await handler(request)
      expect(response.status).toBe(413)
      expect(await response.json()).toEqual({ error: 'payload_too_large' })
    }
  })

  it('refuses an oversized body from handleWebhookRequest with a verification error, and accepts one under 1 MiB', async () => {
    const request = (body: string) =>
      new Request('https://edge.example.com/hook', {
        method: 'POST',
        body,
        headers: signedHeaders(body, String(Date.now())),
      })
    const refused = await handleWebhookRequest(request(oversized), {
      secret: SECRET,
      maxBodyBytes: 1024,
    }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(TwentyWebhookVerificationError)
    expect(refused).toMatchObject({
      reason: 'payload_too_large',
      message: expect.stringMatching(/maxBodyBytes/),
    })
    const event = await handleWebhookRequest(request(oversized), { secret: SECRET })
    expect(event.eventName).toBe('opportunity.updated')
  })
})

describe('replay protection', () => {
  it('passes an event once and drops its replays until the window expires', async () => {
    let clock = 0
    const dedupe = createWebhookDeduper({ ttlMs: 1_000, store: new MemoryDedupeStore({ now: () => clock }) })
    const event = JSON.parse(deliveryBody) as TwentyWebhookEvent
    expect(await dedupe.isNew(event)).toBe(true)
    expect(await dedupe.isNew({ ...event })).toBe(false)
    expect(await dedupe.isNew({ ...event, eventDate: '2026-11-24T10:00:01.000Z' })).toBe(true)
    clock = 1_001
    expect(await dedupe.isNew(event)).toBe(true)
  })

  it('holds at most maxEntries keys, forgetting the oldest, while newer replays are still dropped', async () => {
    const store = new MemoryDedupeStore({ maxEntries: 3 })
    const dedupe = createWebhookDeduper({ store })
    const event = JSON.parse(deliveryBody) as TwentyWebhookEvent
    const at = (second: number) => ({ ...event, eventDate: `2026-11-24T10:00:0${second}.000Z` })
    for (const second of [1, 2, 3, 4]) expect(await dedupe.isNew(at(second))).toBe(true)
    expect(await dedupe.isNew(at(4))).toBe(false)
    expect(await dedupe.isNew(at(2))).toBe(false)
    expect(await dedupe.isNew(at(1))).toBe(true)
    expect(() => new MemoryDedupeStore({ maxEntries: 0 })).toThrow(TwentyValidationError)
  })

  it('keeps a steady stream of events cheap: expired keys are swept now and then, not on every event', async () => {
    let clock = 0
    const store = new MemoryDedupeStore({ now: () => clock })
    // A sweep walks the whole map; count the walks.
    const walks = vi.spyOn(Map.prototype as unknown as Record<symbol, () => unknown>, Symbol.iterator)
    try {
      // One event a millisecond, each remembered for 1023 ms: about 1023 keys are alive at any time.
      for (let i = 0; i < 20_000; i++) {
        clock = i
        expect(await store.setIfAbsent(`event-${i}`, 1_023)).toBe(true)
      }
      expect(walks.mock.calls.length).toBeLessThan(100)
    } finally {
      walks.mockRestore()
    }
    clock = 20_000
    expect(await store.setIfAbsent('event-19999', 1_023)).toBe(false)
  })

  it('refuses a NaN or non-positive window, which would let every replay through', () => {
    for (const ttlMs of [Number.NaN, 0, -1]) {
      expect(() => createWebhookDeduper({ ttlMs })).toThrow(TwentyValidationError)
    }
  })
})
