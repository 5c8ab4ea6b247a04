import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()

type Row = Record<string, unknown> & { id: string }

// Dropdowns show labels ("In progress") and store values (IN_PROGRESS); a value typed in or mapped from another
// app is often the label.
describe('select fields given a label instead of a value', () => {
  it('Create Task stores the status "In progress" as IN_PROGRESS', async () => {
    const task = await run<Row>(App.creates.create_task.operation.perform, sandbox(), {
      inputData: { title: 'Label status', status: 'In progress' },
    })
    expect(task.status).toBe('IN_PROGRESS')
  })

  it('Find Opportunity reads the stage " proposal ", and Create Task the status "in-progress"', async () => {
    const deal = await twentyOf(sandbox()).opportunities.create({ name: 'Label stage', stage: 'PROPOSAL' })
    const found = await run<Row[]>(App.searches.find_opportunity.operation.perform, sandbox(), {
      inputData: { name: 'Label stage', stage: ' proposal ' },
    })
    expect(found.map((row) => row.id)).toEqual([deal.id])
    const task = await run<Row>(App.creates.create_task.operation.perform, sandbox(), {
      inputData: { title: 'Dashed status', status: 'in-progress' },
    })
    expect(task.status).toBe('IN_PROGRESS')
  })
})
