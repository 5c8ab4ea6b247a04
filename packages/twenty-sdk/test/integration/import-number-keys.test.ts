import { type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'

let sandbox: Sandbox
let twenty: TwentyClient

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    seed: false,
    customObjects: [
      { singular: 'shipment', plural: 'shipments', fields: { legacyId: 'NUMBER', carrier: 'TEXT' } },
    ],
  })
  twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url, rateLimit: false, retry: false })
})
afterAll(() => sandbox.close())

it('imports rows keyed by a NUMBER field and matches them on a re-run, instead of skipping every row as keyless', async () => {
  const shipments = twenty.records('shipments', { singular: 'shipment' })
  const rows = [
    { legacyId: 1001, name: 'First', carrier: 'DHL' },
    { legacyId: 1002, name: 'Second', carrier: 'UPS' },
    { legacyId: 1001, name: 'First again', carrier: 'DHL' },
  ]
  const first = await shipments.importMany(rows, { keyBy: 'legacyId' })
  expect(first.counts).toMatchObject({ created: 2, skipped: 1, failed: 0 })
  expect(first.skipped[0]).toMatchObject({ index: 2, duplicateOf: 0 })

  const again = await shipments.importMany(
    [
      { legacyId: 1001, name: 'First', carrier: 'FedEx' },
      { legacyId: 1002, name: 'Second', carrier: 'UPS' },
    ],
    { keyBy: 'legacyId' },
  )
  expect(again.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
  expect((await shipments.list()).totalCount).toBe(2)
})
