// `pnpm sandbox`: a seeded sandbox on 127.0.0.1:3000 (or --port), printing the two variables the SDK reads.
// `--select-option opportunity.stage=NEGOTIATION,WON` (repeatable) adds options to a select field, as a workspace
// with its own pipeline has.
import { parseArgs } from 'node:util'
import { startSandbox } from './sandbox.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '42' },
    empty: { type: 'boolean', default: false },
    'select-option': { type: 'string', multiple: true, default: [] },
  },
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be an integer between 0 and 65535, got ${values.port}`)
  process.exit(2)
}
const selectOptions: Record<string, string[]> = {}
for (const entry of values['select-option']) {
  const [path, list] = entry.split('=')
  if (!path || !list) {
    console.error(`--select-option takes object.field=VALUE,VALUE (e.g. opportunity.stage=WON), got ${entry}`)
    process.exit(2)
  }
  selectOptions[path] = [...(selectOptions[path] ?? []), ...list.split(',')]
}
const sandbox = await startSandbox({
  port,
  host: values.host,
  seed: values.empty ? false : Number(values.seed),
  selectOptions,
}).catch((error: Error) => {
  console.error(error.message)
  process.exit(2)
})
console.log(`Twenty sandbox listening on ${sandbox.url}`)
if (sandbox.seeded) {
  const { companies, people, opportunities, tasks, notes } = sandbox.seeded
  console.log(
    `Seeded ${companies} companies, ${people} people, ${opportunities} opportunities, ${tasks} tasks, ${notes} notes`,
  )
}
console.log(`TWENTY_API_URL=${sandbox.url}`)
console.log(`TWENTY_API_KEY=${sandbox.apiKey}`)
const stop = () => void sandbox.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
