import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { generateWebhookSecret, type OpportunityStage, TwentyClient } from 'twenty-sdk'
import { toMoney } from 'twenty-sdk/mapping'
import { signWebhook } from 'twenty-sdk/webhooks'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Invoice } from '../src/invoice.js'
import { createInvoiceReceiver, WEBHOOK_PATH } from '../src/invoice-receiver.js'

let sandbox: Sandbox
let twenty: TwentyClient
let server: Server
let receiverUrl: string
let outDir: string

beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: false })
  twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
  outDir = await mkdtemp(join(tmpdir(), 'deal-won-invoice-'))
  const secret = generateWebhookSecret()
  server = createInvoiceReceiver({ twenty, secret, outDir }).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`
  await twenty.webhooks.create({
    targetUrl: receiverUrl,
    operations: ['opportunity.created', 'opportunity.updated'],
    secret,
  })
})

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
  await sandbox.close()
  await rm(outDir, { recursive: true, force: true })
})

async function createDeal(
  name: string,
  amount: { value: string; currency: string },
  stage: OpportunityStage,
) {
  const company = await twenty.companies.create({
    name: 'Saigon Coffee Roasters <HCMC>',
    address: {
      addressStreet1: '12 Lê Lợi',
      addressCity: 'Hồ Chí Minh',
      addressPostcode: '700000',
      addressCountry: 'Vietnam',
    },
  })
  const contact = await twenty.people.create({
    name: { firstName: 'Lan', lastName: 'Nguyễn Thị' },
    emails: { primaryEmail: 'lan.nguyen@example.com' },
    companyId: company.id,
  })
  return twenty.opportunities.create({
    name,
    amount: toMoney(amount.value, amount.currency, { decimalSeparator: '.' }),
    stage,
    companyId: company.id,
    pointOfContactId: contact.id,
  })
}

async function wonDeal(id: string) {
  await twenty.opportunities.update(id, { stage: 'CUSTOMER' })
  await sandbox.webhooks.idle()
}

describe('deal-won-invoice', () => {
  it('writes a JSON and an HTML invoice with the company and the exact VND amount when a deal moves to CUSTOMER', async () => {
    const deal = await createDeal(
      'Espresso machines, 12 branches',
      { value: '250000000', currency: 'VND' },
      'PROPOSAL',
    )
    await wonDeal(deal.id)

    const number = `INV-${deal.id.slice(0, 8).toUpperCase()}`
    expect((await readdir(outDir)).sort()).toEqual([`${number}.html`, `${number}.json`])
    const invoice = JSON.parse(await readFile(join(outDir, `${number}.json`), 'utf8')) as Invoice
    expect(invoice).toMatchObject({
      number,
      opportunityId: deal.id,
      billTo: {
        company: 'Saigon Coffee Roasters <HCMC>',
        address: ['12 Lê Lợi', 'Hồ Chí Minh 700000', 'Vietnam'],
        contact: 'Lan Nguyễn Thị',
        email: 'lan.nguyen@example.com',
      },
      lines: [{ description: 'Espresso machines, 12 branches', amount: '250000000' }],
      total: { amount: '250000000', amountMicros: 250_000_000_000_000, currencyCode: 'VND' },
    })
    const html = await readFile(join(outDir, `${number}.html`), 'utf8')
    expect(html).toContain('Saigon Coffee Roasters &lt;HCMC&gt;')
    expect(html).toContain('250.000.000')
  })

  it('keeps the cents of a USD deal exact on the invoice', async () => {
    const deal = await createDeal('Annual support plan', { value: '1234.56', currency: 'USD' }, 'MEETING')
    await wonDeal(deal.id)

    const invoice = JSON.parse(
      await readFile(join(outDir, `INV-${deal.id.slice(0, 8).toUpperCase()}.json`), 'utf8'),
    )
    expect(invoice.total).toEqual({ amount: '1234.56', amountMicros: 1_234_560_000, currencyCode: 'USD' })
    expect(await readFile(join(outDir, `${invoice.number}.html`), 'utf8')).toContain('$1,234.56')
  })

  const wonInvoice = async (name: string, amount: { value: string; currency: string }) => {
    const deal = await createDeal(name, amount, 'MEETING')
    await wonDeal(deal.id)
    const number = `INV-${deal.id.slice(0, 8).toUpperCase()}`
    const json = JSON.parse(await readFile(join(outDir, `${number}.json`), 'utf8')) as Invoice
    return { total: json.total.amount, html: await readFile(join(outDir, `${number}.html`), 'utf8') }
  }

  it('prints a BHD amount with more than the 3 digits the currency uses exactly as the JSON holds it', async () => {
    const invoice = await wonInvoice('Roastery audit', { value: '1.234567', currency: 'BHD' })

    expect(invoice.total).toBe('1.234567')
    expect(invoice.html).toContain('BHD\u00a01.234567<')
  })

  it('prints a USD amount with a fraction of a cent exactly, never rounded to the cent', async () => {
    const invoice = await wonInvoice('Sample beans', { value: '10.005', currency: 'USD' })

    expect(invoice.total).toBe('10.005')
    expect(invoice.html).toContain('$10.005<')
  })

  it('keeps the currency minor digits of a round amount on the invoice', async () => {
    const deal = await createDeal('Annual support plan', { value: '18500', currency: 'USD' }, 'MEETING')
    await wonDeal(deal.id)

    const html = await readFile(join(outDir, `INV-${deal.id.slice(0, 8).toUpperCase()}.html`), 'utf8')
    expect(html).toContain('$18,500.00')
  })

  it('writes no invoice when a deal moves to a stage other than CUSTOMER', async () => {
    const deal = await createDeal('Cold brew pilot', { value: '15000000', currency: 'VND' }, 'SCREENING')
    await twenty.opportunities.update(deal.id, { stage: 'PROPOSAL' })
    await sandbox.webhooks.idle()

    expect(sandbox.webhooks.deliveries.map((delivery) => delivery.status)).toEqual([204, 204])
    expect(await readdir(outDir)).toEqual([])
  })

  it('acknowledges a deal moved to CUSTOMER while in the trash and writes no invoice for it', async () => {
    const deal = await createDeal('Cancelled rollout', { value: '42000000', currency: 'VND' }, 'PROPOSAL')
    await twenty.opportunities.delete(deal.id)
    // Twenty's update by id reaches a trashed record, and its event says it was won.
    await twenty.opportunities.update(deal.id, { stage: 'CUSTOMER' })
    await sandbox.webhooks.idle()

    expect(sandbox.webhooks.deliveries.map((delivery) => delivery.status)).toEqual([204, 204])
    expect(await readdir(outDir)).toEqual([])
  })

  it('answers 400 to a won event signed with another secret and writes no invoice', async () => {
    const deal = await createDeal('Forged deal', { value: '999000000', currency: 'VND' }, 'PROPOSAL')
    const payload = JSON.stringify({
      eventName: 'opportunity.updated',
      record: { ...deal, stage: 'CUSTOMER' },
      updatedFields: ['stage'],
      objectMetadata: { id: 'forged', nameSingular: 'opportunity' },
      workspaceId: sandbox.workspace.id,
      webhookId: 'forged',
      eventDate: new Date().toISOString(),
    })

    const response = await fetch(receiverUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signWebhook({ payload, secret: generateWebhookSecret() }),
      },
      body: payload,
    })

    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'signature_mismatch' })
    expect(await readdir(outDir)).toEqual([])
  })
})
