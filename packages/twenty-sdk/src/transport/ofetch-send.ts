import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyAuthenticationError } from '../errors/twenty-authentication-error.js'
import { TwentyConnectionError } from '../errors/twenty-connection-error.js'
import { TwentyTimeoutError } from '../errors/twenty-timeout-error.js'
import { loadOnce } from '../internal/load-once.js'
import { unmaskedQuery, unmaskHeaders } from '../internal/redact.js'
import { isSendableKey, UNSENDABLE_KEY_ADVICE } from '../internal/sendable-key.js'
import { clientClosedError } from './client-closed.js'
import type { FetchLike, RequestContext, Send, TransportResponse } from './types.js'

/** What the base sender needs beyond the request itself. */
export interface OfetchSendOptions {
  /** `<origin>/rest`, without a trailing slash. */
  restUrl: string
  /** The server root, for requests with `fromOrigin`. */
  originUrl: string
  fetch: FetchLike
  timeoutMs: number
  /** Resolves the Bearer token for each attempt, so rotated keys are picked up. */
  resolveApiKey: () => string | Promise<string>
  /** Aborted by the client's close(): nothing is sent after it, even by a call that was already past the limiter. */
  closing?: AbortSignal
}

/**
 * The sender at the bottom of the stack: one HTTP attempt with ofetch, whatever the status.
 *
 * ofetch's own retry is off (`retry: 0`) because retries belong to the SDK's retry wrapper, and its error
 * throwing is off so the SDK maps statuses to its own errors. Its `FetchError` never escapes: it carries the
 * request options (and so the key), so only the underlying socket error is kept as `cause`.
 */
