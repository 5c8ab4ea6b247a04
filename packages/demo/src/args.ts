import { parseArgs } from 'node:util'

/** Where the demo runs: the embedded sandbox (default) or a real workspace. */
export interface DemoTarget {
  url?: string
  key?: string
  /** Where the URL came from, for the refusal message: a user who exported it may not expect a real workspace. */
  urlFrom?: 'the --url flag' | 'the TWENTY_API_URL variable'
  /** The key was typed on the command line, where shell history and pnpm's script banner keep it. */
  keyFromFlag: boolean
  /** What to leave out or unset to run on the embedded sandbox instead. */
  toSandbox: string
  /** Writes to a real workspace only happen with --yes. */
  yes: boolean
}

export function readArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): DemoTarget {
  const { values } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, key: { type: 'string' }, yes: { type: 'boolean', default: false } },
    allowPositionals: false,
  })
  const url = values.url || env.TWENTY_API_URL || undefined
  const key = values.key || env.TWENTY_API_KEY || undefined
  // Only what was used: a flag given, a variable set (even one a flag overrides, since it would take over).
  const flags = [values.url && '--url', values.key && '--key'].filter(Boolean)
  const variables = [env.TWENTY_API_URL && 'TWENTY_API_URL', env.TWENTY_API_KEY && 'TWENTY_API_KEY'].filter(
    Boolean,
  )
  const toSandbox = [
    flags.length > 0 ? `leave out ${flags.join(' and ')}` : '',
    variables.length > 0 ? `unset ${variables.join(' and ')}` : '',
  ]
    .filter(Boolean)
    .join(', and ')
  return {
    url,
    key,
    urlFrom: values.url ? 'the --url flag' : url ? 'the TWENTY_API_URL variable' : undefined,
    keyFromFlag: Boolean(values.key),
    toSandbox,
    yes: values.yes ?? false,
  }
}
