// Every example starts here: the workspace named by TWENTY_API_URL / TWENTY_API_KEY when they are set, otherwise
// a sandbox started in this process, so `pnpm start` works on a fresh clone with nothing to configure.
import type { Sandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'

export interface Connection {
  twenty: TwentyClient
  /** Where the records go, for the console. */
  target: string
  /** The embedded sandbox; undefined against a real workspace. */
  sandbox?: Sandbox
  close(): Promise<void>
}

export async function connect(): Promise<Connection> {
  if (process.env.TWENTY_API_KEY) {
    // The client reads TWENTY_API_KEY and TWENTY_API_URL itself; the key never needs to pass through our code.
    const twenty = new TwentyClient()
    return { twenty, target: twenty.restUrl, close: async () => {} }
  }
  // Imported only here, so a copy of this example outside the repository runs against a workspace without it.
  const { startSandbox } = await importSandbox()
  const sandbox = await startSandbox({ port: 0, seed: false })
  return {
    twenty: new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url }),
    target: `the embedded sandbox at ${sandbox.url}`,
    sandbox,
    close: () => sandbox.close(),
  }
}

/** The sandbox package, or an exit that says what to do when a copy of this example was installed without it. */
async function importSandbox(): Promise<typeof import('@twenty-sdk/sandbox')> {
  try {
    return await import('@twenty-sdk/sandbox')
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string }
    if (code !== 'ERR_MODULE_NOT_FOUND' || !message?.includes("'@twenty-sdk/sandbox'")) throw error
    console.error(
      'TWENTY_API_KEY is not set and @twenty-sdk/sandbox is not installed. Export TWENTY_API_URL and ' +
        'TWENTY_API_KEY for your workspace, or install the sandbox from the twenty-sdk repository ' +
        '(see "Outside this repository" in the README).',
    )
    process.exit(2)
  }
}
