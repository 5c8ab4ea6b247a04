import { loadOnce } from '../internal/load-once.js'
import type { FetchLike } from './types.js'

// How Node's own fetch starts (the same in Node 20, 22 and 24). A fetch whose source reads otherwise is someone
// else's: a mock, a wrapper, another runtime's.
const NODES_FETCH_SOURCE = /^function fetch\(input, init = undefined\)/

const nodeSender = loadOnce(async (): Promise<FetchLike> => {
  const nodesFetch: FetchLike = globalThis.fetch
  try {
    const { createUndiciFetch } = await import('./undici-fetch.js')
    return createUndiciFetch(nodesFetch)
  } catch {
    // undici's files moved (the sender loads two of them by path): Node's fetch sends, slower but the same.
    return nodesFetch
  }
})

// Whether this process sent its first request (through Node's fetch, before the undici sender is loaded).
let firstRequestSent = false

let checkedFetch: unknown
let checkedIsNodes = false

/**
 * Whether `fetch` is Node's own fetch, which the SDK may send around: not a mock (msw and nock replace it when they
 * listen, `vi.stubGlobal` too), not Bun's or Deno's, and not asked to go through a proxy (`NODE_USE_ENV_PROXY`).
 */
function isNodesOwnFetch(fetch: unknown): boolean {
  if (fetch !== checkedFetch) {
    checkedFetch = fetch
    checkedIsNodes =
      typeof fetch === 'function' &&
      !('Bun' in globalThis) &&
      !('Deno' in globalThis) &&
      NODES_FETCH_SOURCE.test(Function.prototype.toString.call(fetch))
  }
  return checkedIsNodes && !globalThis.process?.env?.NODE_USE_ENV_PROXY
}

/**
 * The fetch of a client whose options give none. While `globalThis.fetch` is Node's own, requests go through undici's
 * `request` (see undici-fetch.ts), about half the client CPU per request at 16 in flight. Anything else in `globalThis.fetch` is
 * used as it is, looked up at each request as Octokit does: a mock installed after the client was created (msw's
 * `server.listen()`) still sees its requests.
 *
 * The process's first request goes through Node's fetch, which ofetch has loaded already, and the second loads the
 * undici sender (about 30 ms, once): a script or a serverless function that sends one request does not pay for it.
 */
export function defaultFetch(): FetchLike {
  return (input, init) => {
    const current = globalThis.fetch
    if (!isNodesOwnFetch(current)) return current(input, init)
    const send = nodeSender.value
    if (send) return send(input, init)
    if (!firstRequestSent) {
      firstRequestSent = true
      return current(input, init)
    }
    return nodeSender.get().then((loaded) => loaded(input, init))
  }
}
