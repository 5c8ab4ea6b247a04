// Child-process entry: runs a sandbox on its own event loop (and core), so the client under measurement does
// not share a thread with the server, as with a real Twenty. Started by sandbox-process.mjs.
//
//   node lib/sandbox-server.mjs '{"sandbox":{"seed":42,"maxLimit":200},"people":100000}'
//
// Prints one JSON line `{ url, apiKey }` once ready, and exits when its parent closes stdin.
import { startSandbox } from '@twenty-sdk/sandbox'
import { seedPeople } from './seed-people.mjs'

const { sandbox: options = {}, people = 0 } = JSON.parse(process.argv[2] ?? '{}')
const sandbox = await startSandbox(options)
if (people > 0) await seedPeople(sandbox, people)
process.stdout.write(`${JSON.stringify({ url: sandbox.url, apiKey: sandbox.apiKey })}\n`)
process.stdin.resume()
process.stdin.on('end', async () => {
  await sandbox.close()
  process.exit(0)
})
