import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
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
 * Turns a Zap on, then has a Twenty admin widen the webhook's events in Settings (Twenty lets any webhook be
 * edited, Zapier's included), makes changes, and runs `perform` on every genuine, signed delivery.
 */
async function itemsAfterWidening(
  operation: HookOperation,
  operations: `${string}.${string}`[],
  change: () => Promise<unknown>,
): Promise<Record<string, unknown>[][]> {
  const twenty = twentyOf(sandbox())
  const subscription = await subscribe(operation, sandbox(), receiver())
  await twenty.webhooks.update(subscription.id, { operations })
  const from = receiver().received.length
  await change()
  const deliveries = await deliveriesSince(sandbox(), receiver(), from)
  const mine = deliveries.filter((delivery) => JSON.parse(delivery.body).webhookId === subscription.id)
  expect(mine.length).toBeGreaterThan(0)
  const items = await Promise.all(
    mine.map((delivery) => performOn(operation, sandbox(), delivery, subscription)),
  )
  await unsubscribe(operation, sandbox(), subscription)
  return items
}

describe('instant triggers given a signed delivery of an event they did not subscribe to', () => {
  it('New Person does not fire when an existing person is updated or deleted', async () => {
    const twenty = twentyOf(sandbox())
    const person = await twenty.people.create({ name: { firstName: 'Hoa' } })
    const items = await itemsAfterWidening(triggers.new_person.operation, ['person.*'], async () => {
      await twenty.people.update(person.id, { jobTitle: 'Buyer' })
      await twenty.people.delete(person.id)
    })
    expect(items.flat()).toEqual([])
  })

  it('New Company does not fire for a person created in the same workspace', async () => {
    const twenty = twentyOf(sandbox())
    const items = await itemsAfterWidening(triggers.new_company.operation, ['*.created'], async () => {
      await twenty.people.create({ name: { firstName: 'Tuan' } })
    })
    expect(items.flat()).toEqual([])
  })

  it('New Task still fires for the task.created events it subscribed to', async () => {
    const twenty = twentyOf(sandbox())
    const items = await itemsAfterWidening(triggers.new_task.operation, ['*.*'], async () => {
      const task = await twenty.tasks.create({ title: 'Cup samples' })
      await twenty.tasks.update(task.id, { status: 'DONE' })
      await twenty.people.create({ name: { firstName: 'Lan' } })
    })
    expect(items.flat()).toEqual([expect.objectContaining({ title: 'Cup samples' })])
  })
})
