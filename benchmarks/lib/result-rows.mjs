// Turns each benchmark's measurements into rows of the combined table, each with the goal issue 8 sets for it.

import { EMPTY_MODULE } from '../cold-import.mjs'
import { CLIENTS, CONCURRENCIES, key, OPERATIONS } from '../http-overhead.mjs'
import { OCTOKIT, RAW, RAW_PARSE, SDK_SIGNATURE, SDK_VERIFY, STRIPE } from '../webhooks-verify.mjs'
import { atLeast, atMost, times } from './table.mjs'

const [RAW_FETCH, SDK, CLIENT_SDK] = CLIENTS
const MB = 2 ** 20

/**
 * SDK and twenty-client-sdk time per request over raw fetch's (inverse ratio of requests per second), with the
 * client CPU each spends per request beyond raw fetch: the SDK's own cost, whatever the server's latency.
 */
export function httpRows({ ops, cpuUs }) {
  const rows = []
  for (const operation of OPERATIONS) {
    for (const concurrency of CONCURRENCIES) {
      const benchmark = `${operation}, ${concurrency === 1 ? 'sequential' : `${concurrency} in flight`}`
      const name = (client) => key(client, operation, concurrency)
      const extraCpu = (client) =>
        `${Math.round(cpuUs[name(client)] - cpuUs[name(RAW_FETCH)])} µs CPU/request`
      const sdk = ops[name(RAW_FETCH)] / ops[name(SDK)]
      const clientSdk = ops[name(RAW_FETCH)] / ops[name(CLIENT_SDK)]
      const sdkRow = atMost(benchmark, 'twenty-sdk time/request ÷ raw fetch', sdk, 1.1)
      rows.push({ ...sdkRow, figure: `${sdkRow.figure} (${extraCpu(SDK)})` })
      rows.push({
        benchmark,
        measure: 'twenty-client-sdk RestApiClient ÷ raw fetch',
        figure: `${times(clientSdk)} (${extraCpu(CLIENT_SDK)}); twenty-sdk ÷ it: ${times(sdk / clientSdk)}`,
        goal: 'reference',
        met: null,
      })
    }
  }
  return rows
}

/** Verifications per second of the SDK over the hand-written floor and over Stripe's and Octokit's verifiers. */
export function webhookRows(results) {
  return results.flatMap(({ sizeKb, ops }) => {
    const benchmark = `verify, ${sizeKb} KB body`
    return [
      atLeast(benchmark, 'verifyWebhookSignature ÷ raw HMAC', ops[SDK_SIGNATURE] / ops[RAW], 0.9),
      atLeast(benchmark, 'verifyWebhook ÷ raw HMAC + JSON.parse', ops[SDK_VERIFY] / ops[RAW_PARSE], 0.9),
      atLeast(benchmark, 'verifyWebhook ÷ stripe constructEvent', ops[SDK_VERIFY] / ops[STRIPE], 1),
      atLeast(benchmark, 'verifyWebhookSignature ÷ Octokit verify', ops[SDK_SIGNATURE] / ops[OCTOKIT], 1),
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
