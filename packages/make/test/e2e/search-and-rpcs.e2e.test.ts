import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './harness.js'

const MEMBERS = [
  {
    id: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
    name: { firstName: 'Mai', lastName: 'Pham' },
    userEmail: 'mai@example.com',
  },
  {
    id: '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e',
    name: { firstName: 'Quang', lastName: 'Le' },
    userEmail: 'quang@example.com',
  },
]

let h: Harness
beforeAll(async () => {
  h = await startHarness({ workspaceMembers: MEMBERS })
  await h.twenty.people.createMany(
    Array.from({ length: 65 }, (_, index) => ({
      name: {
        firstName: index === 7 ? 'Thanh' : `Person${index}`,
        lastName: index === 9 ? 'Nguyen Thanh' : 'Do',
      },
      emails: { primaryEmail: `person${index}@example.com` },
    })),
  )
})
afterAll(() => h.close())

const firstNames = (bundles: unknown[]) =>
  bundles.map((bundle) => (bundle as { name: { firstName: string } }).name.firstName)

describe('Search people', () => {
  it('finds a person by primary email, ignoring case', async () => {
    const found = await h.runner.runModule('searchPeople', { email: 'Person12@Example.COM' })
    expect(firstNames(found)).toEqual(['Person12'])
    expect(h.log.at(-1)?.request.qs.filter).toBe('emails.primaryEmail[ilike]:"Person12@Example.COM"')
  })

  it('finds only the whole address when the email has an underscore, which Twenty reads as any one character', async () => {
    const added = await h.twenty.people.createMany([
      { name: { firstName: 'Underscore' }, emails: { primaryEmail: 'linh_nguyen@example.com' } },
      { name: { firstName: 'Lookalike' }, emails: { primaryEmail: 'linhxnguyen@example.com' } },
    ])
    try {
      const found = await h.runner.runModule('searchPeople', { email: 'Linh_Nguyen@example.com' })
      expect(firstNames(found)).toEqual(['Underscore'])
    } finally {
      for (const person of added) await h.twenty.people.destroy(person.id)
    }
  })

  it('finds people whose first or last name contains the text, case-insensitively', async () => {
    const found = await h.runner.runModule('searchPeople', { name: 'thanh' })
    expect(firstNames(found).sort()).toEqual(['Person9', 'Thanh'])
    expect(h.log.at(-1)?.request.qs.filter).toBe(
      'or(name.firstName[ilike]:"%thanh%",name.lastName[ilike]:"%thanh%")',
    )
  })

  it('requires both criteria to match when both are given', async () => {
    expect(
      firstNames(await h.runner.runModule('searchPeople', { email: 'person7@example.com', name: 'Thanh' })),
    ).toEqual(['Thanh'])
    expect(await h.runner.runModule('searchPeople', { email: 'person8@example.com', name: 'Thanh' })).toEqual(
      [],
    )
  })

  it('outputs nothing, without calling Twenty, when Email and Name are both empty', async () => {
    const before = h.log.length
    expect(await h.runner.runModule('searchPeople', { email: '', limit: 50 })).toEqual([])
    expect(await h.runner.runModule('searchPeople')).toEqual([])
    expect(h.log.length).toBe(before)
  })

  it('follows cursors up to the limit', async () => {
    const found = await h.runner.runModule('searchPeople', { name: 'Do', limit: 64 })
    expect(found).toHaveLength(64)
    expect(new Set(found.map((bundle) => (bundle as { id: string }).id)).size).toBe(64)
    const pages = h.log.slice(-2).map((entry) => entry.request.qs)
    expect(pages[0]).toMatchObject({ limit: 60 })
    expect(pages[1]).toHaveProperty('starting_after')
  })

  it('returns ten people by default', async () => {
    expect(await h.runner.runModule('searchPeople', { name: 'Do' })).toHaveLength(10)
  })
})

