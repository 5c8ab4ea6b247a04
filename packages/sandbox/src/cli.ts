// `pnpm sandbox` (or `npx twenty-sandbox` where the package is installed, through bin/twenty-sandbox.js): a seeded sandbox on 127.0.0.1:3000 (or --port), printing the two variables the SDK reads.
// `--select-option opportunity.stage=NEGOTIATION,WON` (repeatable) adds options to a select field, as a workspace
// with its own pipeline has. `--custom-objects movies.json` adds the custom objects that file lists (the
// `customObjects` option as JSON: `[{ "singular": "movie", "plural": "movies", "fields": { "title": "TEXT" } }]`).
// `--restore-routes prefix` (or `prefix-many-only`) serves the restore routes of an older Twenty release.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { type SandboxOptions, startSandbox } from './sandbox.js'
import type { CustomObjectInput } from './store/custom-objects.js'

const USAGE =
  'Usage: twenty-sandbox [--port 3000] [--host 127.0.0.1] [--seed 42 | --empty] [--select-option object.field=A,B]… [--custom-objects file.json] [--restore-routes suffix|prefix|prefix-many-only] [--help]'

/** Says what is wrong with the command line, and how it is used, then exits with 2 (no stack trace). */
function refuse(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

/** The parsed flags; an unknown flag or a flag without its value is refused like any other bad input. */
function readArguments() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '3000' },
        host: { type: 'string', default: '127.0.0.1' },
        seed: { type: 'string', default: '42' },
        empty: { type: 'boolean', default: false },
        'select-option': { type: 'string', multiple: true, default: [] },
        'custom-objects': { type: 'string' },
        'restore-routes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values
  } catch (error) {
    return refuse((error as Error).message)
  }
}

const values = readArguments()
// Asked for, the usage is the answer, on stdout and with success: not a refusal of an unknown flag.
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  refuse(`--port must be an integer between 0 and 65535, got ${values.port}`)
}
const seed = Number(values.seed)
if (!values.empty && !Number.isSafeInteger(seed)) refuse(`--seed must be an integer, got ${values.seed}`)
const selectOptions: Record<string, string[]> = {}
for (const entry of values['select-option']) {
  const [path, list] = entry.split('=')
  if (!path || !list) {
    refuse(`--select-option takes object.field=VALUE,VALUE (e.g. opportunity.stage=WON), got ${entry}`)
  }
  selectOptions[path] = [...(selectOptions[path] ?? []), ...list.split(',')]
}
/** The custom objects the `--custom-objects` file lists: a JSON array, refused with the reason otherwise. */
function readCustomObjects(file: string | undefined): CustomObjectInput[] | undefined {
  if (file === undefined) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return refuse(`--custom-objects: cannot read ${file}: ${(error as Error).message}`)
  }
  if (!Array.isArray(parsed)) refuse(`--custom-objects: ${file} must hold a JSON array of objects`)
  return parsed as CustomObjectInput[]
}
const customObjects = readCustomObjects(values['custom-objects'])
const sandbox = await startSandbox({
  port,
  host: values.host,
  seed: values.empty ? false : seed,
  selectOptions,
  customObjects,
  restoreRoutes: values['restore-routes'] as SandboxOptions['restoreRoutes'],
}).catch((error: NodeJS.ErrnoException) => {
  // The default port is a common one: say how to pick another rather than only Node's EADDRINUSE line.
  const advice =
    error.code === 'EADDRINUSE'
      ? `\nAnother program listens on ${values.host}:${port}: pass --port with a free one, or --port 0 for any.`
      : ''
  console.error(`${error.message}${advice}`)
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
