import type { Interceptor } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyConnectionError } from '../../src/index.js'
import { useSandbox } from './setup.js'

/** The next matching request runs (its write is committed), then its connection drops before the answer. */
const loseAnswer = { path: '', remaining: 0, seen: 0 }
const faults: Interceptor = async (request, next) => {
  if (request.method !== 'POST' || !request.path.startsWith(loseAnswer.path)) return next()
  loseAnswer.seen++
  if (loseAnswer.remaining <= 0) return next()
  loseAnswer.remaining--
  await next()
  request.raw.socket.destroy()
  return undefined
}

const ctx = useSandbox({ interceptors: [faults] })
const client = () =>
  new TwentyClient({
    apiKey: ctx.sandbox.apiKey,
    baseUrl: ctx.sandbox.url,
    rateLimit: false,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  })

describe('an upsert that gives Twenty nothing to match on, whose answer is lost', () => {
  it('is not resent, so an opportunity (no unique field) is not created twice', async () => {
    Object.assign(loseAnswer, { path: '/rest/opportunities', remaining: 1, seen: 0 })
    const error = await client()
      .opportunities.upsert({ name: 'Lost answer deal' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(loseAnswer.seen).toBe(1)
    const found = await ctx.twenty.opportunities.list({ filter: { name: { eq: 'Lost answer deal' } } })
    expect(found.totalCount).toBe(1)
  })

  it('is not resent when one person of a batch has no email, and is when the batch carries ids', async () => {
    Object.assign(loseAnswer, { path: '/rest/batch/people', remaining: 1, seen: 0 })
    const error = await client()
      .people.createMany(
        [
          { emails: { primaryEmail: 'keyed@example.com' } },
          { name: { firstName: 'Nokey', lastName: 'Batch' } },
        ],
        { upsert: true },
      )
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(loseAnswer.seen).toBe(1)
    const named = await ctx.twenty.people.list({ filter: { name: { lastName: { eq: 'Batch' } } } })
    expect(named.totalCount).toBe(1)

    Object.assign(loseAnswer, { path: '/rest/batch/people', remaining: 1, seen: 0 })
    const id = crypto.randomUUID()
    const people = await client().people.createMany(
      [{ id, name: { firstName: 'Idkey', lastName: 'Batch' } }],
      {
        upsert: true,
      },
    )
    expect(people.map((person) => person.id)).toEqual([id])
    expect(loseAnswer.seen).toBe(2)
  })
})
