import { isTwentyNotFoundError } from 'twenty-sdk'
import { createWebhookDeduper, DEFAULT_TOLERANCE_MS, type TwentyWebhookEvent } from 'twenty-sdk/webhooks'
import type { Bundle, ZObject } from 'zapier-platform-core'
import { type TwentyStep, withTwenty } from '../client/with-twenty.js'
import { type Subscription, verifiedEvent } from './verify-delivery.js'
import { ZapierCacheDedupeStore } from './zapier-dedupe-store.js'

// A replay verifies until its timestamp is older than the signature tolerance; twice that leaves room for clock
// skew between Twenty and Zapier.
const REPLAY_WINDOW_MS = 2 * DEFAULT_TOLERANCE_MS

/** What makes one instant trigger: what to subscribe to, and what a delivery turns into. */
export interface RestHookDefinition<TItem> {
  /** Twenty events to subscribe to, e.g. `['person.created']`. */
  operations: (bundle: Bundle) => `${string}.${string}`[]
  /** Shown in Twenty's webhook list, so admins can tell what created the subscription. */
  description: (bundle: Bundle) => string
  /** The items one verified event triggers; none when the event does not qualify. */
  itemsFrom: (event: TwentyWebhookEvent, bundle: Bundle) => TItem[]
  /** Recent items of the same shape, newest first, for samples and the Zap editor's test. */
  performList: TwentyStep<TItem[]>
  /** Refuses a subscription Twenty would accept but never deliver to (e.g. an object it does not have). */
  beforeSubscribe?: TwentyStep<void>
  /** Zapier field labels by input key, so a refused input names the field the user sees. */
  labels?: Readonly<Record<string, string>>
}

/**
 * The `operation` of an instant trigger on Twenty's webhooks (a Zapier REST hook).
 *
 * Subscribing creates a Twenty webhook for Zapier's target URL with a fresh secret from the SDK (Twenty's
 * official app subscribes with an empty one, so its deliveries are unsigned); the id and secret are kept in
 * `subscribeData`. Every delivery is verified with that secret before anything triggers, and a repeat of one already
 * handled (a replay of a captured delivery, within its signature's window) is halted, remembered in Zapier's cache.
 */
export function restHookOperation<TItem>(definition: RestHookDefinition<TItem>) {
  return {
    type: 'hook' as const,
    performSubscribe: withTwenty(
      async (twenty, bundle, z): Promise<Subscription> => {
        if (!bundle.targetUrl)
          throw new Error('Zapier gave no webhook address for this Zap, so Twenty cannot send it events')
        await definition.beforeSubscribe?.(twenty, bundle, z)
        const webhook = await twenty.webhooks.create({
          targetUrl: bundle.targetUrl,
          operations: definition.operations(bundle),
          description: definition.description(bundle),
        })
        return { id: webhook.id, secret: webhook.secret }
      },
      { labels: definition.labels },
    ),
    performUnsubscribe: withTwenty(async (twenty, bundle) => {
      const { id } = (bundle.subscribeData ?? {}) as Partial<Subscription>
      if (!id) return { id: null, deleted: false }
      try {
        return { id, deleted: await twenty.webhooks.delete(id) }
      } catch (error) {
        // Already deleted in Twenty (by an admin): the Zap can still be turned off.
        if (isTwentyNotFoundError(error)) return { id, deleted: false }
        throw error
      }
    }),
    perform: async (z: ZObject, bundle: Bundle): Promise<TItem[]> => {
      const event = verifiedEvent(z, bundle)
      // Twenty lets an admin widen any webhook's events in Settings (to `person.*`, `*.*`…): only the events this
      // trigger subscribed to may fire it, or New Person would fire on every edit of a person.
      if (!(definition.operations(bundle) as string[]).includes(event.eventName)) return []
      const deduper = createWebhookDeduper({ ttlMs: REPLAY_WINDOW_MS, store: new ZapierCacheDedupeStore(z) })
      if (!(await deduper.isNew(event))) {
        throw new z.errors.HaltedError(
          `Ignored a repeat of a Twenty delivery this Zap already triggered on (${event.eventName} of ${event.eventDate}).`,
        )
      }
      return definition.itemsFrom(event, bundle)
    },
    performList: withTwenty(definition.performList, { labels: definition.labels }),
  }
}
