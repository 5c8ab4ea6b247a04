import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type Harness, startHarness } from './harness.js'

// Records written in one statement share their timestamp (Postgres' now() is the transaction's start), so a polling
// trigger meets ties on its date. Make sorts trigger items by date, then id, and `order: desc` tells it the API
// returns them newest first in that order; Twenty breaks ties by id ascending unless told otherwise.

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const ids = (bundles: unknown[]) => bundles.map((bundle) => (bundle as { id: string }).id)
const personId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

/** Creates people with the given ids, all in the same millisecond. */
async function createAtOnce(numbers: number[]): Promise<string[]> {
  vi.useFakeTimers({ toFake: ['Date'] })
  try {
    for (const n of numbers) {
      const response = await fetch(`${h.sandbox.url}/rest/people`, {
        method: 'POST',
        headers: { authorization: `Bearer ${h.sandbox.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: personId(n), name: { firstName: `Tie ${n}` } }),
      })
      expect(response.status).toBe(201)
    }
  } finally {
    vi.useRealTimers()
  }
  return numbers.map(personId)
}

describe('Watch new people with people created in the same millisecond', () => {
  it('outputs the newest of them by date then id when the limit cuts the run, and nothing more next time', async () => {
    const [, , newest] = await createAtOnce([1, 2, 3])
    const first = await h.runner.pollTrigger('watchNewPeople', { limit: 1 })
    expect(ids(first.bundles)).toEqual([newest])
    const next = await h.runner.pollTrigger('watchNewPeople', { limit: 10 }, first.state)
    expect(next.bundles).toEqual([])
  })

  it('asks Twenty for the same order Make assumes: date, then id, both newest first', async () => {
    await h.runner.pollTrigger('watchNewPeople', { limit: 1 })
    expect(h.log.at(-1)?.request.qs).toMatchObject({ order_by: 'createdAt[DescNullsLast],id[DescNullsLast]' })
    await h.runner.epoch('watchNewPeople')
    expect(h.log.at(-1)?.request.qs).toMatchObject({ order_by: 'createdAt[DescNullsLast],id[DescNullsLast]' })
  })
})
