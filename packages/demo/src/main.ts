// `pnpm demo`: a readable walk through the product. Runs on the embedded sandbox unless --url and --key (or
// TWENTY_API_URL / TWENTY_API_KEY) point at a real workspace, where it writes only with --yes.
import { randomBytes } from 'node:crypto'
import { startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import { readArgs } from './args.js'
import { Report } from './report.js'
import { runKeys } from './run-keys.js'
import { importWalk } from './steps/import-walk.js'
import { makeWalk } from './steps/make-walk.js'
import { sdkWalk } from './steps/sdk-walk.js'
import { WEBHOOK_SECTION, webhookWalk } from './steps/webhook-walk.js'
import { zapierWalk } from './steps/zapier-walk.js'

const target = readArgs(process.argv.slice(2))
// pnpm prints the script's command line ("> tsx src/main.ts … --key …") before running it, and cannot be told not to.
if (target.keyFromFlag)
  console.error(
    "Warning: a key given with --key can end up in your shell history and in pnpm's output; prefer TWENTY_API_KEY=… in the environment.",
  )
// Half a target is a mistake, not a request for the sandbox: say which half is missing.
if (Boolean(target.url) !== Boolean(target.key)) {
  console.error(
    target.url
      ? `A workspace URL (from ${target.urlFrom}) but no API key: set TWENTY_API_KEY.`
      : 'An API key but no workspace URL: pass --url or set TWENTY_API_URL.',
  )
  console.error(`To run on the embedded sandbox instead, ${target.toSandbox}.`)
  process.exit(2)
}
// The embedded workspace has a stage of its own, as many real pipelines do.
const sandbox =
  target.url && target.key
    ? undefined
    : await startSandbox({ port: 0, seed: 42, selectOptions: { 'opportunity.stage': ['NEGOTIATION'] } })
const baseUrl = sandbox?.url ?? (target.url as string)
const apiKey = sandbox?.apiKey ?? (target.key as string)

if (!sandbox && !target.yes) {
  console.error(
    `Refusing to write to ${baseUrl} (from ${target.urlFrom}) without --yes. The demo creates records tagged "twenty-sdk demo" and deletes them afterwards.\n` +
      `To run on the embedded sandbox instead, ${target.toSandbox}.`,
  )
  process.exit(2)
}

console.log(
  sandbox ? `twenty-sdk demo on the embedded sandbox at ${baseUrl}` : `twenty-sdk demo on ${baseUrl}`,
)
const report = new Report()
const twenty = new TwentyClient({ apiKey, baseUrl })
// On a real workspace, domains and emails are unique to this run, so no record the demo did not create matches.
const keys = runKeys(sandbox ? undefined : randomBytes(4).toString('hex'))
try {
  await sdkWalk(twenty, report, keys)
  await importWalk(twenty, report, keys)
  if (sandbox) await webhookWalk(twenty, report, () => sandbox.webhooks.idle())
  else report.skip(WEBHOOK_SECTION, 'a real Twenty server cannot reach a receiver on this machine')
  report.section('4. The Zapier app, run the way Zapier runs it (zapier-platform-core app tester)')
  await zapierWalk({
    baseUrl,
    apiKey,
    log: (line) => report.check(line),
    settle: sandbox ? () => sandbox.webhooks.idle() : undefined,
  })
  report.section('5. The Make app, run by its offline runner against the same workspace')
  await makeWalk({ baseUrl, apiKey, log: (line) => report.check(line) })
  report.summary()
} finally {
  await sandbox?.close()
}
