import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TwentyClient } from 'twenty-sdk'
import { isOpportunityWon, type TwentyWebhookEvent, twentyWebhookMiddleware } from 'twenty-sdk/webhooks'
import type { CleanUpLedger, LedgerEntry } from '../clean-up-ledger.js'
import type { Report } from '../report.js'
import { DEMO_TAG } from './sdk-walk.js'

/** The section's title, also printed when a real workspace skips it. */
export const WEBHOOK_SECTION = '3. Webhooks: signed deliveries, verified with twenty-sdk/webhooks'

/**
 * Subscribes a local receiver with a generated secret, changes records, and shows the signed deliveries it
 * verified, then a tampered replay being refused. `settle` waits until the server has sent what it queued.
 */
export async function webhookWalk(
  twenty: TwentyClient,
  report: Report,
  settle: () => Promise<void>,
  ledger: CleanUpLedger,
): Promise<void> {
  report.section(WEBHOOK_SECTION)
  const events: TwentyWebhookEvent[] = []
  const rawDeliveries: { body: string; headers: Record<string, string> }[] = []
  // The middleware is built once the webhook (and so its secret) exists; nothing is delivered before that.
  let verify: ReturnType<typeof twentyWebhookMiddleware> | undefined
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]))
      rawDeliveries.push({ body: Buffer.concat(chunks).toString('utf8'), headers })
    })
    if (verify) void verify(request, response)
    else response.writeHead(503).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/twenty`
  try {
    const hook = await report.step(
      'subscribe a receiver (secret generated)',
      () =>
        twenty.webhooks.create({
          targetUrl: receiverUrl,
          operations: ['person.created', 'opportunity.updated'],
          description: DEMO_TAG,
        }),
      (h) => `${h.operations.join(', ')}; secret ${h.secret.length} hex chars, never empty`,
    )
    ledger.register('webhooks', hook.id)
    verify = twentyWebhookMiddleware({ secret: hook.secret, onEvent: (event) => void events.push(event) })
    const person = await twenty.people.create({
      id: ledger.reserve('people'),
      name: { firstName: 'Webhook', lastName: `Walk (${DEMO_TAG})` },
    })
    const deal = await twenty.opportunities.create({
      id: ledger.reserve('opportunities'),
      name: `Webhook deal (${DEMO_TAG})`,
      stage: 'PROPOSAL',
    })
    await twenty.opportunities.update(deal.id, { stage: 'CUSTOMER' })
    await settle()
    await report.step(
      'receive and verify the deliveries',
      async () => events,
      (list) => list.map((event) => event.eventName).join(', ') || 'none',
    )
    await report.step(
      'spot the won deal from field names only',
      async () => events.find((event) => isOpportunityWon(event)),
      (event) => (event ? `won: ${(event.record as { name?: string }).name}` : 'no won deal seen'),
    )
    await report.step(
      'refuse a tampered replay',
      async () => {
        const original = rawDeliveries[0]
        if (!original) return 'no delivery to replay'
        const { 'content-length': _length, host: _host, ...headers } = original.headers
        const answer = await fetch(receiverUrl, {
          method: 'POST',
          headers,
          body: original.body.replace('Webhook', 'Forged'),
        })
        return `${answer.status} ${((await answer.json()) as { error: string }).error}`
      },
      (answer) => answer,
    )
    await report.step(
      'unsubscribe and clean up',
      async () => {
        const own: LedgerEntry[] = [
          { object: 'webhooks', id: hook.id },
          { object: 'opportunities', id: deal.id },
          { object: 'people', id: person.id },
        ]
        const { left } = await ledger.destroy(own)
        if (left.length > 0)
          throw new Error(
            `${left.length} of ${own.length} could not be deleted; the final clean-up tries again`,
          )
      },
      () => 'webhook deleted, records destroyed',
    )
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}
