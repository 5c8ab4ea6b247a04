// What the SDK's per-request cost is made of: `people.get` with 16 requests in flight (where the client, not the
// sandbox, is the bottleneck) against raw fetch, and against raw fetch plus each thing the SDK adds, one at a
// time: a per-attempt timeout (an AbortController and a timer), the SDK's headers and text-then-JSON.parse
// reading, and ofetch with the options the SDK passes. Ratios of time per request, measured in one run.
//
//   npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:floors [concurrency=16]
import { createFetch } from 'ofetch'
import { TwentyClient } from 'twenty-sdk'
import { interleavedMedians, isMain, report } from './lib/measure.mjs'
import { startSandboxProcess } from './lib/sandbox-process.mjs'

const TIMEOUT_MS = 30_000

/** Raw fetch with what the SDK adds, piece by piece, and the SDK itself. */
function candidates({ url, apiKey }, id) {
  const target = `${url}/rest/people/${id}`
  const headers = { authorization: `Bearer ${apiKey}` }
  const sdkHeaders = { ...headers, accept: 'application/json', 'user-agent': 'twenty-sdk/0.0.0' }
  const withTimeout = async (send) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
    try {
      return await send(controller.signal)
    } finally {
      clearTimeout(timer)
    }
  }
  const $fetch = createFetch({ fetch: globalThis.fetch })
  const twenty = new TwentyClient({ apiKey, baseUrl: url, rateLimit: false })
  return {
    twenty,
    fns: {
      'raw fetch': async () => (await fetch(target, { headers })).json(),
      '+ timeout': () => withTimeout(async (signal) => (await fetch(target, { headers, signal })).json()),
      '+ timeout, SDK headers, text then JSON.parse': () =>
        withTimeout(async (signal) =>
          JSON.parse(await (await fetch(target, { headers: sdkHeaders, signal })).text()),
        ),
      '+ timeout, SDK headers, through ofetch': () =>
        withTimeout(async (signal) => {
          const response = await $fetch.raw(target, {
            method: 'GET',
            headers: sdkHeaders,
            signal,
            retry: 0,
            ignoreResponseError: true,
            responseType: 'text',
          })
          return JSON.parse(response._data)
        }),
      'twenty-sdk people.get': () => twenty.people.get(id),
    },
  }
}

/**
 * Median requests per second and client CPU µs per request of each candidate, `concurrency` in flight.
 * @returns {Promise<{ ops: Record<string, number>, cpuUs: Record<string, number> }>}
 */
export async function measureFloors({ concurrency = 16, rounds = 9, roundMs = 300 } = {}) {
  const sandbox = await startSandboxProcess({ sandbox: { seed: 42 } })
  try {
    const response = await fetch(`${sandbox.url}/rest/people?limit=1`, {
      headers: { authorization: `Bearer ${sandbox.apiKey}` },
    })
    const id = (await response.json()).data.people[0].id
    const { twenty, fns } = candidates(sandbox, id)
    try {
      const entries = Object.entries(fns).map(([name, fn]) => [name, { fn, concurrency }])
      return await interleavedMedians(Object.fromEntries(entries), { rounds, roundMs })
    } finally {
      await twenty.close()
    }
  } finally {
    await sandbox.close()
  }
}

if (isMain(import.meta)) {
  const concurrency = Number(process.argv[2] ?? 16)
  const result = await measureFloors({ concurrency })
  report(result, ({ ops, cpuUs }) => {
    const raw = 'raw fetch'
    console.log(
      `people.get, ${concurrency} in flight: time per request relative to raw fetch (median of rounds)`,
    )
    console.table(
      Object.keys(ops).map((name) => ({
        candidate: name,
        'requests/s': Math.round(ops[name]),
        'time vs raw fetch': `${(ops[raw] / ops[name]).toFixed(3)}×`,
        'client CPU µs/request': Math.round(cpuUs[name]),
      })),
    )
  })
}
