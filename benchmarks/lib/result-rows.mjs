// Turns each benchmark's measurements into rows of the combined table, each with the goal issue 8 sets for it.

import { EMPTY_MODULE } from '../cold-import.mjs'
import {
  CLIENTS,
  CONCURRENCIES,
  CONTROL,
  key,
  OPERATIONS,
  RAW_UNDICI,
  SDK_ON_FETCH,
  WITH_TIMEOUT,
} from '../http-overhead.mjs'
import { OCTOKIT, RAW, RAW_AGAIN, RAW_PARSE, SDK_SIGNATURE, SDK_VERIFY, STRIPE } from '../webhooks-verify.mjs'
import { pairedRatios } from './measure.mjs'
import { atLeast, atMost, times } from './table.mjs'

const [RAW_FETCH, SDK, CLIENT_SDK] = CLIENTS
const MB = 2 ** 20

/** `1.12× (1.05–1.19)`: a paired ratio's median and quartiles. */
const spread = ({ median, low, high }) => `${times(median)} (${low.toFixed(2)}–${high.toFixed(2)})`

/**
 * SDK and twenty-client-sdk time per request over raw fetch's (paired round by round; median, quartiles in
 * brackets), with the client CPU each spends per request beyond raw fetch: the SDK's own cost, whatever the
 * server's latency. Reference rows go with each: the A/A control (raw fetch against itself: this run's noise), raw
 * fetch with a per-request timeout, the SDK over that timeout floor, the SDK given Node's fetch (its `fetch` option),
 * and raw undici.request, the floor of the transport the SDK uses on Node.
 */
export function httpRows({ cpuUs, ratios, overTimeout }) {
  const rows = []
  for (const operation of OPERATIONS) {
    for (const concurrency of CONCURRENCIES) {
      const benchmark = `${operation}, ${concurrency === 1 ? 'sequential' : `${concurrency} in flight`}`
      const name = (client) => key(client, operation, concurrency)
      const extraCpu = (client) =>
        `${Math.round(cpuUs[name(client)] - cpuUs[name(RAW_FETCH)])} µs CPU/request`
      const reference = (measure, figure) => ({ benchmark, measure, figure, goal: 'reference', met: null })
      const sdk = ratios[name(SDK)]
      const sdkRow = atMost(benchmark, 'twenty-sdk time/request ÷ raw fetch', sdk.median, 1.1)
      rows.push({ ...sdkRow, figure: `${spread(sdk)}, ${extraCpu(SDK)}` })
      rows.push(
        reference(
          'twenty-client-sdk RestApiClient ÷ raw fetch',
          `${spread(ratios[name(CLIENT_SDK)])}, ${extraCpu(CLIENT_SDK)}`,
        ),
        reference('A/A control: raw fetch ÷ itself (the noise)', spread(ratios[name(CONTROL)])),
        reference(
          'raw fetch + 30 s timeout ÷ raw fetch',
          `${spread(ratios[name(WITH_TIMEOUT)])}, ${extraCpu(WITH_TIMEOUT)}`,
        ),
        reference('twenty-sdk ÷ raw fetch + timeout', spread(overTimeout[name(SDK)])),
        reference(
          "twenty-sdk given Node's fetch ÷ raw fetch",
          `${spread(ratios[name(SDK_ON_FETCH)])}, ${extraCpu(SDK_ON_FETCH)}`,
        ),
        reference(
          'raw undici.request (the SDK’s transport) ÷ raw fetch',
          `${spread(ratios[name(RAW_UNDICI)])}, ${extraCpu(RAW_UNDICI)}`,
        ),
      )
    }
  }
  return rows
}

/**
 * The same get, with the sandbox taking `latencyMs` before each answer: what the client's own cost weighs against a
 * server that does not answer at once. For reference only: the goal is set on the rows above.
 */
export function latencyRows({ ratios }, latencyMs) {
  const benchmark = `get, 16 in flight, server answering in ${latencyMs} ms`
  const reference = (measure, client) => ({
    benchmark,
    measure,
    figure: spread(ratios[key(client, 'get', 16)]),
    goal: 'reference',
    met: null,
  })
  return [
    reference('twenty-sdk time/request ÷ raw fetch', SDK),
    reference("twenty-sdk given Node's fetch ÷ raw fetch", SDK_ON_FETCH),
    reference('A/A control: raw fetch ÷ itself (the noise)', CONTROL),
  ]
}

/**
 * Verifications per second of the SDK over the hand-written floor and over Stripe's and Octokit's verifiers,
 * paired round by round (median, quartiles in brackets), and the A/A control: the raw HMAC against itself.
 */
