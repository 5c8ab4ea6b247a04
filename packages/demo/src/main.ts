// `pnpm demo`: a readable walk through the product. Runs on the embedded sandbox unless --url and --key (or
// TWENTY_API_URL / TWENTY_API_KEY) point at a real workspace, where it writes only with --yes.
import { startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import { readArgs } from './args.js'
import { Report } from './report.js'
import { importWalk } from './steps/import-walk.js'
import { makeWalk } from './steps/make-walk.js'
import { sdkWalk } from './steps/sdk-walk.js'
import { webhookWalk } from './steps/webhook-walk.js'
import { zapierWalk } from './steps/zapier-walk.js'

const target = readArgs(process.argv.slice(2))
// The embedded workspace has a stage of its own, as many real pipelines do.
const sandbox =
  target.url && target.key
    ? undefined
    : await startSandbox({ port: 0, seed: 42, selectOptions: { 'opportunity.stage': ['NEGOTIATION'] } })
const baseUrl = sandbox?.url ?? (target.url as string)
const apiKey = sandbox?.apiKey ?? (target.key as string)

if (!sandbox && !target.yes) {
  console.error(
    `Refusing to write to ${baseUrl} without --yes. The demo creates records tagged "twenty-sdk demo" and deletes them afterwards.`,
  )
  process.exit(2)
}

console.log(
  sandbox ? `twenty-sdk demo on the embedded sandbox at ${baseUrl}` : `twenty-sdk demo on ${baseUrl}`,
)
const report = new Report()
const twenty = new TwentyClient({ apiKey, baseUrl })
try {
  await sdkWalk(twenty, report)
  const imported = await importWalk(twenty, report)
  if (sandbox) await webhookWalk(twenty, report, () => sandbox.webhooks.idle())
  else report.note('Webhook step skipped: a real Twenty server cannot reach a receiver on this machine.')
  report.section('4. The Zapier app, run the way Zapier runs it (zapier-platform-core app tester)')
  await zapierWalk({
    baseUrl,
    apiKey,
    log: (line) => report.note(`✓ ${line}`),
    settle: sandbox ? () => sandbox.webhooks.idle() : undefined,
  })
  report.section('5. The Make app, run by its offline runner against the same workspace')
  await makeWalk({ baseUrl, apiKey, log: (line) => report.note(`✓ ${line}`) })
  await report.step(
    'clean up the imported records',
    async () => {
      for (const ref of imported) {
        const [plural, id] = ref.split(':') as ['people' | 'companies', string]
        await twenty[plural].destroy(id)
      }
      return imported.length
    },
    (count) => `${count} records destroyed`,
  )
  report.summary()
} finally {
  await sandbox?.close()
}
