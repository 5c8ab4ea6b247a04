import {
  isTwentyError,
  type TwentyError,
  type TwentyRateLimitError,
  type TwentyValidationError,
} from 'twenty-sdk'
import type { ZObject } from 'zapier-platform-core'
import { retryAdvice } from './retry-advice.js'
import { rateLimitDelaySeconds, serverErrorDelaySeconds } from './throttle-delay.js'

/** What the mapping needs besides the error. */
export interface ErrorContext {
  /** Values that must never reach the user or the logs (the API key). */
  secrets: readonly string[]
  /** Zapier field labels by SDK input path (`emails.primaryEmail` → `Email`), to name the field at fault. */
  labels?: Readonly<Record<string, string>>
  /**
   * A record the step created is still in Twenty (its undo failed): Zapier must not run the step again, which
   * would create it twice, so a failure it would retry stops the step instead.
   */
  leftInTwenty?: boolean
  /**
   * Zapier runs a throttled step again by itself (a running Zap), rather than the user (the Zap editor, turning a
   * Zap on): says who retries. Defaults to true (see `zapierRetries` in retry-advice.ts).
   */
  retriedByZapier?: boolean
}

/** What every message about a write Twenty may have done says: the user checks before replaying the step. */
export const REPLAY_ADVICE = 'Check Twenty before you replay this step, or it may be made twice.'

const ZAPIER_ERROR_NAMES = new Set([
  'AppError',
  'HaltedError',
  'ExpiredAuthError',
  'ThrottledError',
  'CheckError',
])

/**
 * Turns whatever a step threw into the `z.errors` class that makes Zapier do the right thing:
 * - 401 → `ExpiredAuthError`: the connection is marked stale and the user is asked to reconnect;
 * - 429 → `ThrottledError` with a computed delay (Twenty sends no Retry-After);
 * - 5xx and timeouts → `ThrottledError`: Zapier retries the step later, except after a create that may have
 *   been saved (a timeout, a 5xx other than 503, or a connection broken after it was sent): an `Error` asking
 *   the user to check before replaying;
 * - either of these after a record the step created could not be removed again (`leftInTwenty`) → `Error`
 *   `UNCONFIRMED_WRITE`: a retry would create that record twice;
 * - input refused before sending (zod) or by Twenty (400), 403, 404 → `z.errors.Error` naming the problem
 *   in Twenty's own words.
 * Messages never contain the API key; errors Zapier already understands pass through unchanged.
 */
export function toZapierError(z: ZObject, error: unknown, context: ErrorContext): Error {
  if (error instanceof Error && ZAPIER_ERROR_NAMES.has(error.name)) return error
  if (!isTwentyError(error)) {
    // A bug or an unforeseen failure in this app: say so, and what the user can do, around the original text.
    const message = error instanceof Error ? error.message : String(error)
    return new z.errors.Error(
      `Unexpected error in the Twenty app: ${sentence(redact(message, context.secrets))} Try again; if it ` +
        'keeps happening, contact support.',
      'UNEXPECTED',
      500,
    )
  }
  const twenty = error as TwentyError
  const said = redact(describe(twenty), context.secrets)
  switch (twenty.name) {
    case 'TwentyAuthenticationError':
      return new z.errors.ExpiredAuthError(
        `Twenty refused the API key (${said}). Reconnect your Twenty account with a valid, unexpired API key.`,
      )
    case 'TwentyPermissionError':
      return new z.errors.Error(
        `Twenty denied access (${said}). Give the API key a role that may do this (Settings → Roles in Twenty).`,
        'FORBIDDEN',
        403,
      )
    case 'TwentyValidationError':
      return validationError(z, twenty as TwentyValidationError, context)
    case 'TwentyNotFoundError':
      return new z.errors.Error(
        `Twenty has no such record (${said}). It may have been deleted, or the ID mapped into this step may come ` +
          'from another workspace: pick the record again, or check the ID you mapped.',
        'NOT_FOUND',
        404,
      )
    case 'TwentyRateLimitError': {
      const delay = rateLimitDelaySeconds(twenty as TwentyRateLimitError)
      return retryLater(z, `Twenty's API rate limit was reached (${said})`, delay, 429, context)
    }
    case 'TwentyServerError':
    case 'TwentyTimeoutError': {
      if (mayHaveWritten(twenty)) {
        return new z.errors.Error(
          `Twenty did not confirm the change (${said}), so it may or may not have been saved. ${REPLAY_ADVICE}`,
          'UNCONFIRMED_WRITE',
          twenty.status ?? 504,
        )
      }
      const delay = serverErrorDelaySeconds()
      return retryLater(z, `Twenty did not answer properly (${said})`, delay, twenty.status ?? 504, context)
    }
    case 'TwentyConnectionError':
      if (isCreate(twenty) && !neverSent(twenty)) {
        return new z.errors.Error(
          `The connection to Twenty broke before it answered (${said}), so the change may or may not have been ` +
            `saved. ${REPLAY_ADVICE}`,
          'UNCONFIRMED_WRITE',
          502,
        )
      }
      return new z.errors.Error(
        `Could not reach Twenty (${said}). Check the server URL of your Twenty connection.`,
        'CONNECTION_FAILED',
        502,
      )
    default:
      return new z.errors.Error(
        `Twenty answered with an error (${said}).`,
        twenty.code ?? 'TWENTY_ERROR',
        twenty.status,
      )
  }
}

