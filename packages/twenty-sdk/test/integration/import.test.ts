import { describe, expect, it } from 'vitest'
import {
  type ImportProgress,
  type PersonInput,
  TwentyClient,
  TwentyServerError,
  TwentyValidationError,
} from '../../src/index.js'
import { defineFieldMap, toPhones } from '../../src/mapping/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()
const counted = (report: { counts: Record<string, number>; total: number }) =>
  Object.values(report.counts).reduce((sum, n) => sum + n, 0) === report.total

describe('people.importMany', () => {
  it('creates new rows, reports bad and duplicate rows with their reason, and the counts add up', async () => {
    const progress: ImportProgress[] = []
    const report = await ctx.twenty.people.importMany(
      [
        { name: { firstName: 'Imp', lastName: 'One' }, emails: { primaryEmail: 'imp1@example.com' } },
        { name: { firstName: 'Imp', lastName: 'Bad' }, emails: { primaryEmail: 'not-an-email' } },
        { name: { firstName: 'Imp', lastName: 'Two' }, emails: { primaryEmail: 'IMP1@example.com' } },
        { name: { firstName: 'Imp', lastName: 'NoEmail' } },
        { name: { firstName: 'Imp', lastName: 'Three' }, emails: { primaryEmail: 'imp3@example.com' } },
      ],
      { onProgress: (p) => progress.push(p) },
    )
    expect(report.counts).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 2,
      failed: 1,
      conflicts: 0,
    })
    expect(counted(report)).toBe(true)
    expect(report.failed[0]).toMatchObject({
      index: 1,
      reason: expect.stringMatching(/emails\.primaryEmail/),
    })
    expect(report.skipped.map(({ reason, duplicateOf }) => ({ reason, duplicateOf }))).toEqual([
      { reason: 'duplicate of the row at index 0 (same emails.primaryEmail)', duplicateOf: 0 },
      { reason: 'no emails.primaryEmail to match on', duplicateOf: undefined },
    ])
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5, etaMs: 0 })
  })

  it('refuses opportunity rows without keyBy from plain JavaScript with a typed error, sending nothing', async () => {
    const sent: string[] = []
    const stop = ctx.twenty.use({ onRequest: ({ context }) => void sent.push(context.path) })
    const importWithout = ctx.twenty.opportunities.importMany as (
      rows: unknown[],
      options?: object,
    ) => Promise<unknown>
    for (const options of [undefined, { strategy: 'externalWins' }]) {
      const error = await importWithout
        .call(ctx.twenty.opportunities, [{ name: 'Deal' }], options)
        .catch((e) => e)
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect((error as TwentyValidationError).message).toMatch(/keyBy is required for opportunity rows/)
    }
    stop()
    expect(sent).toEqual([])
  })

  it('updates only what changed under externalWins and leaves identical records unchanged', async () => {
    await ctx.twenty.people.create({
      emails: { primaryEmail: 'ext@example.com' },
      jobTitle: 'Old',
      city: 'Hanoi',
    })
    await ctx.twenty.people.create({ emails: { primaryEmail: 'same@example.com' }, jobTitle: 'Same' })
    const report = await ctx.twenty.people.importMany([
      { emails: { primaryEmail: 'ext@example.com' }, jobTitle: 'New' },
      { emails: { primaryEmail: 'same@example.com' }, jobTitle: 'Same' },
    ])
    expect(report.counts).toMatchObject({ updated: 1, unchanged: 1, created: 0 })
    const [person] = (
      await ctx.twenty.people.list({ filter: { emails: { primaryEmail: { eq: 'ext@example.com' } } } })
    ).data
    expect(person).toMatchObject({ jobTitle: 'New', city: 'Hanoi' })
  })

  it('keeps CRM values under crmWins and only fills empty fields', async () => {
    await ctx.twenty.people.create({ emails: { primaryEmail: 'crm@example.com' }, jobTitle: 'Kept' })
    const report = await ctx.twenty.people.importMany(
      [{ emails: { primaryEmail: 'crm@example.com' }, jobTitle: 'Ignored', city: 'Da Nang' }],
      {
        strategy: 'crmWins',
      },
    )
    expect(report.counts.updated).toBe(1)
    const [person] = (
      await ctx.twenty.people.list({ filter: { emails: { primaryEmail: { eq: 'crm@example.com' } } } })
    ).data
    expect(person).toMatchObject({ jobTitle: 'Kept', city: 'Da Nang' })
  })

  it('lets the newer side win under lastWriteWins', async () => {
    await ctx.twenty.people.create({ emails: { primaryEmail: 'lww-old@example.com' }, jobTitle: 'CRM' })
    await ctx.twenty.people.create({ emails: { primaryEmail: 'lww-new@example.com' }, jobTitle: 'CRM' })
    const rows = [
      { email: 'lww-old@example.com', title: 'Source', modified: '2020-01-01T00:00:00Z' },
      {
        email: 'lww-new@example.com',
        title: 'Source',
        modified: new Date(Date.now() + 60_000).toISOString(),
      },
    ]
    const report = await ctx.twenty.people.importMany(rows, {
      map: (row) => ({ emails: { primaryEmail: row.email }, jobTitle: row.title }),
      strategy: 'lastWriteWins',
      sourceUpdatedAt: (row) => row.modified,
    })
    expect(report.unchanged).toEqual([
      { index: 0, recordId: expect.any(String), reason: 'lastWriteWins: the CRM record is newer' },
    ])
    expect(report.updated.map((u) => u.index)).toEqual([1])
  })

  it('imports the newest of several rows with one key under lastWriteWins, and skips the others', async () => {
    const rows = [
      { email: 'lww-dup@example.com', title: 'Middle', modified: '2026-03-01T00:00:00Z' },
      { email: 'LWW-dup@example.com', title: 'Newest', modified: '2026-06-01T00:00:00Z' },
      { email: 'lww-dup@example.com', title: 'Oldest', modified: '2026-01-01T00:00:00Z' },
      { email: 'lww-dup@example.com', title: 'Newest again', modified: '2026-06-01T00:00:00Z' },
    ]
    const report = await ctx.twenty.people.importMany(rows, {
      map: (row) => ({ emails: { primaryEmail: row.email }, jobTitle: row.title }),
      strategy: 'lastWriteWins',
      sourceUpdatedAt: (row) => row.modified,
    })
    expect(report.created.map((row) => [row.index, row.record.jobTitle])).toEqual([[1, 'Newest']])
    expect(report.skipped.map(({ index, duplicateOf, reason }) => ({ index, duplicateOf, reason }))).toEqual([
      {
        index: 0,
        duplicateOf: 1,
        reason: 'duplicate of the row at index 1 (same emails.primaryEmail), which is newer',
      },
      {
        index: 2,
        duplicateOf: 1,
        reason: 'duplicate of the row at index 1 (same emails.primaryEmail), which is newer',
      },
      {
        index: 3,
        duplicateOf: 1,
        reason: 'duplicate of the row at index 1 (same emails.primaryEmail), as new and first',
      },
    ])
    const stored = await ctx.twenty.people.list({
      filter: { emails: { primaryEmail: { ilike: 'lww-dup@%' } } },
    })
    expect(stored.data.map((person) => person.jobTitle)).toEqual(['Newest'])
  })

  it('names the newest row in every duplicate under lastWriteWins when each row is newer than the one before', async () => {
    // An export sorted oldest first: each row displaces the one kept before it.
    const rows = ['2026-01-01', '2026-02-01', '2026-03-01'].map((day, i) => ({
      email: 'lww-rising@example.com',
      title: `Edit ${i}`,
      modified: `${day}T00:00:00Z`,
    }))
    const report = await ctx.twenty.people.importMany(rows, {
      map: (row) => ({ emails: { primaryEmail: row.email }, jobTitle: row.title }),
      strategy: 'lastWriteWins',
      sourceUpdatedAt: (row) => row.modified,
    })
    expect(report.created.map((row) => [row.index, row.record.jobTitle])).toEqual([[2, 'Edit 2']])
    const newer = 'duplicate of the row at index 2 (same emails.primaryEmail), which is newer'
    expect(report.skipped.map(({ index, duplicateOf, reason }) => ({ index, duplicateOf, reason }))).toEqual([
      { index: 0, duplicateOf: 2, reason: newer },
      { index: 1, duplicateOf: 2, reason: newer },
    ])
    expect(counted(report)).toBe(true)
  })

  it('refuses a batchSize or concurrency of NaN or below 1 before sending anything, instead of importing no row', async () => {
    // `Number(process.env.IMPORT_CONCURRENCY)` is NaN when the variable is unset.
    const sent: string[] = []
    const stop = ctx.twenty.use({ onRequest: ({ context }) => void sent.push(context.path) })
    for (const options of [{ concurrency: Number.NaN }, { batchSize: Number.NaN }, { batchSize: 0 }]) {
      const error = await ctx.twenty.people
        .importMany([{ emails: { primaryEmail: 'nan-option@example.com' } }], options)
        .catch((e) => e)
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect((error as TwentyValidationError).message).toMatch(
        /^importMany: (batchSize|concurrency) must be a number of at least 1, not (NaN|0)$/,
      )
    }
    stop()
    expect(sent).toEqual([])
  })

  it('refuses lastWriteWins without source timestamps before sending anything', async () => {
    await expect(
      ctx.twenty.people.importMany([{ emails: { primaryEmail: 'x@example.com' } }], {
        strategy: 'lastWriteWins',
      }),
    ).rejects.toBeInstanceOf(TwentyValidationError)
  })

  it('returns differences for review under manualReview and overwrites nothing', async () => {
    await ctx.twenty.people.create({ emails: { primaryEmail: 'review@example.com' }, jobTitle: 'CRM title' })
    const report = await ctx.twenty.people.importMany(
      [{ emails: { primaryEmail: 'review@example.com' }, jobTitle: 'Source title' }],
      {
        strategy: 'manualReview',
      },
    )
    expect(report.conflicts).toEqual([
      {
        index: 0,
        row: expect.any(Object),
        recordId: expect.any(String),
        fields: [{ field: 'jobTitle', crm: 'CRM title', incoming: 'Source title' }],
      },
    ])
    const [person] = (
      await ctx.twenty.people.list({ filter: { emails: { primaryEmail: { eq: 'review@example.com' } } } })
    ).data
    expect(person?.jobTitle).toBe('CRM title')
  })

  it('maps CSV-like rows with a field map, turning local phone numbers into Twenty’s PHONES', async () => {
    const map = defineFieldMap<{ Email: string; Phone: string; Name: string }, PersonInput>({
      emails: { from: 'Email', transform: (email) => ({ primaryEmail: String(email).toLowerCase() }) },
      phones: { from: 'Phone', transform: (phone) => toPhones(String(phone), { defaultCountry: 'VN' }) },
      name: { from: 'Name', transform: (name) => ({ firstName: String(name) }) },
    })
    const report = await ctx.twenty.people.importMany(
      [
        { Email: 'Csv@Example.com', Phone: '0912 345 678', Name: 'Csv' },
        { Email: 'csv2@example.com', Phone: 'call me', Name: 'Broken' },
      ],
      { map },
    )
    expect(report.counts).toMatchObject({ created: 1, failed: 1 })
    expect(report.created[0]?.record.phones).toMatchObject({
      primaryPhoneNumber: '912345678',
      primaryPhoneCallingCode: '+84',
    })
    expect(report.failed[0]?.errors?.[0]).toMatchObject({ field: 'phones' })
  })

  it('isolates a row Twenty refuses inside a batch, so the rest of the batch is still written', async () => {
    const report = await ctx.twenty.people.importMany([
      { emails: { primaryEmail: 'ok1@example.com' } },
      { emails: { primaryEmail: 'orphan@example.com' }, companyId: '00000000-0000-4000-8000-000000000000' },
      { emails: { primaryEmail: 'ok2@example.com' } },
    ])
    expect(report.created.map((c) => c.index)).toEqual([0, 2])
    expect(report.failed).toEqual([
      {
        index: 1,
        row: expect.any(Object),
        reason: expect.stringMatching(/foreign key/),
        error: expect.any(TwentyValidationError),
      },
    ])
    expect(report.failed[0]?.error?.status).toBe(400)
  })
})

