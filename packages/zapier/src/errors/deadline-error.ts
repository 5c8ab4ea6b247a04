import type { RequestContext } from 'twenty-sdk'
import type { ZObject } from 'zapier-platform-core'
import type { DeadlineReport } from '../client/step-deadline.js'
import { retryAdvice } from './retry-advice.js'
import { serverErrorDelaySeconds } from './throttle-delay.js'
import { isCreate, REPLAY_ADVICE } from './to-zapier-error.js'

/**
 * The error of a step whose time budget ran out, instead of Zapier's own "did not respond in time", which names
 * nothing and comes even after a write went through:
 * - a create sent but unanswered, or one confirmed earlier in the step → `Error` `UNCONFIRMED_WRITE`: Zapier must
 *   not run the step again, which could create the record twice; the user checks Twenty first;
 * - otherwise (reads, updates, a create never sent) → `ThrottledError`: running the step again is safe, and Twenty
 *   may be faster by then.
 */
export function deadlineError(z: ZObject, report: DeadlineReport, retriedByZapier = true): Error {
  const seconds = Number((report.budgetMs / 1000).toFixed(1))
  const what =
    `Twenty answered too slowly: the step was still ${doing(report.request)} after ${seconds} s, so it stopped ` +
    "before Zapier's 30-second limit."
  if (report.sent && isCreate(report.request)) {
    return new z.errors.Error(
      `${what} Twenty did not confirm the change, so it may or may not have been saved. ${REPLAY_ADVICE}`,
      'UNCONFIRMED_WRITE',
      504,
    )
  }
  if (report.savedCreate) {
    return new z.errors.Error(
      `${what} Twenty had already saved part of this step's changes. ${REPLAY_ADVICE}`,
      'UNCONFIRMED_WRITE',
      504,
    )
  }
  const delay = serverErrorDelaySeconds()
  const advice = retryAdvice(delay, retriedByZapier)
  return new z.errors.ThrottledError(`${what} ${advice[0]?.toUpperCase()}${advice.slice(1)}.`, delay)
}

const VERBS: Record<string, string> = {
  GET: 'reading',
  POST: 'creating',
  PATCH: 'updating',
  PUT: 'updating',
  DELETE: 'deleting',
}

/** A request in the user's words: `GET /companies` → "reading companies", `POST /noteTargets` → "creating note targets". */
function doing(request: RequestContext): string {
  if (request.path.endsWith('/graphql')) return 'querying Twenty'
  const objects = (
    request.path.split('/').find((segment) => segment !== '' && segment !== 'batch') ?? 'records'
  )
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
  if (request.path.endsWith('/duplicates')) return `looking for duplicate ${objects}`
  return `${VERBS[request.method] ?? 'working on'} ${objects}`
}
