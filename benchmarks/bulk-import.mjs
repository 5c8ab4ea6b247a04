// Bulk import throughput against Twenty's rate limit, measured in one run on the sandbox:
// records imported / (records the budget allowed over the same time × 60 records per request).
//
//   npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:import [longLimitPerMinute=120] [rows=10200] [upsert|lookup]
//
// The sandbox enforces Twenty's two buckets (100/s and longLimit/min); the SDK paces itself to the same limits.
// Reported: the ratio for match 'upsert' (one request per 60 rows) and for the default 'lookup' (reads first),
// or for the one given.
// The budget a run may use is the full bucket at the start (longLimit requests) plus its refill over the run, so
// the ratio only measures pacing when the rows need well over longLimit × 60: otherwise the burst absorbs them.
// --json prints measureBulkImport()'s result as one JSON line instead, for run-all.mjs.
import { startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import { cliArguments, isMain, report } from './lib/measure.mjs'

/**
 * Imports `rows` new people with `importMany` against a sandbox limited to 100/s and `longLimit`/min.
 * @returns {Promise<{ match: string, rows: number, imported: number, failed: number, requests: number,
 *   refused: number, seconds: number, budgetRequests: number, ratio: number }>}
 */
export async function measureBulkImport({ longLimit, rows, match }) {
  const sandbox = await startSandbox({
    rateLimit: { shortLimit: 100, shortTtlMs: 1_000, longLimit, longTtlMs: 60_000 },
  })
  const twenty = new TwentyClient({
    apiKey: sandbox.apiKey,
    baseUrl: sandbox.url,
    rateLimit: { longLimit, longTtlMs: 60_000 },
  })
  try {
    const input = Array.from({ length: rows }, (_, i) => ({
      name: { firstName: 'Bench', lastName: String(i) },
      emails: { primaryEmail: `bench${i}@import.example` },
    }))
    const started = performance.now()
    const summary = await twenty.people.importMany(input, { match })
    const seconds = (performance.now() - started) / 1000
    const budgetRequests = longLimit + (longLimit / 60) * seconds
    const imported = summary.counts.created + summary.counts.updated
    return {
      match,
      rows,
      imported,
      failed: summary.counts.failed,
      requests: sandbox.rateLimitStats.allowed,
      refused: sandbox.rateLimitStats.limited,
      seconds,
      budgetRequests,
      ratio: imported / (budgetRequests * 60),
    }
  } finally {
    await twenty.close()
    await sandbox.close()
  }
}

if (isMain(import.meta)) {
  const [longLimitArgument, rowsArgument, matchArgument] = cliArguments().positional
  const longLimit = Number(longLimitArgument ?? 120)
  const rows = Number(rowsArgument ?? 10_200)
  const runs = []
  for (const match of matchArgument ? [matchArgument] : ['upsert', 'lookup'])
    runs.push(await measureBulkImport({ longLimit, rows, match }))
  report(runs, () => {
    console.log(`Bulk import on a sandbox limited to 100/s and ${longLimit}/min, ${rows} new people`)
    console.table(
      runs.map((run) => ({
        match: run.match,
        rows,
        imported: run.imported,
        failed: run.failed,
        requests: run.requests,
        'refused (429)': run.refused,
        seconds: run.seconds.toFixed(1),
        'budget requests': run.budgetRequests.toFixed(0),
        'ratio to budget × 60': run.ratio.toFixed(3),
      })),
    )
  })
}
