// `pnpm start`: on the embedded sandbox, subscribes a webhook, wins two sample deals and prints the invoices
// written. Against a real workspace (TWENTY_API_* set) it needs PUBLIC_URL, the address at which Twenty reaches
// this receiver; it then runs until Ctrl-C, invoicing every deal moved to the won stage, and unsubscribes on exit.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { generateWebhookSecret } from 'twenty-sdk'
import { connect } from './connect.js'
import { createInvoiceReceiver, WEBHOOK_PATH } from './invoice-receiver.js'
import { formatMoney } from './render-invoice-html.js'
import { winSampleDeals } from './sample-deals.js'

const outDir = resolve(process.env.INVOICE_DIR ?? 'invoices')
const publicUrl = process.env.PUBLIC_URL?.replace(/\/+$/, '')
// Checked before connecting: node:net would throw ERR_SOCKET_BAD_PORT with a stack trace, and an empty PORT would
// read as 0, a port the OS picks, which PUBLIC_URL cannot name.
const port = process.env.PORT ?? '3002'
if (!/^\d+$/.test(port) || Number(port) > 65535) {
  console.error(`PORT must be a port number from 0 to 65535, not ${JSON.stringify(port)}`)
  process.exit(2)
}
const { twenty, target, sandbox, close } = await connect()
if (!sandbox && !publicUrl) {
  console.error(
    'Set PUBLIC_URL to where your Twenty server can reach this machine (a tunnel or reverse proxy).',
  )
  await close()
  process.exit(2)
}

// A fresh secret per run, given to both sides; Twenty signs every delivery with it.
const secret = generateWebhookSecret()
const app = createInvoiceReceiver({
  twenty,
  secret,
  outDir,
  wonStage: process.env.WON_STAGE,
  onInvoice: ({ invoice, htmlPath }) =>
    console.log(
      `✓ ${invoice.number} ${invoice.billTo.company}: ${formatMoney(invoice.total.amount, invoice.total.currencyCode)} → ${htmlPath}`,
    ),
})
const server = app.listen(sandbox ? 0 : Number(port), '127.0.0.1')
await once(server, 'listening')
const localUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const webhook = await twenty.webhooks.create({
  targetUrl: `${publicUrl ?? localUrl}${WEBHOOK_PATH}`,
  operations: ['opportunity.created', 'opportunity.updated'],
  description: 'deal-won-invoice example',
  secret,
})
const stop = async () => {
  await twenty.webhooks.delete(webhook.id)
  server.close()
  await close()
}

if (sandbox) {
  console.log(`Winning two sample deals on ${target}; invoices go to ${outDir}`)
  await winSampleDeals(twenty)
  await sandbox.webhooks.idle()
  await stop()
} else {
  console.log(
    `Listening on ${localUrl}${WEBHOOK_PATH} for ${target}; move a deal to the won stage. Ctrl-C to stop.`,
  )
  // SIGTERM too: service managers and `docker stop` send it, and a webhook left behind keeps delivering
  // events signed with a secret no running receiver knows.
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (stopping) return
      stopping = true
      void stop()
    })
  }
}
