// `twenty-sdk/webhooks` promises an async verifier for Web-standard runtimes (Workers, Edge, Deno, browsers).
// These tests run it in a realm that has only Web globals (see web-realm.ts): the source module of the async
// verifier loads with no Node builtin available at all, and the built subpath's async API verifies, refuses
// and signs without ever calling into a Node builtin it imports.
import { createHmac } from 'node:crypto'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { createWebRealm } from './web-realm.js'

const builtSubpath = fileURLToPath(new URL('../../dist/webhooks.cjs', import.meta.url))
const asyncVerifierSource = fileURLToPath(new URL('../../src/webhooks/verify-async.ts', import.meta.url))
const fetchHandlerSource = fileURLToPath(new URL('../../src/webhooks/fetch-handler.ts', import.meta.url))
const secret = 'whsec-web-realm-test'
const record = {
  id: '5f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5',
  name: 'Saigon Coffee Roasters',
  stage: 'CUSTOMER',
}
const payload = JSON.stringify({ eventName: 'opportunity.updated', record, updatedFields: ['stage'] })

type AsyncApi = {
  verifyWebhookAsync(options: Record<string, unknown>): Promise<{ eventName: string; record: typeof record }>
  signWebhookAsync(options: Record<string, unknown>): Promise<Record<string, string>>
  createFetchWebhookHandler(options: Record<string, unknown>): (request: Request) => Promise<Response>
}

/** Twenty's signature, computed here with node:crypto so the realm's Web Crypto path is checked independently. */
function twentyHeaders(body: string, key = secret, timestamp = Date.now()): Record<string, string> {
  const signature = createHmac('sha256', key).update(`${timestamp}:${body}`).digest('hex')
  return {
    'x-twenty-webhook-signature': signature,
    'x-twenty-webhook-timestamp': String(timestamp),
    'x-twenty-webhook-nonce': '0123456789abcdef0123456789abcdef',
  }
}

/** A stand-in for a Node builtin: it may be imported, but any use of it fails the test. */
function untouchable(name: string): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(`the web-only path used node:${name}.${String(property)}`)
      },
    },
  )
}

describe('the async verifier in a realm with only Web globals', () => {
  it('has no process, Buffer or require in the realm, so a Node-only path would throw', () => {
    const realm = createWebRealm(untouchable)
    expect(realm.evaluate('[typeof process, typeof Buffer, typeof require, typeof crypto.subtle]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'object',
    ])
  })

  it('loads the verify-async source module with no Node builtin available and accepts a Twenty-signed delivery', async () => {
    const realm = createWebRealm((name) => {
      throw new Error(`verify-async's module graph imports node:${name}`)
    })
    const { verifyWebhookAsync } = realm.load(asyncVerifierSource) as Pick<AsyncApi, 'verifyWebhookAsync'>

    const event = await verifyWebhookAsync({ payload, headers: twentyHeaders(payload), secret })

    expect(event.record).toEqual(record)
    expect(realm.builtinsRequested).toEqual([])
  })

  it('answers a signed Fetch Request with 204 and a forged one with 400 from source loaded without Node builtins', async () => {
    const realm = createWebRealm((name) => {
      throw new Error(`the Fetch handler's module graph imports node:${name}`)
    })
    const { createFetchWebhookHandler } = realm.load(fetchHandlerSource) as Pick<
      AsyncApi,
      'createFetchWebhookHandler'
    >
    const received: unknown[] = []
    const handler = createFetchWebhookHandler({
      secret,
      onEvent: (event: unknown) => void received.push(event),
    })
    const post = (headers: Record<string, string>) =>
      handler(new Request('https://worker.example/twenty', { method: 'POST', body: payload, headers }))

    const accepted = await post(twentyHeaders(payload))
    const forged = await post(twentyHeaders(payload, 'not-the-secret'))

    expect(accepted.status).toBe(204)
    expect(received).toHaveLength(1)
    expect(forged.status).toBe(400)
    expect(await forged.json()).toMatchObject({ error: 'signature_mismatch' })
  })
})

describe('the built twenty-sdk/webhooks subpath in a realm with only Web globals', () => {
  let api: AsyncApi

  beforeAll(() => {
    if (!existsSync(builtSubpath))
      throw new Error('dist/webhooks.cjs is missing: run `npx -y pnpm@10 build` first')
    api = createWebRealm(untouchable).load(builtSubpath) as unknown as AsyncApi
  })

  it('loads without importing any Node builtin, so it bundles for Web runtimes', () => {
    const realm = createWebRealm(untouchable)
    realm.load(builtSubpath)
    expect(realm.builtinsRequested).toEqual([])
  })

  it('verifies a Twenty-signed delivery with Web Crypto without touching a Node builtin', async () => {
    const event = await api.verifyWebhookAsync({ payload, headers: twentyHeaders(payload), secret })

    expect(event.eventName).toBe('opportunity.updated')
    expect(event.record).toEqual(record)
  })

  it('refuses a delivery whose body was changed after signing with reason signature_mismatch', async () => {
    const tampered = payload.replace('CUSTOMER', 'LOST')

    const error = await api
      .verifyWebhookAsync({ payload: tampered, headers: twentyHeaders(payload), secret })
      .catch((e) => e)

    expect(error).toMatchObject({ name: 'TwentyWebhookVerificationError', reason: 'signature_mismatch' })
  })

  it('signs with signWebhookAsync so that a Node HMAC of the same bytes matches', async () => {
    const headers = await api.signWebhookAsync({ payload, secret, timestamp: 1_767_225_600_000 })

    expect(headers['x-twenty-webhook-signature']).toBe(
      twentyHeaders(payload, secret, 1_767_225_600_000)['x-twenty-webhook-signature'],
    )
    expect(headers['x-twenty-webhook-nonce']).toMatch(/^[0-9a-f]{32}$/)
  })
})
