import type { Communication } from '../format/types.js'
import { evaluateValue, type ImlScope } from '../iml/evaluate.js'
import { toText } from '../iml/values.js'
import { execute } from './execute.js'
import type { FetchLike } from './http.js'
import type { LoadedApp, LoadedModule } from './load-app.js'
import { MakeError } from './make-error.js'
import { withBase } from './merge.js'
import { type MappedValue, prepareParameters } from './parameters.js'
import type { LogEntry } from './sanitize.js'
import {
  advance,
  compareKeys,
  isUnprocessed,
  type TriggerKey,
  type TriggerState,
  triggerKey,
} from './trigger-state.js'
import { type IncomingRequest, receive, type WebhookReply } from './webhooks.js'

export interface MakeRunnerOptions {
  app: LoadedApp
  /** The connection's parameters as a user would fill them in (`apiKey`, `baseUrl`). */
  connection: Record<string, MappedValue>
  /** Every HTTP request goes through it: the sandbox's in tests, the global fetch elsewhere. */
  fetch?: FetchLike
  /** Receives each request and answer after `log.sanitize`, like Make's execution log. */
  log?: (entry: LogEntry) => void
  now?: () => Date
  uuid?: () => string
}

/** What verifying a connection yields: the account label, its unique id and the data saved with it. */
export interface VerifiedConnection {
  metadata?: { type: string; value: string }
  uid?: string
  data: Record<string, unknown>
}

type Mapped = Readonly<Record<string, MappedValue>>

/**
 * Runs the components of a checked Make app the way the custom-apps docs describe Make running them: the
 * documented IML subset, base + module merge, pagination, trigger bookkeeping and webhook attach/detach.
 * Green runs mean "consistent with Make's documented semantics", not "works in Make".
 */
export class MakeRunner {
  readonly #app: LoadedApp
  readonly #fetch: FetchLike
  readonly #options: MakeRunnerOptions
  #connection: Record<string, unknown> | undefined

