// `pnpm start`: replays the sample Typeform submissions (fixtures/) through the endpoint, signed like Typeform
// signs them, and prints what landed in the CRM. `pnpm start --listen` keeps the endpoint up for real deliveries.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { connect } from './connect.js'
import { createFormEndpoint } from './form-endpoint.js'
import { signTypeformPayload, TYPEFORM_SIGNATURE_HEADER } from './typeform-signature.js'

const SAMPLES = ['submission-vn.json', 'submission-us.json']
const USAGE = 'Usage: src/main.ts [--listen [--port 3001]]'

/** Says what is wrong with the command line and how it is used, then exits with 2 (no stack trace). */
function refuse(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

function readArguments() {
  try {
    return parseArgs({
      options: {
        listen: { type: 'boolean', default: false },
        port: { type: 'string', default: process.env.PORT ?? '3001' },
      },
    }).values
  } catch (error) {
    // An unknown or misspelt flag.
    return refuse((error as Error).message)
  }
}

const values = readArguments()
// Checked before the sandbox starts: node:http would throw ERR_SOCKET_BAD_PORT with a stack trace.
const port = Number(values.port)
if (values.listen && (!/^\d+$/.test(values.port) || port < 1 || port > 65535))
  refuse(`--port must be a port number from 1 to 65535, not ${JSON.stringify(values.port)}`)
const secret = process.env.TYPEFORM_SECRET ?? (values.listen ? undefined : 'sample-typeform-secret')
if (!secret) {
  console.error('Set TYPEFORM_SECRET to the secret of your Typeform webhook (Connect → Webhooks → Edit).')
  process.exit(2)
}

const { twenty, target, close } = await connect()
const server = createServer(createFormEndpoint({ twenty, secret }))
await new Promise<void>((resolve) => server.listen(values.listen ? port : 0, '127.0.0.1', resolve))
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/typeform`

if (values.listen) {
  console.log(`Receiving Typeform submissions on ${endpoint}; leads go to ${target}. Ctrl-C to stop.`)
  process.once('SIGINT', () => server.close(() => void close()))
} else {
  console.log(`Replaying ${SAMPLES.length} sample submissions; leads go to ${target}`)
  for (const sample of SAMPLES) {
    const body = await readFile(new URL(`../fixtures/${sample}`, import.meta.url), 'utf8')
    const answer = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [TYPEFORM_SIGNATURE_HEADER]: signTypeformPayload(body, secret),
      },
      body,
    })
    const result = (await answer.json()) as {
      personId?: string
      taskId?: string
      restored?: boolean
      error?: string
      message?: string
    }
    if (!result.personId || !result.taskId) {
      // A 502 carries only its error code (Twenty's reason is logged above); the exit code says a sample was lost.
      console.error(`${sample}: ${answer.status} ${result.message ?? result.error ?? ''}`)
      process.exitCode = 1
      continue
    }
    const person = await twenty.people.get(result.personId)
    const task = await twenty.tasks.get(result.taskId)
    const phone =
      `${person.phones?.primaryPhoneCallingCode ?? ''} ${person.phones?.primaryPhoneNumber ?? ''}`.trim()
    console.log(
      `✓ ${person.name?.firstName} ${person.name?.lastName} <${person.emails?.primaryEmail}> ${phone}` +
        (result.restored ? ' (restored from the trash)' : ''),
    )
    console.log(`  task "${task.title}" due ${task.dueAt}`)
  }
  server.close()
  await close()
}
