// Per-request overhead of the SDK against raw fetch and against twenty-client-sdk's RestApiClient (Twenty's own
// REST helper, published on npm), for get and list, sequentially and with 16 requests in flight. The sandbox runs
// in a child process without a rate limit; the SDK runs with `rateLimit: false` and its default retries.
//
//   npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:http
//
// --json prints measureHttpOverhead()'s result as one JSON line instead, for run-all.mjs.
import { RestApiClient } from 'twenty-client-sdk/rest'
import { TwentyClient } from 'twenty-sdk'
import { interleavedMedians, isMain, report } from './lib/measure.mjs'
import { startSandboxProcess } from './lib/sandbox-process.mjs'

export const CLIENTS = ['raw fetch', 'twenty-sdk', 'twenty-client-sdk RestApiClient']
export const OPERATIONS = ['get', 'list']
export const CONCURRENCIES = [1, 16]

// The three clients issue the same requests: GET /rest/people/{id} and GET /rest/people (Twenty's default page
// of 60, here the 48 seeded people with their companies at depth 1). Each checks the status and parses the body.
function clients({ url, apiKey }, id) {
  const headers = { authorization: `Bearer ${apiKey}` }
  const raw = async (path) => {
    const response = await fetch(`${url}/rest${path}`, { headers })
    if (!response.ok) throw new Error(`${response.status} on ${path}`)
    return response.json()
  }
  const twenty = new TwentyClient({ apiKey, baseUrl: url, rateLimit: false })
  const rest = new RestApiClient({ baseUrl: `${url}/rest`, token: apiKey })
  return {
    twenty,
    operations: {
      'raw fetch': { get: () => raw(`/people/${id}`), list: () => raw('/people') },
      'twenty-sdk': { get: () => twenty.people.get(id), list: () => twenty.people.list() },
      'twenty-client-sdk RestApiClient': {
        get: () => rest.get(`/people/${id}`),
        list: () => rest.get('/people'),
      },
    },
  }
}

/**
 * Median requests per second, and client CPU microseconds per request, of every client, operation and
 * concurrency, measured in interleaved rounds.
 * @returns {Promise<{ ops: Record<string, number>, cpuUs: Record<string, number> }>} keyed by {@link key}
 */
export async function measureHttpOverhead({ rounds = 7, roundMs = 250 } = {}) {
  const sandbox = await startSandboxProcess({ sandbox: { seed: 42 } })
  try {
    const [first] = (
      await (
        await fetch(`${sandbox.url}/rest/people?limit=1`, {
          headers: { authorization: `Bearer ${sandbox.apiKey}` },
        })
      ).json()
    ).data.people
    const { twenty, operations } = clients(sandbox, first.id)
    const result = { ops: {}, cpuUs: {} }
    try {
      // One group per operation and concurrency: the clients are interleaved with each other only, so a round
      // of 16 lists in flight never precedes (and slows down) a round of sequential gets.
      for (const operation of OPERATIONS) {
        for (const concurrency of CONCURRENCIES) {
          const candidates = Object.fromEntries(
            CLIENTS.map((client) => [
              key(client, operation, concurrency),
              { fn: operations[client][operation], concurrency },
            ]),
          )
          const { ops, cpuUs } = await interleavedMedians(candidates, { rounds, roundMs })
          Object.assign(result.ops, ops)
          Object.assign(result.cpuUs, cpuUs)
        }
      }
      return result
    } finally {
      await twenty.close()
    }
  } finally {
    await sandbox.close()
  }
}

export const key = (client, operation, concurrency) => `${client} ${operation} ×${concurrency}`

if (isMain(import.meta)) {
  const result = await measureHttpOverhead({
    rounds: Number(process.env.BENCH_ROUNDS ?? 7),
    roundMs: Number(process.env.BENCH_ROUND_MS ?? 250),
  })
  report(result, ({ ops, cpuUs }) => {
    const rows = []
    for (const operation of OPERATIONS) {
      for (const concurrency of CONCURRENCIES) {
        const raw = key('raw fetch', operation, concurrency)
        for (const client of CLIENTS) {
          const name = key(client, operation, concurrency)
          rows.push({
            operation,
            concurrency,
            client,
            'requests/s': Math.round(ops[name]),
            'time vs raw fetch': `${(ops[raw] / ops[name]).toFixed(3)}×`,
            'client CPU µs/request': Math.round(cpuUs[name]),
          })
        }
      }
    }
    console.log(
      'Time per request relative to raw fetch (sandbox in a child process, no rate limit; median of interleaved rounds)',
    )
    console.table(rows)
  })
}
