import { describe, expect, it } from 'vitest'
import { useSandbox } from './helpers.js'

const ctx = useSandbox()

describe('API keys answer exactly as Twenty does', () => {
  it('answers 403 FORBIDDEN_EXCEPTION when no token is sent', async () => {
    const answer = await ctx.api('/rest/people', { key: null })
    expect(answer.status).toBe(403)
    expect(answer.body).toEqual({
      statusCode: 403,
      error: 'FORBIDDEN_EXCEPTION',
      messages: ['Missing authentication token'],
    })
  })

  it('answers 401 No payload for a token that is not a JWT', async () => {
    const answer = await ctx.api('/rest/people', { key: 'garbage' })
    expect(answer.body).toEqual({ statusCode: 401, error: 'UNAUTHENTICATED', messages: ['No payload'] })
  })

  it('answers 401 Token invalid. for a JWT signed with another secret', async () => {
    const [header, payload] = ctx.sandbox.apiKey.split('.')
    const answer = await ctx.api('/rest/people', { key: `${header}.${payload}.forgedsignature` })
    expect(answer.body).toEqual({ statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] })
  })

  it('answers 401 Token has expired. for an expired key', async () => {
    const answer = await ctx.api('/rest/people', { key: ctx.sandbox.keys.expired })
    expect(answer.body.messages).toEqual(['Token has expired.'])
  })

  it('accepts a second key, then refuses it once revoked, while the first still works', async () => {
    const second = ctx.sandbox.keys.create('Zapier')
    expect((await ctx.api('/rest/people', { key: second })).status).toBe(200)
    ctx.sandbox.keys.revoke(second)
    expect((await ctx.api('/rest/people', { key: second })).body.messages).toEqual(['Token invalid.'])
    expect((await ctx.api('/rest/people')).status).toBe(200)
  })

  it('records the key name and source API on what a key writes', async () => {
    const key = ctx.sandbox.keys.create('Importer')
    const answer = await ctx.api('/rest/tasks', { method: 'POST', body: { title: 'Written by a key' }, key })
    expect(answer.body.data.createTask.createdBy).toEqual({
      source: 'API',
      workspaceMemberId: null,
      name: 'Importer',
      context: {},
    })
  })
})
