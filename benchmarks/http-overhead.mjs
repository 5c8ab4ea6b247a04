// Per-request overhead of the SDK against raw fetch and against twenty-client-sdk's RestApiClient (Twenty's own
// REST helper, published on npm), for get and list, sequentially and with 16 requests in flight. The sandbox runs
// in a child process without a rate limit; the SDK runs with `rateLimit: false` and its default retries.
//
// Four references run in the same rounds: raw fetch a second time (an A/A control: how far two identical
// candidates land apart in this run, the noise every other ratio carries); raw fetch with a per-request timeout (an
// AbortController and a timer, as the SDK's 30 s default needs): the floor of any client that cannot hang forever;
// the SDK given Node's fetch as its `fetch` option, which is what it sent with before it sent with undici's request
// API on Node; and raw undici.request, the floor of the SDK's own transport.
//
//   npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:http
//
// BENCH_LATENCY_MS=10 makes the sandbox take that long before each answer (its latency fault on every request), to
// show what the client's own cost weighs against a server that is not on the same machine answering at once;
// BENCH_OPERATIONS=get and BENCH_CONCURRENCIES=16 narrow the run.
//
// --json prints measureHttpOverhead()'s result as one JSON line instead, for run-all.mjs.
import { RestApiClient } from 'twenty-client-sdk/rest'
import { TwentyClient } from 'twenty-sdk'
import { interleavedMedians, isMain, pairedRatios, report } from './lib/measure.mjs'
import { startSandboxProcess } from './lib/sandbox-process.mjs'

export const CLIENTS = ['raw fetch', 'twenty-sdk', 'twenty-client-sdk RestApiClient']
export const [RAW_FETCH] = CLIENTS
export const CONTROL = 'raw fetch again (A/A control)'
export const WITH_TIMEOUT = 'raw fetch + timeout'
export const SDK_ON_FETCH = "twenty-sdk given Node's fetch"
export const RAW_UNDICI = 'raw undici.request'
const CANDIDATES = [...CLIENTS, CONTROL, WITH_TIMEOUT, SDK_ON_FETCH, RAW_UNDICI]
const TIMEOUT_MS = 30_000
export const OPERATIONS = ['get', 'list']
export const CONCURRENCIES = [1, 16]

// The three clients issue the same requests: GET /rest/people/{id} and GET /rest/people (Twenty's default page
// of 60, here the 48 seeded people with their companies at depth 1). Each checks the status and parses the body.
async function clients({ url, apiKey }, id) {
  const headers = { authorization: `Bearer ${apiKey}` }
  const raw = async (path, signal) => {
    const response = await fetch(`${url}/rest${path}`, { headers, signal })
    if (!response.ok) throw new Error(`${response.status} on ${path}`)
    return response.json()
  }
  const again = (path) => raw(path)
  const withTimeout = async (path) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
    try {
      return await raw(path, controller.signal)
    } finally {
      clearTimeout(timer)
    }
  }
  // Imported here, after this process's first fetch: loading undici first would make its Agent the dispatcher of
  // every raw fetch below.
  const { Agent, request } = await import('undici')
  const pool = new Agent()
  const rawUndici = async (path) => {
    const response = await request(`${url}/rest${path}`, { headers, dispatcher: pool })
    if (response.statusCode >= 400) throw new Error(`${response.statusCode} on ${path}`)
    return response.body.json()
  }
  const twenty = new TwentyClient({ apiKey, baseUrl: url, rateLimit: false })
  const onFetch = new TwentyClient({ apiKey, baseUrl: url, rateLimit: false, fetch: globalThis.fetch })
  const rest = new RestApiClient({ baseUrl: `${url}/rest`, token: apiKey })
  return {
    close: () => Promise.all([twenty.close(), onFetch.close(), pool.close()]),
    operations: {
      'raw fetch': { get: () => raw(`/people/${id}`), list: () => raw('/people') },
      'twenty-sdk': { get: () => twenty.people.get(id), list: () => twenty.people.list() },
      'twenty-client-sdk RestApiClient': {
        get: () => rest.get(`/people/${id}`),
        list: () => rest.get('/people'),
      },
      [CONTROL]: { get: () => again(`/people/${id}`), list: () => again('/people') },
      [WITH_TIMEOUT]: { get: () => withTimeout(`/people/${id}`), list: () => withTimeout('/people') },
      [SDK_ON_FETCH]: { get: () => onFetch.people.get(id), list: () => onFetch.people.list() },
      [RAW_UNDICI]: { get: () => rawUndici(`/people/${id}`), list: () => rawUndici('/people') },
    },
  }
}

