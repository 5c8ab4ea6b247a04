import { beforeAll, describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()
const findCompany = App.searches.find_company.operation

type Row = Record<string, unknown> & { id: string }

let acme: Row

// A large customer often has one company per regional site (eu.acme.example, vn.acme.example…), created
// before the parent: every one of their domains contains "acme.example".
beforeAll(async () => {
  const twenty = twentyOf(sandbox())
  await twenty.companies.createMany(
    Array.from({ length: 30 }, (_, index) => ({
      name: `Acme site ${index}`,
      domainName: { primaryLinkUrl: `https://site${index}.acme.example` },
    })),
  )
  acme = (await twenty.companies.create({
    name: 'Acme',
    domainName: { primaryLinkUrl: 'https://acme.example' },
  })) as unknown as Row
})

describe('Find Company among many companies whose domains contain the one searched', () => {
  it('finds the company with exactly that domain, however many older near matches exist', async () => {
    const found = await run<Row[]>(findCompany.perform, sandbox(), { inputData: { domain: 'acme.example' } })
    expect(found.map((company) => company.id)).toEqual([acme.id])
  })

  it('still finds a subdomain company by its own domain', async () => {
    const found = await run<Row[]>(findCompany.perform, sandbox(), {
      inputData: { domain: 'https://site29.acme.example/' },
    })
    expect(found).toEqual([expect.objectContaining({ name: 'Acme site 29' })])
  })
})
