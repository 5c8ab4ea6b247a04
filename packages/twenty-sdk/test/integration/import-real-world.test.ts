// importMany against what real exports and a real Twenty do: mixed-case keys, blank or odd timestamps, keys the
// filter syntax cannot carry, JSONB key order, partial composites, interrupted runs and a tight rate limit.
import { startSandbox } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'
import { toPhones } from '../../src/mapping/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()
const byEmail = async (email: string) =>
  (await ctx.twenty.people.list({ filter: { emails: { primaryEmail: { eq: email } } } })).data

describe('importMany with keys spelled differently from the CRM', () => {
  it('matches a row whose email differs only in case, so manualReview reports the conflict and writes nothing', async () => {
    // Twenty lower-cases emails on write; the file keeps the sender's capitals.
    await ctx.twenty.people.create({ emails: { primaryEmail: 'case@example.com' }, jobTitle: 'CRM' })
    const report = await ctx.twenty.people.importMany(
      [{ emails: { primaryEmail: 'Case@Example.COM' }, jobTitle: 'File' }],
      { strategy: 'manualReview' },
    )
    expect(report.counts).toMatchObject({ created: 0, conflicts: 1 })
    expect(report.conflicts[0]?.fields).toEqual([{ field: 'jobTitle', crm: 'CRM', incoming: 'File' }])
    const stored = await byEmail('case@example.com')
    expect(stored.map((p) => [p.emails?.primaryEmail, p.jobTitle])).toEqual([['case@example.com', 'CRM']])
  })

  it('leaves a company unchanged when its domain matches in another spelling and nothing else differs', async () => {
    await ctx.twenty.companies.create({
      name: 'Spelling',
      domainName: { primaryLinkUrl: 'https://spelling.example' },
    })
    const report = await ctx.twenty.companies.importMany(
      [{ name: 'Spelling', domainName: { primaryLinkUrl: 'WWW.Spelling.example/' } }],
      { strategy: 'manualReview' },
    )
    expect(report.counts).toMatchObject({ unchanged: 1, conflicts: 0, updated: 0 })
  })
  it('matches a LinkedIn key with capitals in its path and a trailing slash, so a re-run creates no second person', async () => {
    // Twenty keeps a link's path as typed and drops the trailing slash, so the stored key is neither spelling
    // the file has nor its lower-cased form.
    const row = {
      name: { firstName: 'Linh' },
      linkedinLink: { primaryLinkUrl: 'https://www.linkedin.com/in/Linh-Nguyen-4B2A/' },
    }
    const options = { keyBy: 'linkedinLink.primaryLinkUrl' }
    expect((await ctx.twenty.people.importMany([row], options)).counts.created).toBe(1)
    const again = await ctx.twenty.people.importMany([{ ...row, jobTitle: 'Engineer' }], options)
    expect(again.counts).toMatchObject({ created: 0, updated: 1 })
    const stored = ctx.sandbox
      .records('people')
      .filter((p) =>
        (p.linkedinLink as { primaryLinkUrl: string }).primaryLinkUrl.includes('Linh-Nguyen-4B2A'),
      )
    expect(stored.map((p) => p.jobTitle)).toEqual(['Engineer'])
  })

  it('matches an international domain Twenty stores in punycode, so manualReview reports the conflict and writes nothing', async () => {
    await ctx.twenty.companies.create({
      name: 'Bücher CRM',
      domainName: { primaryLinkUrl: 'https://Bücher.example/' },
    })
    const report = await ctx.twenty.companies.importMany(
      [{ name: 'Bücher file', domainName: { primaryLinkUrl: 'https://bücher.example' } }],
      { strategy: 'manualReview' },
    )
    expect(report.counts).toMatchObject({ created: 0, updated: 0, conflicts: 1 })
    expect(report.conflicts[0]?.fields).toEqual([
      { field: 'name', crm: 'Bücher CRM', incoming: 'Bücher file' },
    ])
    const stored = (await ctx.twenty.companies.list({ filter: { name: { startsWith: 'Bücher' } } })).data
    expect(stored.map((c) => [c.name, c.domainName?.primaryLinkUrl])).toEqual([
      ['Bücher CRM', 'https://xn--bcher-kva.example'],
    ])
  })
})

