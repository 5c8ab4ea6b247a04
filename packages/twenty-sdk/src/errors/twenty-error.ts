import type { TwentyErrorCode } from './error-codes.js'

/**
 * What every {@link TwentyError} can carry; all but `message` are optional because not every failure has a response.
 * You need it only to build SDK errors yourself, e.g. in a test double or a middleware that fails a call.
 */
export interface TwentyErrorOptions {
  /** The full message, e.g. `[GET https://…/rest/people/…] 404 NotFoundException: Record not found`. */
  message: string
  /** HTTP status of Twenty's answer; `undefined` when no response arrived (network, timeout, local validation). */
  status?: number
  /**
   * Twenty's `error` field (`UNAUTHENTICATED`, `BadRequestException`, …) or an SDK code for local failures. Any
   * string fits, so a test double can mimic Twenty's answers; the SDK checks its own against its list.
   */
  code?: TwentyErrorCode
  /** Twenty's `messages[]` (a singular `message` body is normalised into this list). */
  messages?: readonly string[]
  /** The id of the logical request, the same `id` middleware saw in its `RequestContext`. */
  requestId?: string
  /** HTTP method of the failed request. */
  method?: string
  /** URL of the failed request, with any credential already redacted. */
  url?: string
  /** The parsed response body, for debugging; never contains the API key. */
  body?: unknown
  /** The underlying failure (an ofetch `FetchError`, a zod error, a socket error, …). */
  cause?: unknown
  /** What earlier requests of the same call wrote (see {@link TwentyError.written}). */
  written?: TwentyError['written']
}

/**
 * Base class of every error the SDK throws on purpose.
 *
 * Catch this to handle any Twenty failure in one place, then narrow with `instanceof` on a subclass or with a
 * guard such as {@link isTwentyError}. `instanceof` also holds for errors thrown by another copy of the SDK in
 * the same process: its CommonJS build loaded next to its ESM build (`require` in a dependency, `import` in your
 * code), or a second install.
 *
 * One subclass per kind of failure, so a catch block can decide what to do: fix the input ({@link
 * TwentyValidationError}, {@link TwentyNotFoundError}), fix the key or its role ({@link TwentyAuthenticationError},
 * {@link TwentyPermissionError}), wait ({@link TwentyRateLimitError}), or try again later ({@link
 * TwentyServerError}, {@link TwentyTimeoutError}, {@link TwentyConnectionError}). A `TwentyError` of the base class
 * itself is an answer the SDK has no subclass for (another 4xx, a redirect (`REDIRECTED`), a GraphQL error, a page
 * cursor that did not advance). Messages, `url` and `body` never contain the API key.
 *
 * @example
 * try {
 *   await twenty.people.get(id)
 * } catch (error) {
 *   if (error instanceof TwentyNotFoundError) return undefined
 *   if (error instanceof TwentyValidationError) console.error(error.issues) // which field, and why
 *   if (error instanceof TwentyError) console.error(error.code, error.status, error.requestId)
 *   throw error
 * }
 */
