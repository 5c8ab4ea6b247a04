// The names every ```ts block in the guides may use without declaring them. Keep this list short: a name
// belongs here only when a page's prose already says where it comes from.
import type { TwentyClient } from 'twenty-sdk'
import type { TwentyWebhookEvent } from 'twenty-sdk/webhooks'

declare global {
  /** The client the quickstart creates: `new TwentyClient()`. */
  const twenty: TwentyClient
  /** An API key from Settings → APIs & Webhooks, read from wherever you keep secrets. */
  const apiKey: string
  /** The id of a record the page talks about. */
  const id: string
  /** A delivery `verifyWebhook` accepted (webhooks guide). */
  const event: TwentyWebhookEvent
}
