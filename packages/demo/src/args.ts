import { parseArgs } from 'node:util'
import { shownUrl } from './shown-url.js'

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
  /** --help: print {@link USAGE} and run nothing. */
  help: boolean
}

export const USAGE = `Usage: npx -y pnpm@10 demo [--url <workspace URL> --yes]

  Without a workspace, the demo runs on an embedded sandbox and writes nothing anywhere else.
  --url <url>   a real Twenty workspace, e.g. https://crm.example.com (or TWENTY_API_URL)
  --key <key>   its API key; prefer TWENTY_API_KEY=… in the environment, which pnpm does not echo
  --yes         allow the demo to create its tagged records there (it deletes them afterwards)
  --help        print this`

/** A command line the demo cannot run: printed with {@link USAGE}, exit code 2, never as a stack trace. */
export class DemoUsageError extends Error {
  override readonly name = 'DemoUsageError'
}

export function readArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): DemoTarget {
  let values: { url?: string; key?: string; yes?: boolean; help?: boolean }
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        key: { type: 'string' },
        yes: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }))
  } catch (error) {
    // Node's message names the flag ("Unknown option '--ys'"); its stack trace would only hide it.
    throw new DemoUsageError((error as Error).message)
  }
  const url = values.url || env.TWENTY_API_URL || undefined
  // Checked before anything runs: the SDK would refuse it too, but only once the walk had started.
  if (url !== undefined && !isHttpUrl(url))
    throw new DemoUsageError(
      `The workspace URL ${JSON.stringify(shownUrl(url))} (from ${values.url ? 'the --url flag' : 'the TWENTY_API_URL variable'}) is not an http(s) URL such as https://crm.example.com.`,
    )
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
    help: values.help ?? false,
  }
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}
