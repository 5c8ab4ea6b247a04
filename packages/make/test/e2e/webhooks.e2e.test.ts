import { createHash } from 'node:crypto'
import { verifyWebhook } from 'twenty-sdk/webhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { twentyApp } from '../../src/definition/twenty-app.js'
import type { MakeRunner } from '../../src/runner/runner.js'
import type { LogEntry } from '../../src/runner/sanitize.js'
import { createTwentyRunner } from '../../src/runner/twenty-runner.js'
import { type Harness, startHarness } from './harness.js'
import { startHookReceiver } from './hook-receiver.js'

const UUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301'
const EXPECTED_SECRET = createHash('sha256').update(UUID).digest('hex')
const EVENTS = { events: ['person.created', 'opportunity.updated'] }

let h: Harness
let runner: MakeRunner
let receiver: Awaited<ReturnType<typeof startHookReceiver>>
const log: LogEntry[] = []
let hookData: Record<string, unknown>

beforeAll(async () => {
  h = await startHarness()
  runner = await createTwentyRunner({
    connection: { apiKey: h.sandbox.apiKey, baseUrl: h.sandbox.url },
    fetch: (input, init) => fetch(input, init),
    log: (entry) => log.push(entry),
    uuid: () => UUID,
  })
  receiver = await startHookReceiver(runner, 'recordEvents', 'watchRecordEvents', EVENTS)
})
afterAll(async () => {
  await receiver.close()
  await h.close()
})

describe('Watch record events (an attached dedicated webhook)', () => {
  it("registers the hook URL in Twenty for the chosen events, with a generated secret, and keeps Twenty's id", async () => {
    hookData = await runner.attachWebhook('recordEvents', receiver.url, EVENTS)
    const [registered] = await h.twenty.webhooks.list()
    expect(hookData).toEqual({ id: registered?.id })
    expect(registered).toMatchObject({
      targetUrl: receiver.url,
      operations: EVENTS.events,
      description: 'Make scenario',
    })
    expect(JSON.stringify(log)).not.toContain(EXPECTED_SECRET)
  })

  it('outputs one bundle per chosen event, from a delivery Twenty signed with the generated secret', async () => {
    const person = await h.twenty.people.create({ name: { firstName: 'Linh', lastName: 'Nguyen' } })
    await h.sandbox.webhooks.idle()
    const [reception] = receiver.receptions
    expect(reception?.bundles).toEqual([
      {
        eventName: 'person.created',
        objectName: 'person',
        action: 'created',
        recordId: person.id,
        record: expect.objectContaining({ id: person.id, name: { firstName: 'Linh', lastName: 'Nguyen' } }),
        person: expect.objectContaining({ id: person.id, name: { firstName: 'Linh', lastName: 'Nguyen' } }),
        company: null,
        opportunity: null,
        task: null,
        note: null,
        eventDate: expect.any(String),
        webhookId: hookData.id,
        workspaceId: h.sandbox.workspace.id,
      },
    ])
    const headers = Object.fromEntries(
      Object.entries(reception?.headers ?? {}).map(([key, value]) => [key, String(value)]),
    )
    expect(
      verifyWebhook({ payload: reception?.rawBody ?? '', headers, secret: EXPECTED_SECRET }),
    ).toMatchObject({ eventName: 'person.created' })
  })

  it('carries the updated field names of an update event', async () => {
    const deal = await h.twenty.opportunities.create({ name: 'Wholesale', stage: 'PROPOSAL' })
    await h.twenty.opportunities.update(deal.id, { stage: 'CUSTOMER' })
    await h.sandbox.webhooks.idle()
    const bundle = receiver.receptions.at(-1)?.bundles[0] as Record<string, unknown>
    expect(bundle).toMatchObject({
      eventName: 'opportunity.updated',
      action: 'updated',
      recordId: deal.id,
      updatedFields: ['stage'],
    })
    expect(receiver.receptions).toHaveLength(2)
  })

  it('outputs the record a second time under its object, declared field by field, so a filter can map its stage', async () => {
    const bundle = receiver.receptions.at(-1)?.bundles[0] as Record<string, unknown>
    expect(bundle).toMatchObject({
      opportunity: { id: bundle.recordId, name: 'Wholesale', stage: 'CUSTOMER' },
      person: null,
      company: null,
      task: null,
      note: null,
    })
    const declared = twentyApp.modules.find((module) => module.id === 'watchRecordEvents')?.interface ?? []
    const opportunity = declared.find((field) => field.name === 'opportunity')
    expect(opportunity).toMatchObject({ type: 'collection', label: 'Opportunity' })
    expect(opportunity?.spec).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'stage', label: 'Stage' })]),
    )
  })

  it("answers Twenty with the webhook's reply", async () => {
    const delivery = h.sandbox.webhooks.deliveries.at(-1)
    expect(delivery?.status).toBe(200)
  })

  it('removes the hook from Twenty on detach, so later changes are not delivered', async () => {
    await runner.detachWebhook('recordEvents', hookData, EVENTS)
    expect(await h.twenty.webhooks.list()).toEqual([])
    expect(log.at(-1)?.request).toMatchObject({
      method: 'DELETE',
      url: `${h.sandbox.url}/rest/metadata/webhooks/${hookData.id}`,
    })
    await h.twenty.people.create({ name: { firstName: 'After', lastName: 'Detach' } })
    await h.sandbox.webhooks.idle()
    expect(receiver.receptions).toHaveLength(2)
  })

  it('ignores a request that is not a Twenty event', () => {
    const { bundles, reply } = runner.receiveWebhook(
      'recordEvents',
      { body: { hello: 'world' }, headers: {} },
      EVENTS,
    )
    expect(bundles).toEqual([])
    expect(reply.status).toBe(200)
  })
})