export function webhookRows(results) {
  return results.flatMap(({ sizeKb, rounds }) => {
    const benchmark = `verify, ${sizeKb} KB body`
    // Throughput of `name` over `reference`'s is the time of `reference` over `name`'s.
    const row = (measure, name, reference, limit) => {
      const ratio = pairedRatios(rounds, reference, name)
      return { ...atLeast(benchmark, measure, ratio.median, limit), figure: spread(ratio) }
    }
    return [
      row('verifyWebhookSignature ÷ raw HMAC', SDK_SIGNATURE, RAW, 0.9),
      row('verifyWebhook ÷ raw HMAC + JSON.parse', SDK_VERIFY, RAW_PARSE, 0.9),
      row('verifyWebhook ÷ stripe constructEvent', SDK_VERIFY, STRIPE, 1),
      row('verifyWebhookSignature ÷ Octokit verify', SDK_SIGNATURE, OCTOKIT, 1),
      {
        benchmark,
        measure: 'A/A control: raw HMAC ÷ itself (the noise)',
        figure: spread(pairedRatios(rounds, RAW, RAW_AGAIN)),
        goal: 'reference',
        met: null,
      },
    ]
  })
}

/** RSS growth of a fresh process iterating with the SDK, and its time against a raw cursor loop. */
export function iterationRows({ records, raw, sdk }) {
  const benchmark = `iterate ${records.toLocaleString('en-US')} people`
  const growth = (run) => (run.rssPeak - run.rssBefore) / MB
  return [
    {
      ...atMost(benchmark, 'RSS growth, people.iterate', growth(sdk), 64, ' MB'),
      figure: `${growth(sdk).toFixed(1)} MB`,
    },
    {
      benchmark,
      measure: 'RSS growth, raw cursor loop',
      figure: `${growth(raw).toFixed(1)} MB`,
      goal: 'reference',
      met: null,
    },
    {
      benchmark,
      measure: 'wall time, iterate ÷ raw loop',
      figure: `${times(sdk.wallMs / raw.wallMs)} (${(sdk.wallMs / 1000).toFixed(1)} s vs ${(raw.wallMs / 1000).toFixed(1)} s)`,
      goal: 'none set',
      met: null,
    },
    {
      benchmark,
      measure: 'client CPU time, iterate ÷ raw loop',
      figure: `${times(sdk.cpuMs / raw.cpuMs)} (${(sdk.cpuMs / 1000).toFixed(1)} s vs ${(raw.cpuMs / 1000).toFixed(1)} s)`,
      goal: 'none set',
      met: null,
    },
  ]
}

/** Rows imported over what the budget allowed in the same time × 60 rows per request, and the 429s seen. */
export function importRows(run, longLimit) {
  const benchmark = `importMany ${run.rows.toLocaleString('en-US')} people, ${longLimit}/min`
  return [
    atLeast(benchmark, `imported ÷ (budget × 60), match '${run.match}'`, run.ratio, 0.95, ''),
    {
      benchmark,
      measure: 'requests refused with 429',
      figure: String(run.refused),
      goal: '0',
      met: run.refused === 0,
    },
  ]
}

/** Absolute cold import times (the issue's goals) with their ratio to a bare node start on this machine now. */
export function coldImportRows({ bareStartMs, importMs, firstAnswer }) {
  const row = (specifier, limit) => {
    const ms = importMs[specifier]
    return {
      benchmark: 'cold import',
      measure: `import('${specifier}')`,
      figure: `${ms.toFixed(1)} ms (${times(ms / bareStartMs)} node start)`,
      goal: `≤ ${limit} ms`,
      met: ms <= limit,
    }
  }
  return [
    row('twenty-sdk', 50),
    row('twenty-sdk/webhooks', 10),
    {
      benchmark: 'cold import',
      measure: "floors: an empty module; node:crypto; `node -e ''`",
      figure: `${importMs[EMPTY_MODULE].toFixed(1)} ms; ${importMs['node:crypto'].toFixed(1)} ms; ${bareStartMs.toFixed(1)} ms`,
      goal: 'reference',
      met: null,
    },
    {
      benchmark: 'first answer',
      measure: 'fresh process to its first get: twenty-sdk; raw fetch',
      figure: `${firstAnswer.sdkMs.toFixed(1)} ms; ${firstAnswer.rawFetchMs.toFixed(1)} ms (${times(firstAnswer.sdkMs / firstAnswer.rawFetchMs)})`,
      goal: 'reference',
      met: null,
    },
  ]
}
