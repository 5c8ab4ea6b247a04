import { resolveClientOptions, type TwentyClientOptions } from './client-options.js'
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
 * A client for one Twenty workspace's REST API.
 *
 * @example
 * const twenty = new TwentyClient({ apiKey: process.env.TWENTY_API_KEY, baseUrl: 'https://crm.example.com' })
 * const person = await twenty.people.create({ name: { firstName: 'Linh', lastName: 'Nguyen' } })
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

  constructor(options: TwentyClientOptions = {}) {
    const resolved = resolveClientOptions(options)
    this.restUrl = resolved.restUrl
    this.#middleware = new MiddlewareStack(options.middleware)
    const provider = resolved.apiKey
    // A fixed key is handed over as is; a provider function is awaited on every attempt (rotation).
    if (typeof provider === 'string') this.#knownKeys.add(provider)
    const resolveApiKey =
      typeof provider === 'function'
        ? async () => {
            const key = await provider()
            if (key) this.#knownKeys.add(key)
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
      send: createOfetchSend({ ...resolved, resolveApiKey }),
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
   * The same verbs for any object by its plural API name, custom objects included, loosely typed.
   * Pass the singular when it is not the plural minus its "s" (it names the response envelopes).
   *
   * @example
   * const pets = twenty.records('pets'); await pets.create({ name: 'Rex' })
   */
  records<TRecord extends AnyRecord = AnyRecord>(plural: string, options: { singular?: string } = {}) {
    for (const [path, name] of [
      ['plural', plural],
      ['singular', options.singular],
    ] as const) {
      // The plural is required; `API_NAME.test` alone would pass `undefined` and `null` as the words they print as.
      if ((path === 'plural' || name !== undefined) && (typeof name !== 'string' || !API_NAME.test(name))) {
        throw new TwentyValidationError({
          message: `records(): ${path} must be an object API name such as 'pets'`,
          code: 'INVALID_OBJECT_NAME',
          issues: [{ path, message: 'Expected letters and digits, starting with a letter' }],
        })
      }
    }
    return new RecordsResource<TRecord>(this.#http, plural, options.singular)
  }

  /**
   * Sends a request to any REST route under `/rest` (e.g. a route the SDK has no method for yet) through the
   * same middleware, auth and error mapping, and resolves with the parsed body. With `fromOrigin: true` the path
   * is resolved against the server root instead, for Twenty's routes outside `/rest` such as `/graphql`.
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

  /** Adds middleware to every later request. Returns a function that removes it again. */
  use(middleware: Middleware): () => void {
    this.#middleware.add(middleware)
    return () => this.eject(middleware)
  }

  /** Removes middleware added earlier; returns false when it was not there. */
  eject(middleware: Middleware): boolean {
    return this.#middleware.remove(middleware)
  }

  /**
   * Stops the rate limiter's timers and closes its Redis connection, if any. Calls still waiting for a token or
   * for their next retry, and any later call, fail with a `TwentyConnectionError` whose `code` is
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
