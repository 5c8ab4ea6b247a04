// Bulk import throughput against Twenty's rate limit, measured in one run on the sandbox:
// records imported / (records the budget allowed over the same time × 60 records per request).
//
//   npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:import [longLimitPerMinute=120] [rows=10200]
//
// The sandbox enforces Twenty's two buckets (100/s and longLimit/min); the SDK paces itself to the same limits.
// Reported: the ratio for match 'upsert' (one request per 60 rows) and for the default 'lookup' (reads first).
import { startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'

const longLimit = Number(process.argv[2] ?? 120)
const rows = Number(process.argv[3] ?? 10_200)

async function run(match) {
  const sandbox = await startSandbox({ rateLimit: { shortLimit: 100, shortTtlMs: 1_000, longLimit, longTtlMs: 60_000 } })
  const twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url, rateLimit: { longLimit, longTtlMs: 60_000 } })
  try {
    const input = Array.from({ length: rows }, (_, i) => ({
      name: { firstName: 'Bench', lastName: String(i) },
      emails: { primaryEmail: `bench${i}@import.example` },
    }))
    const started = performance.now()
    const report = await twenty.people.importMany(input, { match })
    const seconds = (performance.now() - started) / 1000
    const budgetRequests = longLimit + (longLimit / 60) * seconds
    const ratio = (report.counts.created + report.counts.updated) / (budgetRequests * 60)
    return {
      match,
      rows,
      imported: report.counts.created + report.counts.updated,
      failed: report.counts.failed,
      requests: sandbox.rateLimitStats.allowed,
      'refused (429)': sandbox.rateLimitStats.limited,
      seconds: seconds.toFixed(1),
      'budget requests': budgetRequests.toFixed(0),
      'ratio to budget × 60': ratio.toFixed(3),
    }
  } finally {
    await twenty.close()
    await sandbox.close()
  }
}

console.log(`Bulk import on a sandbox limited to 100/s and ${longLimit}/min, ${rows} new people`)
console.table([await run('upsert'), await run('lookup')])
