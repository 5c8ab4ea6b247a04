import { TwentyAuthenticationError } from './twenty-authentication-error.js'
import { TwentyConflictError } from './twenty-conflict-error.js'
import { TwentyError, type TwentyErrorOptions } from './twenty-error.js'
import { TwentyNotFoundError } from './twenty-not-found-error.js'
import { TwentyPermissionError } from './twenty-permission-error.js'
import { TwentyRateLimitError } from './twenty-rate-limit-error.js'
import { TwentyServerError } from './twenty-server-error.js'
import { TwentyValidationError } from './twenty-validation-error.js'

/** What the transport knows about a non-2xx answer. `url` must already be redacted. */
export interface ErrorResponseContext {
  status: number
  method: string
  url: string
  body: unknown
  requestId?: string
  retryAfterMs?: number
}

/**
 * Builds the typed error for a non-2xx answer from Twenty.
 *
 * Twenty's body is `{ statusCode, error, messages: [..] }`; its OpenAPI examples show a singular `message`, so
 * both are accepted, and a body that is not an object still yields a useful message.
 */
export function errorFromResponse(context: ErrorResponseContext): TwentyError {
  const { code, messages } = readErrorBody(context.body)
  const summary = messages.length > 0 ? messages.join('; ') : `HTTP ${context.status}`
  const options: TwentyErrorOptions = {
    message: `[${context.method} ${context.url}] ${context.status}${code ? ` ${code}` : ''}: ${summary}`,
    status: context.status,
    code,
    messages,
    method: context.method,
    url: context.url,
    body: context.body,
    requestId: context.requestId,
  }
  const status = context.status
  if (status === 400 && isRecordNotFound(messages)) return new TwentyNotFoundError(options)
  if (status === 400 || status === 422) return new TwentyValidationError(options)
  if (status === 401) return new TwentyAuthenticationError(options)
  if (status === 403) return new TwentyPermissionError(options)
  if (status === 404) return new TwentyNotFoundError(options)
  if (status === 409) return new TwentyConflictError(options)
  if (status === 429) return new TwentyRateLimitError({ ...options, retryAfterMs: context.retryAfterMs })
  if (status >= 500) return new TwentyServerError(options)
  return new TwentyError(options)
}

/**
 * Some Twenty versions answer a missing record with 400 `Record not found` instead of 404 (their
 * common-query-runner-to-rest-api-exception-handler throws a BadRequestException), so it is a not-found error
 * whatever the status, and `isTwentyNotFoundError` holds on every version.
 */
function isRecordNotFound(messages: readonly string[]): boolean {
  return messages.length === 1 && messages[0] === 'Record not found'
}

function readErrorBody(body: unknown): { code: string | undefined; messages: string[] } {
  if (typeof body === 'string')
    return { code: undefined, messages: body.trim() ? [body.trim().slice(0, 500)] : [] }
  if (body === null || typeof body !== 'object') return { code: undefined, messages: [] }
  const record = body as Record<string, unknown>
  const code = typeof record.error === 'string' ? record.error : undefined
  // Twenty sends `messages[]`; its OpenAPI examples a singular `message`, which NestJS's own exceptions (a
  // validation pipe, a proxy in front of Twenty) send as an array.
  const list = record.messages ?? record.message
  const messages = (Array.isArray(list) ? list : [list]).filter(
    (message): message is string => typeof message === 'string',
  )
  return { code, messages }
}
