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
  // Imported only here, so copying this example into a project without the sandbox costs one line.
  const { startSandbox } = await import('@twenty-sdk/sandbox')
  const sandbox = await startSandbox({ port: 0, seed: false })
  return {
    twenty: new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url }),
    target: `the embedded sandbox at ${sandbox.url}`,
    sandbox,
    close: () => sandbox.close(),
  }
}
