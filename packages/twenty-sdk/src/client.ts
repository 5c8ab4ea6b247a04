import { checkMiddleware, resolveClientOptions, type TwentyClientOptions } from './client-options.js'
import type { TwentySdkErrorCode } from './errors/error-codes.js'
import { TwentyValidationError } from './errors/twenty-validation-error.js'
import { REDACTED } from './internal/redact.js'
import { CompaniesResource } from './resources/companies.js'
import { NoteTargetsResource } from './resources/note-targets.js'
import { NotesResource } from './resources/notes.js'
import { API_NAME } from './resources/object-names.js'
import type { AnyRecord } from './resources/object-types.js'
import { OpportunitiesResource } from './resources/opportunities.js'
import { PeopleResource } from './resources/people.js'
import { RecordsResource } from './resources/records.js'
import { TaskTargetsResource } from './resources/task-targets.js'
import { TasksResource } from './resources/tasks.js'
import { WebhooksResource } from './resources/webhooks.js'
import { WorkspaceResource } from './resources/workspace.js'
import { clientClosedError } from './transport/client-closed.js'
import { HttpClient } from './transport/http-client.js'
import { withKeyRefresh } from './transport/key-refresh.js'
import { type Middleware, MiddlewareStack } from './transport/middleware.js'
import { createOfetchSend } from './transport/ofetch-send.js'
import { createRateLimiter, type RateLimiter } from './transport/rate-limit.js'
import { withRetry } from './transport/retry.js'
import type { RequestOptions, SendWrapper } from './transport/types.js'
import { SDK_VERSION } from './version.js'

/**
 * A client for one Twenty workspace's REST API: one property per standard object ({@link TwentyClient.people},
 * {@link TwentyClient.companies}, …) with the same verbs, {@link TwentyClient.records} for custom objects, and
 * {@link TwentyClient.request} for routes the SDK has no method for. Every call goes through one transport that
 * authenticates, paces requests to Twenty's rate limit, retries what is safe to retry and turns failures into typed
 * errors (see {@link TwentyError}). One client per workspace (per API key) is enough; it holds no connection until a
 * call is made, and {@link TwentyClient.close} releases its timers and Redis connection.
 *
 * @example
 * const twenty = new TwentyClient({ apiKey: process.env.TWENTY_API_KEY, baseUrl: 'https://crm.example.com' })
 * const person = await twenty.people.create({ name: { firstName: 'Linh', lastName: 'Nguyen' } })
 * for await (const company of twenty.companies.iterate({ filter: { employees: { gte: 100 } } })) console.log(company.name)
 */
export class TwentyClient {
  /** People (`/rest/people`); `importMany` matches them on their primary email. */
  readonly people: PeopleResource
  /** Companies (`/rest/companies`); `importMany` matches them on their domain. */
  readonly companies: CompaniesResource
  /** Opportunities (`/rest/opportunities`): amounts in micros, and `stage` (`CUSTOMER` means won). */
  readonly opportunities: OpportunitiesResource
  /** Tasks (`/rest/tasks`); link one to records through {@link TwentyClient.taskTargets}. */
  readonly tasks: TasksResource
  /** Notes (`/rest/notes`); link one to records through {@link TwentyClient.noteTargets}. */
  readonly notes: NotesResource
  /** The links between notes and people, companies or opportunities (`/rest/noteTargets`). */
  readonly noteTargets: NoteTargetsResource
  /** The links between tasks and people, companies or opportunities (`/rest/taskTargets`). */
  readonly taskTargets: TaskTargetsResource
  /** Webhook subscriptions (`/rest/metadata/webhooks`), always created with a signing secret. */
  readonly webhooks: WebhooksResource
  /** The workspace the key opens (`currentWorkspace`): the connection test for integrations. */
  readonly workspace: WorkspaceResource
  /** `<origin>/rest`: where requests go. */
  readonly restUrl: string

  readonly #http: HttpClient
  readonly #middleware: MiddlewareStack
  readonly #knownKeys = new Set<string>()
  readonly #limiter: RateLimiter | undefined
  #closed = false
  /** Aborted by close(), so a call waiting to retry fails at once instead of keeping the process up. */
  readonly #closing = new AbortController()

