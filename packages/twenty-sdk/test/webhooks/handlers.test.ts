import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createFetchWebhookHandler,
  createWebhookDeduper,
  MemoryDedupeStore,
  type TwentyWebhookEvent,
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
})

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
})
