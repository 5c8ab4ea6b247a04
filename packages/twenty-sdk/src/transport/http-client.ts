import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { errorFromResponse } from '../errors/error-from-response.js'
import { TwentyConnectionError } from '../errors/twenty-connection-error.js'
import { TwentyError } from '../errors/twenty-error.js'
import { TwentyServerError } from '../errors/twenty-server-error.js'
import {
  copyHeaders,
  redactHeaders,
  redactParsedUrl,
  redactQuery,
  redactText,
  redactValue,
} from '../internal/redact.js'
import type { MiddlewareStack } from './middleware.js'
import { parseRetryAfter } from './retry-after.js'
import type { RequestContext, RequestOptions, Send, SendWrapper, TransportResponse } from './types.js'

/** How the client's transport is assembled. */
export interface HttpClientOptions {
  restUrl: string
  /** The server root, for requests with `fromOrigin`. */
  originUrl: string
  defaultHeaders: Record<string, string>
  middleware: MiddlewareStack
  /** The bottom sender (one HTTP attempt). */
  send: Send
  /** Wrappers applied around the middleware-instrumented sender, outermost first (retry, then rate limit). */
  wrappers?: readonly SendWrapper[]
  /** Known secrets scrubbed from any error message that reaches the caller. */
  secrets: () => readonly string[]
}

/**
 * Sends requests through middleware and wrappers, and turns answers into data or typed errors.
 *
 * Order for each attempt: wrappers (retry, rate limit) → middleware `onRequest` → HTTP → `onResponse` or
 * `onError`. Statuses ≥ 400 become typed errors only after the wrappers gave up, so a retry wrapper sees raw
 * answers and decides for itself.
 */
export class HttpClient {
  readonly #options: HttpClientOptions
  readonly #send: Send
  /** The headers every request starts from, as middleware sees them (built once, copied per request). */
  readonly #baseHeaders: Record<string, string>
  /** The same, unmasked, for requests with headers of their own. */
  readonly #defaultHeaders: Record<string, string>

  constructor(options: HttpClientOptions) {
    this.#options = options
    this.#defaultHeaders = { accept: 'application/json', ...options.defaultHeaders }
    this.#baseHeaders = redactHeaders({ ...this.#defaultHeaders, authorization: REDACTED_BEARER })
    const withHooks: Send = async (context) => {
      await options.middleware.onRequest(context)
      const response = await options.send(context)
      await options.middleware.onResponse(context, shownToMiddleware(response, options.secrets()))
      return response
    }
    // Without middleware the hooks are skipped altogether (no extra async layer per attempt).
    const instrumented: Send = (context) =>
      options.middleware.isEmpty ? options.send(context) : withHooks(context)
    this.#send = (options.wrappers ?? []).reduceRight<Send>((next, wrap) => wrap(next), instrumented)
  }

  /** Sends a request and resolves with the parsed body of a 2xx answer; rejects with a {@link TwentyError}. */
  async request<T>(options: RequestOptions): Promise<T> {
    const context = this.#context(options)
    let response: TransportResponse
    try {
      response = await this.#send(context)
    } catch (error) {
      throw await this.#fail(context, error)
    }
    if (response.status >= 300 && response.status < 400) {
      throw await this.#fail(context, redirected(context, response))
    }
    if (response.status >= 400) {
      const error = errorFromResponse({
        status: response.status,
        method: context.method,
        url: context.url,
        body: response.data,
        requestId: context.id,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      })
      throw await this.#fail(context, error)
    }
    if (
      response.data !== undefined &&
      typeof response.data !== 'object' &&
      typeof response.data !== 'boolean'
    ) {
      throw await this.#fail(
        context,
        new TwentyServerError({
          message: `[${context.method} ${context.url}] ${response.status}: the answer is not JSON`,
          status: response.status,
          code: 'INVALID_RESPONSE' satisfies TwentySdkErrorCode,
          method: context.method,
          url: context.url,
          requestId: context.id,
        }),
      )
    }
    return response.data as T
  }

  #context(options: RequestOptions): RequestContext {
    const path = options.path.startsWith('/') ? options.path : `/${options.path}`
    const root = options.fromOrigin ? this.#options.originUrl : this.#options.restUrl
    return {
      id: globalThis.crypto.randomUUID(),
      method: options.method,
      path,
      fromOrigin: options.fromOrigin === true,
      idempotent: options.idempotent === true,
      url: displayUrl(root, path, options.query),
      query: redactQuery(options.query),
      headers: options.headers
        ? redactHeaders({ ...this.#defaultHeaders, ...options.headers, authorization: REDACTED_BEARER })
        : copyHeaders(this.#baseHeaders),
      body: options.body,
      attempt: 1,
      signal: options.signal,
    }
  }

  async #fail(context: RequestContext, error: unknown): Promise<TwentyError> {
    const twentyError =
      error instanceof TwentyError
        ? error
        : context.signal?.aborted
          ? new TwentyConnectionError({
              message: `[${context.method} ${context.url}] no answer: aborted by the caller`,
              code: 'ABORTED' satisfies TwentySdkErrorCode,
              method: context.method,
              url: context.url,
              requestId: context.id,
              cause: context.signal.reason,
            })
          : new TwentyError({
              message: `[${context.method} ${context.url}] ${error instanceof Error ? error.message : String(error)}`,
              method: context.method,
              url: context.url,
              requestId: context.id,
              cause: error,
            })
    scrubSecrets(twentyError, this.#options.secrets())
    await this.#options.middleware.onError(context, twentyError)
    return twentyError
  }
}

const REDACTED_BEARER = 'Bearer [REDACTED]'

/**
 * The answer as `onResponse` sees it: a body that echoes the key (a proxy's error page, a debug endpoint) has it
 * redacted, as the caller's error has, so a middleware logging answers never logs the key. Only error answers and
 * text are searched: Twenty's own 2xx JSON never carries the key, and a large page is not serialised for nothing.
 */
function shownToMiddleware(response: TransportResponse, secrets: readonly string[]): TransportResponse {
  if (response.status < 300 && typeof response.data !== 'string') return response
  const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data)
  if (text === undefined || !secrets.some((secret) => text.includes(secret))) return response
  return { ...response, data: redactValue(response.data, secrets) }
}