  constructor(options: MakeRunnerOptions) {
    this.#app = options.app
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init))
    this.#options = options
  }

  /** Runs the connection's verification request; its `data` joins `connection` for every later call. */
  async verifyConnection(connectionId = this.#onlyConnectionId()): Promise<VerifiedConnection> {
    const connection = this.#app.connections.get(connectionId)
    if (connection === undefined) throw new Error(`No connection ${connectionId}`)
    const parameters = prepareParameters(connection.params, this.#options.connection)
    // Connections do not inherit the base: their request stands alone.
    const scope = this.#scope({ parameters, connection: undefined })
    const result = await this.#execute(connection.communication, scope)
    const answerScope = this.#answerScope(result.scope, result.answer)
    const response = connection.communication.response
    const data = (response?.data ? evaluateValue(response.data, answerScope) : {}) as Record<string, unknown>
    this.#connection = { ...parameters, ...data }
    return {
      ...(response?.metadata && {
        metadata: evaluateValue(response.metadata, answerScope) as VerifiedConnection['metadata'],
      }),
      ...(response?.uid && { uid: toText(evaluateValue(response.uid, answerScope)) }),
      data,
    }
  }

  /** Runs an action, search or universal module with what the user mapped; returns its output bundles. */
  async runModule(moduleId: string, mapped: Mapped = {}): Promise<unknown[]> {
    const module = this.#module(moduleId, ['action', 'search', 'universal'])
    // A chain runs in order, passing `temp` along; the last request's output is the module's output.
    const chain = Array.isArray(module.communication)
      ? module.communication
      : [module.communication as Communication]
    let scope = this.#moduleScope(module, mapped)
    let outputs: unknown[] = []
    for (const request of chain) {
      const result = await this.#execute(withBase(this.#app.base, request), scope)
      scope = result.scope
      outputs = result.items.map((item) => item.output)
    }
    return outputs
  }

  /**
   * One run of a polling trigger from `state`: reads pages until a processed item (newest-first order) or the
   * limit, and outputs the unprocessed items oldest first, as Make does. Returns the new state to pass next time.
   */
  async pollTrigger(
    moduleId: string,
    mapped: Mapped = {},
    state: TriggerState = {},
  ): Promise<{ bundles: unknown[]; state: TriggerState }> {
    const module = this.#module(moduleId, ['trigger'])
    const communication = this.#single(module)
    const trigger = communication.response?.trigger
    if (trigger === undefined) throw new Error(`${moduleId} has no response.trigger`)
    const scope = this.#moduleScope(module, mapped)
    const keys = new Map<unknown, TriggerKey>()
    const result = await this.#execute(withBase(this.#app.base, communication), scope, (entry) => {
      const key = triggerKey(trigger, { ...scope, variables: { ...scope.variables, item: entry.item } })
      keys.set(entry, key)
      if (isUnprocessed(key, state)) return 'take'
      return trigger.order === 'desc' ? 'stop' : 'skip'
    })
    const taken = result.items.map((entry) => ({ entry, key: keys.get(entry) as TriggerKey }))
    taken.sort((a, b) => compareKeys(a.key, b.key))
    return {
      bundles: taken.map(({ entry }) => entry.output),
      state: advance(
        state,
        taken.map(({ key }) => key),
      ),
    }
  }

  /** Make's "From now on": the state at the newest item, so the next run outputs only what comes after. */
  async startTriggerFromNow(moduleId: string, mapped: Mapped = {}): Promise<TriggerState> {
    const { state } = await this.pollTrigger(moduleId, { ...mapped, limit: 1 })
    return state
  }

  /** The "Choose where to start" list of a polling trigger (`{label, date}` per item). */
  async epoch(moduleId: string, mapped: Mapped = {}): Promise<unknown[]> {
    const module = this.#module(moduleId, ['trigger'])
    if (module.epoch === undefined) throw new Error(`${moduleId} has no epoch`)
    const communication = { ...this.#single(module), ...module.epoch }
    const result = await this.#execute(
      withBase(this.#app.base, communication),
      this.#moduleScope(module, mapped),
    )
    return result.items.map((item) => item.output)
  }

  /** Runs an RPC (dropdown options and the like) and returns its outputs. */
  async runRpc(rpcId: string, mapped: Mapped = {}): Promise<unknown[]> {
    const rpc = this.#app.rpcs.get(rpcId)
    if (rpc === undefined) throw new Error(`No RPC ${rpcId}`)
    const scope = this.#scope({ parameters: prepareParameters(rpc.params, mapped) })
    const result = await this.#execute(withBase(this.#app.base, rpc.communication), scope)
    return result.items.map((item) => item.output)
  }

  /** Creating a hook in Make: runs `attach` with `webhook.url`; its `response.data` is the hook's data. */
  async attachWebhook(webhookId: string, url: string, mapped: Mapped = {}): Promise<Record<string, unknown>> {
    const webhook = this.#webhook(webhookId)
    if (webhook.attach === undefined) throw new Error(`${webhookId} is not attached automatically`)
    const scope = this.#scope({ parameters: prepareParameters(webhook.params, mapped), webhook: { url } })
    const result = await this.#execute(withBase(this.#app.base, webhook.attach), scope)
    const data = webhook.attach.response?.data
    return (data ? evaluateValue(data, this.#answerScope(result.scope, result.answer)) : {}) as Record<
      string,
      unknown
    >
  }

  /** Deleting the hook in Make: runs `detach`, which reads the attach data back as `webhook.*`. */
  async detachWebhook(webhookId: string, data: Record<string, unknown>, mapped: Mapped = {}): Promise<void> {
    const webhook = this.#webhook(webhookId)
    if (webhook.detach === undefined) throw new Error(`${webhookId} is not detached automatically`)
    const scope = this.#scope({ parameters: prepareParameters(webhook.params, mapped), webhook: data })
    await this.#execute(withBase(this.#app.base, webhook.detach), scope)
  }

  /** A request reaching the hook's URL: the bundles the bound instant triggers output, and the reply. */
  receiveWebhook(
    webhookId: string,
    request: IncomingRequest,
    mapped: Mapped = {},
    data: Record<string, unknown> = {},
  ): { bundles: unknown[]; reply: WebhookReply } {
    const webhook = this.#webhook(webhookId)
    return receive(
      webhook.communication,
      request,
      this.#scope({ parameters: prepareParameters(webhook.params, mapped), data }),
    )
  }

  /** An instant trigger's output for one webhook bundle; this app's instant triggers pass it through. */
  runInstantTrigger(moduleId: string, bundle: unknown): unknown[] {
    const module = this.#module(moduleId, ['instant_trigger'])
    if (module.communication !== undefined)
      throw new Error(`${moduleId}: instant-trigger requests are outside this app's subset`)
    return bundle === undefined ? [] : [bundle]
  }

  #execute(
    communication: Communication & { baseUrl?: string },
    scope: ImlScope,
    accept?: Parameters<typeof execute>[0]['accept'],
  ) {
    return execute({
      fetch: this.#fetch,
      communication,
      scope,
      ...(this.#options.log && { log: this.#options.log }),
      ...(accept && { accept }),
    })
  }

  #scope(variables: Record<string, unknown>): ImlScope {
    return {
      variables: {
        connection: this.#connectionData(),
        common: {},
        data: {},
        temp: {},
        environment: {},
        scenario: {},
        metadata: {},
        ...variables,
      },
      ...(this.#options.now && { now: this.#options.now }),
      ...(this.#options.uuid && { uuid: this.#options.uuid }),
    }
  }

  #answerScope(
    scope: ImlScope,
    answer: { body: unknown; headers: Record<string, string>; statusCode: number } | undefined,
  ): ImlScope {
    if (answer === undefined) return scope
    return {
      ...scope,
      variables: {
        ...scope.variables,
        body: answer.body,
        headers: answer.headers,
        statusCode: answer.statusCode,
      },
    }
  }

  #moduleScope(module: LoadedModule, mapped: Mapped): ImlScope {
    return this.#scope({ parameters: prepareParameters(module.params, mapped) })
  }

  /** The connection as modules see it: its parameters, plus the data its verification saved. */
  #connectionData(): Record<string, unknown> {
    if (this.#connection) return this.#connection
    const [id] = this.#app.connections.keys()
    const params = id === undefined ? [] : (this.#app.connections.get(id)?.params ?? [])
    return prepareParameters(params, this.#options.connection)
  }

  #onlyConnectionId(): string {
    const [id, ...others] = this.#app.connections.keys()
    if (id === undefined || others.length > 0) throw new Error('Name the connection to verify')
    return id
  }

  #module(moduleId: string, types: readonly string[]): LoadedModule {
    const module = this.#app.modules.get(moduleId)
    if (module === undefined) throw new Error(`No module ${moduleId}`)
    if (!types.includes(module.type)) throw new Error(`${moduleId} is a ${module.type} module`)
    if (module.type !== 'instant_trigger' && module.communication === undefined)
      throw new MakeError('InvalidConfigurationError', `${moduleId} has no communication`)
    return module
  }

  /** Triggers make one request per page; only actions chain requests (the checker enforces it). */
  #single(module: LoadedModule): Communication {
    if (Array.isArray(module.communication)) throw new Error(`${module.id}: only actions chain requests`)
    return module.communication as Communication
  }

  #webhook(webhookId: string) {
    const webhook = this.#app.webhooks.get(webhookId)
    if (webhook === undefined) throw new Error(`No webhook ${webhookId}`)
    return webhook
  }
}
