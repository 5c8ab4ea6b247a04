import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'

// A workspace whose pipeline has its own stages and whose tasks have their own status.
const sandbox = useSandbox({
  selectOptions: { 'opportunity.stage': ['NEGOTIATION', 'WON'], 'task.status': ['BLOCKED'] },
})

type Row = Record<string, unknown> & { id: string }

describe('stages and statuses the workspace added', () => {
  it("offers the workspace's stages and statuses in the dropdowns, standard first, readable labels", async () => {
    const stages = await run<{ id: string; label: string }[]>(
      App.triggers.list_opportunity_stages.operation.perform,
      sandbox(),
    )
    expect(stages.map((stage) => stage.id)).toEqual([
      'NEW',
      'SCREENING',
      'MEETING',
      'PROPOSAL',
      'CUSTOMER',
      'NEGOTIATION',
      'WON',
    ])
    expect(stages.at(-2)).toEqual({ id: 'NEGOTIATION', label: 'Negotiation' })
    const statuses = await run<{ id: string; label: string }[]>(
      App.triggers.list_task_statuses.operation.perform,
      sandbox(),
    )
    expect(statuses).toContainEqual({ id: 'IN_PROGRESS', label: 'In progress' })
    expect(statuses.at(-1)?.id).toBe('BLOCKED')
    const nextPage = await run(App.triggers.list_task_statuses.operation.perform, sandbox(), {
      meta: { page: 1 },
    })
    expect(nextPage).toEqual([])
  })

  it('creates and moves a deal to stages the workspace added, in any case', async () => {
    const deal = await run<Row>(App.creates.create_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Roastery fit-out', stage: 'negotiation' },
    })
    expect(deal.stage).toBe('NEGOTIATION')
    const won = await run<Row>(App.creates.update_opportunity.operation.perform, sandbox(), {
      inputData: { opportunityId: deal.id, stage: 'WON' },
    })
    expect(won).toMatchObject({ id: deal.id, stage: 'WON' })
  })

  it('creates a task with a status the workspace added', async () => {
    const task = await run<Row>(App.creates.create_task.operation.perform, sandbox(), {
      inputData: { title: 'Wait for the permit', status: 'BLOCKED' },
    })
    expect(task.status).toBe('BLOCKED')
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
