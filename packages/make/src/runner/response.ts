import { errorTypeSchema } from '../format/schemas/response-schemas.js'
import type { ErrorSpec, MakeErrorType, ResponseSpec, ValidSpec } from '../format/types.js'
import { evaluateString, evaluateValue, type ImlScope } from '../iml/evaluate.js'
import { isTruthy, toText } from '../iml/values.js'
import type { HttpAnswer } from './http.js'
import { MakeError } from './make-error.js'

/** One item of an answer: the iterated element (or the whole body) and the bundle made from it. */
export interface AnswerItem {
  item: unknown
  output: unknown
}

const scopeWith = (scope: ImlScope, variables: Record<string, unknown>): ImlScope => ({
  ...scope,
  variables: { ...scope.variables, ...variables },
})

/**
 * An error type from `response.error`, which Make documents as an IML string: a type, or an expression that
 * evaluates to one. An expression that yields anything else is a bug of the app, not an answer of the API.
 */
function errorType(template: string | undefined, scope: ImlScope): MakeErrorType | undefined {
  if (template === undefined) return undefined
  const type = toText(evaluateString(template, scope))
  const known = errorTypeSchema.safeParse(type)
  if (!known.success)
    throw new Error(`response.error type ${JSON.stringify(template)} gave "${type}", not an error type`)
  return known.data
}

/** Status ≥ 400: Make's error for it, from the per-status entry or the default, with the app's message. */
function errorFor(spec: ErrorSpec | undefined, answer: HttpAnswer, scope: ImlScope): MakeError {
  const specific = spec?.[String(answer.statusCode) as `${number}`]
  const template = specific?.message ?? spec?.message
  const message =
    template === undefined
      ? `Request failed with status ${answer.statusCode}`
      : toText(evaluateString(template, scope))
  const type = errorType(specific?.type, scope) ?? errorType(spec?.type, scope) ?? 'RuntimeError'
  return new MakeError(type, message, answer.statusCode)
}

/**
 * A 2xx or 3xx answer that `valid` refuses. Message and type are resolved as developers.make.com ("Valid") lists:
 * `valid.message`, then `response.error.<status>.message`, then `response.error.message`, then "Response marked
 * as invalid."; the type likewise from `valid.type`, `error.<status>.type`, `error.type`, then RuntimeError.
 */
function checkValid(
  valid: ValidSpec | undefined,
  error: ErrorSpec | undefined,
  answer: HttpAnswer,
  scope: ImlScope,
): void {
  if (valid === undefined) return
  const spec = typeof valid === 'object' ? valid : { condition: valid }
  const ok = typeof spec.condition === 'boolean' ? spec.condition : evaluateString(spec.condition, scope)
  if (isTruthy(ok)) return
  const own: { message?: string; type?: MakeErrorType } = typeof valid === 'object' ? valid : {}
  const specific = error?.[String(answer.statusCode) as `${number}`]
  const template = own.message ?? specific?.message ?? error?.message
  const message = template === undefined ? '' : toText(evaluateString(template, scope))
  const type = own.type ?? errorType(specific?.type, scope) ?? errorType(error?.type, scope) ?? 'RuntimeError'
  throw new MakeError(type, message || 'Response marked as invalid.', answer.statusCode)
}

/**
 * Processes one answer with a `response` spec, in Make's order: error (status ≥ 400), `valid`, `temp`, then
 * `iterate` (with its per-item condition) and `output` per item; without `iterate` the answer is one item.
 * Returns the items and the response `temp`, which later pages and directives can read.
 */
export function processAnswer(
  spec: ResponseSpec | undefined,
  answer: HttpAnswer,
  scope: ImlScope,
): { items: AnswerItem[]; temp: Record<string, unknown> } {
  const answerScope = scopeWith(scope, {
    body: answer.body,
    headers: answer.headers,
    statusCode: answer.statusCode,
  })
  if (answer.statusCode >= 400) throw errorFor(spec?.error, answer, answerScope)
  checkValid(spec?.valid, spec?.error, answer, answerScope)
  const temp = spec?.temp ? (evaluateValue(spec.temp, answerScope) as Record<string, unknown>) : {}
  const itemScope = scopeWith(answerScope, { temp: { ...(answerScope.variables.temp as object), ...temp } })
  const outputOf = (item: unknown, variables: Record<string, unknown>) =>
    spec?.output === undefined ? item : evaluateValue(spec.output, scopeWith(itemScope, variables))

  if (spec?.iterate === undefined)
    return { items: [{ item: answer.body, output: outputOf(answer.body, {}) }], temp }
  const iterate = typeof spec.iterate === 'string' ? { container: spec.iterate } : spec.iterate
  const container = evaluateString(iterate.container, itemScope)
  const elements = Array.isArray(container)
    ? container
    : container === undefined || container === null
      ? []
      : [container]
  const items = elements
    .filter(
      (item) =>
        iterate.condition === undefined ||
        isTruthy(evaluateString(iterate.condition, scopeWith(itemScope, { item }))),
    )
    .map((item) => ({ item, output: outputOf(item, { item }) }))
  return { items, temp }
}
