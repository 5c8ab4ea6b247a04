import { describe, expect, it } from 'vitest'
import { demoRun, realWorkspace, snapshot } from './helpers.js'

// Twenty's 429 as its throttler sends it: no Retry-After, the bucket named in the message.
const RATE_LIMITED = {
  status: 429,
  body: { statusCode: 429, error: 'HttpException', messages: ['Limit reached (100 tokens per 60000 ms)'] },
}

describe('the demo when a Zapier step fails', () => {
  it("prints a rate-limited Create Task as the app's message, without Zapier's JSON or its retry promise", async () => {
    // Only the Zapier app creates tasks in the demo.
    const workspace = await realWorkspace(() => [
      async (request, next) =>
        request.method === 'POST' && request.path === '/rest/tasks' ? RATE_LIMITED : next(),
    ])
    try {
      const before = await snapshot(workspace.twenty)
      const run = await demoRun(workspace.args, workspace.env)

      expect(run.code).toBe(1)
      const failure = run.stdout.split('\n').find((line) => line.includes('✗ 4. The Zapier app')) ?? ''
      expect(failure).toMatch(
        /✗ 4\. The Zapier app\s+Twenty's API rate limit was reached \(Limit reached \(100 tokens per 60000 ms\)\)\.$/,
      )
      expect(run.stdout).not.toContain('{"message"')
      expect(run.stdout).not.toContain('Zapier will retry')
      expect(await snapshot(workspace.twenty)).toEqual(before)
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)
})
