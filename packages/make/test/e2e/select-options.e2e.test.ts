import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MakeError } from '../../src/runner/make-error.js'
import { createTwentyRunner } from '../../src/runner/twenty-runner.js'
import { type Harness, rejection, startHarness } from './harness.js'

// A workspace that added its own stages and statuses: the dropdowns list them after Twenty's standard ones.
let h: Harness
beforeAll(async () => {
  h = await startHarness({
    selectOptions: { 'opportunity.stage': ['NEGOTIATION', 'WON'], 'task.status': ['BLOCKED'] },
  })
})
afterAll(() => h.close())

type Option = { label: string; value: string }
const option = ([label, value]: readonly [string, string]): Option => ({ label, value })
const values = (options: unknown[]) => (options as Option[]).map((entry) => entry.value)

describe("stage and status dropdowns list the workspace's own options", () => {
  it('lists the standard opportunity stages, then the stages the workspace added, in order, labelled in words', async () => {
    expect(await h.runner.runRpc('listOpportunityStages')).toEqual(
      (
        [
          ['New', 'NEW'],
          ['Screening', 'SCREENING'],
          ['Meeting', 'MEETING'],
          ['Proposal', 'PROPOSAL'],
          ['Customer', 'CUSTOMER'],
          ['Negotiation', 'NEGOTIATION'],
          ['Won', 'WON'],
        ] as const
      ).map(option),
    )
    expect(new URL(h.log.at(-1)?.request.url ?? '').pathname).toBe('/open-api/core')
  })

  it('lists the standard task statuses, then the statuses the workspace added, in order, labelled in words', async () => {
    expect(await h.runner.runRpc('listTaskStatuses')).toEqual(
      (
        [
          ['Todo', 'TODO'],
          ['In progress', 'IN_PROGRESS'],
          ['Done', 'DONE'],
          ['Blocked', 'BLOCKED'],
        ] as const
      ).map(option),
    )
  })

  it('never logs the key it reads the options with', () => {
    expect(JSON.stringify(h.log)).not.toContain(h.sandbox.apiKey)
  })

  it('refuses with InvalidAccessTokenError, instead of an empty list, when Twenty does not accept the key', async () => {
    // Twenty's OpenAPI route is public: to a refused key it answers 200 with a skeleton without any object.
    const runner = await createTwentyRunner({
      connection: { apiKey: `${h.sandbox.apiKey.slice(0, -6)}xxxxxx`, baseUrl: h.sandbox.url },
      fetch: (input, init) => fetch(input, init),
    })
    for (const [rpc, what] of [
      ['listOpportunityStages', 'opportunity stages'],
      ['listTaskStatuses', 'task statuses'],
    ] as const) {
      const error = await rejection(runner.runRpc(rpc))
      expect(error).toBeInstanceOf(MakeError)
      expect(error).toMatchObject({
        type: 'InvalidAccessTokenError',
        statusCode: 200,
        message:
          `Could not load this workspace's ${what}: Twenty did not accept the connection's API key ` +
          "(it answered with its public OpenAPI document, without the workspace's data model).",
      })
    }
  })
})

describe('modules write an option the workspace added, picked from its dropdown', () => {
  it('updates an opportunity to the added stage WON', async () => {
    const deal = await h.twenty.opportunities.create({ name: 'Wholesale', stage: 'PROPOSAL' })
    const won = values(await h.runner.runRpc('listOpportunityStages')).find((value) => value === 'WON')
    const [updated] = (await h.runner.runModule('updateOpportunity', {
      opportunityId: deal.id,
      stage: won,
    })) as [Record<string, unknown>]
    expect(h.log.at(-1)?.request.body).toEqual({ stage: 'WON' })
    expect(updated).toMatchObject({ id: deal.id, stage: 'WON' })
    expect((await h.twenty.opportunities.get(deal.id)).stage).toBe('WON')
  })

  it('creates a task with the added status BLOCKED', async () => {
    const blocked = values(await h.runner.runRpc('listTaskStatuses')).find((value) => value === 'BLOCKED')
    const [task] = (await h.runner.runModule('createTask', {
      title: 'Wait for the contract',
      status: blocked,
    })) as [Record<string, unknown>]
    expect(task).toMatchObject({ title: 'Wait for the contract', status: 'BLOCKED' })
    expect((await h.twenty.tasks.get(task.id as string)).status).toBe('BLOCKED')
  })

  it('watches opportunities reaching the added stage WON when it is chosen as the won stage', async () => {
    const deal = await h.twenty.opportunities.create({ name: 'Export deal', stage: 'NEGOTIATION' })
    await h.twenty.opportunities.create({ name: 'Still a customer', stage: 'CUSTOMER' })
    await h.twenty.opportunities.update(deal.id, { stage: 'WON' })
    const run = await h.runner.pollTrigger('watchWonOpportunities', { wonStage: 'WON', limit: 50 })
    expect(h.log.at(-1)?.request.qs.filter).toBe('stage[eq]:WON')
    const names = run.bundles.map((bundle) => (bundle as { name: string }).name)
    expect(names).toContain('Export deal')
    expect(names).not.toContain('Still a customer')
  })
})
