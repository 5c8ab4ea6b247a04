import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyServerError } from '../errors/twenty-server-error.js'

/**
 * Reads `data.<key>` from one of Twenty's envelopes. A missing key means the server (or a proxy) answered in a
 * shape this SDK does not know, which is reported instead of returning `undefined` as if it were a record.
 */
export function unwrap<T>(body: unknown, key: string): T {
  const data = (body as { data?: Record<string, unknown> } | null | undefined)?.data
  if (data === null || typeof data !== 'object' || !(key in data)) {
    throw new TwentyServerError({
      message: `Unexpected response from Twenty: expected data.${key}`,
      code: 'UNEXPECTED_RESPONSE' satisfies TwentySdkErrorCode,
      body,
    })
  }
  return data[key] as T
}
