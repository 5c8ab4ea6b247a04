import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'
import { useSandbox } from './setup.js'

// Twenty's two buckets, small: 5 per second and 12 per minute (one token every 5 s).
const limits = { shortLimit: 5, shortTtlMs: 1_000, longLimit: 12, longTtlMs: 60_000 }
const context = useSandbox({ rateLimit: limits })

describe('a 429 from the per-second bucket, spent by another integration', () => {
  it('is retried within about a second: the per-minute bucket keeps its tokens', async () => {
    const { sandbox, twenty: other } = context
    const twenty = new TwentyClient({
      apiKey: sandbox.apiKey,
      baseUrl: sandbox.url,
      retry: { baseDelayMs: 1 },
      rateLimit: { ...limits, headroom: 0 },
    })
    try {
      // Another integration on the workspace empties the per-second bucket.
      await Promise.all(Array.from({ length: 5 }, () => other.people.list({ limit: 1 })))
      const started = performance.now()
      await expect(twenty.people.list({ limit: 1 })).resolves.toBeDefined()
      expect(sandbox.rateLimitStats.limited).toBeGreaterThanOrEqual(1)
      // Emptying the per-minute bucket too made the retry wait 5 s for its next token.
      expect(performance.now() - started).toBeLessThan(3_000)
    } finally {
      await twenty.close()
    }
  }, 15_000)
})