describe('importMany re-run on values Twenty stored in its own form', () => {
  it('reports unchanged a re-run whose other emails and links differ from the stored ones only as Twenty rewrites them', async () => {
    // Twenty lower-cases emails and the scheme and host of links, and drops a trailing slash, on every write.
    const row = {
      emails: { primaryEmail: 'rerun@example.com', additionalEmails: ['Linh.Work@Example.COM'] },
      linkedinLink: {
        primaryLinkUrl: 'HTTPS://WWW.LinkedIn.com/in/Linh-Nguyen/',
        secondaryLinks: [{ url: 'https://X.com/LinhN/', label: 'X' }],
      },
    }
    expect((await ctx.twenty.people.importMany([row])).counts.created).toBe(1)
    const [stored] = await byEmail('rerun@example.com')
    expect(stored?.linkedinLink?.primaryLinkUrl).toBe('https://www.linkedin.com/in/Linh-Nguyen')
    for (const strategy of ['externalWins', 'manualReview'] as const) {
      const again = await ctx.twenty.people.importMany([row], { strategy })
      expect(again.counts).toMatchObject({ unchanged: 1, updated: 0, conflicts: 0 })
    }
  })

  it('reports unchanged a re-run whose phones are typed with a calling code or as dialled, which Twenty stores national', async () => {
    const row = {
      emails: { primaryEmail: 'phones-rerun@example.com' },
      phones: {
        primaryPhoneNumber: '+84 912 345 678',
        additionalPhones: [{ number: '028 3822 1234', countryCode: 'VN', callingCode: '' }],
      },
    }
    expect((await ctx.twenty.people.importMany([row])).counts.created).toBe(1)
    const [stored] = await byEmail('phones-rerun@example.com')
    expect(stored?.phones).toMatchObject({ primaryPhoneNumber: '912345678', primaryPhoneCountryCode: 'VN' })
    for (const strategy of ['externalWins', 'manualReview'] as const) {
      const again = await ctx.twenty.people.importMany([row], { strategy })
      expect(again.counts).toMatchObject({ unchanged: 1, updated: 0, conflicts: 0 })
    }
    const changed = await ctx.twenty.people.importMany([
      { ...row, phones: { ...row.phones, primaryPhoneNumber: '+84 912 345 679' } },
    ])
    expect(changed.counts).toMatchObject({ updated: 1 })
    expect((await byEmail('phones-rerun@example.com'))[0]?.phones?.primaryPhoneNumber).toBe('912345679')
  })

  it("writes a phone moved to another country and typed with its calling code, with the new codes instead of failing as conflicting with the CRM's", async () => {
    const us = {
      primaryPhoneNumber: '4155552671',
      primaryPhoneCountryCode: 'US',
      primaryPhoneCallingCode: '+1',
    }
    await ctx.twenty.people.create({ emails: { primaryEmail: 'moved-fr@example.com' }, phones: us })
    await ctx.twenty.people.create({ emails: { primaryEmail: 'moved-gg@example.com' }, phones: us })
    const rows = [
      {
        emails: { primaryEmail: 'moved-fr@example.com' },
        phones: { primaryPhoneNumber: '+33 6 12 34 56 78' },
      },
      {
        emails: { primaryEmail: 'moved-gg@example.com' },
        phones: { primaryPhoneNumber: '07911 123456', primaryPhoneCountryCode: 'GG' },
      },
    ]
    const report = await ctx.twenty.people.importMany(rows)
    expect(report.failed).toEqual([])
    expect(report.counts).toMatchObject({ updated: 2 })
    expect((await byEmail('moved-fr@example.com'))[0]?.phones).toMatchObject({
      primaryPhoneNumber: '612345678',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
    })
    expect((await byEmail('moved-gg@example.com'))[0]?.phones).toMatchObject({
      primaryPhoneNumber: '7911123456',
      primaryPhoneCountryCode: 'GG',
      primaryPhoneCallingCode: '+44',
    })
    expect((await ctx.twenty.people.importMany(rows)).counts).toMatchObject({ unchanged: 2, updated: 0 })
  })

  it("reports unchanged a re-run whose phone is typed nationally or with 00 and no codes, read with the CRM's codes as the write carries them", async () => {
    const vn = {
      primaryPhoneNumber: '912345678',
      primaryPhoneCountryCode: 'VN',
      primaryPhoneCallingCode: '+84',
    }
    await ctx.twenty.people.create({ emails: { primaryEmail: 'national-vn@example.com' }, phones: vn })
    for (const primaryPhoneNumber of ['0912 345 678', '0084 912 345 678']) {
      const row = { emails: { primaryEmail: 'national-vn@example.com' }, phones: { primaryPhoneNumber } }
      const report = await ctx.twenty.people.importMany([row], { strategy: 'manualReview' })
      expect(report.counts, primaryPhoneNumber).toMatchObject({ unchanged: 1, conflicts: 0, updated: 0 })
    }
    const changed = await ctx.twenty.people.importMany([
      { emails: { primaryEmail: 'national-vn@example.com' }, phones: { primaryPhoneNumber: '0912 345 679' } },
    ])
    expect(changed.counts).toMatchObject({ updated: 1 })
    expect((await byEmail('national-vn@example.com'))[0]?.phones).toMatchObject({
      ...vn,
      primaryPhoneNumber: '912345679',
    })
  })

  it('still writes a link whose path changed case, which Twenty keeps as typed', async () => {
    await ctx.twenty.people.create({
      emails: { primaryEmail: 'path-case@example.com' },
      linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/linh' },
    })
    const report = await ctx.twenty.people.importMany([
      {
        emails: { primaryEmail: 'path-case@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://LinkedIn.com/in/Linh' },
      },
    ])
    expect(report.counts).toMatchObject({ updated: 1 })
    expect((await byEmail('path-case@example.com'))[0]?.linkedinLink?.primaryLinkUrl).toBe(
      'https://linkedin.com/in/Linh',
    )
  })
  it('reports unchanged a re-run with ports, IPv6 and international hosts, queries and fragments in its links', async () => {
    const urls = [
      'https://Acme.com:8443/x/',
      'http://[2001:DB8::1]:8080/Path/',
      'https://Bücher.example/Straße/',
      'https://acme.com?x=1/',
      'HTTPS://ACME.COM/Path?Q=A#Frag/',
      'https://acme.com:443/x/',
      'www.Acme.com/Path/',
    ]
    const rows = urls.map((url, i) => ({
      emails: { primaryEmail: `link-forms${i}@example.com`, additionalEmails: [`Other${i}@Example.COM`] },
      linkedinLink: { primaryLinkUrl: url, secondaryLinks: [{ url, label: 'Same' }] },
    }))
    expect((await ctx.twenty.people.importMany(rows)).counts.created).toBe(urls.length)
    const [stored] = await byEmail('link-forms2@example.com')
    expect(stored?.linkedinLink?.primaryLinkUrl).toBe('https://xn--bcher-kva.example/Straße')
    const again = await ctx.twenty.people.importMany(rows, { strategy: 'manualReview' })
    expect(again.counts).toMatchObject({ unchanged: urls.length, conflicts: 0 })
  })

  it('still writes a link whose new path follows a backslash, which Twenty keeps as part of the link', async () => {
    // A URL parser reads a backslash after the host as a slash; taking it for part of the host compared only
    // the origin, so the row looked unchanged and the new path was never sent.
    await ctx.twenty.people.create({
      emails: { primaryEmail: 'backslash@example.com' },
      linkedinLink: { primaryLinkUrl: 'https://acme.com' },
    })
    const bodies: unknown[] = []
    const stop = ctx.twenty.use({
      onRequest: ({ context }) => void (context.method === 'POST' && bodies.push(context.body)),
    })
    const report = await ctx.twenty.people.importMany([
      {
        emails: { primaryEmail: 'backslash@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://Acme.com\\careers' },
      },
    ])
    stop()
    expect(report.counts).toMatchObject({ updated: 1, unchanged: 0 })
    expect(bodies).toEqual([
      [
        expect.objectContaining({
          linkedinLink: expect.objectContaining({ primaryLinkUrl: 'https://Acme.com\\careers' }),
        }),
      ],
    ])
    const [stored] = await byEmail('backslash@example.com')
    expect(stored?.linkedinLink?.primaryLinkUrl).toBe('https://acme.com\\careers')
    const again = await ctx.twenty.people.importMany([
      {
        emails: { primaryEmail: 'backslash@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://Acme.com\\careers' },
      },
    ])
    expect(again.counts).toMatchObject({ unchanged: 1, updated: 0 })
  })
})