export function createOfetchSend(options: OfetchSendOptions): Send {
  // ofetch is loaded with the first request rather than with `import('twenty-sdk')` (about 30 ms of a cold start).
  const ofetch = loadOnce(async () => {
    const { createFetch, FetchError } = await import('ofetch')
    return { $fetch: createFetch({ fetch: options.fetch as typeof globalThis.fetch }), FetchError }
  })
  return async (context: RequestContext): Promise<TransportResponse> => {
    const { $fetch, FetchError } = ofetch.value ?? (await ofetch.get())
    const resolved = options.resolveApiKey()
    const apiKey = typeof resolved === 'string' ? resolved : await keyInTime(resolved, context, options)
    // Sent without a key, the request would come back as Twenty's 403 "Missing authentication token", which reads
    // like a role without permission: an empty secret file or an unset variable is named here instead.
    if (typeof apiKey !== 'string' || apiKey.trim() === '') throw missingApiKey(context)
    // A fixed key was checked when the client was created; one from a function is checked as it comes.
    if (typeof resolved !== 'string' && !isSendableKey(apiKey)) throw malformedApiKey(context)
    // close() may have come while the key or a middleware hook was awaited, after the limiter let the call through.
    if (options.closing?.aborted) throw clientClosedError(context)
    // The context's masked authorization is replaced, not deleted: `delete` would turn the object into a slow
    // dictionary that ofetch and fetch then read header by header.
    const { authorization: _masked, ...headers } = context.headers
    headers.authorization = `Bearer ${apiKey}`
    // A cookie or proxy credential the caller set is masked for middleware and errors, and sent as given.
    unmaskHeaders(context.headers, headers)
    // A controller and a timer rather than AbortSignal.timeout(), whose transferable signal and weak timer cost
    // more than the rest of an attempt's own work (measured with a CPU profile of people.get).
    const timeout = new AbortController()
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs)
    const signal = context.signal ? AbortSignal.any([context.signal, timeout.signal]) : timeout.signal
    const started = performance.now()
    try {
      const response = await $fetch.raw<ReadableStream | undefined, 'stream'>(
        `${context.fromOrigin ? options.originUrl : options.restUrl}${context.path}`,
        {
          method: context.method,
          query: definedQuery(unmaskedQuery(context.query)),
          body: context.body as BodyInit | Record<string, unknown> | undefined,
          headers,
          signal,
          retry: 0,
          ignoreResponseError: true,
          // The body is read below rather than by ofetch, which keeps the text on the Response. A Response
          // outlives its request, and each page's text survived with it into the old generation: 12 MB more heap
          // over 100,000 records (docs/benchmarks.md, "Iteration memory").
          responseType: 'stream',
          // A redirect is reported, not followed: following one to another origin drops the API key (Twenty then
          // answers 403), and a 301 or 302 turns a POST into a GET, so a write would come back as a read.
          redirect: 'manual',
        },
      )
      return {
        status: response.status,
        headers: response.headers,
        data: parseBody(await response.text()),
        durationMs: performance.now() - started,
      }
    } catch (error) {
      throw connectionFailure(
        error instanceof FetchError ? error.cause : error,
        context,
        timeout.signal,
        options.timeoutMs,
      )
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * Waits for the apiKey function's promise no longer than an attempt may last, nor than the caller waits, nor than the
 * client stays open: a secret store that never answers held every call, and its place in the rate limiter, for good.
 *
 * A store that does not answer in time fails the attempt with `TIMEOUT`, retried like a lost answer. A function that
 * throws fails the call with `API_KEY_FUNCTION_FAILED` and is not retried: the SDK cannot tell a store's passing
 * hiccup from a missing permission or a typo in the function, a retry would call the store up to four times more
 * for the latter, and the function knows its store's transient errors and can retry them itself.
 */
async function keyInTime(
  key: Promise<string>,
  context: RequestContext,
  { timeoutMs, closing }: OfetchSendOptions,
): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined
  let onAbort = () => {}
  let onClose = () => {}
  const given = new Promise<never>((_, reject) => {
    onAbort = () => reject(context.signal?.reason)
    onClose = () => reject(clientClosedError(context))
    if (context.signal?.aborted) return onAbort()
    if (closing?.aborted) return onClose()
    context.signal?.addEventListener('abort', onAbort, { once: true })
    closing?.addEventListener('abort', onClose, { once: true })
    timer = setTimeout(() => {
      reject(
        new TwentyTimeoutError({
          message: `[${context.method} ${context.url}] not sent: the apiKey function gave no key within ${timeoutMs} ms`,
          code: 'TIMEOUT' satisfies TwentySdkErrorCode,
          method: context.method,
          url: context.url,
          requestId: context.id,
        }),
      )
    }, timeoutMs)
  })
  const failed = (error: unknown): never => {
    throw keyFunctionFailed(error, context)
  }
  try {
    return await Promise.race([key.then(undefined, failed), given])
  } finally {
    clearTimeout(timer)
    context.signal?.removeEventListener('abort', onAbort)
    closing?.removeEventListener('abort', onClose)
  }
}

// The function's own message is left out: a secret store's error may quote a token or a path the caller keeps
// private. It stays readable as `cause`, where a key the client has used is redacted like everywhere else.
function keyFunctionFailed(cause: unknown, context: RequestContext): TwentyAuthenticationError {
  return new TwentyAuthenticationError({
    message: `[${context.method} ${context.url}] not sent: the apiKey function failed (its error is the cause)`,
    code: 'API_KEY_FUNCTION_FAILED' satisfies TwentySdkErrorCode,
    method: context.method,
    url: context.url,
    requestId: context.id,
    cause,
  })
}

function missingApiKey(context: RequestContext): TwentyAuthenticationError {
  return new TwentyAuthenticationError({
    message: `[${context.method} ${context.url}] not sent: the apiKey function returned no key (an empty or blank value)`,
    code: 'MISSING_API_KEY' satisfies TwentySdkErrorCode,
    method: context.method,
    url: context.url,
    requestId: context.id,
  })
}

function malformedApiKey(context: RequestContext): TwentyAuthenticationError {
  return new TwentyAuthenticationError({
    message: `[${context.method} ${context.url}] not sent: the apiKey function returned an unusable key. ${UNSENDABLE_KEY_ADVICE}`,
    code: 'MALFORMED_API_KEY' satisfies TwentySdkErrorCode,
    method: context.method,
    url: context.url,
    requestId: context.id,
  })
}

function connectionFailure(cause: unknown, context: RequestContext, timeout: AbortSignal, timeoutMs: number) {
  const where = `[${context.method} ${context.url}]`
  if (timeout.aborted && !context.signal?.aborted) {
    return new TwentyTimeoutError({
      message: `${where} no answer within ${timeoutMs} ms`,
      code: 'TIMEOUT' satisfies TwentySdkErrorCode,
      method: context.method,
      url: context.url,
      requestId: context.id,
      cause,
    })
  }
  const aborted = context.signal?.aborted === true
  const reason = aborted ? 'aborted by the caller' : describeCause(cause)
  return new TwentyConnectionError({
    message: `${where} no answer: ${reason}`,
    code: (aborted ? 'ABORTED' : 'CONNECTION_FAILED') satisfies TwentySdkErrorCode,
    method: context.method,
    url: context.url,
    requestId: context.id,
    cause: aborted ? context.signal?.reason : cause,
  })
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return 'connection failed'
  const inner = cause.cause instanceof Error ? cause.cause : undefined
  const code = (inner as { code?: unknown } | undefined)?.code ?? (cause as { code?: unknown }).code
  return typeof code === 'string' ? `${cause.message} (${code})` : cause.message
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** The query without its `undefined` entries; `undefined` when none is left, so ofetch does not parse the URL. */
function definedQuery(query: RequestContext['query']): Record<string, string | number | boolean> | undefined {
  let result: Record<string, string | number | boolean> | undefined
  for (const key in query) {
    const value = query[key]
    if (value === undefined) continue
    result ??= {}
    result[key] = value
  }
  return result
}
