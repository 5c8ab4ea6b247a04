import { describe, expect, it } from 'vitest'
import { startSandbox } from '../src/index.js'
import { useSandbox } from './helpers.js'

const ctx = useSandbox({
  selectOptions: { 'opportunity.stage': ['NEGOTIATION', 'WON'], 'task.status': ['BLOCKED'] },
})

describe('select options a workspace added', () => {
  it('accepts an added stage and status on create, update and batch create, and answers them back', async () => {
    const created = await ctx.api('/rest/opportunities', {
      method: 'POST',
      body: { name: 'Deal', stage: 'WON' },
    })
    expect(created.status).toBe(201)
    expect(created.body.data.createOpportunity.stage).toBe('WON')
    const id = created.body.data.createOpportunity.id
    const updated = await ctx.api(`/rest/opportunities/${id}`, {
      method: 'PATCH',
      body: { stage: 'NEGOTIATION' },
    })
    expect(updated.body.data.updateOpportunity.stage).toBe('NEGOTIATION')
    const batch = await ctx.api('/rest/batch/tasks', {
      method: 'POST',
      body: [{ title: 'Wait', status: 'BLOCKED' }],
    })
    expect(batch.status).toBe(201)
    expect(batch.body.data.createTasks[0].status).toBe('BLOCKED')
  })

  it('still accepts the standard options and refuses one the workspace does not have, writing nothing', async () => {
    const standard = await ctx.api('/rest/opportunities', { method: 'POST', body: { stage: 'CUSTOMER' } })
    expect(standard.status).toBe(201)
    const before = ctx.sandbox.records('opportunities').length
    const refused = await ctx.api('/rest/opportunities', { method: 'POST', body: { stage: 'LOST' } })
    expect(refused.status).toBe(400)
    expect(refused.body.messages[0]).toContain(
      'NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER, NEGOTIATION, WON',
    )
    expect(ctx.sandbox.records('opportunities')).toHaveLength(before)
  })

  it('keeps the options to the sandbox that was given them', async () => {
    const standard = await startSandbox()
    try {
      const response = await fetch(`${standard.url}/rest/opportunities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${standard.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ stage: 'WON' }),
      })
      expect(response.status).toBe(400)
    } finally {
      await standard.close()
    }
  })

  it('refuses to start with a field that is not a select or a value Twenty would refuse', async () => {
    await expect(startSandbox({ selectOptions: { 'opportunity.name': ['X'] } })).rejects.toThrow(
      "'opportunity.name' is not a select field",
    )
    await expect(startSandbox({ selectOptions: { 'deal.stage': ['X'] } })).rejects.toThrow(
      'not a select field',
    )
    await expect(startSandbox({ selectOptions: { 'opportunity.stage': ['Won'] } })).rejects.toThrow(
      'Value must be in UPPER_CASE and follow snake_case "Won"',
    )
  })
})
