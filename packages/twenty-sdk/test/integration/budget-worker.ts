// One worker of the shared-budget test: sends requests as fast as its client allows for `DURATION_MS`,
// drawing on a rate-limit budget shared through Redis, then prints how many succeeded and how many were 429s.
import { Redis } from 'ioredis'
import { TwentyClient, TwentyRateLimitError } from '../../src/index.js'

const { URL: baseUrl, KEY: apiKey, REDIS_PORT, BUDGET_ID, DURATION_MS, LONG_LIMIT } = process.env
const redis = new Redis({ host: '127.0.0.1', port: Number(REDIS_PORT), lazyConnect: false })
const twenty = new TwentyClient({
  apiKey,
  baseUrl,
  retry: false,
  rateLimit: {
    longLimit: Number(LONG_LIMIT),
    longTtlMs: 60_000,
    maxConcurrent: 4,
    redis: { id: BUDGET_ID as string, client: redis },
  },
})
const deadline = Date.now() + Number(DURATION_MS)
let ok = 0
let limited = 0
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (Date.now() < deadline) {
      try {
        await twenty.people.list({ limit: 1 })
        ok++
      } catch (error) {
        if (error instanceof TwentyRateLimitError) limited++
        else throw error
      }
    }
  }),
)
await twenty.close()
redis.disconnect()
console.log(JSON.stringify({ ok, limited }))
