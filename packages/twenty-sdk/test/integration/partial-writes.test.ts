import { inspect } from 'node:util'
import type { Interceptor } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import {
  BATCH_SIZE,
  type Company,
  TwentyClient,
  TwentyConnectionError,
  type TwentyError,
  TwentyServerError,
  TwentyValidationError,
} from '../../src/index.js'
import { useSandbox } from './setup.js'

/** Answers the `failAt`-th batch create from now (1-based) with Twenty's 500, before anything is written. */
const failure = { failAt: 0, seen: 0 }
const failNthBatch: Interceptor = async (request, next) => {
  if (request.method !== 'POST' || !request.path.startsWith('/rest/batch/')) return next()
  failure.seen++
  if (failure.seen !== failure.failAt) return next()
  return {
    status: 500,
    body: { statusCode: 500, error: 'InternalServerErrorException', messages: ['Injected: batch lost'] },
  }
}

const ctx = useSandbox({ interceptors: [failNthBatch] })
const client = () =>
  new TwentyClient({ apiKey: ctx.sandbox.apiKey, baseUrl: ctx.sandbox.url, rateLimit: false, retry: false })
const failBatch = (n: number) => Object.assign(failure, { failAt: n, seen: 0 })

const rowsNamed = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({ name: `${prefix} ${String(index).padStart(3, '0')}` }))

/** The companies whose name starts with `prefix`, read back through the API. */
const stored = (prefix: string) =>
  client()
    .companies.iterate({ filter: { name: { startsWith: `${prefix} ` } } })
    .toArray({ limit: 1_000 })

/** What the failed call says it wrote; fails the test when the error carries nothing. */
const writtenBy = (error: unknown) => {
  const written = (error as TwentyError).written
  if (!written) return expect.fail('expected the error to carry `written`')
  return { resumeAt: written.resumeAt, records: written.records as Company[] }
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  )

describe('createMany that fails after earlier batches were written', () => {
  it('throws Twenty’s 400 of the third batch with the records of the first two, and a resume creates no duplicates', async () => {
    failBatch(0)
    const twenty = client()
    const taken = await twenty.companies.create({ name: 'Taken id holder' })
    const rows: Record<string, unknown>[] = rowsNamed('Refused batch', 150)
    // Row 130 is in the third batch (120 to 149): an id that already exists fails that whole batch.
    rows[130] = { ...rows[130], id: taken.id }

    const error = await caught(twenty.companies.createMany(rows))

    expect(error).toBeInstanceOf(TwentyValidationError)
    expect((error as TwentyError).status).toBe(400)
    expect((error as TwentyError).code).toBe('BadRequestException')
    const written = writtenBy(error)
    expect(written.resumeAt).toBe(2 * BATCH_SIZE)
    const records = written.records
    expect(records.map((company) => company.name)).toEqual(rows.slice(0, 120).map((row) => row.name))
    const before = await stored('Refused batch')
    expect(before.map((company) => company.id).sort()).toEqual(records.map((company) => company.id).sort())

    const { id: _, ...fixed } = rows[130] as { id: string; name: string }
    rows[130] = fixed
    const resumed = await twenty.companies.createMany(rows.slice(written.resumeAt))

    expect(resumed).toHaveLength(30)
    const after = await stored('Refused batch')
    expect(after.map((company) => company.name).sort()).toEqual(rows.map((row) => row.name).sort())
  })

  it('throws the 500 of the second batch as a TwentyServerError listing the first batch, in logs and JSON too', async () => {
    failBatch(2)
    const rows = rowsNamed('Server error', 130)

    const error = await caught(client().companies.createMany(rows))

    expect(error).toBeInstanceOf(TwentyServerError)
    expect((error as TwentyError).code).toBe('InternalServerErrorException')
    const written = writtenBy(error)
    expect(written.resumeAt).toBe(BATCH_SIZE)
    const ids = written.records.map((company) => company.id)
    expect(ids).toHaveLength(BATCH_SIZE)
    expect((await stored('Server error')).map((company) => company.id).sort()).toEqual([...ids].sort())
    expect(JSON.parse(JSON.stringify(error)).written.resumeAt).toBe(BATCH_SIZE)
    expect(inspect(error, { depth: 1 })).toContain('resumeAt: 60')
    expect(JSON.stringify(error)).not.toContain(ctx.sandbox.apiKey)

    failBatch(0)
    await client().companies.createMany(rows.slice(written.resumeAt))
    expect(await stored('Server error')).toHaveLength(130)
  })

  it('keeps `written` read-only, so a handler cannot lose track of what was committed', async () => {
    failBatch(2)
    const error = (await caught(client().companies.createMany(rowsNamed('Read only', 70)))) as TwentyError

    expect(() => {
      ;(error as { written: unknown }).written = undefined
    }).toThrow(TypeError)
    const { records } = writtenBy(error)
    expect(() => records.pop()).toThrow(TypeError)
    expect(writtenBy(error).records).toHaveLength(BATCH_SIZE)
  })

  it('reports nothing written when the first batch fails', async () => {
    failBatch(1)
    const error = await caught(client().companies.createMany(rowsNamed('First batch', 70)))

    expect(error).toBeInstanceOf(TwentyServerError)
    expect((error as TwentyError).written).toEqual({ records: [], resumeAt: 0 })
    expect(await stored('First batch')).toEqual([])
  })

  it('says what the first batch wrote when the caller aborts before the second', async () => {
    failBatch(0)
    const twenty = client()
    const controller = new AbortController()
    twenty.use({
      onResponse: ({ context }) => {
        if (context.path.startsWith('/batch/')) controller.abort()
      },
    })

    const error = await caught(
      twenty.companies.createMany(rowsNamed('Aborted', 100), { signal: controller.signal }),
    )

    expect(error).toBeInstanceOf(TwentyConnectionError)
    expect((error as TwentyError).code).toBe('ABORTED')
    const written = writtenBy(error)
    expect(written.resumeAt).toBe(BATCH_SIZE)
    const ids = written.records.map((company) => company.id)
    expect((await stored('Aborted')).map((company) => company.id).sort()).toEqual([...ids].sort())
  })
})
