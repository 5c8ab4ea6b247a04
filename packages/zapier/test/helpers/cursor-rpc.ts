import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Sandbox } from '@twenty-sdk/sandbox'
import * as core from 'zapier-platform-core'
import App from '../../src/index.js'
import { authFor } from './app-tester.js'

/** Zapier's RPC service for `z.cursor`, on 127.0.0.1: one stored string per store key, as Zapier keeps them. */
export interface CursorRpc {
  url: string
  /** The strings stored so far, by store key. */
  cursors: Map<string, string>
  close(): Promise<void>
}

/**
 * Starts the stand-in of Zapier's RPC service that `z.cursor` calls (`get_cursor`, `set_cursor`, keyed by the run's
 * store key), so a test runs the app's real `z.cursor` and RPC client across runs. zapier-platform-core's offline
 * `cursorTestObj` cannot: it stores a `set` under the value itself and reads a `get` under the key `undefined`.
 */
export async function startCursorRpc(): Promise<CursorRpc> {
  const cursors = new Map<string, string>()
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const { id, storeKey, method, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        id: string
        storeKey: string
        method: string
        params: string[]
      }
      let result: string | null = null
      if (method === 'get_cursor') result = cursors.get(storeKey) ?? null
      else if (method === 'set_cursor') cursors.set(storeKey, params[0] ?? '')
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify(method.endsWith('_cursor') ? { id, result } : { id, error: 'Unknown method' }),
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    cursors,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

// The handler Zapier runs the app in; its types leave it out. The deploy key is what lets a test call RPC.
const handler = (
  core as unknown as { createAppHandler(app: unknown): (event: object) => Promise<{ results: unknown }> }
).createAppHandler(App)

/**
 * Runs a paging trigger (`triggers.<key>.operation.perform`) as Zapier does when the user scrolls a dropdown: page
 * `page`, with the store key that ties the pages of one dropdown together.
 */
export async function runPage<T>(
  method: string,
  target: Pick<Sandbox, 'url' | 'apiKey'>,
  rpc: Pick<CursorRpc, 'url'>,
  storeKey: string,
  page: number,
): Promise<T> {
  const bundle = { authData: authFor(target), inputData: {}, meta: { page } }
  const event = {
    command: 'execute',
    method,
    bundle,
    storeKey,
    rpc_base: rpc.url,
    environment: { ZAPIER_DEPLOY_KEY: 'test-deploy-key' },
  }
  const deployKey = process.env.ZAPIER_DEPLOY_KEY
  try {
    return (await handler(event)).results as T
  } finally {
    // Zapier copies `environment` into process.env; other runs of the file must not call RPC with it.
    if (deployKey === undefined) delete process.env.ZAPIER_DEPLOY_KEY
  }
}