describe('importMany with source timestamps from a spreadsheet', () => {
  const rows = [
    { email: 'stamp-ok@example.com', modified: '2030-01-01T00:00:00Z' },
    { email: 'stamp-blank@example.com', modified: '' },
    { email: 'stamp-text@example.com', modified: 'yesterday' },
    { email: 'stamp-serial@example.com', modified: 45750 },
  ]
  const map = (row: (typeof rows)[number]) => ({ emails: { primaryEmail: row.email }, jobTitle: 'Imported' })
  const stamp = (row: (typeof rows)[number]) => {
    if (row.modified === '') throw new Error('"Last modified" is blank')
    return row.modified
  }

  it('fails only the rows whose sourceUpdatedAt throws or is not a date, and imports the others', async () => {
    const report = await ctx.twenty.people.importMany(rows, {
      map,
      strategy: 'lastWriteWins',
      sourceUpdatedAt: stamp,
    })
    expect(report.created.map((row) => row.index)).toEqual([0])
    expect(report.failed.map(({ index, reason }) => ({ index, reason }))).toEqual([
      { index: 1, reason: 'sourceUpdatedAt: "Last modified" is blank' },
      {
        index: 2,
        reason: `sourceUpdatedAt: "yesterday" is not a date, so it cannot be compared with the CRM's updatedAt`,
      },
      {
        index: 3,
        reason:
          'sourceUpdatedAt: 45750 is not epoch milliseconds (seconds or an Excel serial date?); return a Date or ISO text',
      },
    ])
  })

  it('never calls sourceUpdatedAt under a strategy that does not compare timestamps', async () => {
    const report = await ctx.twenty.people.importMany(rows, {
      map,
      strategy: 'crmWins',
      sourceUpdatedAt: stamp,
    })
    expect(report.counts.failed).toBe(0)
    expect(report.counts.created + report.counts.updated + report.counts.unchanged).toBe(rows.length)
  })
})

