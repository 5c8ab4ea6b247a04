import type { TwentyError } from '../errors/twenty-error.js'
import type { RequestContext, TransportResponse } from './types.js'

/**
 * Observes (and may adjust) every attempt the client sends: logging, auditing, metrics, extra headers.
 *
 * Hooks run in the order middleware was added; `onRequest` may change `context.headers`. An `onRequest` or
 * `onResponse` hook that throws fails the call without a retry: the caller gets a `TwentyError` whose `cause` is
 * the hook's error (a `TwentyError` it throws is passed on as is), after the `onError` hooks saw it. An `onError`
 * hook that throws replaces the error the caller gets with its own, and the later `onError` hooks are skipped.
 * Hooks never see the API key.
 *
 * @example
 * twenty.use({ onResponse: ({ context, response }) => log(`${context.method} ${context.path} ${response.status}`) })
 */
export interface Middleware {
  /** Before each attempt is sent, retries included; may add or change `context.headers`. */
  onRequest?(event: MiddlewareRequestEvent): void | Promise<void>
  /** After each attempt that got an answer, whatever its status (a 429 that will be retried included). */
  onResponse?(event: MiddlewareResponseEvent): void | Promise<void>
  /** Once per failed call, with the error the caller is about to receive (after retries gave up). */
  onError?(event: MiddlewareErrorEvent): void | Promise<void>
}

/** What {@link Middleware.onRequest} receives: named so a hook can be written apart from the object holding it. */
export interface MiddlewareRequestEvent {
  /** The attempt about to be sent. */
  context: RequestContext
}

/** What {@link Middleware.onResponse} receives. */
export interface MiddlewareResponseEvent {
  /** The attempt that got the answer. */
  context: RequestContext
  /** Twenty's answer, before it is turned into a result or an error. */
  response: TransportResponse
}

/** What {@link Middleware.onError} receives. */
export interface MiddlewareErrorEvent {
  /** The failed call's request; its `id` is the error's `requestId`. */
  context: RequestContext
  /** The error the caller is about to receive. */
  error: TwentyError
}

/**
 * What `onRequest` and `onResponse` hooks threw. A hook's throw fails the call without a retry, whatever its class: a
 * `TwentyConnectionError` thrown by an audit hook is not a lost answer, and retrying it sent the request (and called
 * the hook) up to four times. The error itself reaches the caller unchanged, so it is remembered here, not wrapped.
 */
const thrownByHooks = new WeakSet<object>()

/** True when `error` was thrown by a middleware hook rather than by the request itself. */
export function isThrownByHook(error: unknown): boolean {
  return typeof error === 'object' && error !== null && thrownByHooks.has(error)
}

function thrownByHook(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) thrownByHooks.add(error)
  return error
}

/** An ordered, mutable list of middleware shared by a client's requests. */
export class MiddlewareStack {
  readonly #items: Middleware[] = []

  constructor(initial: readonly Middleware[] = []) {
    this.#items.push(...initial)
  }

  add(middleware: Middleware): void {
    this.#items.push(middleware)
  }

  remove(middleware: Middleware): boolean {
    const index = this.#items.indexOf(middleware)
    if (index === -1) return false
    this.#items.splice(index, 1)
    return true
  }

  /** True when no middleware is installed: the client then skips the hooks (and their promise turns). */
  get isEmpty(): boolean {
    return this.#items.length === 0
  }

  async onRequest(context: RequestContext): Promise<void> {
    try {
      for (const item of [...this.#items]) await item.onRequest?.({ context })
    } catch (error) {
      throw thrownByHook(error)
    }
  }

  async onResponse(context: RequestContext, response: TransportResponse): Promise<void> {
    try {
      for (const item of [...this.#items]) await item.onResponse?.({ context, response })
    } catch (error) {
      throw thrownByHook(error)
    }
  }

  async onError(context: RequestContext, error: TwentyError): Promise<void> {
    for (const item of [...this.#items]) await item.onError?.({ context, error })
  }
}
