import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TriggerState } from '../../src/runner/trigger-state.js'
import { type Harness, startHarness } from './harness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const field = (bundles: unknown[], key: string) =>
  bundles.map((bundle) => (bundle as Record<string, unknown>)[key])
// Twenty's timestamps have millisecond resolution; a pause keeps creation order unambiguous.
const tick = () => new Promise((resolve) => setTimeout(resolve, 3))

async function createPeople(names: string[]): Promise<void> {
  for (const firstName of names) {
    await h.twenty.people.create({ name: { firstName, lastName: 'Tran' } })
    await tick()
  }
}

describe('Watch new people', () => {
  let state: TriggerState

  it('lists people to choose where to start, newest first', async () => {
    await createPeople(['Anh', 'Binh'])
    await h.twenty.people.create({
      name: { firstName: 'Chau', lastName: 'Tran' },
      emails: { primaryEmail: 'chau@example.com' },
    })
    const epoch = (await h.runner.epoch('watchNewPeople')) as { label: string; date: string }[]
    expect(epoch.map((option) => option.label)).toEqual([
      'Chau Tran · chau@example.com',
      'Binh Tran',
      'Anh Tran',
    ])
    expect(epoch.every((option) => !Number.isNaN(Date.parse(option.date)))).toBe(true)
  })

  it('outputs the newest people up to the limit, oldest of them first, on a run from the beginning', async () => {
    const first = await h.runner.pollTrigger('watchNewPeople', { limit: 2 })
    expect(field(first.bundles, 'name')).toEqual([
      { firstName: 'Binh', lastName: 'Tran' },
      { firstName: 'Chau', lastName: 'Tran' },
    ])
    const all = await h.runner.pollTrigger('watchNewPeople', { limit: 10 })
    expect(all.bundles).toHaveLength(3)
    state = all.state
  })

  it('outputs only people created after the last run', async () => {
    await createPeople(['Dung', 'Giang'])
    const next = await h.runner.pollTrigger('watchNewPeople', { limit: 10 }, state)
    expect(field(field(next.bundles, 'name'), 'firstName')).toEqual(['Dung', 'Giang'])
    const again = await h.runner.pollTrigger('watchNewPeople', { limit: 10 }, next.state)
    expect(again.bundles).toEqual([])
  })

  it('starts "from now on" without outputting existing people', async () => {
    const fromNow = await h.runner.startTriggerFromNow('watchNewPeople')
    await createPeople(['Hoa'])
    const next = await h.runner.pollTrigger('watchNewPeople', {}, fromNow)
    expect(field(field(next.bundles, 'name'), 'firstName')).toEqual(['Hoa'])
  })
})

describe('Watch won opportunities', () => {
  it('fires when an opportunity reaches the won stage, and not for other stages', async () => {
    const start = await h.runner.startTriggerFromNow('watchWonOpportunities')
    const won = await h.twenty.opportunities.create({ name: 'Wholesale', stage: 'PROPOSAL' })
    await h.twenty.opportunities.create({ name: 'Still talking', stage: 'MEETING' })
    await tick()
    await h.twenty.opportunities.update(won.id, { stage: 'CUSTOMER' })
    const run = await h.runner.pollTrigger('watchWonOpportunities', {}, start)
    expect(field(run.bundles, 'name')).toEqual(['Wholesale'])
    expect(field(run.bundles, 'amountValue')).toEqual([null])
    expect(h.log.at(-1)?.request.qs).toMatchObject({
      filter: 'stage[eq]:CUSTOMER',
      order_by: 'updatedAt[DescNullsLast],id[DescNullsLast]',
    })
  })

  // Make remembers only the last date and id, never the ids it output: a runner that remembered them would hide
  // the re-output the module's help warns about.
  it('outputs a won opportunity again when it is edited later, as Make does, and a deal won later once', async () => {
    const start = await h.runner.startTriggerFromNow('watchWonOpportunities')
    const first = await h.twenty.opportunities.create({ name: 'Retail', stage: 'CUSTOMER' })
    const won = await h.runner.pollTrigger('watchWonOpportunities', {}, start)
    expect(field(won.bundles, 'name')).toEqual(['Retail'])
    await tick()
    await h.twenty.opportunities.update(first.id, { name: 'Retail (amount fixed)' })
    const second = await h.twenty.opportunities.create({ name: 'Export', stage: 'PROPOSAL' })
    await tick()
    await h.twenty.opportunities.update(second.id, { stage: 'CUSTOMER' })
    const next = await h.runner.pollTrigger('watchWonOpportunities', {}, won.state)
    expect(field(next.bundles, 'name')).toEqual(['Retail (amount fixed)', 'Export'])
    const again = await h.runner.pollTrigger('watchWonOpportunities', {}, next.state)
    expect(again.bundles).toEqual([])
  })

  it('uses the won stage the user chose', async () => {
    await h.twenty.opportunities.create({ name: 'Proposal sent', stage: 'PROPOSAL' })
    const run = await h.runner.pollTrigger('watchWonOpportunities', { wonStage: 'PROPOSAL', limit: 50 })
    expect(field(run.bundles, 'stage').every((stage) => stage === 'PROPOSAL')).toBe(true)
    expect(field(run.bundles, 'name')).toContain('Proposal sent')
  })
})

describe('Watch completed tasks', () => {
  it('fires when a task is marked done', async () => {
    const start = await h.runner.startTriggerFromNow('watchCompletedTasks')
    const task = await h.twenty.tasks.create({ title: 'Call Linh', status: 'TODO' })
    await tick()
    await h.twenty.tasks.update(task.id, { status: 'DONE' })
    const run = await h.runner.pollTrigger('watchCompletedTasks', {}, start)
    expect(field(run.bundles, 'title')).toEqual(['Call Linh'])
    expect(field(run.bundles, 'status')).toEqual(['DONE'])
  })
})

describe('"Choose where to start" labels', () => {
  it('label records without a name by what they have, or as Untitled, never blank, with stages in words', async () => {
    await h.twenty.people.create({ emails: { primaryEmail: 'no-name@example.com' } })
    await tick()
    await h.twenty.people.create({})
    const people = (await h.runner.epoch('watchNewPeople')) as { label: string }[]
    expect(people.slice(0, 2).map((option) => option.label)).toEqual([
      'Untitled person',
      'no-name@example.com',
    ])
    await h.twenty.opportunities.create({ stage: 'CUSTOMER' })
    const [deal] = (await h.runner.epoch('watchWonOpportunities', { wonStage: 'CUSTOMER' })) as {
      label: string
    }[]
    expect(deal?.label).toBe('Untitled opportunity (Customer)')
    await h.twenty.tasks.create({ status: 'DONE' })
    const [task] = (await h.runner.epoch('watchCompletedTasks')) as { label: string }[]
    expect(task?.label).toBe('Untitled task')
  })
})
