import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'

// A workspace whose pipeline has its own stages, entered in the Zap editor as custom values.
const sandbox = useSandbox({ selectOptions: { 'opportunity.stage': ['NEGOTIATION', 'WON'] } })

type Row = Record<string, unknown> & { id: string }

describe('stages the workspace added', () => {
  it('creates and moves a deal to stages typed in as custom values', async () => {
    const deal = await run<Row>(App.creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Roastery fit-out', stage: 'negotiation' },
    })
    expect(deal.stage).toBe('NEGOTIATION')
    const won = await run<Row>(App.creates.update_opportunity.operation.perform, sandbox(), {
      inputData: { opportunityId: deal.id, stage: 'WON' },
    })
    expect(won).toMatchObject({ id: deal.id, stage: 'WON' })
  })

  it('polls the deals at the won stage the Zap named, a stage the workspace added', async () => {
    const twenty = twentyOf(sandbox())
    const won = await twenty.opportunities.create({ name: 'Signed', stage: 'WON' })
    await twenty.opportunities.create({ name: 'Standard win', stage: 'CUSTOMER' })
    const items = await run<Row[]>(App.triggers.opportunity_won_polling.operation.perform, sandbox(), {
      inputData: { wonStage: 'WON' },
    })
    expect(items.map((deal) => deal.id)).toContain(won.id)
    expect(items.every((deal) => deal.stage === 'WON')).toBe(true)
  })
})
