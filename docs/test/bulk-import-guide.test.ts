// What docs/bulk-import.md says about `createMany` beyond one batch, checked against the sandbox over HTTP. The SDK
// and the sandbox are imported from source, so the check does not depend on a build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sandbox, startSandbox } from '../../packages/sandbox/src/index.js'
import { TwentyClient, TwentyValidationError } from '../../packages/twenty-sdk/src/index.js'

let sandbox: Sandbox
let twenty: TwentyClient

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 })
  twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url, rateLimit: false, retry: false })
})
afterAll(() => sandbox.close())

describe('docs/bulk-import.md, createMany of more than one batch', () => {
  it('says a refused second batch throws while the first batch stays written and the third is not sent', async () => {
    const taken = await twenty.companies.create({ name: 'Already there' })
    const rows = Array.from({ length: 130 }, (_, index) => ({ name: `Batch company ${index}` }))
    // Row 70 is in the second batch (rows 60 to 119): an id that already exists fails that whole batch.
    rows[70] = { ...rows[70], id: taken.id } as (typeof rows)[number]

    const error = await twenty.companies.createMany(rows).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(TwentyValidationError)
    const stored = sandbox.records('companies').filter((company) => String(company.name).startsWith('Batch'))
    expect(stored).toHaveLength(60)
  })
})