describe('importMany when the server fails', () => {
  let failBatches = 0
  const failing = useSandbox({
    interceptors: [
      async (request, next) => {
        if (failBatches === 0 || request.method !== 'POST' || !request.path.startsWith('/rest/batch/'))
          return next()
        failBatches--
        return {
          status: 503,
          body: { statusCode: 503, error: 'ServiceUnavailable', messages: ['Service Unavailable'] },
        }
      },
    ],
  })

  it('gives each row a 5xx failed its typed error, so a caller can tell it from a row Twenty refused', async () => {
    failBatches = 1
    const twenty = new TwentyClient({
      apiKey: failing.sandbox.apiKey,
      baseUrl: failing.sandbox.url,
      rateLimit: false,
      retry: false,
    })
    const report = await twenty.people.importMany(
      [{ emails: { primaryEmail: 'down1@example.com' } }, { emails: { primaryEmail: 'down2@example.com' } }],
      { match: 'upsert' },
    )
    expect(report.failed.map((f) => [f.index, f.error?.name, f.error?.status])).toEqual([
      [0, 'TwentyServerError', 503],
      [1, 'TwentyServerError', 503],
    ])
    expect(report.failed[0]?.error).toBeInstanceOf(TwentyServerError)
  })
})

describe('importMany matching in the write itself', () => {
  it("with match 'upsert', writes once per batch and still tells created from updated", async () => {
    await ctx.twenty.people.create({ emails: { primaryEmail: 'fast-old@example.com' }, jobTitle: 'Before' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const report = await ctx.twenty.people.importMany(
      [
        { emails: { primaryEmail: 'fast-old@example.com' }, jobTitle: 'After' },
        { emails: { primaryEmail: 'fast-new@example.com' }, jobTitle: 'New' },
      ],
      { match: 'upsert' },
    )
    expect(report.updated.map((row) => row.index)).toEqual([0])
    expect(report.created.map((row) => row.index)).toEqual([1])
    expect(report.updated[0]?.record.jobTitle).toBe('After')
  })

  it("refuses match 'upsert' with a strategy that needs to read the CRM first", async () => {
    await expect(
      ctx.twenty.people.importMany([], { match: 'upsert', strategy: 'crmWins' }),
    ).rejects.toBeInstanceOf(TwentyValidationError)
  })
})

describe('companies.importMany', () => {
  it('matches a company by its domain however the URL is spelled', async () => {
    await ctx.twenty.companies.create({
      name: 'Acme',
      domainName: { primaryLinkUrl: 'https://acme.example' },
    })
    const report = await ctx.twenty.companies.importMany([
      { name: 'Acme Corp', domainName: { primaryLinkUrl: 'www.ACME.example/' } },
    ])
    expect(report.counts).toMatchObject({ updated: 1, created: 0 })
    expect((await ctx.twenty.companies.list({ filter: { name: { startsWith: 'Acme' } } })).totalCount).toBe(1)
  })
})
