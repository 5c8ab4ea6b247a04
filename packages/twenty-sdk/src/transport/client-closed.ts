import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyConnectionError } from '../errors/twenty-connection-error.js'
import type { RequestContext } from './types.js'

/** The error of a call refused, or cut short while it waited to retry, because its client was closed. */
export function clientClosedError(context: RequestContext): TwentyConnectionError {
  return new TwentyConnectionError({
    message: `[${context.method} ${context.url}] not sent: the client was closed`,
    code: 'CLIENT_CLOSED' satisfies TwentySdkErrorCode,
    method: context.method,
    url: context.url,
    requestId: context.id,
  })
}
