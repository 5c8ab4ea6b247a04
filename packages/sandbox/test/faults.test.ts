import { describe, expect, it } from 'vitest'
import { type FaultKind, startSandbox } from '../src/index.js'

async function post(url: string, key: string, body: unknown) {
  try {
    const response = await fetch(`${url}/rest/people`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(300),
    })
    const text = await response.text()
    try {
      JSON.parse(text)
      return `status ${response.status}`
    } catch {
      return 'malformed'
    }
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? 'timeout' : 'reset'
  }
}

const only = (kind: FaultKind) => ({
  seed: 3,
  rules: [{ kinds: [kind], probability: 1, holdMs: 1_000, methods: ['POST'] }],
})
const countPeople = async (url: string, key: string) =>
  (
    (await (await fetch(`${url}/rest/people`, { headers: { authorization: `Bearer ${key}` } })).json()) as {
      totalCount: number
    }
  ).totalCount

describe('fault injection', () => {
  it.each([
    ['serverError', 'status 503', 0],
    ['rateLimit', 'status 429', 0],
    ['resetBeforeWrite', 'reset', 0],
    ['timeoutAfterCommit', 'timeout', 1],
    ['malformedJson', 'malformed', 1],
  ] as const)('%s: the client sees %s and %i record is written', async (kind, seen, written) => {
    const sandbox = await startSandbox({ faults: only(kind) })
    try {
      expect(await post(sandbox.url, sandbox.apiKey, { name: { firstName: 'Fault' } })).toBe(seen)
      expect(await countPeople(sandbox.url, sandbox.apiKey)).toBe(written)
      expect(sandbox.faultStats[kind]).toBe(1)
    } finally {
      await sandbox.close()
    }
  })

  it.each([
    [{ kinds: [], probability: 1 }, /kinds must list/],
    [{ kinds: ['serverErorr'], probability: 1 }, /kinds must list.*serverErorr/],
    [{ kinds: ['latency'], probability: 20 }, /probability must be between 0 and 1/],
  ])('refuses a rule that could only hang or misfire at start: %j', async (rule, message) => {
    await expect(startSandbox({ faults: { rules: [rule as never] } })).rejects.toThrow(message)
  })

  it('replays the same faults for the same seed and leaves unmatched routes alone', async () => {
    const run = async () => {
      const sandbox = await startSandbox({
        faults: {
          seed: 99,
          rules: [
            {
              kinds: ['serverError', 'rateLimit'],
              probability: 0.5,
              methods: ['POST'],
              path: '/rest/people',
            },
          ],
        },
      })
      try {
        const seen = []
        for (let i = 0; i < 20; i++)
          seen.push(await post(sandbox.url, sandbox.apiKey, { name: { firstName: `R${i}` } }))
        const untouched = await fetch(`${sandbox.url}/rest/companies`, {
          headers: { authorization: `Bearer ${sandbox.apiKey}` },
        })
        return { seen, untouched: untouched.status }
      } finally {
        await sandbox.close()
      }
    }
    const [first, second] = [await run(), await run()]
    expect(first.seen).toEqual(second.seen)
    expect(new Set(first.seen).size).toBeGreaterThan(1)
    expect(first.untouched).toBe(200)
  })
})
