import { randomUUID } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TwentyClient } from 'twenty-sdk'
import type { CleanUpLedger, LedgerEntry } from '../clean-up-ledger.js'
import { DEMO_TAG } from './sdk-walk.js'
import { zapierFailure } from './zapier-failure.js'

/** What the Zapier step needs: the workspace to talk to, where to print, and (on the sandbox) a way to wait for deliveries. */
export interface ZapierWalkInput {
  baseUrl: string
  apiKey: string
  /** The demo's own client, for what the walk does beside the app (moving the deal, listing task targets). */
  twenty: TwentyClient
  /** Where each record the app creates is registered, so that a failure leaves nothing behind. */
  ledger: CleanUpLedger
  log: (line: string) => void
  /** Resolves once the server has sent every queued webhook; only the embedded sandbox can offer it. */
  settle?: () => Promise<void>
}

type Row = Record<string, unknown> & { id: string }

/**
 * Runs the Zapier app the way Zapier does, through zapier-platform-core's app tester (middleware, output checks,
 * serialization): the connection test, Create Person, the Opportunity Won trigger, and Create Task linked to the
 * won deal. On the sandbox the trigger is the instant one: subscribe, a signed delivery, `perform` verifying
 * it, unsubscribe. On a real workspace (which cannot reach this machine) it is the trigger's sample list.
 */
export async function zapierWalk({
  baseUrl,
  apiKey,
  twenty,
  ledger,
  log,
  settle,
}: ZapierWalkInput): Promise<void> {
  // Zapier core prints a memory line on every call unless it believes it is under test, a belief it forms when
  // first loaded; under test it also enforces its output checks (ids, arrays, objects), which the demo wants.
  process.env.NODE_ENV ??= 'test'
  const [{ createAppTester }, { default: App }] = await Promise.all([
    import('zapier-platform-core'),
    import('@twenty-sdk/zapier'),
  ])
  const tester = createAppTester(App)
  const authData = { apiKey, baseUrl }
  const run = <T>(step: unknown, bundle: Record<string, unknown> = {}) =>
    (tester(step as never, { authData, ...bundle }) as Promise<T>).catch((error: unknown) => {
      throw zapierFailure(error)
    })
  const own: LedgerEntry[] = []
  const created = (object: LedgerEntry['object'], id: string) => {
    ledger.register(object, id)
    own.unshift({ object, id })
  }

  const workspace = await run<{ displayName: string }>(App.authentication?.test)
  log(`connection test: Twenty workspace "${workspace.displayName}"`)

  const person = await run<Row>(App.creates.create_person.operation.perform, {
    inputData: {
      firstName: 'Thao',
      lastName: `Pham (${DEMO_TAG})`,
      email: `thao.${Date.now()}@saigoncoffee.example`,
      phoneNumber: '+84 912 345 678',
    },
  })
  created('people', person.id)
  const phones = person.phones as Record<string, string>
  log(
    `Create Person: phone "+84 912 345 678" stored as ${phones.primaryPhoneCallingCode} ${phones.primaryPhoneNumber} (${phones.primaryPhoneCountryCode})`,
  )

  // Registered before the create is sent, so a create whose answer is lost is deleted too.
  const dealId = randomUUID()
  created('opportunities', dealId)
  const deal = await twenty.opportunities.create({
    id: dealId,
    name: `Roastery fit-out (${DEMO_TAG})`,
    stage: 'PROPOSAL',
    pointOfContactId: person.id,
  })
  const win = () => twenty.opportunities.update(deal.id, { stage: 'CUSTOMER' })
  let won: Row[]
  if (settle) won = await instantWon(run, App.triggers.opportunity_won.operation, settle, win, ledger)
  else {
    await win()
    won = await run<Row[]>(App.triggers.opportunity_won.operation.performList, {
      inputData: { wonStage: 'CUSTOMER' },
    })
  }
  log(
    `Opportunity Won trigger: ${won.length} item(s), "${won[0]?.name}" at ${won[0]?.stage}${settle ? ' (signed delivery verified)' : ' (sample list)'}`,
  )

  const task = await run<Row & { taskTargetIds: string[] }>(App.creates.create_task.operation.perform, {
    inputData: { title: `Send the contract for ${deal.name}`, status: 'TODO', opportunityId: deal.id },
  })
  created('tasks', task.id)
  // Registered from the app's output, before any other request: Ctrl-C stops the walk's next request, and a
  // task target found only by listing would then be left behind.
  for (const id of task.taskTargetIds) created('taskTargets', id)
  const targets = await twenty.taskTargets.list({ filter: { taskId: { eq: task.id } } })
  log(`Create Task: "${task.title}", linked to the won deal through ${targets.totalCount} task target`)

  // Newest first: the task target, the task, the deal, the person. What cannot be deleted stays in the ledger.
  const { left } = await ledger.destroy(own)
  if (left.length > 0)
    throw new Error(
      `clean-up: ${left.length} of ${own.length} records could not be deleted; the final clean-up tries again`,
    )
  log('clean-up: the demo person, deal, task and its task target were deleted')
}

/** Turns the Zap on, makes the deal won, runs `perform` on the signed delivery as Zapier would, turns the Zap off. */
async function instantWon(
  run: <T>(step: unknown, bundle?: Record<string, unknown>) => Promise<T>,
  operation: { performSubscribe?: unknown; performUnsubscribe?: unknown; perform?: unknown },
  settle: () => Promise<void>,
  win: () => Promise<unknown>,
  ledger: CleanUpLedger,
): Promise<Row[]> {
  const received: { body: string; headers: IncomingHttpHeaders }[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers })
      response.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const targetUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/catch/demo/`
  const inputData = { wonStage: 'CUSTOMER' }
  try {
    const subscription = await run<Record<string, unknown>>(operation.performSubscribe, {
      targetUrl,
      inputData,
    })
    // The Zap's subscription is a webhook in the workspace: it is the demo's to delete too.
    ledger.register('webhooks', String(subscription.id))
    await win()
    await settle()
    const items: Row[] = []
    for (const delivery of received) {
      // Zapier hands `perform` the raw body and the headers renamed `Http-X-Twenty-Webhook-Signature` etc.
      const headers = Object.fromEntries(
        Object.entries(delivery.headers).map(([name, value]) => [
          `Http-${name.replace(/(^|-)([a-z])/g, (_m, dash, c) => `${dash}${c.toUpperCase()}`)}`,
          String(value),
        ]),
      )
      const bundle = {
        rawRequest: { method: 'POST', querystring: '', headers, content: delivery.body },
        cleanedRequest: JSON.parse(delivery.body),
      }
      items.push(
        ...(await run<Row[]>(operation.perform, { ...bundle, subscribeData: subscription, inputData })),
      )
    }
    await run(operation.performUnsubscribe, { subscribeData: subscription })
    ledger.unregister('webhooks', String(subscription.id))
    return items
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}
