import {
  type TwentyWebhookEvent,
  type TwentyWebhookVerificationError,
  verifyWebhook,
} from 'twenty-sdk/webhooks'
import type { Bundle, ZObject } from 'zapier-platform-core'

/** What `performSubscribe` keeps for a subscription: Twenty's webhook id, and the secret it signs with. */
export interface Subscription {
  id: string
  secret: string
}

/**
 * The event of a delivery, trusted only once its signature checks out.
 *
 * Zapier hands the delivery over as `bundle.rawRequest`: `content` is the raw body string (what Twenty
 * signed; a re-serialized `cleanedRequest` would not match) and the headers arrive renamed
 * `Http-X-Twenty-Webhook-Signature`. An unsigned, forged, stale or foreign delivery ends the run with a
 * `HaltedError`: it triggers nothing, and does not count as the Zap failing, so forged traffic cannot get a
 * Zap turned off for errors.
 */
export function verifiedEvent(z: ZObject, bundle: Bundle): TwentyWebhookEvent {
  const subscription = (bundle.subscribeData ?? {}) as Partial<Subscription>
  const raw = bundle.rawRequest ?? {}
  let event: TwentyWebhookEvent
  try {
    event = verifyWebhook({
      payload: raw.content ?? '',
      headers: raw.headers ?? {},
      secret: subscription.secret ?? '',
    })
  } catch (error) {
    if (isVerificationError(error)) {
      throw new z.errors.HaltedError(
        `Ignored a delivery that failed Twenty's signature check (${error.reason}): ${error.message}`,
      )
    }
    throw error
  }
  if (subscription.id && event.webhookId !== subscription.id) {
    throw new z.errors.HaltedError(
      'Ignored a delivery signed for another Twenty webhook than this Zap subscribed.',
    )
  }
  return event
}

// By name, not instanceof: the SDK's two entry points may each carry a copy of the class.
function isVerificationError(error: unknown): error is TwentyWebhookVerificationError {
  return error instanceof Error && error.name === 'TwentyWebhookVerificationError'
}
