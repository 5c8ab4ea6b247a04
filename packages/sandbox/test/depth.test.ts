import { describe, expect, it } from 'vitest'
import { useSandbox } from './helpers.js'

const ctx = useSandbox()

describe('relations at depth=1', () => {
  // Twenty loads one-to-many relations with QUERY_MAX_RECORDS_FROM_RELATION (60) records per parent
  // (common-find-one-query-runner.service.ts, process-nested-relations-v2.helper.ts).
  it('embeds at most 60 records of a one-to-many relation, however many point at the record', async () => {
    const company = (await ctx.api('/rest/companies', { method: 'POST', body: { name: 'Crowded' } })).body
      .data.createCompany
    const people = Array.from({ length: 65 }, (_, i) => ({ city: `City ${i}`, companyId: company.id }))
    expect((await ctx.api('/rest/batch/people', { method: 'POST', body: people })).status).toBe(201)
    const answer = await ctx.api(`/rest/companies/${company.id}?depth=1`)
    expect(answer.body.data.company.people).toHaveLength(60)
  })
})
