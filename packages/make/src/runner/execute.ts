import type { Communication, PaginationSpec, RequestParts } from '../format/types.js'
import { evaluateString, evaluateValue, type ImlScope } from '../iml/evaluate.js'
import { isCollection, isTruthy, toText } from '../iml/values.js'
import { type FetchLike, type HttpAnswer, joinUrl, type ResolvedRequest, send } from './http.js'
import { MakeError } from './make-error.js'
import { type AnswerItem, processAnswer } from './response.js'
import { type LogEntry, sanitizeLog } from './sanitize.js'

/** Trigger bookkeeping per item: output it, pass over it, or stop reading further pages. */
export type Verdict = 'take' | 'skip' | 'stop'

export interface ExecuteOptions {
  fetch: FetchLike
  /** The request, already merged with the base where the component inherits it. */
  communication: Communication & { baseUrl?: string }
  scope: ImlScope
  log?: (entry: LogEntry) => void
  accept?: (item: AnswerItem) => Verdict
  /** A safety stop for runaway pagination (Make caps it too). */
  maxPages?: number
}

export interface ExecuteResult {
  items: AnswerItem[]
  /** The last answer, for directives that read it (`data`, `metadata`, `uid`). */
  answer?: HttpAnswer
  scope: ImlScope
}

const DEFAULT_MAX_PAGES = 100

const withVariables = (scope: ImlScope, variables: Record<string, unknown>): ImlScope => ({
  ...scope,
  variables: { ...scope.variables, ...variables },
})

function stringValues(value: unknown): Record<string, string> {
  if (!isCollection(value)) return {}
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined && item !== null)
      .map(([key, item]) => [key, toText(item)]),
  )
}

/** Query parameters that evaluate to nothing are not sent, so an unmapped filter disappears from the URL. */
function presentValues(value: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter(([, item]) => item !== undefined && item !== null),
  )
}

/** Evaluates the request parts present in `parts`; the others stay undefined. */
function resolveParts(parts: RequestParts, scope: ImlScope) {
  const evaluate = (value: unknown) => (value === undefined ? undefined : evaluateValue(value, scope))
  return {
    url: parts.url === undefined ? undefined : toText(evaluateString(parts.url, scope)),
    method:
      parts.method === undefined ? undefined : toText(evaluateString(parts.method, scope)).toUpperCase(),
    headers: evaluate(parts.headers) as Record<string, unknown> | undefined,
    qs: evaluate(parts.qs) as Record<string, unknown> | undefined,
    body: evaluate(parts.body),
  }
}

function firstRequest(communication: ExecuteOptions['communication'], scope: ImlScope): ResolvedRequest {
  const parts = resolveParts(communication, scope)
  const baseUrl =
    communication.baseUrl === undefined ? undefined : toText(evaluateString(communication.baseUrl, scope))
  return {
    url: joinUrl(baseUrl, parts.url ?? ''),
    method: parts.method || 'GET',
    headers: stringValues(parts.headers),
    qs: presentValues(parts.qs),
    body: parts.body,
    type: communication.type ?? 'json',
  }
}

/**
 * The next page's request: pagination's headers, qs and body, merged into the first request's unless
 * `mergeWithParent` is false. Its `url` and `method` override the first request's "no matter the value of
 * mergeWithParent" (developers.make.com, "Pagination"), so without them the page goes where the first request went.
 */
function nextRequest(
  parent: ResolvedRequest,
  pagination: PaginationSpec,
  scope: ImlScope,
  baseUrl: string | undefined,
): ResolvedRequest {
  const parts = resolveParts(pagination, scope)
  const merge = pagination.mergeWithParent !== false
  return {
    url: parts.url === undefined ? parent.url : joinUrl(baseUrl, parts.url),
    method: parts.method || parent.method,
    headers: { ...(merge ? parent.headers : {}), ...stringValues(parts.headers) },
    qs: { ...(merge ? parent.qs : {}), ...presentValues(parts.qs) },
    body: parts.body === undefined ? (merge ? parent.body : undefined) : parts.body,
    type: parent.type,
  }
}

/**
 * Runs one communication as Make does: `condition`, request `temp`, the request, the response directives, then
 * `pagination` while its condition holds and pages bring items, until `response.limit` items are output.
 */
export async function execute(options: ExecuteOptions): Promise<ExecuteResult> {
  const { communication } = options
  let scope = options.scope
  if (communication.condition !== undefined) {
    const run =
      typeof communication.condition === 'boolean'
        ? communication.condition
        : evaluateString(communication.condition, scope)
    if (!isTruthy(run)) return { items: [], scope }
  }
  if (communication.temp) {
    const temp = evaluateValue(communication.temp, scope) as Record<string, unknown>
    scope = withVariables(scope, { temp: { ...(scope.variables.temp as object), ...temp } })
  }
  const rawLimit = communication.response?.limit
  const limit =
    rawLimit === undefined
      ? Number.POSITIVE_INFINITY
      : Number(typeof rawLimit === 'number' ? rawLimit : evaluateString(rawLimit, scope))
  if (Number.isNaN(limit)) throw new MakeError('InvalidConfigurationError', 'response.limit is not a number')
  const baseUrl =
    communication.baseUrl === undefined ? undefined : toText(evaluateString(communication.baseUrl, scope))
  const first = firstRequest(communication, scope)
  const sanitize = communication.log?.sanitize ?? []

  const items: AnswerItem[] = []
  let request = first
  let answer: HttpAnswer | undefined
  for (let page = 1; page <= (options.maxPages ?? DEFAULT_MAX_PAGES); page++) {
    try {
      answer = await send(options.fetch, request)
    } finally {
      options.log?.(sanitizeLog(request, answer, sanitize))
    }
    const processed = processAnswer(communication.response, answer, scope)
    scope = withVariables(scope, { temp: { ...(scope.variables.temp as object), ...processed.temp } })
    let stopped = false
    for (const item of processed.items) {
      const verdict = options.accept?.(item) ?? 'take'
      if (verdict === 'stop') {
        stopped = true
        break
      }
      if (verdict === 'take') items.push(item)
      if (items.length >= limit) break
    }
    const pagination = communication.pagination
    if (stopped || items.length >= limit || pagination === undefined || processed.items.length === 0) break
    const pageScope = withVariables(scope, {
      body: answer.body,
      headers: answer.headers,
      statusCode: answer.statusCode,
      iterate: { container: { first: processed.items[0]?.item, last: processed.items.at(-1)?.item } },
    })
    if (pagination.condition !== undefined) {
      const more =
        typeof pagination.condition === 'boolean'
          ? pagination.condition
          : evaluateString(pagination.condition, pageScope)
      if (!isTruthy(more)) break
    }
    request = nextRequest(first, pagination, pageScope, baseUrl)
  }
  const kept = items.slice(0, limit)
  const wrapper = communication.response?.wrapper
  if (wrapper === undefined) return { items: kept, ...(answer && { answer }), scope }
  // `wrapper` reshapes the final output: the array of bundles when iterating, the one bundle otherwise.
  const output =
    communication.response?.iterate === undefined ? kept[0]?.output : kept.map((item) => item.output)
  const wrapped = evaluateValue(wrapper, withVariables(scope, { output }))
  const bundles = Array.isArray(wrapped) ? wrapped : [wrapped]
  return {
    items: bundles.map((bundle) => ({ item: bundle, output: bundle })),
    ...(answer && { answer }),
    scope,
  }
}