// Zapier runs a throttled step again after `delay` seconds, unless the step left a record in Twenty.
function retryLater(z: ZObject, what: string, delay: number, status: number, context: ErrorContext): Error {
  if (context.leftInTwenty) return new z.errors.Error(`${what}.`, 'UNCONFIRMED_WRITE', status)
  return new z.errors.ThrottledError(
    `${what}; ${retryAdvice(delay, context.retriedByZapier ?? true)}.`,
    delay,
  )
}

/**
 * True when a failed request may have changed Twenty although no answer said so, so that Zapier's own retry could
 * make the change twice: a create (a POST that is neither an upsert nor a read such as `/duplicates` or GraphQL)
 * that timed out or got a 5xx other than 503, which proxies send before passing the request on. Such a step is
 * not retried; the user is told to check first, as the SDK itself never resends such a create.
 */
function mayHaveWritten(error: TwentyError): boolean {
  if (!isCreate(error)) return false
  return error.name === 'TwentyTimeoutError' || (error.status !== undefined && error.status !== 503)
}

/**
 * A POST that creates: neither an upsert (safe to resend) nor a read such as `/duplicates` or GraphQL. Takes a
 * failed request's error or a request about to be sent (the SDK's `RequestContext`).
 */
export function isCreate(request: { method?: string | undefined; url?: string | undefined }): boolean {
  if (request.method !== 'POST' || request.url === undefined) return false
  const url = new URL(request.url)
  if (url.searchParams.get('upsert') === 'true') return false
  return !(url.pathname.endsWith('/duplicates') || url.pathname.endsWith('/graphql'))
}

// Failures that happen before a request reaches Twenty: no address, no route, a refused connection or a refused
// certificate. Anything else (a reset, a socket closed mid-answer) may come after Twenty saved the record.
const NOT_SENT_CODES = new Set(['ABORTED', 'CLIENT_CLOSED', 'RATE_LIMITER_UNAVAILABLE'])
const NOT_SENT_CAUSES =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EAI_NONAME|ENETUNREACH|EHOSTUNREACH|ERR_INVALID_URL|CERT_.*|ERR_TLS_.*|UNABLE_TO_.*|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)$/

function neverSent(error: TwentyError): boolean {
  if (NOT_SENT_CODES.has(error.code ?? '')) return true
  let cause: unknown = error.cause
  for (let depth = 0; depth < 5 && cause instanceof Error; depth++) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && NOT_SENT_CAUSES.test(code)) return true
    cause = cause.cause
  }
  return false
}

function validationError(z: ZObject, error: TwentyValidationError, context: ErrorContext): Error {
  if (error.status === undefined) {
    // Refused by the SDK's checks before any request: nothing was written.
    const problems = error.issues.length
      ? error.issues.map((issue) => `${labelFor(issue.path, context.labels)}: ${issue.message}`).join('; ')
      : error.message
    return new z.errors.Error(
      `Nothing was sent to Twenty: ${redact(problems, context.secrets)}.`,
      error.code ?? 'INVALID_INPUT',
      400,
    )
  }
  return new z.errors.Error(
    `Twenty refused the input: ${sentence(redact(describe(error), context.secrets))}`,
    error.code ?? 'BAD_REQUEST',
    error.status,
  )
}

// Twenty's own messages when it sent any, without the status and exception class (`400 BadRequestException`),
// which mean nothing to a Zap user; the SDK's message (method, redacted URL, status) otherwise.
function describe(error: TwentyError): string {
  return error.messages.length > 0 ? error.messages.join('; ') : error.message
}

// Ends a message as a sentence, once: Twenty's own may already end with "." or "?" ("Did you mean 'notes'?").
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`
}

function labelFor(path: string, labels: Readonly<Record<string, string>> | undefined): string {
  if (!path) return 'Input'
  if (labels?.[path]) return labels[path]
  // A nested path (`amount.amountMicros`) falls back to its nearest labelled parent.
  const parent = Object.keys(labels ?? {}).find((key) => path.startsWith(`${key}.`))
  return parent && labels ? (labels[parent] ?? path) : path
}

/** Replaces every secret in a text, so no message shown to the user or logged carries the key. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) if (secret.length >= 4) result = result.split(secret).join('[REDACTED]')
  return result
}
