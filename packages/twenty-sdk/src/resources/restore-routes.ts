import { TwentyError } from '../errors/twenty-error.js'
import { TwentyNotFoundError } from '../errors/twenty-not-found-error.js'
import type { HttpClient } from '../transport/http-client.js'
import type { QueryParams } from '../transport/types.js'

/**
 * Which restore routes a client's server has been seen to route. Twenty moved them: releases before July 2026 serve
 * `PATCH /restore/{plural}?filter=…` but refuse `PATCH /restore/{plural}/{id}` (twentyhq/twenty#23034), the
 * July–August 2026 releases serve both, and since twentyhq/twenty#24544 (August 2026, Twenty Cloud) restore is a
 * suffix, `PATCH /{plural}/{id}/restore` and `PATCH /{plural}/restore?filter=…`, and the prefix paths are refused.
 * `undefined` until a call has told.
 */
interface RestoreRoutesSeen {
  /** The suffix routes answered (`true`) or were refused as unknown paths (`false`). */
  suffix?: boolean
  /** The prefix restore-one answered (`true`) or was refused as an unknown path (`false`). */
  prefixOne?: boolean
}

/** Kept per transport, so each client probes its own server once and a client's lifetime bounds what is kept. */
const seen = new WeakMap<HttpClient, RestoreRoutesSeen>()

function seenBy(http: HttpClient): RestoreRoutesSeen {
  let routes = seen.get(http)
  if (!routes) {
    routes = {}
    seen.set(http, routes)
  }
  return routes
}

/**
 * True for the 400s a Twenty release gives a restore path it does not route: its parseCorePath refuses the path
 * (`Query path '…' invalid`), or the path falls to the update handler, which reads `restore` or the object name as
 * the record id (`'restore' is not a valid UUID`). Both are raised while reading the path, before anything is read
 * or written, so sending the request again to another path is safe. Any other 400 (a bad filter) is the caller's.
 */
function isUnknownRestorePath(error: unknown, plural: string): boolean {
  if (!(error instanceof TwentyError) || error.status !== 400 || error.messages.length !== 1) return false
  const message = error.messages[0] as string
  return (
    /^Query path '.*' invalid\. /.test(message) ||
    message === "'restore' is not a valid UUID" ||
    message === `'${plural}' is not a valid UUID`
  )
}

/**
 * Sends `PATCH /{plural}/restore?filter=…`, or the prefix path on a release older than twentyhq/twenty#24544, and
 * resolves with Twenty's answer (`data.restorePeople`). Only a client's first restore pays for finding out.
 */
export async function restoreMatching(
  http: HttpClient,
  plural: string,
  query: QueryParams,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const routes = seenBy(http)
  const current = await whereRouted(routes, 'suffix', plural, () =>
    http.request({ method: 'PATCH', path: `/${plural}/restore`, query, signal }),
  )
  if (current) return current.answer
  return http.request({ method: 'PATCH', path: `/restore/${plural}`, query, signal })
}

/**
 * Restores the record `id` through whichever route the client's Twenty serves, and resolves with Twenty's answer:
 * `{ one }` holds a restore-one envelope (`data.restorePerson`), `{ many }` a restore-many one
 * (`data.restorePeople`) from the releases before July 2026, which only restore by filter, so there the record is
 * restored with the filter `id[eq]:<id>`.
 */
export async function restoreById(
  http: HttpClient,
  plural: string,
  id: string,
  signal: AbortSignal | undefined,
): Promise<{ one: unknown } | { many: unknown }> {
  const routes = seenBy(http)
  const current = await whereRouted(routes, 'suffix', plural, () =>
    http.request({ method: 'PATCH', path: `/${plural}/${id}/restore`, signal }),
  )
  if (current) return { one: current.answer }
  const prefixed = await whereRouted(routes, 'prefixOne', plural, () =>
    http.request({ method: 'PATCH', path: `/restore/${plural}/${id}`, signal }),
  )
  if (prefixed) return { one: prefixed.answer }
  const query = { filter: `id[eq]:${id}` }
  return { many: await http.request({ method: 'PATCH', path: `/restore/${plural}`, query, signal }) }
}

/**
 * Sends a request to a restore route unless the server is known not to route it, and remembers what the answer
 * tells: `undefined` when the route is refused as unknown (now or before), any other error rethrown as it is.
 */
async function whereRouted(
  routes: RestoreRoutesSeen,
  route: keyof RestoreRoutesSeen,
  plural: string,
  send: () => Promise<unknown>,
): Promise<{ answer: unknown } | undefined> {
  if (routes[route] === false) return undefined
  try {
    const answer = await send()
    routes[route] = true
    return { answer }
  } catch (error) {
    if (!isUnknownRestorePath(error, plural)) throw error
    routes[route] = false
    return undefined
  }
}

/** The `error` Twenty's 404 carries, which `code` takes from Twenty's answers (not one of the SDK's own codes). */
const TWENTY_NOT_FOUND = 'NotFoundException'

/**
 * What a restore by filter that matched nothing means for `restore(id)`: the error current Twenty answers for an
 * unknown id (404 `Record not found`, status and code included, though Twenty answered 200 with no record), so
 * callers catch the same {@link TwentyNotFoundError} on every release.
 */
export function restoredNothing(plural: string, id: string): TwentyNotFoundError {
  return new TwentyNotFoundError({
    message: `[PATCH /restore/${plural}?filter=id[eq]:${id}] restored nothing: Record not found`,
    status: 404,
    code: TWENTY_NOT_FOUND,
    messages: ['Record not found'],
    method: 'PATCH',
  })
}
