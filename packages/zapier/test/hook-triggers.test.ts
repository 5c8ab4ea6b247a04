import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import type { Subscription } from '../src/triggers/verify-delivery.js'
import { twentyOf, useSandbox } from './helpers/app-tester.js'
import {
  deliveriesSince,
  type HookOperation,
  performOn,
  subscribe,
  unsubscribe,
  useHookReceiver,
} from './helpers/rest-hook.js'

const sandbox = useSandbox()
const receiver = useHookReceiver()
const triggers = App.triggers

/**
 * Turns a Zap on, makes a change in Twenty, and runs `perform` on each signed delivery the sandbox sent for
 * that subscription, as Zapier would; then turns the Zap off. Resolves with the items of every delivery.
 */
async function itemsFor(
  operation: HookOperation,
  inputData: Record<string, unknown>,
  change: () => Promise<unknown>,
): Promise<{ subscription: Subscription; items: Record<string, unknown>[][] }> {
  const subscription = await subscribe(operation, sandbox(), receiver(), inputData)
  const from = receiver().received.length
  await change()
  const deliveries = await deliveriesSince(sandbox(), receiver(), from)
  const mine = deliveries.filter((delivery) => JSON.parse(delivery.body).webhookId === subscription.id)
  const items = await Promise.all(
    mine.map((delivery) => performOn(operation, sandbox(), delivery, subscription, inputData)),
  )
  await unsubscribe(operation, sandbox(), subscription)
  return { subscription, items }
}

describe('New Company and New Task', () => {
  it('New Company triggers once per created company, with the ARR in units', async () => {
    const { items } = await itemsFor(triggers.new_company.operation, {}, () =>
      twentyOf(sandbox()).companies.create({
        name: 'Da Lat Farms',
        annualRecurringRevenue: { amountMicros: 5_000_000, currencyCode: 'USD' },
      }),
    )
    expect(items).toEqual([
      [expect.objectContaining({ name: 'Da Lat Farms', annualRecurringRevenueAmount: 5 })],
    ])
  })

  it('New Task subscribes to task.created only, so updates never reach it', async () => {
    const twenty = twentyOf(sandbox())
    const { subscription, items } = await itemsFor(triggers.new_task.operation, {}, async () => {
      const task = await twenty.tasks.create({ title: 'Roast samples' })
      await twenty.tasks.update(task.id, { status: 'IN_PROGRESS' })
    })
    expect(items).toEqual([[expect.objectContaining({ title: 'Roast samples', status: 'TODO' })]])
    expect(subscription.id).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('Opportunity Won', () => {
  it('triggers when a deal moves to the won stage, not when it is created earlier in the pipeline', async () => {
    const twenty = twentyOf(sandbox())
    const { items } = await itemsFor(
      triggers.opportunity_won.operation,
      { wonStage: 'CUSTOMER' },
      async () => {
        const deal = await twenty.opportunities.create({ name: 'Wholesale', stage: 'PROPOSAL' })
        await twenty.opportunities.update(deal.id, { name: 'Wholesale 2027' })
        await twenty.opportunities.update(deal.id, { stage: 'CUSTOMER' })
      },
    )
    expect(items).toEqual([[], [], [expect.objectContaining({ name: 'Wholesale 2027', stage: 'CUSTOMER' })]])
  })

  it('uses the won stage the Zap chose', async () => {
    const twenty = twentyOf(sandbox())
    const { items } = await itemsFor(
      triggers.opportunity_won.operation,
      { wonStage: 'PROPOSAL' },
      async () => {
        const deal = await twenty.opportunities.create({ name: 'Early win', stage: 'MEETING' })
        await twenty.opportunities.update(deal.id, { stage: 'PROPOSAL' })
      },
    )
    expect(items.flat()).toEqual([expect.objectContaining({ name: 'Early win', stage: 'PROPOSAL' })])
  })

  it('triggers for a deal created already won', async () => {
    const { items } = await itemsFor(triggers.opportunity_won.operation, { wonStage: 'CUSTOMER' }, () =>
      twentyOf(sandbox()).opportunities.create({ name: 'Signed on the spot', stage: 'CUSTOMER' }),
    )
    expect(items.flat()).toEqual([expect.objectContaining({ name: 'Signed on the spot' })])
  })
})

describe('Task Completed', () => {
  it('triggers when a task becomes DONE, and not for its creation or other edits', async () => {
    const twenty = twentyOf(sandbox())
    const { items } = await itemsFor(triggers.task_completed.operation, {}, async () => {
      const task = await twenty.tasks.create({ title: 'Ship samples', status: 'TODO' })
      await twenty.tasks.update(task.id, { title: 'Ship samples to Hanoi' })
      await twenty.tasks.update(task.id, { status: 'DONE' })
    })
    expect(items.map((delivery) => delivery.length)).toEqual([0, 0, 1])
    expect(items[2]?.[0]).toMatchObject({ title: 'Ship samples to Hanoi', status: 'DONE' })
  })
})

describe('Updated Record', () => {
  it('triggers on each update of the chosen object with the changed field names', async () => {
    const twenty = twentyOf(sandbox())
    const company = await twenty.companies.create({ name: 'Hue Spices' })
    const { items } = await itemsFor(triggers.updated_record.operation, { object: 'company' }, async () => {
      await twenty.companies.update(company.id, { employees: 9 })
      await twenty.people.create({ name: { firstName: 'Not a company' } })
    })
    expect(items).toEqual([
      [
        expect.objectContaining({
          id: company.id,
          objectName: 'company',
          updatedFields: ['employees'],
          employees: 9,
        }),
      ],
    ])
  })

  it('subscribes to the singular event name of the chosen object', async () => {
    const subscription = await subscribe(triggers.updated_record.operation, sandbox(), receiver(), {
      object: 'opportunity',
    })
    await expect(twentyOf(sandbox()).webhooks.get(subscription.id)).resolves.toMatchObject({
      operations: ['opportunity.updated'],
    })
    await unsubscribe(triggers.updated_record.operation, sandbox(), subscription)
  })
})
