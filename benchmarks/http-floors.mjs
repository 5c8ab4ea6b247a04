// What the SDK's per-request cost is made of: `people.get` with 16 requests in flight (where the client, not the
// sandbox, is the bottleneck) against raw fetch, and against raw fetch plus each thing the SDK adds, one at a
// time: a per-attempt timeout (an AbortController and a timer), the SDK's headers and text-then-JSON.parse
// reading, and ofetch with the options the SDK passes. Ratios of time per request, measured in one run.
//
// A second table runs the same candidates in-process against a stub fetch (it builds undici's Request and answers
// with a ready Response, no socket): what is left is CPU work only, free of the network and of the sandbox
// sharing the machine's two cores, so the SDK's own share per request shows more steadily.
//
//   npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:floors [concurrency=16]
import { createFetch } from 'ofetch'
import { TwentyClient } from 'twenty-sdk'
import { interleavedMedians, isMain, report } from './lib/measure.mjs'
import { startSandboxProcess } from './lib/sandbox-process.mjs'

const TIMEOUT_MS = 30_000

/** Raw fetch with what the SDK adds, piece by piece, and the SDK itself. */
function candidates({ url, apiKey }, id, fetch = globalThis.fetch) {
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
  const $fetch = createFetch({ fetch })
  const twenty = new TwentyClient({ apiKey, baseUrl: url, rateLimit: false, fetch })
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
 * The candidates against a stub fetch: the same request path without a socket. Each call runs one request at a
 * time; the ratios are of CPU time per request.
 * @returns {Promise<{ ops: Record<string, number>, cpuUs: Record<string, number> }>}
 */
export async function measureStubFloors({ rounds = 9, roundMs = 300 } = {}) {
  const id = '0d4b2b8a-6a57-4ad6-8b0e-4f5e2f8a9c11'
  const url = 'http://127.0.0.1:9'
  const body = JSON.stringify({ data: { person: { id, name: { firstName: 'Linh', lastName: 'Nguyen' } } } })
  const stubFetch = async (input, init) => {
    new Request(input, init)
    return new Response(body, { headers: { 'content-type': 'application/json' } })
  }
  const { twenty, fns } = candidates({ url, apiKey: 'stub.api.key' }, id, stubFetch)
  try {
    const entries = Object.entries(fns).map(([name, fn]) => [name, { fn }])
    return await interleavedMedians(Object.fromEntries(entries), { rounds, roundMs })
  } finally {
    await twenty.close()
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

/** One row per candidate: requests per second, time per request relative to raw fetch, CPU µs per request. */
function printFloors(title, { ops, cpuUs }) {
  const raw = 'raw fetch'
  console.log(title)
  console.table(
    Object.keys(ops).map((name) => ({
      candidate: name,
      'requests/s': Math.round(ops[name]),
      'time vs raw fetch': `${(ops[raw] / ops[name]).toFixed(3)}×`,
      'client CPU µs/request': cpuUs[name].toFixed(1),
    })),
  )
}

if (isMain(import.meta)) {
  const concurrency = Number(process.argv[2] ?? 16)
  const result = { network: await measureFloors({ concurrency }), stub: await measureStubFloors() }
  report(result, ({ network, stub }) => {
    printFloors(
      `people.get, ${concurrency} in flight: time per request relative to raw fetch (median of rounds)`,
      network,
    )
    printFloors('people.get against a stub fetch, in-process (CPU work only, one at a time)', stub)
  })
}