describe('importMany with keys the filter syntax cannot carry', () => {
  it('fails only the row whose key has an unbalanced parenthesis, and imports the rest', async () => {
    const sent: string[] = []
    const stop = ctx.twenty.use({ onRequest: ({ context }) => void sent.push(context.method) })
    const report = await ctx.twenty.opportunities.importMany(
      [{ name: `Joe's "big" deal` }, { name: 'Plain deal' }, { name: 'Deal (phase 1' }],
      { keyBy: 'name' },
    )
    stop()
    expect(report.created.map((row) => row.index)).toEqual([0, 1])
    expect(report.failed.map((row) => row.index)).toEqual([2])
    expect(report.failed[0]?.reason).toMatch(/^name cannot be looked up: .*parentheses/)
    expect(sent).toContain('POST')
  })

  it('finds again on a re-run keys holding commas or apostrophes, several per look-up, instead of creating them twice', async () => {
    const rows = [
      { name: 'Acme, Inc.' },
      { name: "O'Brien & Sons" },
      { name: "D'Arcy, Ltd" },
      { name: 'Plain Co' },
      { name: 'Brackets [EU' },
    ]
    const first = await ctx.twenty.companies.importMany(rows, { keyBy: 'name', batchSize: 3 })
    expect(first.counts).toMatchObject({ created: 5, failed: 0 })
    const again = await ctx.twenty.companies.importMany(rows, { keyBy: 'name', batchSize: 3 })
    expect(again.counts).toMatchObject({ created: 0, unchanged: 5, failed: 0 })
  })
})

