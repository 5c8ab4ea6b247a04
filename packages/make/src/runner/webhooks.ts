import type { RespondSpec, WebhookCommunication } from '../format/types.js'
import { evaluateString, evaluateValue, type ImlScope } from '../iml/evaluate.js'
import { isTruthy, toText } from '../iml/values.js'

/** A request that reached the webhook's URL. */
export interface IncomingRequest {
  body: unknown
  headers: Record<string, string>
  query?: Record<string, string>
}

/** What the webhook answers the sender. */
export interface WebhookReply {
  status: number
  headers: Record<string, string>
  body: unknown
}

/** Make's answer when the webhook defines none. */
const ACCEPTED: WebhookReply = { status: 200, headers: { 'content-type': 'text/plain' }, body: 'Accepted' }

function reply(spec: RespondSpec | undefined, scope: ImlScope): WebhookReply {
  if (spec === undefined) return ACCEPTED
  const status =
    spec.status === undefined
      ? 200
      : Number(typeof spec.status === 'number' ? spec.status : evaluateString(spec.status, scope))
  const headers = Object.fromEntries(
    Object.entries((evaluateValue(spec.headers ?? {}, scope) as Record<string, unknown>) ?? {}).map(
      ([key, value]) => [key.toLowerCase(), toText(value)],
    ),
  )
  const type = spec.type ?? 'json'
  if (!headers['content-type'])
    headers['content-type'] =
      type === 'json'
        ? 'application/json'
        : type === 'text'
          ? 'text/plain'
          : 'application/x-www-form-urlencoded'
  return { status, headers, body: evaluateValue(spec.body, scope) }
}

/**
 * Handles one incoming request with a webhook's communication, as Make documents it: a matching `verification`
 * only answers the sender; a false `condition` drops the request; otherwise `iterate`/`output` make the
 * bundles the instant trigger outputs, and `respond` is the answer.
 */
export function receive(
  spec: WebhookCommunication,
  request: IncomingRequest,
  scope: ImlScope,
): { bundles: unknown[]; reply: WebhookReply } {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([key, value]) => [key.toLowerCase(), value]),
  )
  const requestScope: ImlScope = {
    ...scope,
    variables: { ...scope.variables, body: request.body, headers, query: request.query ?? {} },
  }
  if (spec.verification && isTruthy(evaluateString(spec.verification.condition, requestScope)))
    return { bundles: [], reply: reply(spec.verification.respond, requestScope) }
  const answer = reply(spec.respond, requestScope)
  if (spec.condition !== undefined) {
    const accepted =
      typeof spec.condition === 'boolean' ? spec.condition : evaluateString(spec.condition, requestScope)
    if (!isTruthy(accepted)) return { bundles: [], reply: answer }
  }
  const outputOf = (variables: Record<string, unknown>, fallback: unknown) =>
    spec.output === undefined
      ? fallback
      : evaluateValue(spec.output, {
          ...requestScope,
          variables: { ...requestScope.variables, ...variables },
        })
  if (spec.iterate === undefined) return { bundles: [outputOf({}, request.body)], reply: answer }
  const iterate = typeof spec.iterate === 'string' ? { container: spec.iterate } : spec.iterate
  const container = evaluateString(iterate.container, requestScope)
  const items = Array.isArray(container) ? container : []
  const bundles = items
    .filter(
      (item) =>
        iterate.condition === undefined ||
        isTruthy(
          evaluateString(iterate.condition, {
            ...requestScope,
            variables: { ...requestScope.variables, item },
          }),
        ),
    )
    .map((item) => outputOf({ item }, item))
  return { bundles, reply: answer }
}
