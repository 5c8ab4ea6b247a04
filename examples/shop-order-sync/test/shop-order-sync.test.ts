import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
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

  it('links an order from a customer deleted in the CRM to that person, restored, and says so', async () => {
    const deleted = await twenty.people.create({
      name: { firstName: 'Minh', lastName: 'Trần Văn' },
      emails: { primaryEmail: 'minh.tran@example.com' },
    })
    await twenty.people.delete(deleted.id)

    const result = await syncOrder(twenty, await order('order-1001-vnd-paid.json'))

    expect(result).toMatchObject({
      status: 'synced',
      personId: deleted.id,
      warnings: ['customer minh.tran@example.com was in the trash and is restored'],
    })
    expect(sandbox.records('opportunities')).toEqual([
      expect.objectContaining({ pointOfContactId: deleted.id }),
    ])
  })

  it('says so when a later version of an order restores its opportunity from the trash', async () => {
    const pending = await order('order-1002-usd-pending.json')
    const { opportunityId } = (await syncOrder(twenty, pending)) as { opportunityId: string }
    await twenty.opportunities.delete(opportunityId)

    const result = await syncOrder(twenty, { ...pending, financial_status: 'paid' })

    expect(result).toMatchObject({
      status: 'synced',
      opportunityId,
      warnings: ['opportunity Shopify order #1002 was in the trash and is restored'],
    })
    expect(sandbox.records('opportunities')).toEqual([expect.objectContaining({ stage: 'CUSTOMER' })])
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

  it('keeps the stored name of a known customer when a later order of theirs carries no names', async () => {
    const first = await order('order-1001-vnd-paid.json')
    await syncOrder(twenty, first)

    const result = await syncOrder(twenty, {
      ...first,
      id: first.id + 1,
      name: '#1005',
      customer: null,
      billing_address: null,
    })

    expect(result).toMatchObject({ status: 'synced' })
    expect(sandbox.records('people')).toEqual([
      expect.objectContaining({ name: { firstName: 'Minh', lastName: 'Trần Văn' } }),
    ])
  })

  it('matches the customer on customer.email when the order email is an empty string', async () => {
    const withEmptyEmail = { ...(await order('order-1001-vnd-paid.json')), email: '' }

    const result = await syncOrder(twenty, withEmptyEmail)

    expect(result).toMatchObject({ status: 'synced', order: '#1001' })
    expect(sandbox.records('people')).toEqual([
      expect.objectContaining({ emails: expect.objectContaining({ primaryEmail: 'minh.tran@example.com' }) }),
    ])
  })

  it('refuses an order whose processed_at is not a date, naming the field, before writing anything for it', async () => {
    const undated = {
      ...(await order('order-1001-vnd-paid.json')),
      processed_at: null,
    } as unknown as ShopifyOrder

    const result = await syncOrder(twenty, undated)

    expect(result).toEqual({
      status: 'invalid',
      order: '#1001',
      reason: expect.stringMatching(/^processed_at: null is not a valid date/),
    })
    expect(sandbox.records('people')).toEqual([])
    expect(sandbox.records('opportunities')).toEqual([])
  })
})

describe('shop-order-sync start', () => {
  const run = promisify(execFile)
  const exampleDir = fileURLToPath(new URL('..', import.meta.url))
  let dir: string

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shop-order-sync-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('reports a bad order on its own line, syncs the orders after it and exits with 1', async () => {
    const bad = join(dir, 'order-1005-bad-date.json')
    await writeFile(
      bad,
      JSON.stringify({ ...(await order('order-1001-vnd-paid.json')), name: '#1005', processed_at: null }),
    )
    const fixture = (name: string) => join(exampleDir, 'fixtures', name)
    const { TWENTY_API_KEY: _key, TWENTY_API_URL: _url, ...env } = process.env

    const outcome = await run(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', bad, fixture('order-1002-usd-pending.json')],
      { cwd: exampleDir, env },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )

    expect(outcome.code).toBe(1)
    expect(outcome.stdout).toMatch(/^✗ #1005 not synced: processed_at: null is not a valid date/m)
    expect(outcome.stdout).toMatch(/^✓ #1002 → PROPOSAL 84\.97 USD, Emily Carter/m)
    expect(outcome.stderr).not.toMatch(/TwentyMappingError|\n\s+at /)
  }, 30_000)

  it('syncs orders saved from the Admin API, wrapped in "order" or listed in "orders", as the webhook body is', async () => {
    const single = join(dir, 'order-1001.json')
    const list = join(dir, 'orders.json')
    await writeFile(single, JSON.stringify({ order: await order('order-1001-vnd-paid.json') }))
    await writeFile(list, JSON.stringify({ orders: [await order('order-1002-usd-pending.json')] }))
    const { TWENTY_API_KEY: _key, TWENTY_API_URL: _url, ...env } = process.env

    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', single, list], {
      cwd: exampleDir,
      env,
    })

    expect(stdout).toMatch(/^Syncing 2 Shopify orders/m)
    expect(stdout).toMatch(/^✓ #1001 → CUSTOMER 1250000 VND/m)
    expect(stdout).toMatch(/^✓ #1002 → PROPOSAL 84\.97 USD/m)
  }, 30_000)

  it('refuses a JSON file that holds no Shopify order with exit code 2, before syncing anything', async () => {
    const customer = join(dir, 'customer.json')
    await writeFile(customer, JSON.stringify({ customer: { id: 7219844661307, email: 'lan@example.com' } }))
    const { TWENTY_API_KEY: _key, TWENTY_API_URL: _url, ...env } = process.env

    const outcome = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/main.ts',
        join(exampleDir, 'fixtures', 'order-1002-usd-pending.json'),
        customer,
      ],
      { cwd: exampleDir, env },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )

    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(`Cannot read the order in ${customer} (no Shopify order in it)`)
    expect(outcome.stdout).not.toMatch(/Syncing|undefined/)
  }, 30_000)
})
