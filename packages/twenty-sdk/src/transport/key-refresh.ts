import { nextAttempt } from './next-attempt.js'
import type { Send, SendWrapper } from './types.js'

/**
 * Re-sends a request once after a 401 when the API key comes from a provider function, which the sender calls
 * again for the new attempt: a key rotated in a secret store is picked up without a restart. A second 401 is
 * final (the new key is bad too), so a revoked key never loops.
 */
export function withKeyRefresh(): SendWrapper {
  return (next: Send): Send =>
    async (context) => {
      const response = await next(context)
      if (response.status !== 401) return response
      return next(nextAttempt(context))
    }
}
