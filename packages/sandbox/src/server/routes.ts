import type { Handler } from '../handlers/context.js'
import { findDuplicates } from '../handlers/duplicates.js'
import { findMany, findOne } from '../handlers/find.js'
import { graphql } from '../handlers/graphql.js'
import { mergeMany } from '../handlers/merge.js'
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhooks,
  updateWebhook,
} from '../handlers/metadata-webhooks.js'
import { checkRecordId } from '../handlers/record-id.js'
import {
  createMany,
  createOne,
  deleteMany,
  deleteOne,
  restoreMany,
  restoreOne,
  updateMany,
  updateOne,
} from '../handlers/write.js'
import type { ObjectCatalog } from '../store/custom-objects.js'
import type { ObjectDefinition } from '../store/objects.js'
import { badRequest, HttpError } from './http-error.js'
import { invalidQueryPath, type RestoreRoutes, restorePaths } from './restore-routes.js'

type ObjectHandler = (
  state: Parameters<Handler>[0],
  object: ObjectDefinition,
  request: Parameters<Handler>[1],
) => ReturnType<Handler>

interface Route {
  method: string
  pattern: RegExp
  /** Object routes resolve `:plural` to the object and answer Twenty's 400 for an unknown name. */
  handle: ObjectHandler | Handler
  objectRoute: boolean
}

const objectRoute = (method: string, pattern: RegExp, handle: ObjectHandler): Route => ({
  method,
  pattern,
  handle,
  objectRoute: true,
})
const plainRoute = (method: string, pattern: RegExp, handle: Handler): Route => ({
  method,
  pattern,
  handle,
  objectRoute: false,
})

const ID = '(?<id>[^/]+)'
const PLURAL = '(?<plural>[^/]+)'

/** The restore routes of one Twenty release (see {@link RestoreRoutes}). */
function restoreRoutes(style: RestoreRoutes): Route[] {
  const { many, one } = restorePaths(style, PLURAL, ID)
  return [objectRoute('PATCH', many, restoreMany), ...(one ? [objectRoute('PATCH', one, restoreOne)] : [])]
}

// Order matters as in Twenty's controller: fixed segments (batch, restore, duplicates, merge) before `/:plural/:id`.
const routesFor = (style: RestoreRoutes): Route[] => [
  plainRoute('POST', /^\/graphql$/, graphql),
  ...['metadata/webhooks', 'webhooks'].flatMap((base) => [
    plainRoute('GET', new RegExp(`^/rest/${base}$`), listWebhooks),
    plainRoute('POST', new RegExp(`^/rest/${base}$`), createWebhook),
    plainRoute('GET', new RegExp(`^/rest/${base}/${ID}$`), getWebhook),
    plainRoute('PATCH', new RegExp(`^/rest/${base}/${ID}$`), updateWebhook),
    plainRoute('DELETE', new RegExp(`^/rest/${base}/${ID}$`), deleteWebhook),
  ]),
  objectRoute('POST', new RegExp(`^/rest/batch/${PLURAL}$`), createMany),
  ...restoreRoutes(style),
  objectRoute('POST', new RegExp(`^/rest/${PLURAL}/duplicates$`), findDuplicates),
  objectRoute('PATCH', new RegExp(`^/rest/${PLURAL}/merge$`), mergeMany),
  objectRoute('GET', new RegExp(`^/rest/${PLURAL}$`), findMany),
  objectRoute('POST', new RegExp(`^/rest/${PLURAL}$`), createOne),
  objectRoute('PATCH', new RegExp(`^/rest/${PLURAL}$`), updateMany),
  objectRoute('DELETE', new RegExp(`^/rest/${PLURAL}$`), deleteMany),
  objectRoute('GET', new RegExp(`^/rest/${PLURAL}/${ID}$`), findOne),
  objectRoute('PATCH', new RegExp(`^/rest/${PLURAL}/${ID}$`), updateOne),
  objectRoute('PUT', new RegExp(`^/rest/${PLURAL}/${ID}$`), updateOne),
  objectRoute('DELETE', new RegExp(`^/rest/${PLURAL}/${ID}$`), deleteOne),
]

const ROUTES: Record<RestoreRoutes, Route[]> = {
  suffix: routesFor('suffix'),
  prefix: routesFor('prefix'),
  'prefix-many-only': routesFor('prefix-many-only'),
}

/**
 * A record PATCH of three segments or more that no route took (`/rest/restore/people/<id>` on current Twenty): every
 * PATCH reaches one of Twenty's wildcard handlers, whose parseCorePath refuses the path after authentication.
 */
const LONG_RECORD_PATCH = /^\/rest\/(?!metadata\/)[^/]+\/[^/]+\/[^/]/

export interface MatchedRoute {
  handler: Handler
  params: Record<string, string>
}

/** Finds the handler for a request, or throws Nest's 404 for an unknown route. */
export function matchRoute(
  method: string,
  pathname: string,
  restore: RestoreRoutes = 'suffix',
): MatchedRoute {
  for (const route of ROUTES[restore]) {
    if (route.method !== method) continue
    const match = route.pattern.exec(pathname)
    if (!match) continue
    const params = Object.fromEntries(
      Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
    )
    if (!route.objectRoute) return { handler: route.handle as Handler, params }
    const handle = route.handle as ObjectHandler
    return {
      // After authentication, as Twenty's guards run first; the id before the object, as its parseCorePath reads it.
      handler: (state, request) => {
        if (params.id !== undefined) checkRecordId(params.id)
        return handle(state, resolveObject(state.objects, params.plural as string), request)
      },
      params,
    }
  }
  if (method === 'PATCH' && LONG_RECORD_PATCH.test(pathname)) {
    return {
      handler: () => {
        throw invalidQueryPath(restore, pathname)
      },
      params: {},
    }
  }
  throw new HttpError(404, 'Not Found', `Cannot ${method} ${pathname}`)
}

function resolveObject(objects: ObjectCatalog, plural: string): ObjectDefinition {
  const object = objects.byPlural.get(plural)
  if (object) return object
  throw badRequest(`object '${plural}' not found. Did you mean '${closestPlural(objects, plural)}'?`)
}

function closestPlural(objects: ObjectCatalog, name: string): string {
  const bySingular = objects.bySingular.get(name)
  if (bySingular) return bySingular.plural
  let best = objects.all[0] as ObjectDefinition
  let bestDistance = Number.POSITIVE_INFINITY
  for (const object of objects.all) {
    const distance = editDistance(name.toLowerCase(), object.plural.toLowerCase())
    if (distance < bestDistance) [best, bestDistance] = [object, distance]
  }
  return best.plural
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length] as number
}
