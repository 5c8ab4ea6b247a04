import { beforeAll, describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { findOrCreateCompany } from '../src/search-or-creates/find-or-create-company.js'
import { findOrCreatePerson } from '../src/search-or-creates/find-or-create-person.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()
const { find_person: findPerson, find_company: findCompany } = App.searches

type Row = Record<string, unknown> & { id: string }

beforeAll(async () => {
  const twenty = twentyOf(sandbox())
  await twenty.people.create({
    name: { firstName: 'Linh' },
    emails: { primaryEmail: 'Linh.Nguyen@SaigonCoffee.example' },
  })
  await twenty.people.create({
    name: { firstName: 'Near' },
    emails: { primaryEmail: 'linhxnguyen@saigoncoffee.example' },
  })
  await twenty.companies.create({
    name: 'Not Acme',
    domainName: { primaryLinkUrl: 'https://notacme.example' },
  })
  await twenty.companies.create({ name: 'Acme', domainName: { primaryLinkUrl: 'https://www.acme.example/' } })
})

describe('Find Person', () => {
  it('finds a person by email whatever its case, as a one-item array', async () => {
    const found = await run<Row[]>(findPerson.operation.perform, sandbox(), {
      inputData: { email: 'LINH.Nguyen@SaigonCoffee.example' },
    })
    expect(found).toHaveLength(1)
    // Created as Linh.Nguyen@SaigonCoffee.example: Twenty stores emails lower-cased.
    expect(found[0]).toMatchObject({
      emails: { primaryEmail: 'linh.nguyen@saigoncoffee.example' },
      name: { firstName: 'Linh' },
    })
  })

  it('returns an empty array when nobody has the email', async () => {
    const found = await run<Row[]>(findPerson.operation.perform, sandbox(), {
      inputData: { email: 'nobody@saigoncoffee.example' },
    })
    expect(found).toEqual([])
  })

  it('does not take an address that only matches through a LIKE wildcard', async () => {
    const found = await run<Row[]>(findPerson.operation.perform, sandbox(), {
      inputData: { email: 'linh_nguyen@saigoncoffee.example' },
    })
    expect(found).toEqual([])
  })
})

describe('Find Company', () => {
  it('finds a company by bare domain although it was created with scheme, www and a slash', async () => {
    const found = await run<Row[]>(findCompany.operation.perform, sandbox(), {
      inputData: { domain: 'acme.example' },
    })
    expect(found.map((company) => company.name)).toEqual(['Acme'])
  })

  it('does not mistake a domain that merely contains the one searched for', async () => {
    const found = await run<Row[]>(findCompany.operation.perform, sandbox(), {
      inputData: { domain: 'https://cme.example' },
    })
    expect(found).toEqual([])
  })

  it("finds a company by the domain of a person's email address mapped into Domain", async () => {
    const found = await run<Row[]>(findCompany.operation.perform, sandbox(), {
      inputData: { domain: 'Linh.Nguyen@Acme.example' },
    })
    expect(found.map((company) => company.name)).toEqual(['Acme'])
  })

  it('refuses an input that is not a domain', async () => {
    const failure = await failureOf(
      run(findCompany.operation.perform, sandbox(), { inputData: { domain: '   ' } }),
    )
    expect(failure.message).toContain('Domain: Enter a domain such as acme.com')
  })
})

describe('find-or-create pairs', () => {
  it('pair each search with the create that makes what it looks for, keyed by the search and registered', () => {
    expect(App.searchOrCreates).toEqual({
      find_person: findOrCreatePerson,
      find_company: findOrCreateCompany,
    })
    expect(findOrCreatePerson).toMatchObject({
      key: 'find_person',
      search: 'find_person',
      create: 'create_person',
    })
    expect(findOrCreateCompany).toMatchObject({
      key: 'find_company',
      search: 'find_company',
      create: 'create_company',
    })
  })

  it('share the search field with the create, so a Zap fills it once', () => {
    const createKeys = (fields: readonly unknown[]) => fields.map((field) => (field as { key: string }).key)
    expect(createKeys(App.creates.create_person.operation.inputFields)).toContain('email')
    expect(createKeys(App.creates.create_company.operation.inputFields)).toContain('domain')
  })

  it('create, when nothing is found by an email address, the company at its domain, which the search then finds', async () => {
    const created = await run<Row>(App.creates.create_company.operation.perform, sandbox(), {
      inputData: { name: 'Dalat Farms', domain: 'minh@DalatFarms.example' },
    })
    expect(created).toMatchObject({ domainName: { primaryLinkUrl: 'https://dalatfarms.example' } })
    const found = await run<Row[]>(findCompany.operation.perform, sandbox(), {
      inputData: { domain: 'thu@dalatfarms.example' },
    })
    expect(found.map((company) => company.id)).toEqual([created.id])
  })

  it('refuses a personal address such as Gmail in Domain, in the search and in the create, creating nothing', async () => {
    const search = await failureOf(
      run(findCompany.operation.perform, sandbox(), { inputData: { domain: 'linh@Gmail.com' } }),
    )
    expect(search.message).toContain('Domain: gmail.com is a personal email provider')
    const create = await failureOf(
      run(App.creates.create_company.operation.perform, sandbox(), {
        inputData: { name: 'Linh', domain: 'linh@yahoo.com.vn' },
      }),
    )
    expect(create.message).toContain('yahoo.com.vn is a personal email provider')
    const twenty = twentyOf(sandbox())
    const named = await twenty.companies.list({ filter: { name: { eq: 'Linh' } } })
    expect(named.data).toEqual([])
  })

  it('find what the create made: a company created from a www domain is found by its bare domain', async () => {
    await run(App.creates.create_company.operation.perform, sandbox(), {
      inputData: { name: 'Roundtrip', domain: 'www.roundtrip.example' },
    })
    const found = await run<Row[]>(findCompany.operation.perform, sandbox(), {
      inputData: { domain: 'roundtrip.example' },
    })
    expect(found.map((company) => company.name)).toEqual(['Roundtrip'])
  })
})