  /**
   * Checks the options and builds the transport; nothing is sent until the first call. Without options the key and
   * server are read from `TWENTY_API_KEY` and `TWENTY_API_URL` (see {@link TwentyClientOptions}).
   *
   * @throws {@link TwentyValidationError} with code `INVALID_OPTIONS` when no API key is given or set, when
   * `baseUrl` is not an absolute http(s) URL, when a number (timeout, retry or rate-limit setting) is out of range,
   * when an option's name is misspelt (`timeout` for `timeoutMs`), or when there is no global `fetch` and none is
   * passed.
   */
  constructor(options: TwentyClientOptions = {}) {
    const resolved = resolveClientOptions(options)
    this.restUrl = resolved.restUrl
    this.#middleware = new MiddlewareStack(options.middleware)
    const provider = resolved.apiKey
    // A fixed key is handed over as is; a provider function is awaited on every attempt (rotation). Each is
    // known trimmed: fetch strips a header value's surrounding whitespace (a CRLF .env file, a pasted space), so
    // the key as sent, and as an answer may echo it, is the trimmed one.
    if (typeof provider === 'string') this.#knownKeys.add(provider.trim())
    const resolveApiKey =
      typeof provider === 'function'
        ? async () => {
            const key = await provider()
            if (typeof key === 'string' && key.trim()) this.#knownKeys.add(key.trim())
            return key
          }
        : () => provider
    this.#limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit)
    const limiter = this.#limiter
    // Retry outermost, so each retry waits for a token again. The limiter itself drains the (shared) budget
    // when Twenty answers 429, with or without retries.
    const refuseWhenClosed: SendWrapper = (next) => (context) =>
      this.#closed ? Promise.reject(clientClosedError(context)) : next(context)
    const wrappers: SendWrapper[] = [
      ...(options.retry === false ? [] : [withRetry(options.retry, this.#closing.signal)]),
      // The limiter refuses calls after close(); without one, this does (a retry's wait ends on close() itself).
      ...(limiter ? [] : [refuseWhenClosed]),
      // A key from a provider function is read again after a 401, once: rotation without a restart.
      ...(typeof provider === 'function' ? [withKeyRefresh()] : []),
      ...(limiter ? [limiter.wrapper] : []),
      ...(options.sendWrappers ?? []),
    ]
    this.#http = new HttpClient({
      restUrl: resolved.restUrl,
      originUrl: resolved.originUrl,
      defaultHeaders: { 'user-agent': `twenty-sdk/${SDK_VERSION}`, ...resolved.headers },
      middleware: this.#middleware,
      send: createOfetchSend({ ...resolved, resolveApiKey, closing: this.#closing.signal }),
      wrappers,
      secrets: () => [...this.#knownKeys],
    })
    this.people = new PeopleResource(this.#http)
    this.companies = new CompaniesResource(this.#http)
    this.opportunities = new OpportunitiesResource(this.#http)
    this.tasks = new TasksResource(this.#http)
    this.notes = new NotesResource(this.#http)
    this.noteTargets = new NoteTargetsResource(this.#http)
    this.taskTargets = new TaskTargetsResource(this.#http)
    this.webhooks = new WebhooksResource(this.#http)
    this.workspace = new WorkspaceResource(this.#http)
  }

  /**
   * The same verbs for any object by its plural API name, custom objects included, loosely typed (records are {@link
   * AnyRecord} unless you pass a type of your own, an interface or a type alias with an `id`). Pass the singular when it is not the plural minus its "s" (`movies` →
   * `movie`): Twenty names the single-record response envelopes after it. Creating the resource sends nothing, so an
   * object the workspace does not have surfaces on the first call, as Twenty's 400 or 404.
   *
   * @param plural the object's plural API name, as in its REST path (`/rest/pets`)
   * @param options.singular the object's singular API name, when it is not `plural` minus a trailing "s"
   * @throws {@link TwentyValidationError} with code `INVALID_OBJECT_NAME` when a name is not letters and digits
   * starting with a letter, which no object's API name can be.
   * @example
   * interface Pet { id: string; name: string; species: string | null }
   * const pets = twenty.records<Pet>('pets')
   * const rex = await pets.create({ name: 'Rex', species: 'dog' })
   * const movies = twenty.records('movies', { singular: 'movie' })
   */
  records<TRecord extends { id: string } = AnyRecord>(plural: string, options: { singular?: string } = {}) {
    for (const [path, name] of [
      ['plural', plural],
      ['singular', options.singular],
    ] as const) {
      // The plural is required; `API_NAME.test` alone would pass `undefined` and `null` as the words they print as.
      if ((path === 'plural' || name !== undefined) && (typeof name !== 'string' || !API_NAME.test(name))) {
        throw new TwentyValidationError({
          message: `records(): ${path} must be an object API name such as 'pets'`,
          code: 'INVALID_OBJECT_NAME' satisfies TwentySdkErrorCode,
          issues: [{ path, message: 'Expected letters and digits, starting with a letter' }],
        })
      }
    }
    return new RecordsResource<TRecord>(this.#http, plural, options.singular)
  }

  /**
   * Sends a request to any REST route under `/rest` (e.g. a route the SDK has no method for yet) through the same
   * middleware, auth and error mapping, and resolves with the parsed body. With `fromOrigin: true` the path is
   * resolved against the server root instead, for Twenty's routes outside `/rest` such as `/graphql`. Every method
   * but POST is retried after a 5xx or a lost answer; a POST only with `idempotent: true`.
   *
   * @throws {@link TwentyError}: the subclass for Twenty's status (e.g. {@link TwentyNotFoundError} for 404), {@link
   * TwentyTimeoutError} after `timeoutMs`, or {@link TwentyConnectionError} when no answer came.
   *
   * @example
   * const { data } = await twenty.request<{ data: { currentWorkspace: { id: string } } }>({
   *   method: 'POST', path: '/graphql', fromOrigin: true, idempotent: true,
   *   body: { query: '{ currentWorkspace { id } }' },
   * })
   */
  request<T = unknown>(options: RequestOptions): Promise<T> {
    return this.#http.request<T>(options)
  }

  /**
   * Adds middleware to every later request, e.g. to log, audit or add a header; it runs after the middleware given
   * to the constructor. Returns a function that removes it again (the same as {@link TwentyClient.eject}).
   *
   * @throws {@link TwentyValidationError} with code `INVALID_OPTIONS` when `middleware` is not an object whose
   * `onRequest`, `onResponse` and `onError` are functions or absent.
   *
   * @example
   * const stop = twenty.use({
   *   onResponse: ({ context, response }) => console.log(context.method, context.path, response.status),
   * })
   */
  use(middleware: Middleware): () => void {
    checkMiddleware(middleware)
    this.#middleware.add(middleware)
    return () => this.eject(middleware)
  }

  /** Removes middleware added earlier with {@link TwentyClient.use} or the constructor; false when it was not there. */
  eject(middleware: Middleware): boolean {
    return this.#middleware.remove(middleware)
  }

  /**
   * Stops the rate limiter's timers and closes its Redis connection, if any. Calls still waiting for a token, for
   * their `apiKey` function or for their next retry, and any later call, fail with a `TwentyConnectionError` whose `code` is
   * `'CLIENT_CLOSED'`, so nothing keeps the process up after it.
   */
  async close(): Promise<void> {
    this.#closed = true
    this.#closing.abort()
    await this.#limiter?.disconnect()
  }

  /** Keeps the key out of `console.log(client)` and logs. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString()
  }

  /** `String(client)` and template strings name the server, never the key. */
  toString(): string {
    return `TwentyClient { restUrl: '${this.restUrl}', apiKey: '${REDACTED}' }`
  }

  /** `JSON.stringify(client)` names the server, never the key. */
  toJSON(): { restUrl: string; apiKey: string } {
    return { restUrl: this.restUrl, apiKey: REDACTED }
  }
}
