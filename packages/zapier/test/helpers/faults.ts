import { type Interceptor, sendJson } from '@twenty-sdk/sandbox'

/** An answer the sandbox gives instead of serving the request. */
export interface Fault {
  status: number
  body: unknown
  headers?: Record<string, string>
}

/** Twenty's 429, as its throttler sends it: no Retry-After, the bucket named in the message. */
export const RATE_LIMITED: Fault = {
  status: 429,
  body: {
    statusCode: 429,
    error: 'TOO_MANY_REQUESTS',
    messages: ['Limit reached (100 tokens per 60000 ms)'],
  },
}

/** A 503 as a proxy in front of a self-hosted Twenty answers while it restarts. */
export const UNAVAILABLE: Fault = {
  status: 503,
  body: { statusCode: 503, error: 'ServiceUnavailableException', messages: ['Service Unavailable'] },
}

/** The request is served (a create is saved), then the connection is cut before the answer is sent. */
export const RESET_AFTER_COMMIT = 'reset after commit'

/**
 * A sandbox interceptor that answers the next requests with queued faults, then serves normally again: the
 * way to make the real server rate-limit or fail on one chosen call.
 */
export function faultInjector(): {
  interceptor: Interceptor
  next(...faults: (Fault | typeof RESET_AFTER_COMMIT)[]): void
} {
  const queue: (Fault | typeof RESET_AFTER_COMMIT)[] = []
  return {
    interceptor: async (request, next) => {
      const fault = queue.shift()
      if (!fault) return next()
      if (fault === RESET_AFTER_COMMIT) {
        await next()
        request.raw.socket.destroy()
        return undefined
      }
      sendJson(request.response, fault.status, fault.body, fault.headers)
    },
    next: (...faults) => queue.push(...faults),
  }
}
