import { describe, expect, it } from 'vitest'
import { TwentyAuthenticationError, TwentyClient, TwentyValidationError } from '../../src/index.js'
import { useSandbox } from './setup.js'

// A workspace whose pipeline has its own stages, as many real Twenty workspaces do.
const ctx = useSandbox({ selectOptions: { 'opportunity.stage': ['NEGOTIATION', 'WON'] } })

describe('select options the workspace added, on a Twenty-faithful server', () => {
  it('creates, moves and filters opportunities by stages the workspace added', async () => {
    const deal = await ctx.twenty.opportunities.create({ name: 'Big deal', stage: 'NEGOTIATION' })
    expect(deal.stage).toBe('NEGOTIATION')
    const won = await ctx.twenty.opportunities.update(deal.id, { stage: 'WON' })
    expect(won.stage).toBe('WON')
    const page = await ctx.twenty.opportunities.list({ filter: { stage: { eq: 'WON' } } })
    expect(page.data.map((record) => record.id)).toEqual([deal.id])
  })

  it("turns Twenty's 400 for a stage this workspace lacks into a TwentyValidationError, writing nothing", async () => {
    const before = ctx.sandbox.records('opportunities').length
    const error = await ctx.twenty.opportunities.create({ name: 'Lost deal', stage: 'LOST' }).catch((e) => e)
    expect(error).toBeInstanceOf(TwentyValidationError)
    expect(error.status).toBe(400)
    expect(error.message).toContain("Invalid value 'LOST'")
    expect(ctx.sandbox.records('opportunities')).toHaveLength(before)
  })

  it("lists a select field's options, standard then added, for dropdowns", async () => {
    expect(await ctx.twenty.workspace.selectOptions('opportunity', 'stage')).toEqual([
      'NEW',
      'SCREENING',
      'MEETING',
      'PROPOSAL',
      'CUSTOMER',
      'NEGOTIATION',
      'WON',
    ])
    expect(await ctx.twenty.workspace.selectOptions('task', 'status')).toEqual([
      'TODO',
      'IN_PROGRESS',
      'DONE',
    ])
  })

  it('says when a field is not a select field, and when the key was not accepted', async () => {
    const notSelect = await ctx.twenty.workspace.selectOptions('opportunity', 'name').catch((e) => e)
    expect(notSelect).toBeInstanceOf(TwentyValidationError)
    expect(notSelect.code).toBe('NOT_A_SELECT_FIELD')
    const stranger = new TwentyClient({ apiKey: 'not.a.key', baseUrl: ctx.sandbox.url, rateLimit: false })
    await expect(stranger.workspace.selectOptions('opportunity', 'stage')).rejects.toBeInstanceOf(
      TwentyAuthenticationError,
    )
    await expect(ctx.twenty.workspace.selectOptions('opportunity', 'stage; drop')).rejects.toBeInstanceOf(
      TwentyValidationError,
    )
  })
})
