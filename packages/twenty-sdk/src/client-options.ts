import type { TwentySdkErrorCode } from './errors/error-codes.js'
import { TwentyValidationError } from './errors/twenty-validation-error.js'
import { MAX_TIMER_MS } from './internal/defined.js'
import { isSendableKey, UNSENDABLE_KEY_ADVICE } from './internal/sendable-key.js'
import { defaultFetch } from './transport/default-fetch.js'
import type { Middleware } from './transport/middleware.js'
import type { RateLimitOptions } from './transport/rate-limit.js'
import type { RetryOptions } from './transport/retry-policy.js'
import type { FetchLike, SendWrapper } from './transport/types.js'
import { checkOptionKeys } from './validation/check-option-keys.js'

/**
 * Where Twenty Cloud's API lives: the {@link TwentyClientOptions.baseUrl} used when neither the option nor
 * `TWENTY_API_URL` is set. Self-hosted instances use their own origin.
 */
export const DEFAULT_BASE_URL = 'https://api.twenty.com'
/**
 * Per-attempt time limit, in milliseconds, when {@link TwentyClientOptions.timeoutMs} is not given: 30 s. Each retry
 * gets the full limit again.
 */
export const DEFAULT_TIMEOUT_MS = 30_000

/**
 * A key, or a function returning it, called before every attempt so rotated keys are picked up without a restart.
 * After a 401 the function is called once more and the request retried with its answer. A blank key it returns, or
 * one a header cannot carry (a pasted smart quote or line break), is not sent: the call fails with a
 * {@link TwentyAuthenticationError} whose `code` is `MISSING_API_KEY` or `MALFORMED_API_KEY`; a function slower
 * than `timeoutMs` fails it with a {@link TwentyTimeoutError}. Its keys never appear in errors, logs or middleware.
 *
 * @example
 * const twenty = new TwentyClient({ apiKey: () => secrets.get('twenty-api-key') }) // may return a promise
 */
export type ApiKeyProvider = string | (() => string | Promise<string>)

/**
 * Options of {@link TwentyClient}. Every option is optional when the environment provides the key. Unknown option
 * names are refused, so a typo fails at construction instead of being ignored.
 *
 * @example
 * const twenty = new TwentyClient({
 *   apiKey: process.env.TWENTY_API_KEY,
 *   baseUrl: 'https://crm.example.com', // self-hosted; `/rest` is added
 *   timeoutMs: 10_000,
 *   retry: { maxRetries: 5 },
 *   rateLimit: { redis: { client: redis, id: 'workspace-acme' } }, // one budget across processes
 * })
 */
export interface TwentyClientOptions {
  /** Twenty API key (Settings → APIs & Webhooks), or a provider. Falls back to `TWENTY_API_KEY`. */
  apiKey?: ApiKeyProvider
  /**
   * Server origin, e.g. `https://crm.example.com` for a self-hosted Twenty; the SDK adds `/rest`.
   * Falls back to `TWENTY_API_URL`, then to Twenty Cloud.
   */
  baseUrl?: string
  /**
   * A fetch-compatible function, e.g. to go through a proxy agent or a test double. Without it, the global `fetch` is
   * looked up at each request, so a mock installed later (msw, nock) still applies; while that is Node's own fetch,
   * the SDK sends with undici's `request` instead, the HTTP client Node's fetch is built on, for about half the CPU per
   * request. Pass `fetch: globalThis.fetch` to keep Node's fetch, e.g. for a dispatcher set with
   * `setGlobalDispatcher` (a proxy, undici's MockAgent).
   */
  fetch?: FetchLike
  /** Per-attempt time limit in milliseconds (default 30 s; at most about 24.8 days, the longest timer). */
  timeoutMs?: number
  /** Headers added to every request; they may replace the SDK's `user-agent`, never the key's `authorization`. */
  headers?: Record<string, string>
  /** Middleware for logging, auditing or headers; more can be added later with {@link TwentyClient.use}. */
  middleware?: readonly Middleware[]
  /**
   * Retries: 429 always, 5xx and lost connections for idempotent requests only, with full-jitter backoff
   * (Twenty sends no Retry-After). On by default (3 retries); `false` turns them off.
   */
  retry?: RetryOptions | false
  /**
   * Proactive limiting to Twenty's per-workspace buckets (default 100 per second and 100 per minute), shared
   * across processes through Redis when `redis` is set. On by default; `false` turns it off.
   */
  rateLimit?: RateLimitOptions | false
  /**
   * Advanced: wrappers around every attempt, run inside the SDK's retry and rate limiter and listed outermost first,
   * e.g. to add a circuit breaker or a cache.
   */
  sendWrappers?: readonly SendWrapper[]
}

