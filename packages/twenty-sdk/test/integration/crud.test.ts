import { describe, expect, it } from 'vitest'
import {
  TwentyAuthenticationError,
  TwentyClient,
  TwentyNotFoundError,
  TwentyValidationError,
} from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('records on a Twenty-faithful server', () => {
  it('creates, reads, updates a person and records that the API wrote it', async () => {
    const created = await ctx.twenty.people.create({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
      emails: { primaryEmail: 'linh.nguyen@example.vn' },
      phones: {
        primaryPhoneNumber: '912345678',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
    })
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.createdBy?.source).toBe('API')
    const updated = await ctx.twenty.people.update(created.id, { jobTitle: 'CTO' })
    expect(updated.jobTitle).toBe('CTO')
    expect(updated.name?.firstName).toBe('Linh')
    const fetched = await ctx.twenty.people.get(created.id)
    expect(fetched.jobTitle).toBe('CTO')
  })

  it('soft-deletes a record out of lists and restores it, while destroy removes it for good', async () => {
    const company = await ctx.twenty.companies.create({ name: 'Soft Delete Co' })
    await ctx.twenty.companies.delete(company.id)
    const afterDelete = await ctx.twenty.companies.list({ filter: { name: { eq: 'Soft Delete Co' } } })
    expect(afterDelete.totalCount).toBe(0)
    const restored = await ctx.twenty.companies.restore(company.id)
    expect(restored.deletedAt).toBeNull()
    await ctx.twenty.companies.destroy(company.id)
    await expect(ctx.twenty.companies.get(company.id)).rejects.toBeInstanceOf(TwentyNotFoundError)
    await expect(ctx.twenty.companies.restore(company.id)).rejects.toThrow()
  })

  it('embeds the related company at depth 1 and only its id at depth 0', async () => {
    const company = await ctx.twenty.companies.create({
      name: 'Depth Corp',
      domainName: { primaryLinkUrl: 'https://depth.example' },
    })
    const person = await ctx.twenty.people.create({ name: { firstName: 'Dee' }, companyId: company.id })
    const shallow = await ctx.twenty.people.get(person.id)
    expect(shallow.companyId).toBe(company.id)
    expect((shallow as { company?: unknown }).company).toBeUndefined()
    const deep = await ctx.twenty.people.get(person.id, { depth: 1 })
    expect(deep.company?.name).toBe('Depth Corp')
  })

  it('finds records with a builder filter whose value holds a comma and a quote', async () => {
    await ctx.twenty.companies.create({ name: 'Acme, "Global" (EU)' })
    await ctx.twenty.companies.create({ name: 'Acme' })
    const page = await ctx.twenty.companies.list({ filter: { name: { eq: 'Acme, "Global" (EU)' } } })
    expect(page.data.map((c) => c.name)).toEqual(['Acme, "Global" (EU)'])
    expect(page.totalCount).toBe(1)
  })

  it('combines or/and/not filters the way Twenty evaluates them', async () => {
    await ctx.twenty.opportunities.createMany([
      { name: 'Filter A', stage: 'CUSTOMER', amount: { amountMicros: 5_000_000_000, currencyCode: 'USD' } },
      { name: 'Filter B', stage: 'PROPOSAL', amount: { amountMicros: 9_000_000_000, currencyCode: 'USD' } },
      { name: 'Filter C', stage: 'NEW', amount: { amountMicros: 1_000_000, currencyCode: 'EUR' } },
    ])
    const page = await ctx.twenty.opportunities.list({
      filter: {
        name: { startsWith: 'Filter' },
        or: [{ stage: { eq: 'CUSTOMER' } }, { amount: { amountMicros: { gte: 8_000_000_000 } } }],
        not: { amount: { currencyCode: { eq: 'EUR' } } },
      },
      orderBy: { name: 'AscNullsFirst' },
    })
    expect(page.data.map((o) => o.name)).toEqual(['Filter A', 'Filter B'])
  })

  it('finds a person by an additional email with like, and passes Twenty’s refusal of containsAny on that JSON field', async () => {
    const emails = (primaryEmail: string, additionalEmails: string[]) => ({ primaryEmail, additionalEmails })
    await ctx.twenty.people.createMany([
      { name: { firstName: 'Extra' }, emails: emails('extra.one@example.vn', ['a.extra@example.vn']) },
      { name: { firstName: 'Other' }, emails: emails('extra.two@example.vn', ['b.extra@example.vn']) },
    ])
    const found = await ctx.twenty.people.list({
      filter: { emails: { additionalEmails: { like: '%a.extra@example.vn%' } } },
    })
    expect(found.data.map((person) => person.name?.firstName)).toEqual(['Extra'])
    const refused = await ctx.twenty.people
      .list({ filter: { emails: { additionalEmails: { containsAny: ['a.extra@example.vn'] } } } })
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(TwentyValidationError)
    expect((refused as TwentyValidationError).status).toBe(400)
  })

  it("finds O'Brien next to another condition: the condition with the apostrophe is sent last, where Twenty reads it whole", async () => {
    await ctx.twenty.people.createMany([
      { name: { firstName: 'Sean', lastName: "O'Brien" } },
      { name: { firstName: 'Sean', lastName: 'Smith' } },
    ])
    const page = await ctx.twenty.people.list({
      filter: { name: { lastName: { eq: "O'Brien" }, firstName: { eq: 'Sean' } } },
    })
    expect(page.data.map((person) => person.name?.lastName)).toEqual(["O'Brien"])
    const sent: string[] = []
    const eject = ctx.twenty.use({ onRequest: ({ context }) => void sent.push(context.method) })
    try {
      const error = await ctx.twenty.people
        .list({
          filter: { or: [{ name: { lastName: { eq: "O'Brien" } } }, { city: { eq: "Coeur d'Alene" } }] },
        })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TwentyValidationError)
    } finally {
      eject()
    }
    expect(sent).toEqual([])
  })

  it("takes a Date for a task's dueAt and an opportunity's closeDate and stores it as ISO 8601", async () => {
    const due = new Date('2027-01-15T09:30:00.000Z')
    const task = await ctx.twenty.tasks.create({ title: 'Dated task', dueAt: due })
    expect(task.dueAt).toBe('2027-01-15T09:30:00.000Z')
    const deal = await ctx.twenty.opportunities.create({ name: 'Dated deal' })
    const moved = await ctx.twenty.opportunities.update(deal.id, { closeDate: due })
    expect(moved.closeDate).toBe('2027-01-15T09:30:00.000Z')
  })

  it('creates 150 records in three batches and upserts on the primary email', async () => {
    const people = Array.from({ length: 150 }, (_, i) => ({
      name: { firstName: 'Batch', lastName: String(i) },
      emails: { primaryEmail: `batch${i}@example.com` },
    }))
    const created = await ctx.twenty.people.createMany(people)
    expect(created).toHaveLength(150)
    const upserted = await ctx.twenty.people.upsert({
      emails: { primaryEmail: 'batch7@example.com' },
      jobTitle: 'Upserted',
    })
    expect(upserted.id).toBe(created[7]?.id)
    expect(upserted.jobTitle).toBe('Upserted')
  })

  it('finds duplicates of a person by email', async () => {
    await ctx.twenty.people.create({
      name: { firstName: 'Dup', lastName: 'One' },
      emails: { primaryEmail: 'dup@example.com' },
    })
    const [result] = await ctx.twenty.people.findDuplicates({
      data: [{ emails: { primaryEmail: 'dup@example.com' } }],
    })
    expect(result?.duplicates.map((p) => p.emails?.primaryEmail)).toContain('dup@example.com')
  })

  it('finds duplicates by ids with one result per id in input order, an unknown id getting an empty one', async () => {
    const make = (first: string, email: string) =>
      ctx.twenty.people.create({
        name: { firstName: first, lastName: 'Twin' },
        emails: { primaryEmail: email },
      })
    const anna = await make('Anna', 'anna.twin@example.com')
    await make('Anna', 'anna.twin2@example.com')
    const bao = await make('Bao', 'bao.twin@example.com')
    await make('Bao', 'bao.twin2@example.com')
    const results = await ctx.twenty.people.findDuplicates({
      ids: [bao.id, '00000000-0000-4000-8000-000000000000', anna.id],
    })
    expect(results.map((result) => result.duplicates.map((person) => person.emails?.primaryEmail))).toEqual([
      ['bao.twin2@example.com'],
      [],
      ['anna.twin2@example.com'],
    ])
  })

  it('reports a duplicate id as Twenty does: 400, not 409', async () => {
    const task = await ctx.twenty.tasks.create({ title: 'Once', status: 'TODO' })
    const error = await ctx.twenty.tasks.create({ id: task.id, title: 'Twice' }).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.status).toBe(400)
  })

  it('links a note to a company through noteTargets', async () => {
    const company = await ctx.twenty.companies.create({ name: 'Noted Ltd' })
    const note = await ctx.twenty.notes.create({
      title: 'Kick-off',
      bodyV2: { markdown: '# Agenda', blocknote: null },
    })
    const target = await ctx.twenty.noteTargets.create({ noteId: note.id, companyId: company.id })
    const targets = await ctx.twenty.noteTargets.list({ filter: { companyId: { eq: company.id } } })
    expect(targets.data.map((t) => t.id)).toEqual([target.id])
    const taskTarget = await ctx.twenty.taskTargets.create({
      taskId: (await ctx.twenty.tasks.create({ title: 'Call back' })).id,
      companyId: company.id,
    })
    expect(taskTarget.companyId).toBe(company.id)
  })

  it('reaches custom routes through records() with the same verbs', async () => {
    const page = await ctx.twenty.records('people').list({ limit: 1 })
    expect(page.data).toHaveLength(1)
  })

  it('sends request() under /rest by default and to the server root with fromOrigin, as for GraphQL', async () => {
    const body = await ctx.twenty.request<{ data: { people: unknown[] } }>({
      method: 'GET',
      path: '/people',
      query: { limit: 1 },
    })
    expect(body.data.people).toHaveLength(1)
    const graphql = await ctx.twenty.request<{ data: { currentWorkspace: { id: string } } }>({
      method: 'POST',
      path: '/graphql',
      fromOrigin: true,
      idempotent: true,
      body: { query: '{ currentWorkspace { id displayName } }' },
    })
    expect(graphql.data.currentWorkspace.id).toBe((await ctx.twenty.workspace.current()).id)
  })
})