/** The request's URL as errors and middleware show it: normalized, with credential-looking parameters masked. */
function displayUrl(root: string, path: string, query: RequestOptions['query']): string {
  const url = new URL(`${root}${path}`)
  for (const key in query) {
    const value = query[key]
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  return redactParsedUrl(url)
}

// Defence in depth: an answer (a proxy's error page, a debug endpoint) or a message from below (a socket error)
// may echo the key; rewrite it on the error, its parsed answer and its cause chain, whose messages
// `util.inspect` prints.
function scrubSecrets(error: TwentyError, secrets: readonly string[]): void {
  const leaks = (text: unknown) => typeof text === 'string' && secrets.some((secret) => text.includes(secret))
  const replace = (name: string, value: unknown) =>
    Object.defineProperty(error, name, { value, configurable: true, writable: true })
  if (leaks(error.message) || leaks(error.stack)) {
    Object.defineProperty(error, 'message', { value: redactText(error.message, secrets), configurable: true })
    Object.defineProperty(error, 'stack', {
      value: redactText(error.stack ?? '', secrets),
      configurable: true,
    })
  }
  if (leaks(error.url)) replace('url', redactText(error.url ?? '', secrets))
  if (error.messages.some(leaks))
    replace(
      'messages',
      error.messages.map((text) => redactText(text, secrets)),
    )
  if (
    error.body !== undefined &&
    leaks(typeof error.body === 'string' ? error.body : JSON.stringify(error.body))
  ) {
    replace('body', redactValue(error.body, secrets))
  }
  let holder: { cause?: unknown } = error
  for (let depth = 0; depth < 5 && holder.cause instanceof Error; depth++) {
    const cause: Error = holder.cause
    if (leaks(cause.message) || leaks(cause.stack)) {
      const clean = new Error(redactText(cause.message, secrets))
      clean.name = cause.name
      clean.stack = redactText(cause.stack ?? '', secrets)
      const code = (cause as { code?: unknown }).code
      if (code !== undefined) Object.assign(clean, { code })
      if (cause.cause !== undefined) Object.assign(clean, { cause: cause.cause })
      Object.defineProperty(holder, 'cause', { value: clean, configurable: true, writable: true })
      holder = clean
    } else {
      holder = cause
    }
  }
}

/**
 * The error for an answer that redirects, which the SDK does not follow: usually a `baseUrl` with http:// where the
 * server wants https://, or an old address. It names the origin to use instead.
 */
function redirected(context: RequestContext, response: TransportResponse): TwentyError {
  const location = response.headers.get('location')
  let target: URL | undefined
  try {
    target = location ? new URL(location, context.url) : undefined
  } catch {
    target = undefined
  }
  const advice = target
    ? ` to ${redactParsedUrl(target)}: set baseUrl to ${target.origin}`
    : ' without a Location: check baseUrl'
  return new TwentyError({
    message:
      `[${context.method} ${context.url}] ${response.status} redirect${advice} (the SDK does not follow ` +
      'redirects, which would drop the API key on another origin or turn a write into a read)',
    status: response.status,
    code: 'REDIRECTED' satisfies TwentySdkErrorCode,
    method: context.method,
    url: context.url,
    requestId: context.id,
  })
}
