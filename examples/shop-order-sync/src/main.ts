// `pnpm start`: syncs the sample Shopify orders in fixtures/ (or the order JSON files given as arguments) and
// prints what each became. In production, call syncOrder from your `orders/create` and `orders/updated`
// webhook handler after checking Shopify's X-Shopify-Hmac-Sha256 header.
import { readdir, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromMicros } from 'twenty-sdk/mapping'
import { connect } from './connect.js'
import { ordersIn, type ShopifyOrder } from './shopify-order.js'
import { syncOrder } from './sync-order.js'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const files = process.argv.slice(2).filter((arg) => arg !== '--')
const paths = files.length > 0 ? files : (await readdir(fixtures)).sort().map((name) => `${fixtures}${name}`)
// Every file is read before anything is written, so a wrong path costs nothing and names the file tried.
const orders: ShopifyOrder[] = []
for (const path of paths) {
  let found: ShopifyOrder[] | undefined
  let reason = 'no Shopify order in it'
  try {
    found = ordersIn(JSON.parse(await readFile(path, 'utf8')))
  } catch (error) {
    reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
  }
  if (!found) {
    console.error(
      `Cannot read the order in ${resolve(path)} (${reason}); give the path of an order JSON file.`,
    )
    process.exit(2)
  }
  orders.push(...found)
}

const { twenty, target, close } = await connect()
console.log(`Syncing ${orders.length} Shopify orders into ${target}`)
try {
  for (const order of orders) {
    const result = await syncOrder(twenty, order)
    if (result.status === 'skipped') {
      console.log(`– ${result.order} skipped: ${result.reason}`)
      continue
    }
    if (result.status === 'invalid') {
      // Nothing was written for it; the run goes on and its exit code says that an order needs fixing.
      console.log(`✗ ${result.order} not synced: ${result.reason}`)
      process.exitCode = 1
      continue
    }
    const deal = await twenty.opportunities.get(result.opportunityId, { depth: 1 })
    const who = deal.pointOfContact
    console.log(
      `✓ ${result.order} → ${deal.stage} ${fromMicros(deal.amount?.amountMicros ?? 0)} ${deal.amount?.currencyCode}, ` +
        `${who?.name?.firstName} ${who?.name?.lastName} <${who?.emails?.primaryEmail}>`,
    )
    for (const warning of result.warnings) console.log(`  ! ${warning}`)
  }
} finally {
  await close()
}
