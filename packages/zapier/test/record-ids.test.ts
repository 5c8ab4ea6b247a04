import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()

// A Zap user often maps a company's name or a person's email into a record field where an ID belongs.
describe('record fields given a name or an email instead of an ID', () => {
  it('Create Person names the Company field and says to map an ID, creating nothing', async () => {
    const failure = await failureOf(
      run(App.creates.create_person.operation.perform, sandbox(), {
        inputData: { firstName: 'Mapped', lastName: 'Wrongly', companyId: 'Acme Inc' },
      }),
    )
    expect(failure).toMatchObject({
      status: 400,
      message: expect.stringMatching(
        /^Nothing was sent to Twenty: Company: "Acme Inc" is not a Twenty record ID: pick one from the list, or map the ID/,
      ),
    })
    expect(failure.message).not.toContain('UUID')
    const { totalCount } = await twentyOf(sandbox()).people.list({
      filter: { name: { lastName: { eq: 'Wrongly' } } },
    })
    expect(totalCount).toBe(0)
  })

  it('Create Opportunity and Create Company say the same of Point of Contact and Account Owner', async () => {
    const deal = await failureOf(
      run(App.creates.create_opportunity.operation.perform, sandbox(), {
        inputData: { name: 'Deal', pointOfContactId: 'linh@example.com' },
      }),
    )
    expect(deal.message).toContain('Point of Contact: "linh@example.com" is not a Twenty record ID')
    const company = await failureOf(
      run(App.creates.create_company.operation.perform, sandbox(), {
        inputData: { name: 'Owned', accountOwnerId: 'Bob' },
      }),
    )
    expect(company.message).toContain('Account Owner: "Bob" is not a Twenty record ID')
  })
})
