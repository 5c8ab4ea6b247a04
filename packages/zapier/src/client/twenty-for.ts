import { DEFAULT_BASE_URL, TwentyClient } from 'twenty-sdk'
import type { Bundle, ZObject } from 'zapier-platform-core'
import { type StepDeadline, UNDO_GRACE_MS } from './step-deadline.js'
import { zRequestFetch } from './z-request-fetch.js'

/**
 * The server a connection talks to: its self-hosted URL (`crm.example.com` or `crm.example.com:3000` is read
 * as https), or Twenty Cloud when the field was left empty.
 */
export function serverUrl(authData: Bundle['authData']): string {
  const url = String(authData.baseUrl ?? '').trim()
  if (url === '') return DEFAULT_BASE_URL
  // A scheme is followed by "//": "crm.example.com:3000" is a host and port (self-hosted Twenty's default port).
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`
}

/**
 * The API key of a connection as Twenty expects it after `Bearer `: trimmed, and without a `Bearer ` the user
 * pasted along with it (Twenty's API docs show the whole header), which Twenty would read as no token at all and
 * answer "Missing authentication token", a 403 that points at the key's role instead of the paste.
 */
export function apiKeyOf(authData: Bundle['authData']): string {
  return String(authData.apiKey ?? '')
    .trim()
    .replace(/^bearer\s+/i, '')
}

/**
 * The SDK client for one step run, sending through `z.request`, every request within the step's `deadline`,
 * which stops each one when the budget runs out (an undo a little later); `timeoutMs` only bounds what the
 * deadline already does.
 *
 * Retries and rate limiting are off: each run is a fresh, short-lived process that knows nothing of the
 * workspace's other Zaps, and Zapier itself retries a throttled step later (`ThrottledError`), outside the
 * 30-second limit that waiting in-process would eat into.
 */
export function twentyFor(
  z: ZObject,
  bundle: Pick<Bundle, 'authData'>,
  deadline: StepDeadline,
): TwentyClient {
  return new TwentyClient({
    apiKey: apiKeyOf(bundle.authData),
    baseUrl: serverUrl(bundle.authData),
    fetch: zRequestFetch(z),
    timeoutMs: deadline.budgetMs + UNDO_GRACE_MS,
    retry: false,
    rateLimit: false,
    sendWrappers: [deadline.wrapper],
  })
}