/**
 * Median requests per second and client CPU microseconds per request of every candidate, operation and
 * concurrency, measured in interleaved rounds; and each candidate's time per request over raw fetch's, paired
 * round by round (median and quartiles), and over raw fetch with a timeout's (`overTimeout`, the same way).
 * @returns {Promise<{ ops: Record<string, number>, cpuUs: Record<string, number>,
 *   ratios: Record<string, Ratio>, overTimeout: Record<string, Ratio> }>} keyed by {@link key}; a `Ratio` is
 *   `{ median, low, high }`
 */
export async function measureHttpOverhead({
  rounds = 15,
  roundMs = 200,
  latencyMs = 0,
  operations: measuredOperations = OPERATIONS,
  concurrencies = CONCURRENCIES,
} = {}) {
  const faults = { rules: [{ kinds: ['latency'], probability: 1, latencyMs }] }
  const sandbox = await startSandboxProcess({ sandbox: { seed: 42, ...(latencyMs > 0 ? { faults } : {}) } })
  try {
    const [first] = (
      await (
        await fetch(`${sandbox.url}/rest/people?limit=1`, {
          headers: { authorization: `Bearer ${sandbox.apiKey}` },
        })
      ).json()
    ).data.people
    const { close, operations } = await clients(sandbox, first.id)
    const result = { ops: {}, cpuUs: {}, ratios: {}, overTimeout: {} }
    try {
      // One group per operation and concurrency: the clients are interleaved with each other only, so a round
      // of 16 lists in flight never precedes (and slows down) a round of sequential gets.
      for (const operation of measuredOperations) {
        for (const concurrency of concurrencies) {
          const candidates = Object.fromEntries(
            CANDIDATES.map((client) => [
              key(client, operation, concurrency),
              { fn: operations[client][operation], concurrency },
            ]),
          )
          const measured = await interleavedMedians(candidates, { rounds, roundMs })
          Object.assign(result.ops, measured.ops)
          Object.assign(result.cpuUs, measured.cpuUs)
          for (const client of CANDIDATES) {
            const name = key(client, operation, concurrency)
            result.ratios[name] = pairedRatios(measured.rounds, name, key(RAW_FETCH, operation, concurrency))
            result.overTimeout[name] = pairedRatios(
              measured.rounds,
              name,
              key(WITH_TIMEOUT, operation, concurrency),
            )
          }
        }
      }
      return result
    } finally {
      await close()
    }
  } finally {
    await sandbox.close()
  }
}

export const key = (client, operation, concurrency) => `${client} ${operation} ×${concurrency}`

if (isMain(import.meta)) {
  const list = (name, fallback) => process.env[name]?.split(',') ?? fallback
  const result = await measureHttpOverhead({
    rounds: Number(process.env.BENCH_ROUNDS ?? 15),
    roundMs: Number(process.env.BENCH_ROUND_MS ?? 200),
    latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 0),
    operations: list('BENCH_OPERATIONS', OPERATIONS),
    concurrencies: list('BENCH_CONCURRENCIES', CONCURRENCIES).map(Number),
  })
  report(result, ({ ops, cpuUs, ratios }) => {
    const rows = []
    for (const operation of OPERATIONS) {
      for (const concurrency of CONCURRENCIES) {
        for (const client of CANDIDATES) {
          const name = key(client, operation, concurrency)
          if (!(name in ratios)) continue
          const { median, low, high } = ratios[name]
          rows.push({
            operation,
            concurrency,
            client,
            'requests/s': Math.round(ops[name]),
            'time vs raw fetch': `${median.toFixed(3)}× (${low.toFixed(2)}–${high.toFixed(2)})`,
            'client CPU µs/request': Math.round(cpuUs[name]),
          })
        }
      }
    }
    console.log(
      'Time per request relative to raw fetch (sandbox in a child process, no rate limit): median and quartiles of the ratios paired round by round',
    )
    console.table(rows)
  })
}
