import { parseArgs } from 'node:util'

/** Where the demo runs: the embedded sandbox (default) or a real workspace. */
export interface DemoTarget {
  url?: string
  key?: string
  /** Writes to a real workspace only happen with --yes. */
  yes: boolean
}

export function readArgs(argv: string[]): DemoTarget {
  const { values } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, key: { type: 'string' }, yes: { type: 'boolean', default: false } },
    allowPositionals: false,
  })
  const url = values.url ?? process.env.TWENTY_API_URL
  const key = values.key ?? process.env.TWENTY_API_KEY
  return { url: url || undefined, key: key || undefined, yes: values.yes ?? false }
}
