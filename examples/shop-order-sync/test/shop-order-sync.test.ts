import { readFile } from 'node:fs/promises'
import { type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ShopifyOrder } from '../src/shopify-order.js'
import { syncOrder } from '../src/sync-order.js'

let sandbox: Sandbox
let twenty: TwentyClient

beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: false })
  twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
})

afterEach(() => sandbox.close())

const order = async (name: string): Promise<ShopifyOrder> =>
  JSON.parse(await readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'))

describe('shop-order-sync', () => {
  it('turns a paid VND order into a person with a +84 phone and a won opportunity of 1,250,000 VND in micros', async () => {
    const result = await syncOrder(twenty, await order('order-1001-vnd-paid.json'))

    expect(result).toMatchObject({ status: 'synced', order: '#1001', warnings: [] })
    const [person] = sandbox.records('people')
    expect(person).toMatchObject({
      name: { firstName: 'Minh', lastName: 'Trần Văn' },
      emails: { primaryEmail: 'minh.tran@example.com' },
      phones: {
        primaryPhoneNumber: '903123456',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      city: 'Hà Nội',
    })
    expect(sandbox.records('opportunities')).toEqual([
      expect.objectContaining({
        name: 'Shopify order #1001',
        amount: { amountMicros: 1_250_000_000_000, currencyCode: 'VND' },
        stage: 'CUSTOMER',
        closeDate: '2025-06-12T02:41:07.000Z',
        pointOfContactId: person?.id,
      }),
    ])
  })

  it('keeps a pending USD order in USD with exact cents, as a PROPOSAL', async () => {
    await syncOrder(twenty, await order('order-1002-usd-pending.json'))

    expect(sandbox.records('opportunities')).toEqual([
      expect.objectContaining({
        amount: { amountMicros: 84_970_000, currencyCode: 'USD' },
        stage: 'PROPOSAL',
      }),
    ])
    expect(sandbox.records('people')[0]?.phones).toMatchObject({
      primaryPhoneNumber: '4155550132',
      primaryPhoneCallingCode: '+1',
    })
  })

  it('updates the same opportunity when the order comes back paid and refunded in part, never duplicating it', async () => {
    const pending = await order('order-1002-usd-pending.json')
    const first = await syncOrder(twenty, pending)
    const paid = await syncOrder(twenty, { ...pending, financial_status: 'paid' })
    const refunded = await syncOrder(twenty, {
      ...pending,
      financial_status: 'partially_refunded',
      current_total_price: '59.99',
    })

    expect(paid).toEqual(first)
    expect(refunded).toEqual(first)
    expect(sandbox.records('people')).toHaveLength(1)
    expect(sandbox.records('opportunities')).toEqual([
      expect.objectContaining({
        amount: { amountMicros: 59_990_000, currencyCode: 'USD' },
        stage: 'CUSTOMER',
      }),
    ])
  })

  it('links two orders of one customer to the same person', async () => {
    const first = await order('order-1001-vnd-paid.json')
    await syncOrder(twenty, first)
    await syncOrder(twenty, {
      ...first,
      id: first.id + 1,
      name: '#1004',
      total_price: '420000',
      current_total_price: '420000',
    })

    const [person, ...others] = sandbox.records('people')
    expect(others).toEqual([])
    expect(sandbox.records('opportunities').map((deal) => [deal.name, deal.pointOfContactId])).toEqual([
      ['Shopify order #1001', person?.id],
      ['Shopify order #1004', person?.id],
    ])
  })

  it('stores the order without the phone, with a warning, when the phone cannot be read', async () => {
    const withTypo = await order('order-1001-vnd-paid.json')
    withTypo.billing_address = { ...withTypo.billing_address, phone: '090 312' }

    const result = await syncOrder(twenty, withTypo)

    expect(result).toMatchObject({
      status: 'synced',
      warnings: [expect.stringMatching(/^phone left out: "090 312"/)],
    })
    expect(sandbox.records('people')[0]?.phones).toMatchObject({ primaryPhoneNumber: '' })
    expect(sandbox.records('opportunities')).toHaveLength(1)
  })

  it('skips an order without a customer email and writes nothing', async () => {
    const result = await syncOrder(twenty, await order('order-1003-pos-no-email.json'))

    expect(result).toEqual({
      status: 'skipped',
      order: '#1003',
      reason: 'no customer email to match a person on',
    })
    expect(sandbox.records('people')).toEqual([])
    expect(sandbox.records('opportunities')).toEqual([])
  })
})
