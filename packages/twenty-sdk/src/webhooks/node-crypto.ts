import type * as NodeCrypto from 'node:crypto'

let cached: typeof NodeCrypto | undefined

/**
 * `node:crypto`, loaded on first use through `process.getBuiltinModule` (Node 20.16+) rather than a static
 * import, so `twenty-sdk/webhooks` loads and bundles on Web runtimes (Workers, Vercel Edge, browsers), where
 * only the Web Crypto functions (`verifyWebhookAsync`, `signWebhookAsync`) can run.
 */
export function nodeCrypto(): typeof NodeCrypto {
  if (cached) return cached
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process?.getBuiltinModule
  if (typeof getBuiltinModule !== 'function') {
    throw new Error(
      'This function needs Node’s crypto module; on Web runtimes use verifyWebhookAsync / signWebhookAsync.',
    )
  }
  cached = getBuiltinModule('node:crypto') as typeof NodeCrypto
  return cached
}
