import type { HandlerResponse, Interceptor } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { TwentyAuthenticationError, TwentyClient, TwentyConnectionError } from '../../src/index.js'
import { useSandbox } from './setup.js'

/** A switchable fault: the next `remaining` matching requests run, then lose their answer (write committed). */
const loseAnswer = { method: '', path: '', remaining: 0, seen: 0 }
const faults: Interceptor = async (request, next) => {
  if (request.method !== loseAnswer.method || !request.path.startsWith(loseAnswer.path)) return next()
  loseAnswer.seen++
  if (loseAnswer.remaining <= 0) return next()
  loseAnswer.remaining--
  await next()
  request.raw.socket.destroy()
  return undefined
}
/** Cuts the JSON of the next `remaining` GET answers in half. */
const truncate = { remaining: 0 }
const truncating: Interceptor = async (request, next) => {
  const answer = (await next()) as HandlerResponse
  if (request.method !== 'GET' || truncate.remaining <= 0) return answer
  truncate.remaining--
  return { ...answer, raw: JSON.stringify(answer.body).slice(0, 20) }
}

const ctx = useSandbox({ interceptors: [faults, truncating] })
const fastRetries = { baseDelayMs: 5, maxDelayMs: 20 }
const client = (apiKey: string | (() => string)) =>
  new TwentyClient({ apiKey, baseUrl: ctx.sandbox.url, rateLimit: false, retry: fastRetries })
const count = async (email: string) =>
  (await ctx.twenty.people.list({ filter: { emails: { primaryEmail: { eq: email } } } })).totalCount

describe('creates whose answer is lost', () => {
  it('never resends a plain create, so the committed record is not duplicated', async () => {
    Object.assign(loseAnswer, { method: 'POST', path: '/rest/people', remaining: 1, seen: 0 })
    const error = await client(ctx.sandbox.apiKey)
      .people.create({ emails: { primaryEmail: 'plain@example.com' } })
      .catch((e) => e)
    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect(loseAnswer.seen).toBe(1)
    expect(await count('plain@example.com')).toBe(1)
  })

  it('with uniqueBy, finds the committed record instead of creating it again', async () => {
    Object.assign(loseAnswer, { method: 'POST', path: '/rest/people', remaining: 1, seen: 0 })
    const person = await client(ctx.sandbox.apiKey).people.create(
      { name: { firstName: 'Safe' }, emails: { primaryEmail: 'safe@example.com' } },
      { uniqueBy: 'emails.primaryEmail' },
    )
    expect(person.name?.firstName).toBe('Safe')
    expect(loseAnswer.seen).toBe(1)
    expect(await count('safe@example.com')).toBe(1)
  })

  it('retries an upsert after a lost answer and still holds one record', async () => {
    Object.assign(loseAnswer, { method: 'POST', path: '/rest/batch/people', remaining: 2, seen: 0 })
    const people = await client(ctx.sandbox.apiKey).people.createMany(
      [
        { emails: { primaryEmail: 'batch-a@example.com' } },
        { emails: { primaryEmail: 'batch-b@example.com' } },
      ],
      { upsert: true },
    )
    expect(people).toHaveLength(2)
    expect(loseAnswer.seen).toBe(3)
    expect([await count('batch-a@example.com'), await count('batch-b@example.com')]).toEqual([1, 1])
  })

  it('resends a read whose JSON body was cut off', async () => {
    truncate.remaining = 1
    const page = await client(ctx.sandbox.apiKey).people.list({ limit: 1 })
    expect(page.data).toHaveLength(1)
  })
})

describe('API keys from a provider', () => {
  it('reads the key again after a 401, so a rotated key works without a restart', async () => {
    const oldKey = ctx.sandbox.keys.create('old')
    const newKey = ctx.sandbox.keys.create('new')
    ctx.sandbox.keys.revoke(oldKey)
    // A provider with a stale cache: it still hands out the revoked key once, then the rotated one.
    const handedOut = [oldKey, newKey]
    let reads = 0
    const twenty = client(() => {
      reads++
      return handedOut.length > 1 ? (handedOut.shift() as string) : (handedOut[0] as string)
    })
    const created = await twenty.tasks.create({ title: 'After rotation' })
    expect(created.createdBy?.name).toBe('new')
    expect(reads).toBe(2)
  })

  it('gives up after one re-read when the new key is refused too', async () => {
    const revoked = ctx.sandbox.keys.create('revoked')
    ctx.sandbox.keys.revoke(revoked)
    let reads = 0
    const twenty = client(() => {
      reads++
      return revoked
    })
    await expect(twenty.people.list()).rejects.toBeInstanceOf(TwentyAuthenticationError)
    expect(reads).toBe(2)
  })
})
