import { beforeAll, describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { MAX_POLL_ITEMS } from '../src/triggers/newest-first.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'
import { tick } from './helpers/sleep.js'

// Twenty caps pages at 60 in some versions: a small cap here proves polls follow cursors past one page.
const sandbox = useSandbox({ maxLimit: 30, defaultLimit: 30 })
const triggers = App.triggers

type Row = Record<string, unknown> & { id: string }

const PEOPLE = 70
let newestPersonId = ''

beforeAll(async () => {
  const twenty = twentyOf(sandbox())
  for (let index = 0; index < PEOPLE - 1; index++) {
    await twenty.people.create({ name: { firstName: `Person ${index}` } })
    if (index % 10 === 9) await tick()
  }
  await tick()
  newestPersonId = (await twenty.people.create({ name: { firstName: 'Newest of the seed' } })).id
})

describe('performList of the instant triggers and the polling twins', () => {
  it('lists people newest first, each with an id', async () => {
    const people = await run<Row[]>(triggers.new_person.operation.performList, sandbox(), {
      meta: { limit: 5 },
    })
    expect(people).toHaveLength(5)
    expect(people[0]?.id).toBe(newestPersonId)
    const created = people.map((person) => Date.parse(person.createdAt as string))
    expect([...created].sort((a, b) => b - a)).toEqual(created)
  })

  it('returns three items when Zapier loads a sample', async () => {
    const people = await run<Row[]>(triggers.new_person.operation.performList, sandbox(), {
      meta: { isLoadingSample: true, limit: 50 },
    })
    expect(people).toHaveLength(3)
  })

  it("follows Twenty's cursors past one page up to Zapier's limit", async () => {
    const people = await run<Row[]>(triggers.new_person_polling.operation.perform, sandbox(), {
      meta: { limit: -1 },
    })
    expect(people).toHaveLength(Math.min(PEOPLE, MAX_POLL_ITEMS))
    expect(new Set(people.map((person) => person.id)).size).toBe(people.length)
  })

  it("polling twin and instant trigger return the same items, so switching keeps the Zap's field mapping", async () => {
    const polled = await run<Row[]>(triggers.new_person_polling.operation.perform, sandbox(), {
      meta: { limit: 3 },
    })
    const listed = await run<Row[]>(triggers.new_person.operation.performList, sandbox(), {
      meta: { limit: 3 },
    })
    expect(polled).toEqual(listed)
  })

  it("a new person shows up first on the next poll, so Zapier's dedupe sees exactly one new id", async () => {
    const before = await run<Row[]>(triggers.new_person_polling.operation.perform, sandbox(), {
      meta: { limit: 10 },
    })
    await tick()
    const person = await twentyOf(sandbox()).people.create({ name: { firstName: 'Newest' } })
    const after = await run<Row[]>(triggers.new_person_polling.operation.perform, sandbox(), {
      meta: { limit: 10 },
    })
    const seen = new Set(before.map((item) => item.id))
    expect(after.filter((item) => !seen.has(item.id)).map((item) => item.id)).toEqual([person.id])
  })
})

describe('Opportunity Won (Polling)', () => {
  it('lists only deals at the chosen won stage, most recently changed first', async () => {
    const twenty = twentyOf(sandbox())
    const early = await twenty.opportunities.create({ name: 'Early', stage: 'CUSTOMER' })
    await twenty.opportunities.create({ name: 'Still talking', stage: 'MEETING' })
    await tick()
    const late = await twenty.opportunities.create({ name: 'Late', stage: 'CUSTOMER' })
    const won = await run<Row[]>(triggers.opportunity_won_polling.operation.perform, sandbox(), {
      inputData: { wonStage: 'CUSTOMER' },
    })
    expect(won.map((deal) => deal.id)).toEqual([late.id, early.id])
  })

  it('a deal that wins later appears as a new id on the next poll', async () => {
    const twenty = twentyOf(sandbox())
    const before = await run<Row[]>(triggers.opportunity_won_polling.operation.perform, sandbox(), {
      inputData: { wonStage: 'CUSTOMER' },
    })
    const deal = await twenty.opportunities.create({ name: 'Closing', stage: 'PROPOSAL' })
    await tick()
    await twenty.opportunities.update(deal.id, { stage: 'CUSTOMER' })
    const after = await run<Row[]>(triggers.opportunity_won_polling.operation.perform, sandbox(), {
      inputData: { wonStage: 'CUSTOMER' },
    })
    const seen = new Set(before.map((item) => item.id))
    expect(after.filter((item) => !seen.has(item.id)).map((item) => item.id)).toEqual([deal.id])
    expect(after[0]).toMatchObject({ id: deal.id, stage: 'CUSTOMER' })
  })
})

describe('turning a polling Zap on', () => {
  it('remembers every won deal, not only the latest 100, so editing a deal won long ago does not fire it', async () => {
    const twenty = twentyOf(sandbox())
    const oldest = await twenty.opportunities.create({ name: 'Won long ago', stage: 'CUSTOMER' })
    await tick()
    await twenty.opportunities.createMany(
      Array.from({ length: MAX_POLL_ITEMS + 10 }, (_, index) => ({
        name: `Won ${index}`,
        stage: 'CUSTOMER' as const,
      })),
    )
    const { totalCount } = await twenty.opportunities.list({
      filter: { stage: { eq: 'CUSTOMER' } },
      limit: 1,
    })
    const dedupe = await run<Row[]>(triggers.opportunity_won_polling.operation.perform, sandbox(), {
      inputData: { wonStage: 'CUSTOMER' },
      meta: { isPopulatingDedupe: true, limit: -1 },
    })
    expect(dedupe).toHaveLength(totalCount)
    await tick()
    await twenty.opportunities.update(oldest.id, { name: 'Won long ago (renamed)' })
    const poll = await run<Row[]>(triggers.opportunity_won_polling.operation.perform, sandbox(), {
      inputData: { wonStage: 'CUSTOMER' },
    })
    const seen = new Set(dedupe.map((deal) => deal.id))
    expect(poll[0]?.id).toBe(oldest.id)
    expect(poll.filter((deal) => !seen.has(deal.id))).toEqual([])
  })
})

describe('performList of the other instant triggers', () => {
  it('Task Completed lists DONE tasks only', async () => {
    const twenty = twentyOf(sandbox())
    await twenty.tasks.create({ title: 'Open', status: 'TODO' })
    const done = await twenty.tasks.create({ title: 'Closed', status: 'DONE' })
    const tasks = await run<Row[]>(triggers.task_completed.operation.performList, sandbox())
    expect(tasks.map((task) => task.id)).toEqual([done.id])
  })

  it('Updated Record lists the chosen object by last update, each keyed by id and updatedAt', async () => {
    const twenty = twentyOf(sandbox())
    const company = await twenty.companies.create({ name: 'Old' })
    await twenty.companies.create({ name: 'Other' })
    await tick()
    await twenty.companies.update(company.id, { name: 'Renamed' })
    const records = await run<Row[]>(triggers.updated_record.operation.performList, sandbox(), {
      inputData: { object: 'company' },
    })
    expect(records[0]).toMatchObject({
      id: company.id,
      name: 'Renamed',
      objectName: 'company',
      updatedFields: [],
    })
    expect(records[0]?.updatedAt).toEqual(expect.any(String))
  })

  it('Updated Record refuses an object name that cannot be an API name', async () => {
    const failure = run(triggers.updated_record.operation.performList, sandbox(), {
      inputData: { object: 'drop table' },
    })
    await expect(failure).rejects.toThrow(/is not an object API name/)
  })
})
