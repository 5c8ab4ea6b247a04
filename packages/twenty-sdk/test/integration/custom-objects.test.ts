import { type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'

let sandbox: Sandbox
let twenty: TwentyClient

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    seed: false,
    customObjects: [
      {
        singular: 'cactus',
        plural: 'cacti',
        fields: { species: 'TEXT', height: 'NUMBER', tag: { type: 'TEXT', unique: true } },
      },
    ],
  })
  twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url, rateLimit: false, retry: false })
})
afterAll(() => sandbox.close())

describe('a custom object with an irregular plural, through records()', () => {
  it('creates, lists, filters, updates and deletes cacti, reading envelopes named after the singular', async () => {
    const cacti = twenty.records('cacti', { singular: 'cactus' })
    const saguaro = await cacti.create({ name: 'Saguaro', species: 'Carnegiea gigantea', height: 12 })
    expect(saguaro).toMatchObject({ name: 'Saguaro', height: 12 })
    await cacti.createMany([
      { name: 'Barrel', height: 1 },
      { name: 'Cholla', height: 2 },
    ])
    const tall = await cacti.list({ filter: { height: { gte: 2 } }, orderBy: { height: 'DescNullsLast' } })
    expect(tall.data.map((cactus) => cactus.name)).toEqual(['Saguaro', 'Cholla'])
    expect((await cacti.update(saguaro.id, { height: 13 })).height).toBe(13)
    expect(await cacti.delete(saguaro.id)).toEqual({ id: saguaro.id })
  })

  it('imports cacti keyed by a unique field, and finds them again on a re-run', async () => {
    const cacti = twenty.records('cacti', { singular: 'cactus' })
    const rows = [
      { tag: 'C-1', name: 'Prickly pear', height: 3 },
      { tag: 'C-2', name: 'Golden barrel', height: 1 },
    ]
    expect((await cacti.importMany(rows, { keyBy: 'tag' })).counts).toMatchObject({ created: 2, failed: 0 })
    const again = await cacti.importMany([{ ...rows[0], height: 4 }, rows[1]], { keyBy: 'tag' })
    expect(again.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
  })
})
