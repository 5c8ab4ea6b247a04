import type { Sandbox } from '@twenty-sdk/sandbox'
import { afterAll, beforeAll } from 'vitest'
import type { Subscription } from '../../src/triggers/verify-delivery.js'
import { run } from './app-tester.js'
import { type HookReceiver, hookBundle, type Received, startHookReceiver } from './hook-receiver.js'

/** The REST-hook functions of a trigger's operation, as the tests drive them. */
export interface HookOperation {
  performSubscribe: unknown
  performUnsubscribe: unknown
  perform: unknown
}

/** One hook receiver per test file, closed when the file is done. */
export function useHookReceiver(): () => HookReceiver {
  let receiver: HookReceiver | undefined
  beforeAll(async () => {
    receiver = await startHookReceiver()
  })
  afterAll(async () => {
    await receiver?.close()
  })
  return () => {
    if (!receiver) throw new Error('The hook receiver is not started yet')
    return receiver
  }
}

/** Subscribes a trigger to the receiver as Zapier does when a Zap is turned on. */
export function subscribe(
  operation: HookOperation,
  sandbox: Sandbox,
  receiver: HookReceiver,
  inputData: Record<string, unknown> = {},
): Promise<Subscription> {
  return run<Subscription>(operation.performSubscribe, sandbox, { targetUrl: receiver.url, inputData })
}

/** Waits for the sandbox to finish delivering, then returns what reached the receiver since `from`. */
export async function deliveriesSince(
  sandbox: Sandbox,
  receiver: HookReceiver,
  from: number,
): Promise<Received[]> {
  await sandbox.webhooks.idle()
  return receiver.received.slice(from)
}

/** Runs the trigger's `perform` on one delivery, in the bundle shape Zapier builds for it. */
export function performOn<T = Record<string, unknown>>(
  operation: HookOperation,
  sandbox: Sandbox,
  delivery: Received,
  subscription: Subscription,
  inputData: Record<string, unknown> = {},
): Promise<T[]> {
  return run<T[]>(operation.perform, sandbox, {
    ...hookBundle(delivery),
    subscribeData: subscription,
    inputData,
  })
}

/** Unsubscribes as Zapier does when a Zap is turned off. */
export function unsubscribe(
  operation: HookOperation,
  sandbox: Sandbox,
  subscription: Subscription,
): Promise<{ deleted: boolean }> {
  return run(operation.performUnsubscribe, sandbox, { subscribeData: subscription })
}
