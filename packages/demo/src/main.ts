// `pnpm demo`: a readable walk through the product. Runs on the embedded sandbox unless --url and --key (or
// TWENTY_API_URL / TWENTY_API_KEY) point at a real workspace, where it writes only with --yes. Every record it
// creates goes into a clean-up ledger, which deletes what is left at the end, after a failure or on Ctrl-C.
import { randomBytes } from 'node:crypto'
import { startSandbox } from '@twenty-sdk/sandbox'
import { isTwentyValidationError, TwentyClient } from 'twenty-sdk'
import { DemoUsageError, readArgs, USAGE } from './args.js'
import { CleanUpLedger } from './clean-up-ledger.js'
import { Interruption } from './interruption.js'
import { Report } from './report.js'
import { runKeys } from './run-keys.js'
import { shownUrl } from './shown-url.js'
import { importWalk } from './steps/import-walk.js'
import { makeWalk } from './steps/make-walk.js'
import { sdkWalk } from './steps/sdk-walk.js'
import { WEBHOOK_SECTION, webhookWalk } from './steps/webhook-walk.js'
import { zapierWalk } from './steps/zapier-walk.js'

// The shell's convention for a process ended by a signal: 128 + the signal's number.
const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGPIPE: 141 }

const target = (() => {
  try {
    return readArgs(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof DemoUsageError)) throw error
    console.error(`${error.message}\n\n${USAGE}`)
    process.exit(2)
  }
})()
if (target.help) {
  console.log(USAGE)
  process.exit(0)
}
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
// The workspace's address without the user, password and query a URL may carry: what the demo prints, and what
// the Zapier and Make apps get, since the SDK does not send them either (Make's runner refuses a URL with them).
const baseUrl = sandbox?.url ?? shownUrl(target.url as string)
const apiKey = sandbox?.apiKey ?? (target.key as string)

if (!sandbox && !target.yes) {
  console.error(
    `Refusing to write to ${baseUrl} (from ${target.urlFrom}) without --yes. The demo creates records tagged "twenty-sdk demo" and deletes them afterwards.\n` +
      `To run on the embedded sandbox instead, ${target.toSandbox}.`,
  )
  process.exit(2)
}

// The clean-up has a client of its own: the interruption that stops the walk's requests must not stop it.
const [twenty, cleanUpClient] = (() => {
  try {
    return [new TwentyClient({ apiKey, baseUrl }), new TwentyClient({ apiKey, baseUrl })]
  } catch (error) {
    // A key no header can carry (a pasted "…" or line break): the SDK's reason, never the key, and no stack.
    if (!(isTwentyValidationError(error) && error.code === 'INVALID_OPTIONS')) throw error
    console.error(
      `The API key from ${target.keyFromFlag ? 'the --key flag' : 'TWENTY_API_KEY'} cannot be used: ${error.message}`,
    )
    process.exit(2)
  }
})()
console.log(
  sandbox ? `twenty-sdk demo on the embedded sandbox at ${baseUrl}` : `twenty-sdk demo on ${baseUrl}`,
)
const interruption = new Interruption()
const report = new Report(interruption)
twenty.use(interruption.middleware)
// A closed output pipe (`pnpm demo … | head`) would end the demo with an unhandled EPIPE, before its clean-up:
// the walk stops as on Ctrl-C instead, and the clean-up runs with nowhere to print.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  interruption.interrupt('SIGPIPE')
})
const ledger = new CleanUpLedger(cleanUpClient)
// On a real workspace, domains and emails are unique to this run, so no record the demo did not create matches.
const keys = runKeys(sandbox ? undefined : randomBytes(4).toString('hex'))

let cleaningUp = false
const onSignal = (signal: NodeJS.Signals) => {
  if (!interruption.signal) {
    interruption.interrupt(signal)
    console.log(
      cleaningUp
        ? `\n${signal}: the clean-up is running; press Ctrl-C again to quit at once.`
        : `\n${signal}: stopping after the request in flight, then deleting the records the demo created (Ctrl-C again to quit at once).`,
    )
    return
  }
  const left = ledger.pending
  console.log(
    sandbox
      ? `\n${signal} again: quitting at once; the embedded sandbox goes with the demo, so nothing is left.`
      : left.length === 0
        ? `\n${signal} again: quitting at once; no record the demo created was left to delete.`
        : `\n${signal} again: quitting without finishing the clean-up. These records of the demo may be left in ${baseUrl}:\n` +
          left.map(({ object, id }) => `    ${object} ${id}`).join('\n'),
  )
  process.exit(EXIT_CODES[signal] ?? 1)
}
process.on('SIGINT', onSignal)
process.on('SIGTERM', onSignal)

try {
  await sdkWalk(twenty, report, keys, ledger)
  await importWalk(twenty, report, keys, ledger)
  if (sandbox) await webhookWalk(twenty, report, () => sandbox.webhooks.idle(), ledger)
  else report.skip(WEBHOOK_SECTION, 'a real Twenty server cannot reach a receiver on this machine')
  report.section('4. The Zapier app, run the way Zapier runs it (zapier-platform-core app tester)')
  await zapierWalk({
    baseUrl,
    apiKey,
    twenty,
    ledger,
    log: (line) => report.check(line),
    settle: sandbox ? () => sandbox.webhooks.idle() : undefined,
  })
  report.section('5. The Make app, run by its offline runner against the same workspace')
  await makeWalk({ baseUrl, apiKey, ledger, log: (line) => report.check(line) })
} catch (error) {
  // A step prints its own failure; this names one that happened between steps (an app runner, a refused match).
  report.fail(report.currentSection, error)
} finally {
  // Whatever happened, every record still registered is deleted: on the sandbox it takes a few milliseconds.
  cleaningUp = true
  await report.cleanUp(ledger)
  report.summary()
  await sandbox?.close()
}
process.exitCode = interruption.signal ? (EXIT_CODES[interruption.signal] ?? 1) : report.ok ? 0 : 1