describe('importMany writing composites', () => {
  it('sends a changed composite whole, so a Twenty that resets omitted sub-fields keeps the primary email', async () => {
    await ctx.twenty.people.create({ emails: { primaryEmail: 'whole@example.com' } })
    const bodies: unknown[] = []
    const stop = ctx.twenty.use({
      onRequest: ({ context }) => void (context.method === 'POST' && bodies.push(context.body)),
    })
    const report = await ctx.twenty.people.importMany(
      [{ emails: { primaryEmail: 'whole@example.com', additionalEmails: ['other@example.com'] } }],
      { strategy: 'crmWins' },
    )
    stop()
    expect(report.counts.updated).toBe(1)
    expect(bodies).toEqual([
      [
        {
          id: expect.any(String),
          emails: { primaryEmail: 'whole@example.com', additionalEmails: ['other@example.com'] },
        },
      ],
    ])
  })

  it("under crmWins, fills an empty phone number with the codes of the file's number, not the CRM's stray ones", async () => {
    await ctx.twenty.people.create({
      emails: { primaryEmail: 'stray-codes@example.com' },
      phones: { primaryPhoneNumber: '', primaryPhoneCountryCode: 'US', primaryPhoneCallingCode: '+1' },
    })
    const report = await ctx.twenty.people.importMany(
      [
        {
          emails: { primaryEmail: 'stray-codes@example.com' },
          phones: { primaryPhoneNumber: '+33 6 12 34 56 78' },
        },
      ],
      { strategy: 'crmWins' },
    )
    expect(report.failed).toEqual([])
    expect(report.counts).toMatchObject({ updated: 1 })
    expect((await byEmail('stray-codes@example.com'))[0]?.phones).toMatchObject({
      primaryPhoneNumber: '612345678',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
    })
  })

  it("under crmWins, never pairs the CRM's phone number with the file's country code", async () => {
    const created = await ctx.twenty.people.create({ emails: { primaryEmail: 'phone-kept@example.com' } })
    // Data from before Twenty parsed phones: a number without country or calling code, which a write today
    // refuses, so it goes straight into the sandbox's store.
    const stored = ctx.sandbox.records('people').find((person) => person.id === created.id)
    Object.assign(stored ?? {}, {
      phones: {
        primaryPhoneNumber: '4155550132',
        primaryPhoneCountryCode: '',
        primaryPhoneCallingCode: '',
        additionalPhones: null,
      },
    })
    const report = await ctx.twenty.people.importMany(
      [{ emails: { primaryEmail: 'phone-kept@example.com' }, phones: toPhones('+84 912 345 678') }],
      { strategy: 'crmWins' },
    )
    expect(report.unchanged.map((row) => row.reason)).toEqual(['crmWins: the CRM keeps its values'])
    const [person] = await byEmail('phone-kept@example.com')
    expect(person?.phones).toMatchObject({ primaryPhoneNumber: '4155550132', primaryPhoneCountryCode: '' })
  })

  it('reports a re-run unchanged when Twenty returns composite lists with their keys reordered, as JSONB does', async () => {
    // JSONB sorts object keys by length, then bytewise: additionalPhones come back as {number, callingCode, countryCode}.
    const jsonbOrder = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(jsonbOrder)
      if (value === null || typeof value !== 'object') return value
      const keys = Object.keys(value).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
      return Object.fromEntries(keys.map((key) => [key, jsonbOrder((value as Record<string, unknown>)[key])]))
    }
    const twenty = new TwentyClient({
      apiKey: ctx.sandbox.apiKey,
      baseUrl: ctx.sandbox.url,
      rateLimit: false,
      fetch: async (input, init) => {
        const response = await fetch(input, init)
        const text = await response.text()
        const body = text === '' ? text : JSON.stringify(jsonbOrder(JSON.parse(text)))
        return new Response(body, { status: response.status, headers: response.headers })
      },
    })
    const row = {
      emails: { primaryEmail: 'jsonb@example.com' },
      phones: toPhones('0912 345 678', { defaultCountry: 'VN', additional: ['+33 6 12 34 56 78'] }),
    }
    expect((await twenty.people.importMany([row])).counts.created).toBe(1)
    const again = await twenty.people.importMany([row], { strategy: 'manualReview' })
    expect(again.counts).toMatchObject({ unchanged: 1, conflicts: 0 })
  })
})

describe('importMany interrupted and throttled', () => {
  it('reports the unwritten rows of an aborted import as failed, and a re-run writes exactly those', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ emails: { primaryEmail: `halt${i}@example.com` } }))
    const controller = new AbortController()
    const first = await ctx.twenty.people.importMany(rows, {
      concurrency: 1,
      signal: controller.signal,
      onProgress: ({ done }) => done >= 120 && controller.abort(),
    })
    expect(first.counts).toMatchObject({ created: 120, failed: 180 })
    expect(first.failed[0]?.reason).toMatch(/aborted/)
    const second = await ctx.twenty.people.importMany(rows)
    expect(second.counts).toMatchObject({ created: 180, unchanged: 120, failed: 0 })
  })

  it('imports every row exactly once through a tight rate limit that answers 429, with progress reaching the total', async () => {
    const sandbox = await startSandbox({
      port: 0,
      seed: false,
      rateLimit: { shortLimit: 4, shortTtlMs: 500, longLimit: 8, longTtlMs: 1_000 },
    })
    try {
      const twenty = new TwentyClient({
        apiKey: sandbox.apiKey,
        baseUrl: sandbox.url,
        rateLimit: false,
        // Four writers share 8 tokens a second, so one request can lose the race many times in a row: over 30
        // imports (600 requests) the longest run of 429s was 11, and 10 retries failed one import in 15.
        retry: { maxRetries: 30, baseDelayMs: 50, maxDelayMs: 400 },
      })
      const rows = Array.from({ length: 600 }, (_, i) => ({
        emails: { primaryEmail: `tight${i}@example.com` },
      }))
      const done: number[] = []
      const report = await twenty.people.importMany(rows, { onProgress: (p) => done.push(p.done) })
      expect(report.counts).toMatchObject({ created: 600, failed: 0 })
      expect(sandbox.records('people')).toHaveLength(600)
      expect(sandbox.rateLimitStats.limited).toBeGreaterThan(0)
      expect(done.at(-1)).toBe(600)
      expect(done).toEqual([...done].sort((a, b) => a - b))
    } finally {
      await sandbox.close()
    }
  }, 60_000)
})
