import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordEvents } from '../../src/definition/webhooks/record-events.js'
import type { MakeRunner } from '../../src/runner/runner.js'
import { createTwentyRunner } from '../../src/runner/twenty-runner.js'
import { type Harness, startHarness } from './harness.js'
import { startHookReceiver } from './hook-receiver.js'

// Twenty sends `deleted` for a move to the trash and `destroyed` for a deletion for good (the API's default
// DELETE), then `restored`: a scenario watching deletions must be able to choose each.
const EVENTS = { events: ['company.deleted', 'company.restored', 'company.destroyed'] }

let h: Harness
let runner: MakeRunner
let receiver: Awaited<ReturnType<typeof startHookReceiver>>

beforeAll(async () => {
  h = await startHarness()
  runner = await createTwentyRunner({
    connection: { apiKey: h.sandbox.apiKey, baseUrl: h.sandbox.url },
    fetch: (input, init) => fetch(input, init),
  })
  receiver = await startHookReceiver(runner, 'recordEvents', 'watchRecordEvents', EVENTS)
})
afterAll(async () => {
  await receiver.close()
  await h.close()
})

describe('Watch record events on deletions', () => {
  it('offers a move to the trash, a deletion for good and a restore as events, each labelled in sentence case with what it means', () => {
    const [events] = (recordEvents.params ?? []) as { options: { label: string; value: string }[] }[]
    const options = events?.options ?? []
    expect(options.filter((option) => option.value.startsWith('company.'))).toEqual([
      { label: 'Company created', value: 'company.created' },
      { label: 'Company updated', value: 'company.updated' },
      { label: 'Company deleted (moved to the trash)', value: 'company.deleted' },
      { label: 'Company destroyed (deleted for good)', value: 'company.destroyed' },
      { label: 'Company restored from the trash', value: 'company.restored' },
    ])
  })

  it('outputs a move to the trash, a restore and a deletion for good, each as its own action', async () => {
    await runner.attachWebhook('recordEvents', receiver.url, EVENTS)
    const company = await h.twenty.companies.create({ name: 'Short-lived Co' })
    await h.twenty.companies.delete(company.id)
    await h.twenty.companies.restore(company.id)
    await h.twenty.companies.destroy(company.id)
    await h.sandbox.webhooks.idle()
    const actions = receiver.receptions.flatMap((reception) =>
      (reception.bundles as { action: string; recordId: string }[]).map((bundle) => [
        bundle.action,
        bundle.recordId,
      ]),
    )
    expect(actions).toEqual([
      ['deleted', company.id],
      ['restored', company.id],
      ['destroyed', company.id],
    ])
  })
})
