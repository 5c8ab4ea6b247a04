import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'
import { hookBundle } from './helpers/hook-receiver.js'
import { deliveriesSince, performOn, subscribe, unsubscribe, useHookReceiver } from './helpers/rest-hook.js'

const sandbox = useSandbox()
const receiver = useHookReceiver()
const newPerson = App.triggers.new_person.operation

describe('New Person: subscribe, signed delivery, perform, unsubscribe', () => {
  it('subscribes with a generated secret, triggers on the signed delivery and unsubscribes', async () => {
    const subscription = await subscribe(newPerson, sandbox(), receiver())
    expect(subscription.secret).toMatch(/^[0-9a-f]{64}$/)
    await expect(twentyOf(sandbox()).webhooks.get(subscription.id)).resolves.toMatchObject({
      targetUrl: receiver().url,
      operations: ['person.created'],
      description: 'Zapier: New Person',
    })

    const from = receiver().received.length
    const person = await twentyOf(sandbox()).people.create({
      name: { firstName: 'Linh', lastName: 'Nguyen' },
    })
    const deliveries = await deliveriesSince(sandbox(), receiver(), from)
    expect(deliveries).toHaveLength(1)
    const delivery = receiver().last()
    expect(delivery.headers['x-twenty-webhook-signature']).toMatch(/^[0-9a-f]{64}$/)
    const items = await performOn(newPerson, sandbox(), delivery, subscription)
    expect(items).toEqual([
      expect.objectContaining({ id: person.id, name: { firstName: 'Linh', lastName: 'Nguyen' } }),
    ])

    await expect(unsubscribe(newPerson, sandbox(), subscription)).resolves.toMatchObject({ deleted: true })
    const remaining = await twentyOf(sandbox()).webhooks.list()
    expect(remaining.map((webhook) => webhook.id)).not.toContain(subscription.id)
  })

  it('turns a Zap off cleanly when its webhook was already deleted in Twenty', async () => {
    const subscription = await subscribe(newPerson, sandbox(), receiver())
    await twentyOf(sandbox()).webhooks.delete(subscription.id)
    await expect(unsubscribe(newPerson, sandbox(), subscription)).resolves.toMatchObject({ deleted: false })
  })
})

describe('deliveries that must not trigger', () => {
  async function signedDelivery() {
    const subscription = await subscribe(newPerson, sandbox(), receiver())
    const from = receiver().received.length
    await twentyOf(sandbox()).people.create({ name: { firstName: 'Mai' } })
    const deliveries = await deliveriesSince(sandbox(), receiver(), from)
    const delivery = deliveries.find((item) => JSON.parse(item.body).webhookId === subscription.id)
    if (!delivery) throw new Error('The sandbox delivered nothing for the subscription')
    return { subscription, delivery }
  }

  it('halts on a delivery whose body was altered after signing', async () => {
    const { subscription, delivery } = await signedDelivery()
    const forged = { ...delivery, body: delivery.body.replace('"Mai"', '"Eve"') }
    const failure = await failureOf(performOn(newPerson, sandbox(), forged, subscription))
    expect(failure).toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('signature_mismatch'),
    })
  })

  it('halts on an unsigned delivery, as Twenty sends for a webhook without a secret', async () => {
    const { subscription, delivery } = await signedDelivery()
    const unsigned = {
      body: delivery.body,
      headers: { 'content-type': 'application/json' },
    }
    const failure = await failureOf(performOn(newPerson, sandbox(), unsigned, subscription))
    expect(failure).toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('missing_signature'),
    })
  })

  it('halts on a delivery signed with another secret', async () => {
    const { subscription, delivery } = await signedDelivery()
    const failure = await failureOf(
      performOn(newPerson, sandbox(), delivery, { ...subscription, secret: 'f'.repeat(64) }),
    )
    expect(failure.message).toContain('signature_mismatch')
  })

  it('halts on a delivery replayed long after it was signed', async () => {
    const { subscription, delivery } = await signedDelivery()
    const stale = {
      ...delivery,
      headers: { ...delivery.headers, 'x-twenty-webhook-timestamp': String(Date.now() - 3_600_000) },
    }
    const failure = await failureOf(performOn(newPerson, sandbox(), stale, subscription))
    expect(failure.message).toContain('timestamp_out_of_tolerance')
  })

  it('halts on a genuine delivery of another webhook replayed to this Zap', async () => {
    const first = await signedDelivery()
    const other = await subscribe(newPerson, sandbox(), receiver())
    const failure = await failureOf(
      performOn(newPerson, sandbox(), first.delivery, { ...other, secret: first.subscription.secret }),
    )
    expect(failure).toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('another Twenty webhook'),
    })
  })

  it('triggers once on a signed delivery replayed within its window, and halts the repeat', async () => {
    const { subscription, delivery } = await signedDelivery()
    await expect(performOn(newPerson, sandbox(), delivery, subscription)).resolves.toHaveLength(1)
    const replay = { ...delivery, headers: { ...delivery.headers, 'x-twenty-webhook-nonce': 'f'.repeat(32) } }
    const failure = await failureOf(performOn(newPerson, sandbox(), replay, subscription))
    expect(failure).toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('repeat of a Twenty delivery'),
    })
  })

  it('still triggers on every distinct delivery: two people created one after the other fire twice', async () => {
    const subscription = await subscribe(newPerson, sandbox(), receiver())
    const from = receiver().received.length
    await twentyOf(sandbox()).people.create({ name: { firstName: 'An' } })
    await twentyOf(sandbox()).people.create({ name: { firstName: 'Binh' } })
    const deliveries = (await deliveriesSince(sandbox(), receiver(), from)).filter(
      (item) => JSON.parse(item.body).webhookId === subscription.id,
    )
    expect(deliveries).toHaveLength(2)
    for (const delivery of deliveries) {
      await expect(performOn(newPerson, sandbox(), delivery, subscription)).resolves.toHaveLength(1)
    }
  })

  it('verifies the raw content, not the parsed body Zapier also hands over', async () => {
    const { subscription, delivery } = await signedDelivery()
    const bundle = hookBundle(delivery)
    const reserialized = {
      ...bundle,
      rawRequest: { ...bundle.rawRequest, content: JSON.stringify(bundle.cleanedRequest, null, 2) },
    }
    const failure = await failureOf(
      run(newPerson.perform, sandbox(), { ...reserialized, subscribeData: subscription }),
    )
    expect(failure.message).toContain('signature_mismatch')
  })
})
