import type { RequestContext } from './types.js'

/** How many attempts a request has sent, shared by its context and every copy made for a later attempt. */
const SENT = Symbol('attempts sent')

type CountedContext = RequestContext & { [SENT]?: { count: number } }

/**
 * The context for a request's next attempt. Two layers send again, the retry wrapper and the key refresh after a
 * 401, each from the context it was given: numbering from that context alone sent attempts 1, 2, 2 when a refreshed
 * key met a 503. The count is kept beside the contexts (not enumerable, so middleware and logs never see it) and set
 * only here, so a first attempt that succeeds pays nothing for it.
 */
export function nextAttempt(context: RequestContext): RequestContext {
  const counted = context as CountedContext
  let sent = counted[SENT]
  if (sent === undefined) {
    sent = { count: context.attempt }
    Object.defineProperty(counted, SENT, { value: sent })
  }
  sent.count++
  const next: CountedContext = { ...context, attempt: sent.count }
  Object.defineProperty(next, SENT, { value: sent })
  return next
}
