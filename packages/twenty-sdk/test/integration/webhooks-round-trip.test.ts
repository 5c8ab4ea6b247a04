import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  isEventFor,
  isOpportunityWon,
  signWebhook,
  type TwentyWebhookEvent,
  twentyWebhookMiddleware,
} from '../../src/webhooks/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()
const received: TwentyWebhookEvent[] = []
let receiverUrl = ''
let secret = ''
let close: () => Promise<void>

beforeAll(async () => {
  const hook = await ctx.twenty.webhooks.create({
    targetUrl: 'http://127.0.0.1:1/placeholder',
    operations: ['person.created', 'opportunity.*'],
  })
  secret = hook.secret
  const app = express()
  app.post('/twenty', twentyWebhookMiddleware({ secret, onEvent: (event) => void received.push(event) }))
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/twenty`
  await ctx.twenty.webhooks.update(hook.id, { targetUrl: receiverUrl })
  close = () => new Promise((resolve) => server.close(() => resolve()))
})
afterAll(() => close?.())

// Replays a delivery to the receiver with some part changed, and returns the receiver's answer.
async function replay(body: string, headers: Record<string, string>) {
  const response = await fetch(receiverUrl, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  })
  return { status: response.status, body: (await response.json()) as { error: string; message: string } }
}

describe('webhooks from the SDK through the sandbox to an Express receiver', () => {
  it('delivers a signed person.created event that the receiver verifies and types', async () => {
    const person = await ctx.twenty.people.create({ name: { firstName: 'Hook', lastName: 'Receiver' } })
    await ctx.sandbox.webhooks.idle()
    const event = received.find((item) => item.eventName === 'person.created' && item.record.id === person.id)
    expect(event?.eventName).toBe('person.created')
    expect(event && isEventFor(event, 'person') ? event.record.name?.firstName : undefined).toBe('Hook')
    expect(ctx.sandbox.webhooks.deliveries.at(-1)?.status).toBe(204)
  })

  it('recognises a won opportunity from the update event Twenty sends (field names only)', async () => {
    const deal = await ctx.twenty.opportunities.create({ name: 'Hook deal', stage: 'PROPOSAL' })
    await ctx.twenty.opportunities.update(deal.id, { stage: 'CUSTOMER' })
    await ctx.sandbox.webhooks.idle()
    const update = received.find(
      (item) => item.eventName === 'opportunity.updated' && item.record.id === deal.id,
    )
    expect(update && isOpportunityWon(update)).toBe(true)
    expect(update && 'updatedFields' in update ? update.updatedFields : undefined).toEqual(['stage'])
  })

  it('does not deliver events the subscription did not ask for', async () => {
    const before = ctx.sandbox.webhooks.deliveries.length
    await ctx.twenty.companies.create({ name: 'Not subscribed' })
    await ctx.sandbox.webhooks.idle()
    expect(ctx.sandbox.webhooks.deliveries.length).toBe(before)
  })

  describe('a receiver refuses a delivery that is not exactly what Twenty signed', () => {
    const last = () => {
      const delivery = ctx.sandbox.webhooks.deliveries.at(-1)
      if (!delivery) throw new Error('no delivery yet')
      return delivery
    }

    it('rejects a tampered body as a signature mismatch', async () => {
      const { body, headers } = last()
      const answer = await replay(body.replace('"Hook deal"', '"Free deal"'), headers)
      expect(answer).toMatchObject({ status: 400, body: { error: 'signature_mismatch' } })
    })

    it('rejects a body signed with another secret', async () => {
      const { body } = last()
      const answer = await replay(body, {
        ...signWebhook({ payload: body, secret: 'an-attacker-secret-0123456789' }),
      })
      expect(answer.body.error).toBe('signature_mismatch')
    })

    it('rejects a correctly signed delivery whose timestamp is ten minutes old', async () => {
      const { body } = last()
      const answer = await replay(body, {
        ...signWebhook({ payload: body, secret, timestamp: Date.now() - 10 * 60_000 }),
      })
      expect(answer.body.error).toBe('timestamp_out_of_tolerance')
    })

    it('rejects a timestamp in seconds and says Twenty sends milliseconds', async () => {
      const { body } = last()
      const answer = await replay(body, {
        ...signWebhook({ payload: body, secret, timestamp: Math.floor(Date.now() / 1000) }),
      })
      expect(answer.status).toBe(400)
      expect(answer.body.message).toMatch(/milliseconds/)
    })

    it('rejects the same payload re-serialized with different spacing', async () => {
      const { body, headers } = last()
      const answer = await replay(JSON.stringify(JSON.parse(body), null, 2), headers)
      expect(answer.body.error).toBe('signature_mismatch')
    })

    it('never echoes the secret in a refusal', async () => {
      const { body, headers } = last()
      const answer = await replay(`${body} `, headers)
      expect(JSON.stringify(answer.body)).not.toContain(secret)
    })
  })
})
