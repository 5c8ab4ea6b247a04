import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type Interceptor, startSandbox } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { startRedis } from '../helpers/redis-server.js'

const WORKERS = 4
const LONG_LIMIT = 600 // per minute, as a stricter-than-default Twenty would be configured
const DURATION_MS = 30_000
const worker = fileURLToPath(new URL('./budget-worker.ts', import.meta.url))

describe('one rate-limit budget shared by several processes through Redis', () => {
  it(`keeps ${WORKERS} worker processes under one ${LONG_LIMIT}/min budget: under 10 % of requests refused and at least 80 % of it used`, async () => {
    const redis = await startRedis()
    const served: number[] = []
    const record: Interceptor = async (_request, next) => {
      served.push(Date.now())
      return next()
    }
    const sandbox = await startSandbox({
      rateLimit: { longLimit: LONG_LIMIT, longTtlMs: 60_000 },
      interceptors: [record],
    })
    try {
      const env = {
        ...process.env,
        URL: sandbox.url,
        KEY: sandbox.apiKey,
        REDIS_PORT: String(redis.port),
        BUDGET_ID: `budget-${randomUUID()}`,
        DURATION_MS: String(DURATION_MS),
        LONG_LIMIT: String(LONG_LIMIT),
      }
      const results = await Promise.all(
        Array.from({ length: WORKERS }, () =>
          promisify(execFile)(process.execPath, ['--import', 'tsx', worker], {
            env,
            cwd: fileURLToPath(new URL('../..', import.meta.url)),
          }),
        ),
      )
      const counts = results.map(
        ({ stdout }) =>
          JSON.parse(stdout.trim().split('\n').at(-1) as string) as { ok: number; limited: number },
      )
      const spanSeconds = ((served.at(-1) as number) - (served[0] as number)) / 1000
      // What the server's bucket could have allowed over the same span: a full bucket, then its refill rate.
      const budget = LONG_LIMIT + (LONG_LIMIT / 60) * spanSeconds
      const ratio = sandbox.rateLimitStats.allowed / budget
      console.info(
        `shared budget: ${WORKERS} processes, ${sandbox.rateLimitStats.allowed} requests served over ${spanSeconds.toFixed(1)} s, ` +
          `${sandbox.rateLimitStats.limited} refused with 429, budget ${budget.toFixed(0)}, ratio ${ratio.toFixed(3)}`,
      )
      // Not zero: the sandbox refills as Twenty does, whole tokens counted from the last request let through, and
      // bottleneck's shared reservoir frees tokens on a fixed schedule that each process picks up on its own
      // heartbeat, so two requests sometimes reach the server less than one refill period apart and the second
      // earns nothing (docs/rate-limits.md, "One budget across processes"). The workers send without retries, to
      // count them; with the default retries each of these calls is sent again after the drain and succeeds.
      expect(sandbox.rateLimitStats.limited).toBeLessThan(0.1 * sandbox.rateLimitStats.allowed)
      expect(counts.reduce((sum, c) => sum + c.limited, 0)).toBe(sandbox.rateLimitStats.limited)
      expect(counts.every((c) => c.ok > 0)).toBe(true)
      expect(ratio).toBeGreaterThanOrEqual(0.8)
    } finally {
      await sandbox.close()
      await redis.stop()
    }
  }, 90_000)
})
