// `pnpm bench`: every benchmark of issue 8 in one run, printed as one Markdown table of ratios with the goal next
// to each figure. Takes about three minutes; progress goes to stderr, the table to stdout.
//
//   npx -y pnpm@10 build && npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench
//
// Each part is also a script of its own with more detail (see README.md).

import { readFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import {
  coldImportRows,
  httpRows,
  importRows,
  iterationRows,
  latencyRows,
  webhookRows,
} from './lib/result-rows.mjs'
import { runPart } from './lib/run-part.mjs'
import { formatTable } from './lib/table.mjs'

// A budget of 60/min and 6,000 rows (100 requests): the burst covers 57 of them (the SDK keeps 5 % headroom),
// the other 43 wait for the refill, so the ratio measures pacing, not just the burst (about 45 s).
const IMPORT = { longLimit: 60, rows: 6_000, match: 'upsert' }
const HTTP_ROUNDS = { BENCH_ROUNDS: '15', BENCH_ROUND_MS: '200' }
// The get at 16 in flight again, against a sandbox that takes 10 ms to answer (its latency fault). Rounds of a
// second: at about 1,500 requests a second, shorter ones hold too few batches of 16 for a steady ratio (~45 s).
const LATENCY_MS = 10
const LATENCY = {
  BENCH_ROUNDS: '9',
  BENCH_ROUND_MS: '1000',
  BENCH_LATENCY_MS: String(LATENCY_MS),
  BENCH_OPERATIONS: 'get',
  BENCH_CONCURRENCIES: '16',
}
const VERIFY_ROUNDS = { BENCH_ROUNDS: '7', BENCH_ROUND_MS: '200' }

const started = performance.now()
const rows = []
// Each part runs in a fresh process (see run-part.mjs), one after the other so they never compete for the CPU.
async function part(name, script, args, env, toRows) {
  const partStarted = performance.now()
  process.stderr.write(`${name}…`)
  rows.push(...toRows(await runPart(script, args, env)))
  process.stderr.write(` ${((performance.now() - partStarted) / 1000).toFixed(0)} s\n`)
}

await part('cold import', 'cold-import.mjs', [11], {}, coldImportRows)
await part('HTTP get and list', 'http-overhead.mjs', [], HTTP_ROUNDS, httpRows)
await part(`HTTP get, ${LATENCY_MS} ms server`, 'http-overhead.mjs', [], LATENCY, (result) =>
  latencyRows(result, LATENCY_MS),
)
await part('webhook verification', 'webhooks-verify.mjs', [], VERIFY_ROUNDS, webhookRows)
await part('iteration', 'iteration-memory.mjs', [100_000], {}, iterationRows)
await part('bulk import', 'bulk-import.mjs', [IMPORT.longLimit, IMPORT.rows, IMPORT.match], {}, ([run]) =>
  importRows(run, IMPORT.longLimit),
)

// Read from node_modules: twenty-client-sdk's exports map does not expose its package.json.
const version = (name) =>
  JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url), 'utf8')).version
const missed = rows.filter((row) => row.met === false).length
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
console.log(formatTable(rows))
console.log(
  [
    '',
    'Time ratios: lower is better; throughput ratios (verify, import): higher is better. Medians of interleaved',
    'rounds; HTTP ratios are paired round by round, with their quartiles in brackets, and the A/A control row',
    "(raw fetch against itself) shows how far this run's noise alone moves a ratio.",
    `Machine: ${availableParallelism()} CPUs (${cpu}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    `Compared: twenty-client-sdk ${version('twenty-client-sdk')} (RestApiClient), stripe ${version('stripe')},`,
    `@octokit/webhooks-methods ${version('@octokit/webhooks-methods')}.`,
    'HTTP: sandbox in its own process, seeded (48 people), no rate limit; the SDK with rateLimit: false and its',
    `default retries. The "server answering in ${LATENCY_MS} ms" rows add that delay before each of its answers.`,
    'Iteration: pages of 200 (sandbox maxLimit 200), depth 0; each loop in a fresh process after a discarded',
    'warm-up pass; RSS sampled after every page.',
    `Import: sandbox limited to 100/s and ${IMPORT.longLimit}/min, the SDK paced to the same limits.`,
    `${missed === 0 ? 'Every goal met.' : `${missed} goal(s) missed: docs/benchmarks.md says why.`}` +
      ` Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  ].join('\n'),
)