export class TwentyError extends Error {
  /** The class's name (`'TwentyNotFoundError'`, …); each subclass narrows it to its literal. */
  override readonly name: string = 'TwentyError'
  /**
   * HTTP status of Twenty's answer, e.g. 404. `undefined` when no answer arrived (connection lost, timeout,
   * abort) or when the SDK refused the input before sending anything.
   */
  readonly status: number | undefined
  /**
   * What went wrong, in a stable form. For an answer from Twenty, its body's `error` field (`UNAUTHENTICATED`,
   * `BadRequestException`, …). For a failure of the SDK's own, one of `TwentySdkErrorCode`: `INVALID_INPUT`,
   * `INVALID_FILTER`, `INVALID_OPTIONS`, `TIMEOUT`, `ABORTED`, `CONNECTION_FAILED`, `UNEXPECTED_RESPONSE`,
   * `CURSOR_DID_NOT_ADVANCE`, …, which editors offer after `error.code === `.
   */
  readonly code: TwentyErrorCode | undefined
  /** Twenty's `messages[]`, in its own words (a body with a singular `message` gives a list of one). */
  readonly messages: readonly string[]
  /**
   * The SDK's id for the logical request, the same across its retries and equal to the `id` middleware saw in
   * its `RequestContext`: the key to find the request in your logs. It is not an id from Twenty.
   */
  readonly requestId: string | undefined
  /** HTTP method of the failed request (`GET`, `POST`, …); `undefined` for a failure before any request. */
  readonly method: string | undefined
  /** URL of the failed request, credentials redacted; safe to log. */
  readonly url: string | undefined
  /** Twenty's parsed answer (or its text when it is not JSON), for debugging; never contains the API key. */
  readonly body: unknown
  // Declared rather than initialised, so errors without it do not show `written: undefined` in logs.
  /**
   * What the call had already written when this error ended it, for calls that write in several requests, so the
   * call can be resumed without writing anything twice. Set on every error `createMany` throws once it has started
   * sending, an abort by your `signal` included; with no records and `resumeAt: 0` when its first request failed.
   * `undefined` for errors thrown before anything was sent and for calls that write in one request, which write
   * all or nothing.
   *
   * The failed request itself may have been committed when its answer was lost or garbled (a timeout, a lost
   * connection, a 5xx, `UNEXPECTED_RESPONSE`): resume with `upsert: true` when every record carries an `id`, a
   * person's primary email or a company's domain (what Twenty's upsert matches on), or look those records up first.
   */
  declare readonly written?: {
    /**
     * The records the requests that succeeded returned, in input order: they exist in Twenty now. Typed `unknown`
     * because errors are not generic; they are the records the call returns (`Person`, …).
     */
    readonly records: readonly unknown[]
    /**
     * Index in the call's inputs of the first one not known to be written, the first input of the failed request.
     * Every input before it was written, and no request after the failed one was sent: resume with
     * `inputs.slice(resumeAt)`.
     */
    readonly resumeAt: number
  }

  constructor(options: TwentyErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause })
    this.status = options.status
    this.code = options.code
    this.messages = options.messages ?? []
    this.requestId = options.requestId
    this.method = options.method
    this.url = options.url
    this.body = options.body
    if (options.written) recordWritten(this, options.written)
  }

  /** A stable marker, so `isTwentyError` works when two copies of the SDK are loaded. */
  get isTwentyError(): true {
    return true
  }

  /**
   * What `instanceof` calls: true for an error of this class, including one thrown by another copy of the SDK.
   *
   * A package loaded both with `import` and `require` has two copies of every class (the dual-package hazard),
   * and the prototype chain alone fails across them. An error of the other copy still carries the marker, and
   * each class of either copy is tagged with its name under a global symbol (not `constructor.name`, which the
   * CommonJS build and minifiers rename), so the tags decide when the prototype chain does not.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`, often a subclass
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true
    if (typeof value !== 'object' || value === null) return false
    if ((value as { isTwentyError?: unknown }).isTwentyError !== true) return false
    // biome-ignore lint/complexity/noThisInStatic: as above, the subclass is meant
    const wanted = classTag(this.prototype)
    if (wanted === undefined) return false
    for (let proto = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
      if (classTag(proto) === wanted) return true
    }
    return false
  }
}

/**
 * Sets {@link TwentyError.written} on an error already thrown by a request, so it keeps its class, `code` and
 * message. Read-only, and enumerable so `util.inspect`, `JSON.stringify` and loggers show it.
 *
 * @internal
 */
export function recordWritten(error: TwentyError, written: NonNullable<TwentyError['written']>): void {
  Object.defineProperty(error, 'written', {
    value: Object.freeze({ records: Object.freeze([...written.records]), resumeAt: written.resumeAt }),
    enumerable: true,
    configurable: true,
    writable: false,
  })
}

// `Symbol.for`, so every copy of the SDK in the process reads and writes the same key.
const ERROR_CLASS = Symbol.for('twenty-sdk.errorClass')

function classTag(prototype: object): string | undefined {
  return Object.hasOwn(prototype, ERROR_CLASS)
    ? (prototype as { [ERROR_CLASS]?: string })[ERROR_CLASS]
    : undefined
}

/**
 * Tags an error class with its name so `instanceof` recognises its instances from another copy of the SDK, and
 * names the class itself: the CommonJS build renames classes (`_class2`), which `console.log`, `util.inspect` and
 * loggers reading `error.constructor.name` (pino's `type`) would print.
 */
export function tagErrorClass(
  errorClass: abstract new (...args: never[]) => TwentyError,
  name: string,
): void {
  Object.defineProperty(errorClass.prototype, ERROR_CLASS, { value: name })
  Object.defineProperty(errorClass, 'name', { value: name, configurable: true })
}

tagErrorClass(TwentyError, 'TwentyError')