describe('authentication answers', () => {
  it('maps a revoked or invalid key to TwentyAuthenticationError with Twenty’s message', async () => {
    const twenty = new TwentyClient({ apiKey: 'not.a.validtoken', baseUrl: ctx.sandbox.url })
    const error = await twenty.people.list().catch((e) => e)
    expect(error).toBeInstanceOf(TwentyAuthenticationError)
    expect(error.status).toBe(401)
  })

  it('maps an expired key to TwentyAuthenticationError saying it expired', async () => {
    const twenty = new TwentyClient({ apiKey: ctx.sandbox.keys.expired, baseUrl: ctx.sandbox.url })
    const error = await twenty.people.list().catch((e) => e)
    expect(error.messages).toEqual(['Token has expired.'])
  })

  it('refuses to send a request when the key function returns an empty or blank key, naming it', async () => {
    const requests: string[] = []
    for (const empty of ['', '   ']) {
      const twenty = new TwentyClient({
        apiKey: () => empty,
        baseUrl: ctx.sandbox.url,
        middleware: [{ onResponse: ({ context }) => void requests.push(context.url) }],
      })
      const error = await twenty.people.list().catch((e) => e)
      expect(error).toBeInstanceOf(TwentyAuthenticationError)
      expect(error).toMatchObject({ code: 'MISSING_API_KEY', status: undefined })
      expect(error.message).toContain('the apiKey function returned no key')
    }
    expect(requests).toEqual([])
  })
})
