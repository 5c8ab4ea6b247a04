import pRetry from 'p-retry'
import type { TwentyErrorCode, TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyError } from '../errors/twenty-error.js'
import { abortableDelay } from '../internal/abortable-delay.js'
import { definedOnly } from '../internal/defined.js'
import { clientClosedError } from './client-closed.js'
import { isThrownByHook } from './middleware.js'
import { nextAttempt } from './next-attempt.js'
import { parseRetryAfter } from './retry-after.js'
import {
  backoffDelay,
  DEFAULT_RETRY,
  isIdempotent,
  isRetryableStatus,
  type RetryOptions,
} from './retry-policy.js'
import type { RequestContext, Send, SendWrapper, TransportResponse } from './types.js'

/** Carries a retryable answer through p-retry; unwrapped into the last answer when retries run out. */
class RetryableAnswer extends Error {
  constructor(readonly response: TransportResponse) {
    super(`retryable status ${response.status}`)
  }
}

/**
 * Carries a thrown value that is not an Error (a middleware's `throw 'quota exceeded'`) through p-retry, which would
 * replace it with its own "Non-error was thrown" TypeError; unwrapped so the caller sees it as on the first attempt.
 */
class ThrownValue extends Error {
  constructor(readonly value: unknown) {
    super('a value that is not an Error was thrown')
  }
}

/**
 * Retries with p-retry: 429 always (Twenty refused it before doing anything), 5xx and lost connections only
 * for idempotent requests. Waits `Retry-After` when a server sends it, else full-jitter exponential backoff,
 * within `maxRetries` and a total deadline; the caller's `AbortSignal` stops the waiting. When retries run out,
 * the last answer is handed on, so the caller gets the usual typed error (e.g. `TwentyRateLimitError`).
 *
 * The first attempt is sent directly and p-retry takes over only after it failed: most requests succeed at once,
 * and p-retry's bookkeeping was the largest part of the SDK's own CPU time per request (docs/benchmarks.md).
 */
export function withRetry(options: RetryOptions = {}, closing?: AbortSignal): SendWrapper {
  const settings = { ...DEFAULT_RETRY, ...definedOnly(options) }
  return (next: Send): Send =>
    async (context) => {
      const started = Date.now()
      try {
        // The context already says attempt 1: the first attempt costs no copy and no closure.
        return checkAnswer(await next(context), context)
      } catch (error) {
        if (settings.maxRetries <= 0 || !isRetryable(error, context)) return answerOrThrow(error)
        return retryAfterFirstFailure(next, context, error, settings, started, closing)
      }
    }
}

/** Attempts 2 and later, through p-retry, after the first attempt failed with `firstError`. */
async function retryAfterFirstFailure(
  next: Send,
  context: RequestContext,
  firstError: unknown,
  settings: Required<RetryOptions>,
  started: number,
  closing: AbortSignal | undefined,
): Promise<TransportResponse> {
  // Attempts this wrapper sent, for the backoff; the number middleware sees comes from nextAttempt.
  let attempt = 1
  // Waits before the next attempt; rethrows when that wait would pass the deadline.
  const waitAfter = async (error: unknown) => {
    const answer = error instanceof RetryableAnswer ? error.response : undefined
    const hinted = answer ? parseRetryAfter(answer.headers.get('retry-after')) : undefined
    const delayMs = Math.min(settings.maxDelayMs, hinted ?? backoffDelay(attempt, settings))
    if (Date.now() + delayMs - started > settings.deadlineMs) throw error
    // The client's close() ends the wait too, with CLIENT_CLOSED, rather than a timer keeping the process up.
    try {
      await abortableDelay(delayMs, [closing, context.signal])
    } catch (aborted) {
      if (closing?.aborted && !context.signal?.aborted) throw clientClosedError(context)
      throw aborted
    }
  }
  try {
    await waitAfter(firstError)
    return await pRetry(
      async () => {
        attempt++
        try {
          return checkAnswer(await next(nextAttempt(context)), context)
        } catch (error) {
          throw error instanceof Error ? error : new ThrownValue(error)
        }
      },
      {
        retries: settings.maxRetries - 1,
        minTimeout: 0,
        maxTimeout: 0,
        signal: context.signal,
        shouldRetry: ({ error }) => isRetryable(error, context),
        // p-retry calls this before shouldRetry: an error that will not be retried must not wait first.
        onFailedAttempt: async ({ error, retriesLeft }) => {
          if (retriesLeft > 0 && isRetryable(error, context)) await waitAfter(error)
        },
      },
    )
  } catch (error) {
    return answerOrThrow(error)
  }
}

/** Returns an answer that needs no retry; throws a {@link RetryableAnswer} for one that does. */
function checkAnswer(response: TransportResponse, context: RequestContext): TransportResponse {
  if (isRetryableStatus(response.status) && (response.status === 429 || isIdempotent(context))) {
    throw new RetryableAnswer(response)
  }
  // A 2xx whose body is cut off: the write may have happened, so only an idempotent request is resent.
  if (response.status < 300 && typeof response.data === 'string' && isIdempotent(context)) {
    throw new RetryableAnswer(response)
  }
  return response
}

function isRetryable(error: unknown, context: RequestContext): boolean {
  return error instanceof RetryableAnswer || (isIdempotent(context) && isConnectionFailure(error))
}

/** When retries end: the last retryable answer is handed on (the caller maps it to a typed error), else rethrown. */
function answerOrThrow(error: unknown): TransportResponse {
  if (error instanceof RetryableAnswer) return error.response
  throw error instanceof ThrownValue ? error.value : error
}

// An abort, a closed client or an unreachable rate-limit Redis: sending again cannot help.
const NOT_SENT_CODES: ReadonlySet<TwentyErrorCode | undefined> = new Set<TwentySdkErrorCode>([
  'ABORTED',
  'CLIENT_CLOSED',
  'RATE_LIMITER_UNAVAILABLE',
])

// A middleware hook's own throw is never retried, even a TwentyConnectionError: the docs promise it (Middleware).
function isConnectionFailure(error: unknown): boolean {
  return (
    error instanceof TwentyError &&
    (error.name === 'TwentyConnectionError' || error.name === 'TwentyTimeoutError') &&
    !NOT_SENT_CODES.has(error.code) &&
    !isThrownByHook(error)
  )
}
