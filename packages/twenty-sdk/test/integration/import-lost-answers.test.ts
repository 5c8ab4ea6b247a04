import { startSandbox } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'

describe('importMany when Twenty commits a write but its answer is lost', () => {
  it('creates every task exactly once, although a task has no field besides its id that an upsert matches on', async () => {
    // Every batch write times out after the sandbox committed it: the first send writes, the answer never comes.
    const sandbox = await startSandbox({
      seed: false,
      faults: {
        seed: 7,
        rules: [
          {
            kinds: ['timeoutAfterCommit'],
            probability: 0.5,
            methods: ['POST'],
            path: '/rest/batch/',
            holdMs: 400,
          },
        ],
      },
    })
    const twenty = new TwentyClient({
      apiKey: sandbox.apiKey,
      baseUrl: sandbox.url,
      timeoutMs: 200,
      rateLimit: false,
      retry: { maxRetries: 10, baseDelayMs: 5, maxDelayMs: 20 },
    })
    try {
      const rows = Array.from({ length: 300 }, (_, i) => ({ title: `Lost answer ${i}` }))
      const report = await twenty.tasks.importMany(rows, { keyBy: 'title' })
      expect(sandbox.faultStats.timeoutAfterCommit).toBeGreaterThan(0)
      expect(report.counts).toMatchObject({ created: 300, failed: 0 })
      const titles: string[] = []
      for await (const task of twenty.tasks.iterate({ filter: { title: { startsWith: 'Lost answer ' } } })) {
        titles.push(task.title as string)
      }
      expect(titles).toHaveLength(300)
      expect(new Set(titles).size).toBe(300)
    } finally {
      await twenty.close()
      await sandbox.close()
    }
  })
})
