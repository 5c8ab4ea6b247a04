import { describe, expect, it } from 'vitest'
import { useSandbox } from './helpers.js'

const ctx = useSandbox({ selectOptions: { 'opportunity.stage': ['NEGOTIATION', 'WON'] } })

type Document = {
  openapi: string
  paths: Record<string, unknown>
  components: { schemas: Record<string, { properties: Record<string, { enum?: string[]; type?: string }> }> }
}

describe('GET /open-api/core', () => {
  it('answers the public skeleton, with no object, without a valid key', async () => {
    for (const key of [null, 'not-a-key', ctx.sandbox.keys.expired]) {
      const answer = await ctx.api<Document>('/open-api/core', { key })
      expect(answer.status).toBe(200)
      expect(answer.body.openapi).toBe('3.1.1')
      expect(answer.body.paths).toEqual({})
      expect(answer.body.components.schemas).toEqual({})
    }
  })

  it("describes the workspace's objects to a valid key, select fields listing the workspace's options", async () => {
    const answer = await ctx.api<Document>('/open-api/core')
    const { schemas } = answer.body.components
    expect(schemas.Opportunity?.properties.stage?.enum).toEqual([
      'NEW',
      'SCREENING',
      'MEETING',
      'PROPOSAL',
      'CUSTOMER',
      'NEGOTIATION',
      'WON',
    ])
    expect(schemas.TaskForUpdate?.properties.status?.enum).toEqual(['TODO', 'IN_PROGRESS', 'DONE'])
    expect(schemas.Person?.properties).not.toHaveProperty('createdAt')
    expect(schemas.PersonForResponse?.properties.createdAt).toEqual({ type: 'string', format: 'date-time' })
    expect(Object.keys(answer.body.paths)).toContain('/opportunities/{id}')
  })

  it('leaves server fields out of create and update bodies, embeds relations in responses, and lists every served route', async () => {
    const answer = await ctx.api<Document>('/open-api/core')
    const { schemas } = answer.body.components
    for (const name of ['Person', 'PersonForUpdate']) {
      for (const field of ['id', 'createdAt', 'updatedAt', 'deletedAt'])
        expect(schemas[name]?.properties).not.toHaveProperty(field)
      expect(schemas[name]?.properties).toHaveProperty('companyId')
    }
    expect(schemas.PersonForResponse?.properties.company).toEqual({
      oneOf: [{ $ref: '#/components/schemas/CompanyForResponse' }],
    })
    expect(Object.keys(answer.body.paths)).toEqual(
      expect.arrayContaining([
        '/people',
        '/batch/people',
        '/people/{id}',
        '/people/duplicates',
        '/people/{id}/restore',
        '/people/restore',
        '/people/merge',
      ]),
    )
    expect(Object.keys(answer.body.paths['/people'] as object)).toEqual(['get', 'post', 'patch', 'delete'])
  })

  it('takes the key as ?token= too, and answers under /rest/open-api/core', async () => {
    const answer = await ctx.api<Document>(`/rest/open-api/core?token=${ctx.sandbox.apiKey}`, { key: null })
    expect(answer.body.components.schemas.Opportunity?.properties.stage?.enum).toContain('WON')
  })
})
