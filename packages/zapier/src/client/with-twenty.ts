import type { TwentyClient } from 'twenty-sdk'
import type { Bundle, ZObject } from 'zapier-platform-core'
import { deadlineError } from '../errors/deadline-error.js'
import { PartialWriteError, withAftermath } from '../errors/partial-write.js'
import { zapierRetries } from '../errors/retry-advice.js'
import { toZapierError } from '../errors/to-zapier-error.js'
import { StepDeadline } from './step-deadline.js'
import { apiKeyOf, twentyFor } from './twenty-for.js'

/** A step body: what it does with the workspace, given a ready client. */
export type TwentyStep<TResult> = (twenty: TwentyClient, bundle: Bundle, z: ZObject) => Promise<TResult>

// The connection's fields, named as the user saw them when connecting (the SDK refuses a malformed URL).
const CONNECTION_LABELS = { apiKey: 'API Key', baseUrl: 'Server URL' }

/** Options of {@link withTwenty}. */
export interface WithTwentyOptions {
  /** Zapier field labels by SDK input path, so a refused input names the field the user sees. */
  labels?: Readonly<Record<string, string>>
  /** The step only ever runs while a user waits for it (the connection test): Zapier retries nothing then. */
  interactive?: boolean
}

/**
 * Wraps a step body into a Zapier function: builds the client for the connection, runs the body within one time
 * budget for all its requests (see {@link StepDeadline}), and turns any failure into the `z.errors` class that
 * tells Zapier whether to stop, retry later or ask to reconnect. A failure once the budget ran out is reported as
 * such: whatever the aborted request threw says less than "Twenty answered too slowly". A step that failed after
 * creating a record (see {@link PartialWriteError}) says whether the record is still in Twenty, and which.
 */
export function withTwenty<TResult>(step: TwentyStep<TResult>, options: WithTwentyOptions = {}) {
  return async (z: ZObject, bundle: Bundle): Promise<TResult> => {
    const deadline = new StepDeadline()
    try {
      return await step(twentyFor(z, bundle, deadline), bundle, z)
    } catch (caught) {
      const partial = caught instanceof PartialWriteError ? caught : undefined
      const record = partial?.record
      const error = partial ? partial.cause : caught
      const outOfTime = deadline.report()
      const retriedByZapier = !options.interactive && zapierRetries(bundle.meta)
      const zapierError = outOfTime
        ? deadlineError(z, outOfTime, retriedByZapier)
        : toZapierError(z, error, {
            secrets: secretsOf(bundle),
            labels: { ...CONNECTION_LABELS, ...options.labels },
            leftInTwenty: record !== undefined && !record.removed,
            retriedByZapier,
          })
      throw record ? withAftermath(z, zapierError, record) : zapierError
    } finally {
      deadline.dispose()
    }
  }
}

function secretsOf(bundle: Bundle): string[] {
  // The key as typed (with any "Bearer " pasted along) and as sent, so neither form reaches the user.
  const typed = bundle.authData?.apiKey
  return [typed, bundle.authData ? apiKeyOf(bundle.authData) : undefined].filter(
    (key): key is string => typeof key === 'string' && key !== '',
  )
}