/** The options after environment fallbacks and checks. */
export interface ResolvedClientOptions {
  apiKey: ApiKeyProvider
  /** `<origin>/rest`, where the REST API lives. */
  restUrl: string
  /** The server root (`baseUrl` without `/rest`), for the few calls outside `/rest` such as `/graphql`. */
  originUrl: string
  fetch: FetchLike
  timeoutMs: number
  headers: Record<string, string>
}

/** Applies environment fallbacks and refuses unusable options with a clear error. */
export function resolveClientOptions(options: TwentyClientOptions): ResolvedClientOptions {
  // TypeScript refuses a misspelt option; JavaScript would run without it (`timeout: 200` waiting 30 s).
  checkOptionKeys(options, CLIENT_OPTION_KEYS, '', 'TwentyClient')
  checkShapes(options)
  if (options.retry) checkOptionKeys(options.retry, Object.keys(RETRY_RULES), 'retry.', 'TwentyClient')
  if (options.rateLimit) {
    const rateLimitKeys = [...Object.keys(RATE_LIMIT_RULES), 'redis']
    checkOptionKeys(options.rateLimit, rateLimitKeys, 'rateLimit.', 'TwentyClient')
    const redisKeys = ['id', 'client', 'unavailableTimeoutMs']
    if (options.rateLimit.redis)
      checkOptionKeys(options.rateLimit.redis, redisKeys, 'rateLimit.redis.', 'TwentyClient')
  }
  const env = readEnv()
  const apiKey = options.apiKey ?? (env.TWENTY_API_KEY || undefined)
  // A blank key (an unset variable written as `TWENTY_API_KEY=" "`) is a missing one, not a malformed one.
  if (apiKey === undefined || (typeof apiKey === 'string' && apiKey.trim() === '')) {
    throw invalid('apiKey', 'An API key is required: pass `apiKey` or set TWENTY_API_KEY')
  }
  if (typeof apiKey === 'string' && !isSendableKey(apiKey)) {
    throw invalid('apiKey', UNSENDABLE_KEY_ADVICE)
  }
  const baseUrl = options.baseUrl ?? (env.TWENTY_API_URL || undefined) ?? DEFAULT_BASE_URL
  let origin: URL
  try {
    origin = new URL(baseUrl)
  } catch {
    throw invalid('baseUrl', `Expected an absolute URL such as ${DEFAULT_BASE_URL}`)
  }
  if (origin.protocol !== 'http:' && origin.protocol !== 'https:') {
    throw invalid('baseUrl', 'Expected an http or https URL')
  }
  // Accept a URL that already ends in /rest, a common copy-paste from Twenty's settings page.
  const path = origin.pathname.replace(/\/+$/, '').replace(/\/rest$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw invalid('timeoutMs', 'Expected a positive number')
  if (options.retry) checkNumbers('retry', options.retry, RETRY_RULES)
  if (options.rateLimit) {
    checkNumbers('rateLimit', options.rateLimit, RATE_LIMIT_RULES)
    if (options.rateLimit.redis) checkNumbers('rateLimit.redis', options.rateLimit.redis, REDIS_RULES)
  }
  if (!options.fetch && typeof globalThis.fetch !== 'function') {
    throw invalid('fetch', 'No global fetch: pass a fetch-compatible function')
  }
  const fetchImpl: FetchLike = options.fetch ?? defaultFetch()
  return {
    apiKey,
    restUrl: `${origin.origin}${path}/rest`,
    originUrl: `${origin.origin}${path}`,
    fetch: fetchImpl,
    // A longer delay than a timer holds would fire at once and time out every request.
    timeoutMs: Math.min(timeoutMs, MAX_TIMER_MS),
    headers: { ...options.headers },
  }
}

/** What a numeric option must be; `undefined` always passes (the default applies). */
interface NumberRule {
  integer?: boolean
  min: number
  /** Exclusive upper bound; `Infinity` allowed only when this is unset. */
  below?: number
  infinite?: boolean
}

const RETRY_RULES: Record<string, NumberRule> = {
  maxRetries: { integer: true, min: 0 },
  baseDelayMs: { min: 0 },
  maxDelayMs: { min: 0, infinite: true },
  deadlineMs: { min: 0, infinite: true },
}

const RATE_LIMIT_RULES: Record<string, NumberRule> = {
  shortLimit: { integer: true, min: 1 },
  shortTtlMs: { min: 1 },
  longLimit: { integer: true, min: 1 },
  longTtlMs: { min: 1 },
  maxConcurrent: { integer: true, min: 1 },
  headroom: { min: 0, below: 1 },
}

const REDIS_RULES: Record<string, NumberRule> = { unavailableTimeoutMs: { min: 0 } }

// A NaN, zero or negative budget used to leave every request waiting for a token that never came.
function checkNumbers(path: string, options: object, rules: Record<string, NumberRule>): void {
  for (const [name, rule] of Object.entries(rules)) {
    const value: unknown = (options as Record<string, unknown>)[name]
    if (value === undefined) continue
    const usable =
      typeof value === 'number' &&
      !Number.isNaN(value) &&
      value >= rule.min &&
      (rule.below === undefined || value < rule.below) &&
      (Number.isFinite(value) ? !rule.integer || Number.isInteger(value) : rule.infinite === true)
    if (!usable) {
      const kind = rule.integer ? 'an integer' : 'a number'
      const range =
        rule.below === undefined ? `of at least ${rule.min}` : `from ${rule.min} to below ${rule.below}`
      throw invalid(`${path}.${name}`, `Expected ${kind} ${range}`)
    }
  }
}

/**
 * Refuses option values of the wrong kind, which TypeScript refuses but JavaScript (a config read from JSON or the
 * environment) passes: `retry: null` failed construction with a bare TypeError, `retry: 'false'` left retries on, a
 * `redis` without its ioredis client failed every call with `Cannot read properties of undefined`, and a `null`
 * middleware failed every call with a TypeError instead of a TwentyError.
 */
function checkShapes(options: TwentyClientOptions): void {
  for (const name of ['retry', 'rateLimit'] as const) {
    const value: unknown = options[name]
    if (value !== undefined && value !== false && !isObject(value)) {
      throw invalid(name, 'Expected an object of settings, or false to turn it off')
    }
  }
  const redis: unknown = options.rateLimit ? options.rateLimit.redis : undefined
  if (redis !== undefined) {
    if (!isObject(redis)) throw invalid('rateLimit.redis', 'Expected { id, client }')
    if (typeof redis.id !== 'string' || redis.id.trim() === '') {
      throw invalid('rateLimit.redis.id', 'Expected a non-empty string naming the shared budget')
    }
    const client = redis.client as { duplicate?: unknown } | null | undefined
    if (typeof client !== 'object' || client === null || typeof client.duplicate !== 'function') {
      throw invalid('rateLimit.redis.client', 'Expected an ioredis client (new Redis(url))')
    }
  }
  const middleware: unknown = options.middleware
  if (middleware !== undefined && !(Array.isArray(middleware) && middleware.every(isMiddleware))) {
    throw invalid(
      'middleware',
      'Expected an array of objects with onRequest, onResponse or onError functions',
    )
  }
  const wrappers: unknown = options.sendWrappers
  if (
    wrappers !== undefined &&
    !(Array.isArray(wrappers) && wrappers.every((wrap) => typeof wrap === 'function'))
  ) {
    throw invalid('sendWrappers', 'Expected an array of functions')
  }
}

/**
 * Refuses what `use()` was given unless it is middleware, as the constructor refuses its `middleware` option: a
 * `null` added from plain JavaScript failed every later call with a TypeError instead of failing the `use()` itself.
 */
export function checkMiddleware(middleware: unknown): void {
  if (!isMiddleware(middleware)) {
    throw invalid('middleware', 'Expected an object with onRequest, onResponse or onError functions')
  }
}

function isMiddleware(item: unknown): boolean {
  return (
    isObject(item) &&
    ['onRequest', 'onResponse', 'onError'].every(
      (hook) => item[hook] === undefined || typeof item[hook] === 'function',
    )
  )
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const CLIENT_OPTION_KEYS = [
  'apiKey',
  'baseUrl',
  'fetch',
  'timeoutMs',
  'headers',
  'middleware',
  'retry',
  'rateLimit',
  'sendWrappers',
] as const satisfies readonly (keyof TwentyClientOptions)[]

function readEnv(): Record<string, string | undefined> {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
  return process?.env ?? {}
}

function invalid(path: string, message: string): TwentyValidationError {
  return new TwentyValidationError({
    message: `${path}: ${message}`,
    code: 'INVALID_OPTIONS' satisfies TwentySdkErrorCode,
    issues: [{ path, message }],
  })
}
