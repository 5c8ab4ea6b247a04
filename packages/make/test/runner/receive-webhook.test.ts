import { describe, expect, it } from 'vitest'
import type { WebhookCommunication } from '../../src/format/types.js'
import type { LoadedApp } from '../../src/runner/load-app.js'
import { MakeRunner } from '../../src/runner/runner.js'
import { miniApp } from './mini-app.js'

function runnerWith(communication: WebhookCommunication): MakeRunner {
  const app: LoadedApp = {
    ...miniApp({ modules: [{ id: 'instant', type: 'instant_trigger', webhook: 'hook' }] }),
    webhooks: new Map([
      ['hook', { params: [{ name: 'events', type: 'select', multiple: true, options: [] }], communication }],
    ]),
  }
  return new MakeRunner({ app, connection: { apiKey: 'k' } })
}

const event = { eventName: 'person.created', record: { id: 'p1' } }

describe('a webhook receiving a request', () => {
  it('outputs one bundle per request and answers with respond', () => {
    const runner = runnerWith({
      output: {
        event: '{{body.eventName}}',
        id: '{{body.record.id}}',
        signed: '{{headers.`x-twenty-webhook-signature`}}',
      },
      respond: { status: 200, type: 'json', body: { received: true } },
    })
    const result = runner.receiveWebhook('hook', {
      body: event,
      headers: { 'X-Twenty-Webhook-Signature': 'abc' },
    })
    expect(result.bundles).toEqual([{ event: 'person.created', id: 'p1', signed: 'abc' }])
    expect(result.reply).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { received: true },
    })
    expect(runner.runInstantTrigger('instant', result.bundles[0])).toEqual(result.bundles)
  })

  it('drops a request its condition refuses but still answers it', () => {
    const runner = runnerWith({ condition: "{{contains(body.eventName, '.')}}", output: '{{body}}' })
    const result = runner.receiveWebhook('hook', { body: { hello: 'world' }, headers: {} })
    expect(result.bundles).toEqual([])
    expect(result.reply.status).toBe(200)
  })

  it('answers a verification request without outputting a bundle', () => {
    const runner = runnerWith({
      verification: {
        condition: '{{body.challenge}}',
        respond: { status: 200, type: 'text', body: '{{body.challenge}}' },
      },
      output: '{{body}}',
    })
    const result = runner.receiveWebhook('hook', { body: { challenge: 'c-123' }, headers: {} })
    expect(result).toEqual({
      bundles: [],
      reply: { status: 200, headers: { 'content-type': 'text/plain' }, body: 'c-123' },
    })
  })

  it('outputs one bundle per item when iterating a batch', () => {
    const runner = runnerWith({ iterate: '{{body.events}}', output: '{{item.eventName}}' })
    const result = runner.receiveWebhook('hook', {
      body: { events: [event, { ...event, eventName: 'person.updated' }] },
      headers: {},
    })
    expect(result.bundles).toEqual(['person.created', 'person.updated'])
    expect(result.reply).toEqual({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'Accepted' })
  })
})
