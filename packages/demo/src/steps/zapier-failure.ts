/**
 * A failed Zapier step as the demo reports it: the app's message alone. zapier-platform-core's `AppError` and
 * `ThrottledError` carry their fields as JSON in `message`, and a throttled step's message ends with Zapier's retry
 * ("Zapier will retry in 80 s."), which does not happen here: the demo runs the app itself and stops at a failure.
 */
export function zapierFailure(error: unknown): unknown {
  if (!(error instanceof Error) || !['AppError', 'ThrottledError'].includes(error.name)) return error
  let message: unknown
  try {
    message = (JSON.parse(error.message) as { message?: unknown }).message
  } catch {
    return error
  }
  if (typeof message !== 'string') return error
  return new Error(message.replace(/[;.]? Zapier will retry in \d+ s\.$/, '.'), { cause: error })
}
