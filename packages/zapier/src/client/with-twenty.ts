import type { TwentyClient } from 'twenty-sdk'
import type { Bundle, ZObject } from 'zapier-platform-core'
import { toZapierError } from '../errors/to-zapier-error.js'
import { twentyFor } from './twenty-for.js'

/** A step body: what it does with the workspace, given a ready client. */
export type TwentyStep<TResult> = (twenty: TwentyClient, bundle: Bundle, z: ZObject) => Promise<TResult>

// The connection's fields, named as the user saw them when connecting (the SDK refuses a malformed URL).
const CONNECTION_LABELS = { apiKey: 'API Key', baseUrl: 'Server URL' }

/** Options of {@link withTwenty}. */
export interface WithTwentyOptions {
  /** Zapier field labels by SDK input path, so a refused input names the field the user sees. */
  labels?: Readonly<Record<string, string>>
}

/**
 * Wraps a step body into a Zapier function: builds the client for the connection, runs the body, and turns
 * any failure into the `z.errors` class that tells Zapier whether to stop, retry later or ask to reconnect.
 */
export function withTwenty<TResult>(step: TwentyStep<TResult>, options: WithTwentyOptions = {}) {
  return async (z: ZObject, bundle: Bundle): Promise<TResult> => {
    try {
      return await step(twentyFor(z, bundle), bundle, z)
    } catch (error) {
      throw toZapierError(z, error, {
        secrets: secretsOf(bundle),
        labels: { ...CONNECTION_LABELS, ...options.labels },
      })
    }
  }
}

function secretsOf(bundle: Bundle): string[] {
  const key = bundle.authData?.apiKey
  return typeof key === 'string' && key !== '' ? [key] : []
}