describe("Search people with names Twenty's filter syntax makes tricky", () => {
  let q: Harness
  beforeAll(async () => {
    q = await startHarness()
  })
  afterAll(() => q.close())

  it("finds names holding quotes, reading each quote as any one character, since Twenty's filter cannot carry it", async () => {
    await q.twenty.people.createMany([
      { name: { firstName: 'Kim', lastName: 'O"Neil' } },
      { name: { firstName: 'Sean', lastName: "O'Brien" } },
      { name: { firstName: 'Siobhan', lastName: 'O’Brien' } },
    ])
    expect(firstNames(await q.runner.runModule('searchPeople', { name: 'o"neil' }))).toEqual(['Kim'])
    expect(firstNames(await q.runner.runModule('searchPeople', { name: "O'Brien" })).sort()).toEqual([
      'Sean',
      'Siobhan',
    ])
    expect(q.log.at(-1)?.request.qs.filter).toBe(
      'or(name.firstName[ilike]:"%O_Brien%",name.lastName[ilike]:"%O_Brien%")',
    )
  })

  it('searches any text, unpaired parentheses and brackets included, instead of refusing it', async () => {
    await q.twenty.people.create({ name: { firstName: 'Linh (Sales', lastName: 'O\'Neil "Kim" [VN' } })
    for (const name of [`O'Neil "Kim" [VN`, 'Linh (Sales']) {
      expect(firstNames(await q.runner.runModule('searchPeople', { name }))).toEqual(['Linh (Sales'])
    }
  })

  it('finds a person by an email holding an apostrophe together with a name, both conditions read', async () => {
    await q.twenty.people.create({
      name: { firstName: 'Aoife' },
      emails: { primaryEmail: "aoife.o'hara@example.ie" },
    })
    const found = await q.runner.runModule('searchPeople', {
      email: "Aoife.O'Hara@example.ie",
      name: 'aoife',
    })
    expect(firstNames(found)).toEqual(['Aoife'])
  })

  it('finds a name with paired parentheses and square brackets', async () => {
    await q.twenty.people.create({ name: { firstName: 'Lan (Sales) [VN]', lastName: 'Vu' } })
    expect(firstNames(await q.runner.runModule('searchPeople', { name: '(sales) [vn]' }))).toEqual([
      'Lan (Sales) [VN]',
    ])
  })
})

describe('dropdown RPCs', () => {
  it('lists every person as {label, value}, alphabetically, across pages, with the email to tell namesakes apart', async () => {
    const options = (await h.runner.runRpc('listPeople')) as { label: string; value: string }[]
    expect(options).toHaveLength(65)
    expect(options[0]).toEqual({ label: 'Person0 Do <person0@example.com>', value: expect.any(String) })
    expect(options.at(-1)?.label).toMatch(/^Thanh Do/)
    const noEmail = await h.twenty.people.create({ name: { firstName: 'Zed', lastName: 'Nomail' } })
    const again = (await h.runner.runRpc('listPeople')) as { label: string; value: string }[]
    expect(again.find((option) => option.value === noEmail.id)?.label).toBe('Zed Nomail')
    await h.twenty.people.destroy(noEmail.id)
  })

  it('labels a person without a name by the email alone, and one with neither as Untitled person, never blank', async () => {
    const emailOnly = await h.twenty.people.create({ emails: { primaryEmail: 'only@example.com' } })
    const firstOnly = await h.twenty.people.create({ name: { firstName: 'Zoe' } })
    const nameless = await h.twenty.people.create({})
    const options = (await h.runner.runRpc('listPeople')) as { label: string; value: string }[]
    const label = (id: string) => options.find((option) => option.value === id)?.label
    expect([label(emailOnly.id), label(firstOnly.id), label(nameless.id)]).toEqual([
      'only@example.com',
      'Zoe',
      'Untitled person',
    ])
    for (const person of [emailOnly, firstOnly, nameless]) await h.twenty.people.destroy(person.id)
  })

  it('labels a nameless company or opportunity as Untitled, never blank', async () => {
    const company = await h.twenty.companies.create({})
    const deal = await h.twenty.opportunities.create({ stage: 'PROPOSAL' })
    expect(await h.runner.runRpc('listCompanies')).toContainEqual({
      label: 'Untitled company',
      value: company.id,
    })
    expect(await h.runner.runRpc('listOpportunities')).toContainEqual({
      label: 'Untitled opportunity (Proposal)',
      value: deal.id,
    })
    await h.twenty.opportunities.destroy(deal.id)
    await h.twenty.companies.destroy(company.id)
  })

  it('lists companies and opportunities by name, with the stage in words', async () => {
    const company = await h.twenty.companies.create({ name: 'Saigon Coffee Roasters' })
    await h.twenty.opportunities.create({ name: 'Wholesale', stage: 'MEETING', companyId: company.id })
    expect(await h.runner.runRpc('listCompanies')).toEqual([
      { label: 'Saigon Coffee Roasters', value: company.id },
    ])
    expect(await h.runner.runRpc('listOpportunities')).toEqual([
      { label: 'Wholesale (Meeting)', value: expect.any(String) },
    ])
  })

  it("lists only Twenty's standard stages and statuses in a workspace that added none", async () => {
    const values = (options: unknown[]) => (options as { value: string }[]).map((option) => option.value)
    expect(values(await h.runner.runRpc('listOpportunityStages'))).toEqual([
      'NEW',
      'SCREENING',
      'MEETING',
      'PROPOSAL',
      'CUSTOMER',
    ])
    expect(values(await h.runner.runRpc('listTaskStatuses'))).toEqual(['TODO', 'IN_PROGRESS', 'DONE'])
  })

  it('lists workspace members with their email', async () => {
    expect(await h.runner.runRpc('listMembers')).toEqual([
      { label: 'Mai Pham (mai@example.com)', value: MEMBERS[0]?.id },
      { label: 'Quang Le (quang@example.com)', value: MEMBERS[1]?.id },
    ])
  })
})
